import { alderVed } from './alder.ts';
import { antakelser, trinn } from '../antakelser.ts';
import { aarsdag, datoMellom, plussAar, senest, tidligst } from '../dato.ts';
import type { Prng } from '../prng.ts';
import { Aldersindeks } from './aldersindeks.ts';
import type { Planperson, Samliv } from './modell.ts';

/**
 * Couples among the residents of each municipality: a woman lives in a couple with the probability of her age, with
 * an unpaired man of about her age plus the usual difference. Married or cohabiting by her age. Couples form where
 * people live now; earlier relations are drawn in `sivilstand.ts`.
 */
export function dannPar(personer: readonly Planperson[], samliv: Samliv[], idag: string, prng: Prng): void {
  const menn = new Aldersindeks();
  const kvinner: Planperson[] = [];
  for (const p of personer) {
    const alder = alderVed(p.foedselsdato, idag);
    if (p.status !== 'bosatt' || alder < 18) continue;
    if (p.kjoenn === 'mann') menn.legg(p.kommunenummer!, alder, p.ref);
    else kvinner.push(p);
  }
  for (const kvinne of prng.stokk(kvinner)) {
    const alder = alderVed(kvinne.foedselsdato, idag);
    if (!prng.sjanse(trinn(antakelser.parandelKvinner, alder))) continue;
    const maal = Math.round(alder + prng.normal(antakelser.aldersforskjell.snitt, antakelser.aldersforskjell.sd));
    const mann = menn.ta(kvinne.kommunenummer!, Math.max(18, maal), 4, prng);
    if (mann === undefined) continue;
    const s = nyttSamliv(personer, samliv, kvinne.ref, mann, idag, prng);
    if (prng.sjanse(trinn(antakelser.giftandelAvPar, alder))) s.vigsel = datoMellom(prng, s.fra, tidligst(plussAar(s.fra, 5), idag));
  }
}

/**
 * A couple that started living together when the younger was about the usual age, never before both were 18
 * (ekteskapsloven § 1a for a later marriage) and, when it lies in the future for young people, at some day between
 * their 18th birthdays and `senestFra`.
 */
export function nyttSamliv(personer: readonly Planperson[], samliv: Samliv[], kvinne: number, mann: number, senestFra: string, prng: Prng): Samliv {
  const a = personer[kvinne]!;
  const b = personer[mann]!;
  const voksen = senest(aarsdag(a.foedselsdato, 18), aarsdag(b.foedselsdato, 18));
  const yngst = senest(a.foedselsdato, b.foedselsdato);
  const { snitt, sd, min } = antakelser.parAlder;
  let fra = senest(voksen, plussAar(yngst, prng.normal(snitt, sd, min, 60)));
  if (fra > senestFra) fra = datoMellom(prng, voksen, senestFra);
  const s: Samliv = { kvinne, mann, fra };
  a.samliv.push(samliv.length);
  b.samliv.push(samliv.length);
  samliv.push(s);
  return s;
}
