-- Producer intake (spec §8, docs/mottak.md): accepted messages, their attachments, the cases (saker) they become, the
-- case history of the register authority's case workers (docs/saksbehandling.md) and the producers' feedback feed.

-- An accepted message, committed before 202 (DESIGN.md principle 8). `id` is the acceptance order the worker follows.
-- Exactly one of `produsent` (organisation number from the token) and `innbygger` (a citizen's own report) is set.
-- The producer's message id is unique per producer: the second POST of it finds the first row and answers alike.
create table melding (
  id bigint generated always as identity primary key,
  folkeregister_referanse uuid not null unique,
  produsent text check (produsent ~ '^[0-9]{9}$'),
  innbygger text check (innbygger ~ '^[0-9]{11}$'),
  ressurs text not null,
  avsenders_meldingsidentifikator text not null,
  -- The producer's own case reference, echoed in every feedback event of the case (spec §8.2).
  avsenders_saksreferanse text,
  xml text not null,
  mottatt timestamptz not null,
  -- `mottatt` until the worker has registered it or made its case; then `behandlet`, in the same transaction.
  tilstand text not null default 'mottatt' check (tilstand in ('mottatt', 'behandlet')),
  behandlet timestamptz,
  check ((produsent is null) <> (innbygger is null)),
  unique (produsent, avsenders_meldingsidentifikator)
);
create index melding_ventende on melding (id) where tilstand = 'mottatt';

-- Attachments of `.vedlegg` messages (multipart), named as the XML's `multipartnavn` names them.
create table melding_vedlegg (
  melding_id bigint not null references melding (id),
  multipartnavn text not null,
  innholdstype text not null,
  innhold bytea not null,
  primary key (melding_id, multipartnavn)
);

-- One case per processed message (spec §8.2: POST → case → feedback events). `utfall` is the last decision; a case
-- reopened for manual review (folkeregisterloven § 9-4 second paragraph) is `aapen` again with its earlier `utfall`.
create table sak (
  saksnummer bigint generated always as identity primary key,
  melding_id bigint not null unique references melding (id),
  opprettet timestamptz not null,
  status text not null check (status in ('aapen', 'avsluttet')),
  utfall text check (utfall in ('godkjent', 'avslaatt', 'avvist', 'registrert')),
  saksfrist date,
  begrunnelser jsonb not null default '[]',
  -- The register commands that approving the case as it stands registers.
  forslag jsonb not null default '[]',
  -- Every identity number the case concerns, for the citizens' own view and the case worker's list.
  personer text[] not null default '{}',
  -- The case worker who took the case (the token's `pid` or `sub`).
  tildelt text,
  avsluttet timestamptz
);
create index sak_aapne on sak (saksfrist, saksnummer) where status = 'aapen';
create index sak_personer on sak using gin (personer);

-- Who did what to a case, when: opened, taken, viewed (with the persons shown), approved, rejected, corrected,
-- reopened. Append-only like the audit log, whoever connects.
create table sakshistorikk (
  id bigint generated always as identity primary key,
  saksnummer bigint not null references sak (saksnummer),
  tidspunkt timestamptz not null,
  aktoer text not null,
  handling text not null,
  detaljer jsonb not null default '{}'
);
create index sakshistorikk_sak on sakshistorikk (saksnummer, id);

create function sakshistorikk_kun_tillegg() returns trigger language plpgsql as $$
begin
  raise exception 'sakshistorikk er kun for tillegg: % er ikke tillatt', tg_op
    using errcode = 'insufficient_privilege';
end
$$;
create trigger sakshistorikk_ingen_endring before update or delete on sakshistorikk
  for each row execute function sakshistorikk_kun_tillegg();
create trigger sakshistorikk_ingen_toemming before truncate on sakshistorikk
  for each statement execute function sakshistorikk_kun_tillegg();

-- The producers' feedback feed (spec §8.2). Numbers are handed out under the lock of the single counter row, like the
-- register's sekvens, so a producer that has read past N never later sees a new event ≤ N.
create table tilbakemelding_sekvens (
  id boolean primary key default true check (id),
  siste bigint not null
);
insert into tilbakemelding_sekvens (id, siste) values (true, 0);

create table tilbakemelding (
  sekvensnummer bigint primary key,
  produsent text not null,
  saksnummer bigint not null references sak (saksnummer),
  -- Which of FREG's HendelserISak* contracts renders it: folkeregistrering, dNummerRekvisisjon, endringAvDNummerPerson.
  kontrakt text not null,
  tidspunkt timestamptz not null,
  hendelseinfo jsonb not null
);
create index tilbakemelding_produsent on tilbakemelding (produsent, sekvensnummer);

-- The resources each producer organisation may send (scope `folkeregister:mottak/<ressurs>`, docs/mottak.md).
create table produsent_tilgang (
  organisasjonsnummer text not null references konsument_organisasjon (organisasjonsnummer),
  ressurs text not null,
  tildelt timestamptz not null default now(),
  primary key (organisasjonsnummer, ressurs)
);

-- Candidates by birth date for the automated duplicate controls (`Meldingsbehov.foedselsdatoer`). Current element
-- versions come first in a document (evolve.ts), so the first `foedsel` version is the current birth date; the worker
-- joins the current pointer, so archived versions found here are dropped.
create index persondokument_foedselsdato on persondokument ((dokument #>> '{foedsel,0,foedselsdato}'));
