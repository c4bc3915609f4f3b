-- What the event feed filters on without reading documents (docs/hendelsesliste.md): the person's residential
-- municipality after the event, the one they left when the event ended a residence there, the stricter grading of
-- those two addresses, and the person's address protection after the event. Set by the write path from the documents
-- (src/domain/person/bosted.ts).
alter table hendelse
  add column kommunenummer text,
  add column fraflyttingskommunenummer text,
  add column bostedsgradering text,
  add column adressebeskyttelse text;

-- `hendelser/feed/tilpasset`: one ordered index range per municipality and column, merged by sekvensnummer.
create index hendelse_kommune on hendelse (kommunenummer, sekvensnummer);
create index hendelse_fraflyttingskommune on hendelse (fraflyttingskommunenummer, sekvensnummer)
  where fraflyttingskommunenummer is not null;

-- Events stored before this migration: the residence and protection of the document right after each event, by the
-- same rule as bosted.ts (the current version is the one not marked `erGjeldende: false`). The municipality left is
-- not reconstructed for them.
with gjeldende as (
  select h.sekvensnummer,
         (select v from jsonb_array_elements(case when jsonb_typeof(d.dokument -> 'bostedsadresse') = 'array'
                  then d.dokument -> 'bostedsadresse' else '[]'::jsonb end) v
           where coalesce((v ->> 'erGjeldende')::boolean, true) limit 1) as bolig,
         (select v from jsonb_array_elements(case when jsonb_typeof(d.dokument -> 'adressebeskyttelse') = 'array'
                  then d.dokument -> 'adressebeskyttelse' else '[]'::jsonb end) v
           where coalesce((v ->> 'erGjeldende')::boolean, true) limit 1) as vern
    from hendelse h join persondokument d on d.dokumentidentifikator = h.persondokument
   where h.adressebeskyttelse is null)
update hendelse h
   set kommunenummer = coalesce(g.bolig #>> '{vegadresse,kommunenummer}', g.bolig #>> '{matrikkeladresse,matrikkelnummer,kommunenummer}',
                                g.bolig #>> '{ukjentBosted,bostedskommune}'),
       bostedsgradering = coalesce(g.bolig ->> 'adressegradering', 'ugradert'),
       adressebeskyttelse = coalesce(g.vern ->> 'graderingsnivaa', 'ugradert')
  from gjeldende g
 where g.sekvensnummer = h.sekvensnummer;
