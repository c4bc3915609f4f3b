import { alderVed } from './alder.ts';
import { antakelser, trinn } from '../antakelser.ts';
import { aarsdag, datoMellom, plussAar, senest, tidligst } from '../dato.ts';
import type { Prng } from '../prng.ts';
import { Aldersindeks } from './aldersindeks.ts';
import type { Kjoenn, Planperson, Samliv } from './modell.ts';

/**
 * Couples among the residents of each municipality: a woman lives in a couple with the probability of her age, with
 * an unpaired man of about her age plus the usual difference; a few couples are two women or two men, of about the
 * same age. Married or cohabiting by the age of the one who sought the other (the woman in a mixed couple), same-sex
 * couples married only as the law allowed then (`etterLoven`). Couples form where people live now; earlier relations
 * are drawn in `sivilstand.ts`.
 */
export function dannPar(personer: readonly Planperson[], samliv: Samliv[], idag: string, prng: Prng): void {
  // Whoever is in a couple leaves the index when next met.
  const iPar = (r: number) => personer[r]!.samliv.length > 0;
  const ledige = { kvinne: new Aldersindeks(iPar), mann: new Aldersindeks(iPar) };
  const voksne: Record<Kjoenn, Planperson[]> = { kvinne: [], mann: [] };
  for (const p of personer) {
    const alder = alderVed(p.foedselsdato, idag);
    if (p.status !== 'bosatt' || alder < 18) continue;
    ledige[p.kjoenn].legg(p.kommunenummer!, alder, p.ref);
    voksne[p.kjoenn].push(p);
  }
  const { andel, kvinner } = antakelser.likekjoennetePar;
  const par = (a: Planperson, b: number | undefined, alder: number) => {
    if (b === undefined) return;
    const s = nyttSamliv(personer, samliv, a.ref, b, idag, prng);
    if (prng.sjanse(trinn(antakelser.giftandelAvPar, alder))) s.vigsel = datoMellom(prng, s.fra, tidligst(plussAar(s.fra, 5), idag));
    if (s.vigsel && a.kjoenn === personer[b]!.kjoenn) etterLoven(s, idag, prng);
  };
  const jevnaldrende = (p: Planperson, alder: number) => {
    const maal = Math.max(18, Math.round(alder + prng.normal(0, antakelser.aldersforskjell.sd)));
    return ledige[p.kjoenn].ta(p.kommunenummer!, maal, 4, prng, (r) => r !== p.ref);
  };
  // Two men first, so that the men's pool is what the women then draw from.
  for (const mann of prng.stokk(voksne.mann)) {
    const alder = alderVed(mann.foedselsdato, idag);
    if (mann.samliv.length || !prng.sjanse(trinn(antakelser.parandelKvinner, alder) * andel * (1 - kvinner))) continue;
    par(mann, jevnaldrende(mann, alder), alder);
  }
  for (const kvinne of prng.stokk(voksne.kvinne)) {
    const alder = alderVed(kvinne.foedselsdato, idag);
    if (kvinne.samliv.length || !prng.sjanse(trinn(antakelser.parandelKvinner, alder))) continue;
    if (prng.sjanse(andel * kvinner)) {
      par(kvinne, jevnaldrende(kvinne, alder), alder);
      continue;
    }
    const maal = Math.round(alder + prng.normal(antakelser.aldersforskjell.snitt, antakelser.aldersforskjell.sd));
    par(kvinne, ledige.mann.ta(kvinne.kommunenummer!, Math.max(18, maal), 4, prng), alder);
  }
}

/** Partnerskapsloven held from 1 August 1993 to 2008; ekteskapsloven has married two women or two men since 2009. */
export const partnerskapFra = '1993-08-01';
export const partnerskapTil = '2008-12-31';
export const likekjoennetEkteskapFra = '2009-01-01';

/**
 * A same-sex couple drawn as married before 2009: some entered a registered partnership while the act held and are
 * partners still; the others married once they could (many partners converted; the register shows them as married).
 */
function etterLoven(s: Samliv, idag: string, prng: Prng): void {
  if (s.vigsel! >= likekjoennetEkteskapFra) return;
  if (prng.sjanse(antakelser.likekjoennetePar.partnereFortsatt)) {
    s.partnerskap = true;
    s.vigsel = datoMellom(prng, senest(s.vigsel!, partnerskapFra), partnerskapTil);
    return;
  }
  const vigsel = datoMellom(prng, likekjoennetEkteskapFra, tidligst(plussAar(likekjoennetEkteskapFra, 4), idag));
  if (vigsel <= idag) s.vigsel = vigsel;
  else delete s.vigsel;
}

/**
 * A couple that started living together when the younger was about the usual age, never before both were 18
 * (ekteskapsloven § 1a for a later marriage) and, when it lies in the future for young people, at some day between
 * their 18th birthdays and `senestFra`.
 */
export function nyttSamliv(personer: readonly Planperson[], samliv: Samliv[], ra: number, rb: number, senestFra: string, prng: Prng): Samliv {
  const a = personer[ra]!;
  const b = personer[rb]!;
  const voksen = senest(aarsdag(a.foedselsdato, 18), aarsdag(b.foedselsdato, 18));
  const yngst = senest(a.foedselsdato, b.foedselsdato);
  const { snitt, sd, min } = antakelser.parAlder;
  let fra = senest(voksen, plussAar(yngst, prng.normal(snitt, sd, min, 60)));
  if (fra > senestFra) fra = datoMellom(prng, voksen, senestFra);
  // A woman first when there is one (`Samliv`).
  const s: Samliv = b.kjoenn === 'kvinne' && a.kjoenn === 'mann' ? { a: rb, b: ra, fra } : { a: ra, b: rb, fra };
  a.samliv.push(samliv.length);
  b.samliv.push(samliv.length);
  samliv.push(s);
  return s;
}
