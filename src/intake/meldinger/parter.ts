import { alleIdentifikatorer, gjeldendeVerdi, versjoner, type Persondokument } from '../../domain/person/persondokument.ts';
import type { Navn } from './likhet.ts';
import type { Les } from './xml.ts';

/**
 * A party to a message: named by identity number, or by name and birth date when the producer has no number (a
 * foreign spouse, a father abroad). A party without a number must be identified by a case worker.
 */
export interface Part {
  readonly nummer?: string;
  readonly navn?: Navn;
  readonly foedselsdato?: string;
}

export function navn(les: Les): Navn {
  const mellomnavn = les.valgfriTekst('mellomnavn');
  return { fornavn: les.valgfriTekst('fornavn') ?? '', ...(mellomnavn ? { mellomnavn } : {}), etternavn: les.valgfriTekst('etternavn') ?? '' };
}

/** Reads a party; the schemas call the name `personnavn` or `navn`. */
export function part(les: Les, navnefelt: 'personnavn' | 'navn' = 'personnavn'): Part {
  const nummer = les.valgfriTekst('foedselsEllerDNummer');
  const n = les.valgfri(navnefelt);
  const fd = les.valgfriDato('foedselsdato');
  return { ...(nummer ? { nummer } : {}), ...(n ? { navn: navn(n) } : {}), ...(fd ? { foedselsdato: fd } : {}) };
}

/** Statuses in which a person is married or in partnership; separated spouses are still married. */
const iEkteskap = new Set(['gift', 'separert', 'registrertPartner', 'separertPartner']);

export function sivilstandAv(dokument: Persondokument): string | undefined {
  return gjeldendeVerdi(dokument, 'sivilstand')?.sivilstand as string | undefined;
}

export function erIEkteskap(dokument: Persondokument): boolean {
  return iEkteskap.has(sivilstandAv(dokument) ?? '');
}

export function erGiftMed(dokument: Persondokument, annen: Persondokument): boolean {
  const s = gjeldendeVerdi(dokument, 'sivilstand');
  return !!s && iEkteskap.has(String(s.sivilstand)) && alleIdentifikatorer(annen).includes(String(s.relatertVedSivilstand));
}

/** The date the marriage to `annen` was registered from (its `gift`/`registrertPartner` version). */
export function vigselsdato(dokument: Persondokument, annen: Persondokument): string | undefined {
  const numre = alleIdentifikatorer(annen);
  const vigsel = versjoner(dokument, 'sivilstand').find(
    (s) => (s.sivilstand === 'gift' || s.sivilstand === 'registrertPartner') && numre.includes(String(s.relatertVedSivilstand)),
  );
  return vigsel?.sivilstandsdato as string | undefined;
}

/**
 * The authority as FREG writes `myndighet` (observed `DEN_NORSKE_KIRKE`, `ANSATT_I_KOMMUNE`, `STATSFORVALTEREN`,
 * `UTENLANDSK_MYNDIGHET`, spec §2.3): the producer's camelCase code in upper snake case, with the county governor
 * under its name since 2021.
 */
export function myndighet(kode: string | undefined): string | undefined {
  if (kode === undefined) return undefined;
  if (kode === 'fylkesmannen') return 'STATSFORVALTEREN';
  if (kode === 'utenlandskMyndighetUtenomNorden') return 'UTENLANDSK_MYNDIGHET';
  return kode.replace(/([a-zæøå])([A-ZÆØÅ])/g, '$1_$2').toUpperCase();
}
