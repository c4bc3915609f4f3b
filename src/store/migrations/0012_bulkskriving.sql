-- Two costs of the bulk write path (the seeder), measured with perf on the PostgreSQL backends.

-- The duplicate controls find candidates by birth date through `soek_person.foedselsdato` (current documents only),
-- so the expression index over every archived document version goes: it parsed each stored version's JSON a second
-- time.
drop index if exists persondokument_foedselsdato;

-- Event documents over 2 kB (a created person's) were compressed with pglz, 5 % of the backends' CPU; lz4 where the
-- server has it, as for person documents (migration 0010).
do $$
begin
  alter table hendelse alter column dokument set compression lz4;
exception when others then
  raise notice 'lz4 er ikke tilgjengelig; hendelsesdokumenter komprimeres med pglz';
end
$$;
