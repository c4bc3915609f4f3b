-- The duplicate controls find candidates by birth date through `soek_person.foedselsdato` (current documents only),
-- so the expression index over every archived document version goes: it made PostgreSQL parse each stored version's
-- JSON a second time on the bulk write path.
drop index if exists persondokument_foedselsdato;
