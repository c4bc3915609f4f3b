-- The tables written in bulk with every change (the event log, the archive of document versions and the search
-- projection) no longer check `person_id` against `person` row by row. PostgreSQL checks a foreign key with one query
-- per inserted row, which also share-locks the person's row: measured with perf, a quarter of the COPY backend's CPU
-- when seeding, and 100 000 residents seeded in 54 s instead of 60. Nothing is lost by it: one transaction writes a
-- person's pointer row before their versions, events and search rows (`register/skriv-endringer.ts`), no person is
-- ever deleted, and a test asks the database after seeding that every row has its person
-- (`test/synth/seed.int.spec.ts`). Identity numbers, one or two a person, keep theirs.
alter table hendelse drop constraint hendelse_person_id_fkey;
alter table persondokument drop constraint persondokument_person_id_fkey;
alter table soek_person drop constraint soek_person_person_id_fkey;
alter table soek_navn drop constraint soek_navn_person_id_fkey;
alter table soek_adresse drop constraint soek_adresse_person_id_fkey;
