-- Extract jobs (uttrekk, spec §4): what a consumer ordered, how far the background worker has come, and the result.
-- See docs/uttrekk.md. The result is computed from the register's own tables (person, persondokument) in SQL, a
-- bounded range of person ids per transaction; there is no projection of its own to keep in step with the write path.

-- One job. `oevre_person_id` fixes the persons the job covers when it is ordered; `markoer` is the last person id
-- done, so an interrupted job continues where it stopped. `eier`/`eierfrist` is a lease: a worker owns the job until
-- the deadline and renews it with every range; a worker that died leaves a lease that runs out, and another takes
-- over. A job belongs to the organisation (and package) that ordered it.
create table uttrekk_jobb (
  jobb_id uuid primary key,
  organisasjonsnummer text not null,
  rettighetspakke text not null,
  art text not null check (art in ('komplett', 'tilpasset')),
  kriterier jsonb,
  feedsekvensnr bigint,
  oevre_person_id bigint not null,
  markoer bigint not null default 0,
  antall integer not null default 0,
  tilstand text not null default 'venter' check (tilstand in ('venter', 'ferdig')),
  bestilt timestamptz not null,
  ferdig timestamptz,
  utloeper timestamptz not null,
  eier text,
  eierfrist timestamptz
);
create index uttrekk_jobb_venter on uttrekk_jobb (bestilt) where tilstand = 'venter';
create index uttrekk_jobb_organisasjon on uttrekk_jobb (organisasjonsnummer) where tilstand = 'venter';
create index uttrekk_jobb_utloeper on uttrekk_jobb (utloeper);

-- The result, one row per person in the order batches give them out: batch n is rows n·size … (n+1)·size − 1.
-- `dokumentidentifikator` is the document version of a `komplett` job; `folkeregisteridentifikator` is what a
-- `tilpasset` job gives out and what the audit log records for both.
create table uttrekk_treff (
  jobb_id uuid not null references uttrekk_jobb (jobb_id) on delete cascade,
  nr integer not null,
  person_id bigint not null,
  folkeregisteridentifikator text not null,
  dokumentidentifikator text,
  primary key (jobb_id, nr)
);

do $$
begin
  if exists (select 1 from pg_roles where rolname = 'folkeregister_app') then
    grant select, insert, update, delete on uttrekk_jobb, uttrekk_treff to folkeregister_app;
  end if;
end
$$;
