-- Event documents are stored as written and read back whole, or their `endringer` by `->` (the feed, the archive);
-- nothing filters or indexes inside them. As `json` PostgreSQL checks the text and keeps it, where `jsonb` built a
-- binary tree of every one of them: a tenth of the backends' CPU when seeding. Person documents stay `jsonb`: the
-- extracts filter inside them (`uttrekk/utvalg-sql.ts`). A new type resets the column's compression, so lz4 again
-- where the server was built with it (as migration 0012 chose).
alter table hendelse alter column dokument type json using dokument::json;
do $$
begin
  if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) then
    alter table hendelse alter column dokument set compression lz4;
  end if;
end
$$;
