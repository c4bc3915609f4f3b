import type { Elementverdi } from '../../domain/person/persondokument.ts';
import { antakelser } from '../antakelser.ts';
import type { Kommune, Referansedata } from '../data/referansedata.ts';
import type { Prng } from '../prng.ts';

/**
 * Addresses that exist as combinations: a real street name (Kartverket, drawn by how many addresses bear it), a
 * house number, and the real postal code and town of the municipality (Bring). Street names are national counts, so
 * the street is not checked against the municipality; the postal code is, and one street of one municipality always
 * gets the same code, so neighbours agree. Towns of 50 000 and more are mostly flats (a `bruksenhetsnummer`).
 */
export interface Adresse {
  readonly kommunenummer: string;
  readonly vegadresse: Record<string, unknown>;
}

export function nyAdresse(data: Referansedata, kommunenummer: string, prng: Prng): Adresse {
  const kommune = data.kommuner.get(kommunenummer)!;
  const gate = data.gatenavn.trekk(prng);
  const postnumre = data.gatepostnumre.get(kommunenummer)!;
  const post = postnumre[hash(gate) % postnumre.length]!;
  // House numbers: most streets are short, so low numbers are common (geometric, mean about 20).
  const husnummer = 1 + Math.floor(-Math.log(1 - prng.neste()) * 20);
  const leilighet = prng.sjanse(kommune.folkemengde >= 50_000 ? 0.6 : 0.15);
  return {
    kommunenummer,
    vegadresse: {
      kommunenummer,
      ...(leilighet ? { bruksenhetsnummer: `H0${prng.mellom(1, 6)}0${prng.mellom(1, 4)}` } : {}),
      bruksenhetstype: 'bolig',
      adressenavn: gate,
      adressenummer: { husnummer: String(Math.min(husnummer, 9999)), ...(prng.sjanse(0.08) ? { husbokstav: prng.velg(['A', 'B', 'C']) } : {}) },
      poststed: { poststedsnavn: post.poststed, postnummer: post.postnummer },
    },
  };
}

/** The `bostedsadresse` value of a command (decide adds `adressegradering`). */
export const bosted = (a: Adresse): Elementverdi => ({ vegadresse: a.vegadresse });

/** The same place as a postal address (`VegadresseForPost` has no municipality or dwelling type). */
export function postadresse(a: Adresse): Elementverdi {
  const { kommunenummer: _k, bruksenhetstype: _t, ...post } = a.vegadresse;
  return { adressegradering: 'ugradert', vegadresse: post };
}

/** Where an earlier address lay, seen from `kommunenummer`: the same municipality, the same county, or anywhere. */
export function tidligereKommune(data: Referansedata, kommunenummer: string, prng: Prng): string {
  const { sammeKommune, sammeFylke } = antakelser.flytteavstand;
  const x = prng.neste();
  if (x < sammeKommune) return kommunenummer;
  const fylke = data.kommuner.get(kommunenummer)!.fylkesnummer;
  for (let forsoek = 0; forsoek < 20; forsoek++) {
    const k: Kommune = data.kommuneEtterFolketall.trekk(prng);
    if (x >= sammeKommune + sammeFylke || k.fylkesnummer === fylke) return k.kommunenummer;
  }
  return kommunenummer;
}

/**
 * The secretariat's postal address that a `strengtFortrolig` person gets instead of every other address (spec §5.4).
 * Synthetic: a real Oslo post-office-box code with a made-up box; the real secretariat's address is not published here.
 */
export function sekretariatsadresse(data: Referansedata): Elementverdi {
  const post = data.postboksnumre.get('0301')![0]!;
  return {
    adressegradering: 'ugradert',
    postboksadresse: {
      postbokseier: 'Sekretariatet for strengt fortrolig adresse',
      postboks: '6300',
      poststed: { poststedsnavn: post.poststed, postnummer: post.postnummer },
    },
  };
}

/** FNV-1a: a stable small hash, so a street keeps its postal code across runs. */
function hash(tekst: string): number {
  let h = 2166136261;
  for (let i = 0; i < tekst.length; i++) h = Math.imul(h ^ tekst.charCodeAt(i), 16777619);
  return h >>> 0;
}
