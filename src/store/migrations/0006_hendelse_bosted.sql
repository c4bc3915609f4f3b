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
update hendelse h
   set kommunenummer = coalesce(b.v #>> '{vegadresse,kommunenummer}', b.v #>> '{matrikkeladresse,matrikkelnummer,kommunenummer}',
                                b.v #>> '{ukjentBosted,bostedskommune}'),
       bostedsgradering = coalesce(b.v ->> 'adressegradering', 'ugradert'),
       adressebeskyttelse = coalesce(a.v ->> 'graderingsnivaa', 'ugradert')
  from persondokument d
  left join lateral (select v from jsonb_array_elements(case when jsonb_typeof(d.dokument -> 'bostedsadresse') = 'array'
                       then d.dokument -> 'bostedsadresse' else '[]'::jsonb end) v
                      where coalesce((v ->> 'erGjeldende')::boolean, true) limit 1) b on true
  left join lateral (select v from jsonb_array_elements(case when jsonb_typeof(d.dokument -> 'adressebeskyttelse') = 'array'
                       then d.dokument -> 'adressebeskyttelse' else '[]'::jsonb end) v
                      where coalesce((v ->> 'erGjeldende')::boolean, true) limit 1) a on true
 where d.dokumentidentifikator = h.persondokument and h.adressebeskyttelse is null;
