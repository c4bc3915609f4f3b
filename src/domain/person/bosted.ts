import { Adressegradering } from '../persondokument/kodeverk.ts';
import { gjeldendeVerdi, type Persondokument } from './persondokument.ts';

/**
 * Where a person lives, as the event feed's municipality filter needs it (spec §3.2): the municipality of the current
 * `bostedsadresse` and that address's own grading. Pure; the write path stores it with every event so that
 * `hendelser/feed/tilpasset` is one index range, not a read of every document.
 */
export interface Bosted {
  /** Four digits; absent without a current residential address (emigrated, `strengtFortrolig`, never had one). */
  readonly kommunenummer?: string;
  /** The address's `adressegradering`, `ugradert` when it has none. */
  readonly adressegradering: string;
}

export function bosted(dokument: Persondokument): Bosted {
  const adresse = gjeldendeVerdi(dokument, 'bostedsadresse') as Record<string, unknown> | undefined;
  const kommunenummer = adresse ? kommuneIAdresse(adresse) : undefined;
  const gradering = adresse?.adressegradering;
  return {
    ...(kommunenummer ? { kommunenummer } : {}),
    adressegradering: typeof gradering === 'string' ? gradering : Adressegradering.ugradert,
  };
}

/** The person-level protection (`adressebeskyttelse.graderingsnivaa`), `ugradert` when none. */
export function adressebeskyttelse(dokument: Persondokument): string {
  const nivaa = gjeldendeVerdi(dokument, 'adressebeskyttelse')?.graderingsnivaa;
  return typeof nivaa === 'string' ? nivaa : Adressegradering.ugradert;
}

/**
 * What the event's municipality columns hold: the residence after the event, and the one before when the event ended
 * it (a move out of a municipality, an emigration), so that the municipality a person leaves hears of it too. The
 * grading is the stricter of the two addresses' own: a filter on either municipality reveals that address.
 */
export function bostedsendring(foer: Persondokument | undefined, etter: Persondokument): {
  readonly kommunenummer?: string;
  readonly fraflyttingskommunenummer?: string;
  readonly adressegradering: string;
} {
  const ny = bosted(etter);
  const gammel = foer ? bosted(foer) : undefined;
  const fraflyttet = gammel?.kommunenummer !== undefined && gammel.kommunenummer !== ny.kommunenummer;
  return {
    ...(ny.kommunenummer ? { kommunenummer: ny.kommunenummer } : {}),
    ...(fraflyttet ? { fraflyttingskommunenummer: gammel.kommunenummer! } : {}),
    adressegradering: fraflyttet ? strengesteAv(ny.adressegradering, gammel.adressegradering) : ny.adressegradering,
  };
}

function kommuneIAdresse(adresse: Record<string, unknown>): string | undefined {
  const veg = adresse.vegadresse as { kommunenummer?: unknown } | undefined;
  const matrikkel = (adresse.matrikkeladresse as { matrikkelnummer?: { kommunenummer?: unknown } } | undefined)?.matrikkelnummer;
  const ukjent = adresse.ukjentBosted as { bostedskommune?: unknown } | undefined;
  const nummer = veg?.kommunenummer ?? matrikkel?.kommunenummer ?? ukjent?.bostedskommune;
  return typeof nummer === 'string' ? nummer : undefined;
}

/** Strictest first; an unknown grading counts as the strictest, as the disclosure gate counts it. */
const strengestFoerst: readonly string[] = [
  Adressegradering.strengtFortrolig, Adressegradering.fortrolig, Adressegradering.klientadresse, Adressegradering.ugradert,
];

function strengesteAv(a: string, b: string): string {
  if (!strengestFoerst.includes(a)) return a;
  if (!strengestFoerst.includes(b)) return b;
  return strengestFoerst.find((g) => g === a || g === b)!;
}
