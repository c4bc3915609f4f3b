import { Type, type Static } from '@sinclair/typebox';
import { Kjoenn, Sivilstandstype } from '../domain/persondokument/kodeverk.ts';
import { Kommunenummer, LandkodeIsoAlfa3 } from '../domain/persondokument/schema/felles.ts';

/**
 * The criteria of `POST uttrekk/tilpasset` (spec §4.2, OpenAPI `TilpassetUttrekkJobbRequest`): one TypeBox schema for
 * the route's validation, the static type and the OpenAPI text. What a schema cannot say (one municipality kind, a
 * year range the right way round, no unknown fields) is `kontrollerKriterier`.
 */

/** The values of `personstatustyper` (OpenAPI title `Personstatustyper`); `aktiv` is the mask of spec §5.3. */
export const Personstatustype = {
  aktiv: 'aktiv',
  bosatt: 'bosatt',
  utflyttet: 'utflyttet',
  doed: 'doed',
  inaktiv: 'inaktiv',
} as const;
export type Personstatustype = (typeof Personstatustype)[keyof typeof Personstatustype];

const Aar = (description: string) => Type.String({ pattern: '^[0-9]{4}$', description });

export const UttrekkKommunenummer = Type.Object(
  {
    bostedskommunenummer: Type.Optional(Kommunenummer('Persons whose current residential address is in this municipality.')),
    oppholdskommunenummer: Type.Optional(Kommunenummer('Persons whose current stay address is in this municipality.')),
  },
  { description: 'One municipality, of exactly one kind (spec §4.2).' },
);

export const TilpassetUttrekkJobbRequest = Type.Object(
  {
    personstatustyper: Type.Array(Type.Enum(Personstatustype), {
      minItems: 1,
      maxItems: 5,
      description: 'Required. `aktiv` selects midlertidig, ikkeBosatt, forsvunnet and foedselsregistrert (spec §5.3).',
    }),
    kommunenummer: Type.Optional(UttrekkKommunenummer),
    foedselsaarFraOgMed: Type.Optional(Aar('Born in this year or later (YYYY).')),
    foedselsaarTilOgMed: Type.Optional(Aar('Born in this year or earlier (YYYY).')),
    doedsaarFraOgMed: Type.Optional(Aar('Died in this year or later (YYYY); only the dead match.')),
    doedsaarTilOgMed: Type.Optional(Aar('Died in this year or earlier (YYYY); only the dead match.')),
    kjoenn: Type.Optional(Type.Enum(Kjoenn, { description: 'Current sex.' })),
    statsborgerskap: Type.Optional(LandkodeIsoAlfa3('A current citizenship, ISO 3166-1 alpha-3 (e.g. BGR).')),
    sivilstandstype: Type.Optional(Type.Enum(Sivilstandstype, { description: 'Current marital status.' })),
  },
  { description: 'The criteria of a tailored extract (spec §4.2); all given criteria must hold.' },
);
export type Uttrekkskriterier = Static<typeof TilpassetUttrekkJobbRequest>;

const kjenteFelt: ReadonlySet<string> = new Set(Object.keys(TilpassetUttrekkJobbRequest.properties));
const kjenteKommunefelt: ReadonlySet<string> = new Set(Object.keys(UttrekkKommunenummer.properties));

/**
 * What the schema cannot say, as a refusal text (or undefined). Unknown fields are refused rather than ignored: a
 * misspelt criterion would otherwise widen the extract silently. Runs on the raw body, before the route's validation
 * (which would strip unknown fields).
 */
export function kontrollerKriterier(kropp: unknown): string | undefined {
  if (kropp === null || typeof kropp !== 'object' || Array.isArray(kropp)) return undefined;
  const ukjent = Object.keys(kropp).find((k) => !kjenteFelt.has(k));
  if (ukjent !== undefined) return `ukjent felt ${ukjent.slice(0, 40)}`;
  const kommune = (kropp as { kommunenummer?: unknown }).kommunenummer;
  if (kommune !== undefined) {
    if (kommune === null || typeof kommune !== 'object' || Array.isArray(kommune)) return undefined;
    const felt = Object.keys(kommune);
    const ukjentKommunefelt = felt.find((k) => !kjenteKommunefelt.has(k));
    if (ukjentKommunefelt !== undefined) return `ukjent felt kommunenummer.${ukjentKommunefelt.slice(0, 40)}`;
    if (felt.length !== 1) return 'kommunenummer må ha nøyaktig ett av bostedskommunenummer og oppholdskommunenummer';
  }
  return undefined;
}

/** Year ranges the right way round; run after the schema, on the typed value. */
export function kontrollerAarsintervaller(k: Uttrekkskriterier): string | undefined {
  if (k.foedselsaarFraOgMed && k.foedselsaarTilOgMed && k.foedselsaarFraOgMed > k.foedselsaarTilOgMed) {
    return 'foedselsaarFraOgMed er etter foedselsaarTilOgMed';
  }
  if (k.doedsaarFraOgMed && k.doedsaarTilOgMed && k.doedsaarFraOgMed > k.doedsaarTilOgMed) {
    return 'doedsaarFraOgMed er etter doedsaarTilOgMed';
  }
  return undefined;
}
