import { alderVed } from './alder.ts';
import { antakelser, trinn } from '../antakelser.ts';
import type { Referansedata } from '../data/referansedata.ts';
import { aarsdag, datoMellom, plussAar, senest, tidligst } from '../dato.ts';
import type { Prng, Vektet } from '../prng.ts';
import { flyttingslandEtterDato } from './flyttestroem.ts';
import { erSammen, type Planperson, type Samliv } from './modell.ts';

/**
 * Immigrant families, decided per cluster so that a family shares its country: a cluster's adults came from one
 * country on one day (the country drawn by SSB's immigration by citizenship in the period of the data nearest that
 * day's year: Ukrainians came from 2022, not over decades), except that in some couples one partner is
 * Norwegian-born, and then the other came before they met. Children born before the family came were born there and
 * came with their mother; later children were born in Norway. Labour migrants from the EU/EEA often held a D-number
 * first. The chance per cluster is SSB's immigrant share at its adults' ages (higher in Oslo).
 */
export function tildelOpprinnelse(
  klynger: readonly number[][], personer: Planperson[], samliv: readonly Samliv[], data: Referansedata, idag: string, prng: Prng,
): void {
  const land = flyttingslandEtterDato(data, 'innvandring');
  for (const klynge of klynger) {
    const bosatte = klynge.map((r) => personer[r]!).filter((p) => p.status === 'bosatt' && alderVed(p.foedselsdato, idag) >= 18);
    if (bosatte.length === 0) continue;
    const andel = bosatte.reduce((s, p) => s + trinn(antakelser.innvandrerandel, alderVed(p.foedselsdato, idag)), 0) / bosatte.length;
    if (!prng.sjanse(Math.min(0.9, andel * (bosatte[0]!.kommunenummer === '0301' ? antakelser.innvandrerfaktorOslo : 1)))) continue;
    innvandring(klynge, personer, samliv, land, idag, prng);
  }
}

function innvandring(
  klynge: readonly number[], personer: Planperson[], samliv: readonly Samliv[], landFor: (kom: string) => Vektet<string>, idag: string, prng: Prng,
): void {
  const medlemmer = klynge.map((r) => personer[r]!);
  // Those without a mother in the plan came on their own; the others came with her or were born here.
  const voksne = medlemmer.filter((p) => p.mor === undefined);
  const norske = new Set<number>();
  let senestKom = plussAar(idag, -0.05);
  for (const s of new Set(voksne.flatMap((p) => p.samliv))) {
    const par = samliv[s]!;
    if (erSammen(par, personer) && prng.sjanse(antakelser.blandetPar)) {
      norske.add(prng.sjanse(0.5) ? par.a : par.b);
      senestKom = tidligst(senestKom, par.fra);
    }
  }
  const innvandrere = voksne.filter((p) => !norske.has(p.ref));
  // A late spouse lived here with the family for a while before dying.
  for (const p of innvandrere) if (p.doedsdato) senestKom = tidligst(senestKom, plussAar(p.doedsdato, -0.5));
  const tidligstKom = senest(...innvandrere.map((p) => plussAar(p.foedselsdato, 0.1)));
  if (innvandrere.length === 0 || tidligstKom > senestKom) return;
  // Immigration has grown: recent arrivals are the most common (half-normal over about 12 years back).
  const kom = senest(tidligstKom, tidligst(senestKom, plussAar(idag, -Math.abs(prng.normal(0, 12)))));
  const opprinnelse = landFor(kom).trekk(prng);
  const arbeid = (antakelser.arbeidsinnvandringsland as readonly string[]).includes(opprinnelse);
  for (const p of innvandrere) {
    p.opprinnelse = opprinnelse;
    p.innvandret = kom;
    const voksen = aarsdag(p.foedselsdato, 18);
    if (arbeid && !p.doedsdato && voksen < kom && prng.sjanse(antakelser.dNummerFoerBosetting)) {
      p.dNummerFra = datoMellom(prng, senest(voksen, plussAar(kom, -3)), plussAar(kom, -0.2));
    }
  }
  // Parents before their children, so that a child born abroad follows a mother who herself came with hers.
  for (const barn of medlemmer.filter((p) => p.mor !== undefined).sort((a, b) => (a.foedselsdato < b.foedselsdato ? -1 : 1))) {
    const mor = personer[barn.mor!]!;
    if (mor.innvandret && barn.foedselsdato < mor.innvandret) {
      barn.opprinnelse = opprinnelse;
      barn.innvandret = mor.innvandret;
    }
  }
}
