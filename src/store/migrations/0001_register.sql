-- The register's write model: one gap-free event log, immutable person-document versions and the current version of
-- each person, found by any of the person's identity numbers (DESIGN.md principle 1).

-- The last sekvensnummer handed out. Its single row is the lock that serialises register writes: a writer updates
-- it inside its transaction, so numbers are allocated in commit order and a rolled-back writer leaves no gap.
create table sekvens (
  id boolean primary key default true check (id),
  siste bigint not null
);
insert into sekvens (id, siste) values (true, 0);

create table person (
  person_id bigint generated always as identity primary key,
  folkeregisteridentifikator text not null,
  dokumentidentifikator text not null,
  versjon integer not null,
  sekvensnummer bigint not null,
  dokument jsonb not null
);

-- Every identity number a person has held, old and new (law § 2-2: a changed number is ceased, not forgotten).
create table personidentifikator (
  nummer text primary key,
  person_id bigint not null references person (person_id)
);
create index personidentifikator_person on personidentifikator (person_id);

-- The archive: every version of every person document, never changed (`GET personer/arkiv/{dokumentidentifikator}`).
create table persondokument (
  dokumentidentifikator text primary key,
  person_id bigint not null references person (person_id),
  versjon integer not null,
  sekvensnummer bigint not null,
  dokument jsonb not null,
  unique (person_id, versjon)
);

-- The event log (hendelsesliste). `dokument` is the `Hendelse` of FREG's event document.
create table hendelse (
  sekvensnummer bigint primary key,
  hendelsesidentifikator text not null unique,
  person_id bigint not null references person (person_id),
  folkeregisteridentifikator text not null,
  hendelsestype text not null,
  ajourholdstidspunkt text not null,
  persondokument text,
  dokument jsonb not null
);
create index hendelse_person on hendelse (person_id, sekvensnummer);

-- Identity-number allocation. `identifikator_serie` counts how far each series (birth date, kind, rule set, sex) has
-- been used, so allocation resumes where it stopped after a restart; `identifikator_tildelt` holds every number ever
-- issued or imported, so a number is never issued twice whatever the series says.
create table identifikator_serie (
  nokkel text primary key,
  brukt integer not null
);
create table identifikator_tildelt (
  nummer text primary key,
  tildelt timestamptz not null default now()
);
