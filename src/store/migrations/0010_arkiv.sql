-- The archive keeps every version of every person document, but stores the bytes of a version only where it is
-- needed: a version that the same write transaction already replaced (the seeder registers a person's whole life in
-- one batch) is stored as its event alone and rebuilt on read by `evolve`, from the nearest stored version before it
-- (`src/register/arkiv.ts`). The current version of a person is always stored whole. Measured on the seeder: three
-- of four versions are replaced in their own batch, and the documents were half of all bytes sent to the database.
alter table persondokument alter column dokument drop not null;

-- Stored versions are compressed with lz4 where the server has it (PostgreSQL 14+ built with lz4, as Debian's and the
-- official images are): less server CPU than the default pglz and faster to read back. PGlite is built without lz4
-- and keeps pglz; the SQL is the same either way.
do $$
begin
  alter table persondokument alter column dokument set compression lz4;
exception when others then
  raise notice 'lz4 er ikke tilgjengelig; persondokumenter komprimeres med pglz';
end
$$;
