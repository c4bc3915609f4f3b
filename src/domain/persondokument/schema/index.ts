/**
 * TypeBox schemas of FREG's person document (`Folkeregisterperson`, OpenAPI 1.6.2) and event document
 * (`DokumentForHendelse`). Each export is both a schema (runtime check, OpenAPI text) and a same-named static type.
 *
 * | file | holds |
 * |---|---|
 * | felles.ts | value types (Dato, DatoKlokkeslett, Foedselsnummer, …) and the date formats for `Value.Check` |
 * | metadata.ts | `Registermetadata`, the `element()` builder, `Lagret<T>` |
 * | adresser.ts | address value types (Vegadresse, Matrikkeladresse, InternasjonalAdresse, …) |
 * | personnavn.ts | Personnavn, IdentifiserendeInformasjon, RelatertBiPerson |
 * | identitet.ts | identity numbers, status, identity basis, false identity, documents |
 * | kjerneopplysninger.ts | sex, birth, death, name, marital status, citizenship |
 * | relasjoner.ts | family, parental responsibility, guardianship, legal capacity |
 * | adresseelementer.ts | the address elements and address protection |
 * | ovrige.ts | residence permit, Svalbard, migration, estate contact, Sami |
 * | folkeregisterperson.ts | `Folkeregisterperson` and `elementskjema` (schema by element key) |
 * | hendelsesdata.ts | event payloads (`hendelsesdata`) |
 * | hendelse.ts | `Registerdata`, `Hendelse`, `DokumentForHendelse` |
 */
export * from './felles.ts';
export * from './metadata.ts';
export * from './adresser.ts';
export * from './personnavn.ts';
export * from './identitet.ts';
export * from './kjerneopplysninger.ts';
export * from './relasjoner.ts';
export * from './adresseelementer.ts';
export * from './ovrige.ts';
export * from './folkeregisterperson.ts';
export * from './hendelsesdata.ts';
export * from './hendelse.ts';
