-- The audit log of disclosures (revisjonslogg): one row per disclosed person per request, written before the response
-- leaves (DESIGN.md principle 5) and read by citizens' innsyn (folkeregisterloven § 10-1 third paragraph, spec §6.3).
-- See docs/revisjon-og-innsyn.md.

-- `loepenummer` is the position in the hash chain: gap-free, handed out by the writer under a lock, in commit order.
-- `hash` = SHA-256 over the previous row's hash and this row's canonical content (src/access/revisjon/kjede.ts), so
-- a row changed or removed behind the trigger's back breaks the chain (`folkeregister audit verify`).
-- Identity numbers are stored plain: innsyn and the registered's access (GDPR art. 15) need them, and a hash of an
-- 11-digit number with known structure is reversed by trying them all. `person_id` finds lookups made via an old
-- number. No foreign keys: the log must never refuse a disclosure record because of the register's state.
create table revisjonslogg (
  loepenummer bigint primary key,
  tidspunkt timestamptz not null,
  organisasjonsnummer text not null,
  leverandoer text,
  rettighetspakke text not null,
  tjeneste text not null,
  personidentifikator text not null,
  person_id bigint not null,
  parter jsonb not null,
  formaal text,
  forespoersel_id text not null,
  innsynsrelevant boolean not null,
  forrige_hash text not null,
  hash text not null
);
create index revisjonslogg_person on revisjonslogg (person_id, loepenummer desc);

-- Append-only, whoever connects: the application may connect as the owner (PGlite always does), so privileges alone
-- are not enough. Row triggers refuse UPDATE and DELETE, a statement trigger refuses TRUNCATE.
create function revisjonslogg_kun_tillegg() returns trigger language plpgsql as $$
begin
  raise exception 'revisjonslogg er kun for tillegg: % er ikke tillatt', tg_op
    using errcode = 'insufficient_privilege';
end
$$;
create trigger revisjonslogg_ingen_endring before update or delete on revisjonslogg
  for each row execute function revisjonslogg_kun_tillegg();
create trigger revisjonslogg_ingen_toemming before truncate on revisjonslogg
  for each statement execute function revisjonslogg_kun_tillegg();

-- The development login's signing key for innsyn tokens (created on first use, kept so tokens survive restarts).
create table innsyn_utviklingsnokkel (
  id boolean primary key default true check (id),
  privat_jwk jsonb not null,
  offentlig_jwk jsonb not null,
  opprettet timestamptz not null default now()
);

-- The application's role: it may read and append the audit log, never change it (STYLE.md §3, "append-only lives in
-- the schema"), and read what innsyn joins. Created if missing; an owner without CREATEROLE leaves that to the DBA (a
-- notice says so). The register's own tables get their grants from their own migrations.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'folkeregister_app') then
    begin
      create role folkeregister_app nologin;
    exception
      when duplicate_object or unique_violation then null; -- made meanwhile by another database's migration
      when insufficient_privilege then
        raise notice 'folkeregister_app finnes ikke og kan ikke opprettes her; be databaseadministratoren opprette den';
        return;
    end;
  end if;
  execute format('grant usage on schema %I to folkeregister_app', current_schema());
  grant select, insert on revisjonslogg, innsyn_utviklingsnokkel to folkeregister_app;
  grant select on personidentifikator, konsument_organisasjon to folkeregister_app;
  revoke update, delete, truncate on revisjonslogg from folkeregister_app;
end
$$;
