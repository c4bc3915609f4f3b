-- The search projection (DESIGN.md data flow): what `personer/soek` and `personer/entydigsoek` match on, per person,
-- written in the same transaction as the person's new document (src/register/soek/). Values are normalised by
-- src/domain/soek/ (lower case, accents folded, phonetic keys), so these tables hold no free text to compare loosely.

-- One row per person: what is searched only as it is now.
create table soek_person (
  person_id bigint primary key references person (person_id),
  folkeregisteridentifikator text not null,
  foedselsdato date,
  foedselsaar smallint,
  kjoenn text,
  doed boolean not null,
  -- The person's address protection (`adressebeskyttelse.graderingsnivaa`), for the gate's own check of address hits.
  adressebeskyttelse text not null,
  -- Foreign ids, identity documents and DUF numbers as `u:AFG:14584555`, `l:IRL:1955…`, `d:…` (entydigsoek).
  noekler text[] not null default '{}'
);
create index soek_person_foedselsdato on soek_person (foedselsdato);
create index soek_person_foedselsaar on soek_person (foedselsaar);
create index soek_person_noekler on soek_person using gin (noekler) where noekler <> '{}';

-- One row per name version, current or historical. `ord` holds every name word (`ola`), the first and last names'
-- words by role (`f:ola`, `e:nordmann`) and the phonetic keys of all of them (`~ola`, `f~ola`, `e~nordman`), so one
-- GIN containment test (`ord @> array[…]`) answers any combination of words.
create table soek_navn (
  person_id bigint not null references person (person_id),
  gjeldende boolean not null,
  ord text[] not null
);
create index soek_navn_person on soek_navn (person_id);
create index soek_navn_ord on soek_navn using gin (ord);

-- One row per residential or stay address version, current or historical. `gradering` is the grading the disclosure
-- gate gives the version (the person's protection included), so a search never matches an address the package may
-- not see. `adressenavn` is compared in byte order (collation C) so a prefix is an index range scan on both stores.
create table soek_adresse (
  person_id bigint not null references person (person_id),
  gjeldende boolean not null,
  adressetype text not null,
  adressenavn text collate "C",
  husnummer text,
  husbokstav text,
  postnummer text,
  kommunenummer text,
  fylkesnummer text,
  gradering text not null
);
create index soek_adresse_person on soek_adresse (person_id);
create index soek_adresse_adressenavn on soek_adresse (adressenavn);
create index soek_adresse_postnummer on soek_adresse (postnummer);
create index soek_adresse_kommunenummer on soek_adresse (kommunenummer);
create index soek_adresse_fylkesnummer on soek_adresse (fylkesnummer);

-- Whether every person is in the projection. A register that already holds persons when this migration runs is
-- filled by `fyllSoekeprojeksjon` (in TypeScript, with the same functions the write path uses: the phonetic key is
-- not SQL); until then search answers 503. An empty register is complete from the start.
create table soekeprojeksjon (
  id boolean primary key default true check (id),
  komplett boolean not null
);
insert into soekeprojeksjon (id, komplett) select true, not exists (select 1 from person);
