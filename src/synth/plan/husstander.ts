import { alderPaa } from '../../domain/tid.ts';
import { antakelser } from '../antakelser.ts';
import { aarsdag, datoMellom, plussAar, senest } from '../dato.ts';
import type { Prng } from '../prng.ts';
import { erSammen, slutt, type Husstand, type Planperson, type Samliv } from './modell.ts';

/**
 * Who lives together now: a couple with the woman's children, a single adult with hers (children live with their
 * mother), or one person alone. `fra` is when the household moved to its present address: a couple did so when it
 * formed or, half the time, later from an earlier joint address; a single person after their last couple ended or
 * after coming of age, and never before coming to Norway.
 */
export function dannHusstander(personer: Planperson[], samliv: readonly Samliv[], idag: string, prng: Prng): Husstand[] {
  const husstander: Husstand[] = [];
  const forPar = new Map<Samliv, number>();
  const legg = (p: Planperson, h: number) => {
    husstander[h]!.medlemmer.push(p.ref);
    p.husstand = h;
  };
  const ny = (p: Planperson, fra: string) => husstander.push({ kommunenummer: p.kommunenummer!, medlemmer: [], fra }) - 1;
  for (const p of personer) {
    if (p.status !== 'bosatt' || p.mor !== undefined) continue;
    const par = p.samliv.map((i) => samliv[i]!).find((s) => erSammen(s, personer));
    if (par) {
      const h = forPar.get(par) ?? ny(p, parFlyttet(par, personer, idag, prng));
      forPar.set(par, h);
      legg(p, h);
    } else legg(p, ny(p, aleneFlyttet(p, samliv, personer, idag, prng)));
  }
  for (const p of personer) if (p.status === 'bosatt' && p.mor !== undefined) legg(p, personer[p.mor]!.husstand!);
  return husstander;
}

function parFlyttet(par: Samliv, personer: readonly Planperson[], idag: string, prng: Prng): string {
  const kom = senest(par.fra, ...[par.kvinne, par.mann].map((r) => personer[r]!.innvandret ?? par.fra));
  if (!prng.sjanse(antakelser.tidligereFellesAdresse) || plussAar(kom, 1) > plussAar(idag, -0.1)) return kom;
  return datoMellom(prng, plussAar(kom, 1), plussAar(idag, -0.1));
}

function aleneFlyttet(p: Planperson, samliv: readonly Samliv[], personer: readonly Planperson[], idag: string, prng: Prng): string {
  if (alderPaa(p.foedselsdato, idag) < 18) return p.innvandret ?? p.foedselsdato;
  const tidligere = p.samliv.map((i) => samliv[i]!);
  // A widow or widower usually stays where the couple lived.
  const enke = tidligere.find((s) => !s.separasjon && !s.skilsmisse);
  if (enke && prng.sjanse(0.7)) return senest(enke.fra, p.innvandret ?? enke.fra);
  const etter = [aarsdag(p.foedselsdato, 18), p.innvandret ?? p.foedselsdato, p.utenlandsopphold?.til ?? p.foedselsdato];
  for (const s of tidligere) etter.push(slutt(s, personer)!);
  return datoMellom(prng, senest(...etter), plussAar(idag, -0.05));
}
