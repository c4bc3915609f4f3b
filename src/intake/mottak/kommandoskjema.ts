import { Type, type TSchema } from '@sinclair/typebox';
import { elementnavn } from '../../domain/persondokument/elementer.ts';

/**
 * The JSON Schema of the register commands (`src/domain/kommando/kommando.ts`) a case worker sends when correcting a
 * case: the shape is checked here at the edge (400 naming the field), the meaning by decide (409 with its reasons).
 * Element values (addresses, …) are FREG's element objects (spec §2.3), checked by decide and evolve.
 */
const Dato = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Nummer = Type.String({ pattern: '^\\d{11}$', description: 'Fødselsnummer or D-nummer' });
const Verdi = Type.Object({}, { additionalProperties: true, description: 'A FREG element value (spec §2.3)' });
const Navn = Type.Object(
  { fornavn: Type.String({ minLength: 1, maxLength: 200 }), mellomnavn: Type.Optional(Type.String({ maxLength: 200 })), etternavn: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
const Kjoenn = Type.Union([Type.Literal('kvinne'), Type.Literal('mann')]);
const Element = Type.Union(elementnavn.map((n) => Type.Literal(n)));
const Tekst = Type.String({ maxLength: 4000 });
const Land = Type.String({ pattern: '^[A-Z]{3}$' });

const valg = <T extends string>(...verdier: T[]) => Type.Union(verdier.map((v) => Type.Literal(v)));

function kommando(type: string, felt: Record<string, TSchema>) {
  return Type.Object({ type: Type.Literal(type), kilde: Type.Optional(Tekst), ...felt }, { additionalProperties: false });
}

const Par = Type.Array(Nummer, { minItems: 2, maxItems: 2 });

export const Kommandoskjema = Type.Union([
  kommando('opprettPerson', {
    grunnlag: valg('foedsel', 'innflytting', 'dNummer'),
    foedselsdato: Dato,
    kjoenn: Kjoenn,
    navn: Navn,
    foedested: Type.Optional(Tekst),
    foedekommuneINorge: Type.Optional(Type.String({ pattern: '^\\d{4}$' })),
    foedeland: Type.Optional(Land),
    statsborgerskap: Type.Optional(Type.Array(Land, { maxItems: 10 })),
    bostedsadresse: Type.Optional(Verdi),
    postadresse: Type.Optional(Verdi),
    postadresseIUtlandet: Type.Optional(Verdi),
    foreldre: Type.Optional(Type.Array(Type.Object({ nummer: Nummer, rolle: valg('mor', 'far', 'medmor') }, { additionalProperties: false }), { maxItems: 2 })),
    foreldreansvar: Type.Optional(valg('felles', 'mor', 'far', 'medmor')),
    foedselINorge: Type.Optional(Verdi),
    innflytting: Type.Optional(Type.Object({ fraflyttingsland: Land, fraflyttingsstedIUtlandet: Type.Optional(Tekst), dato: Dato }, { additionalProperties: false })),
    identitetsgrunnlagstatus: Type.Optional(valg('ikkeKontrollert', 'kontrollert', 'ingenStatus')),
    sivilstand: Type.Optional(valg('ugift', 'uoppgitt')),
    status: Type.Optional(Tekst),
    gyldigFra: Type.Optional(Dato),
  }),
  kommando('endreNavn', { person: Nummer, navn: Navn, gyldigFra: Type.Optional(Dato), aarsak: Type.Optional(Tekst) }),
  kommando('flytte', { person: Nummer, bostedsadresse: Verdi, flyttedato: Dato }),
  kommando('vigsel', {
    personer: Par, partnerskap: Type.Optional(Type.Boolean()), dato: Dato, kommune: Type.Optional(Tekst), myndighet: Type.Optional(Tekst),
    sted: Type.Optional(Tekst), utland: Type.Optional(Land),
  }),
  kommando('separasjon', { personer: Par, dato: Dato, myndighet: Type.Optional(Tekst) }),
  kommando('skilsmisse', { personer: Par, dato: Dato, myndighet: Type.Optional(Tekst) }),
  kommando('doedsfall', { person: Nummer, doedsdato: Dato }),
  kommando('annullereDoedsfall', { person: Nummer }),
  kommando('utflytting', {
    person: Nummer, tilflyttingsland: Land, tilflyttingsstedIUtlandet: Type.Optional(Tekst), utflyttingsdato: Dato, postadresseIUtlandet: Type.Optional(Verdi),
  }),
  kommando('innflytting', {
    person: Nummer, fraflyttingsland: Land, fraflyttingsstedIUtlandet: Type.Optional(Tekst), innflyttingsdato: Dato, bostedsadresse: Verdi,
  }),
  kommando('adressebeskyttelse', {
    person: Nummer, graderingsnivaa: valg('fortrolig', 'strengtFortrolig', 'ugradert'), postadresse: Type.Optional(Verdi), gyldigFra: Type.Optional(Dato),
  }),
  kommando('familierelasjon', {
    person: Nummer, relatertPerson: Nummer, relatertPersonsRolle: valg('mor', 'far', 'medmor', 'barn', 'ektefelleEllerPartner', 'soesken'),
    gyldigFra: Type.Optional(Dato),
  }),
  kommando('foreldreansvar', { barn: Nummer, ansvar: valg('felles', 'mor', 'far', 'medmor'), gyldigFra: Type.Optional(Dato) }),
  kommando('statsborgerskap', { person: Nummer, statsborgerskap: Land, ervervsdato: Type.Optional(Dato), opphoerer: Type.Optional(Type.Boolean()), dato: Type.Optional(Dato) }),
  kommando('endreIdentifikasjonsnummer', { person: Nummer, foedselsdato: Type.Optional(Dato), kjoenn: Type.Optional(Kjoenn) }),
  kommando('endreStatus', {
    person: Nummer, status: valg('bosatt', 'forsvunnet', 'inaktiv', 'midlertidig', 'ikkeBosatt', 'opphoert', 'utflyttet'),
    gyldigFra: Type.Optional(Dato), aarsak: Type.Optional(Tekst),
  }),
  kommando('registrere', { person: Nummer, element: Element, verdi: Verdi, gyldigFra: Type.Optional(Dato), aarsak: Type.Optional(Tekst) }),
  kommando('korrigere', {
    person: Nummer, element: Element, elementId: Tekst, verdi: Verdi, gyldigFra: Type.Optional(Dato), opphoerFra: Type.Optional(Dato),
  }),
  kommando('annullere', { person: Nummer, element: Element, elementId: Tekst }),
], { description: 'A register command (src/domain/kommando/kommando.ts)' });
