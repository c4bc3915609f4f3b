import { alderVed } from './alder.ts';
import { antakelser, trinn } from '../antakelser.ts';
import { aarsdag, datoMellom, plussAar, senest } from '../dato.ts';
import type { Prng } from '../prng.ts';
import { erSammen, slutt, type Husstand, type Planperson, type Samliv } from './modell.ts';

/**
 * Who lives together now: a couple with the woman's children, a single adult with hers (children, and young adults
 * who have not left home, live with their mother), young adults sharing a flat, or one person alone. `fra` is when the household moved to its present address: a couple did so when it
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
    if (p.status !== 'bosatt' || p.hjemme) continue;
    const par = p.samliv.map((i) => samliv[i]!).find((s) => erSammen(s, personer));
    if (par) {
      const h = forPar.get(par) ?? ny(p, parFlyttet(par, personer, idag, prng));
      forPar.set(par, h);
      legg(p, h);
    } else legg(p, ny(p, aleneFlyttet(p, samliv, personer, idag, prng)));
  }
  for (const p of personer) if (p.status === 'bosatt' && p.hjemme) legg(p, personer[p.mor!]!.husstand!);
  delBoliger(husstander, personer, idag, prng);
  trekkAdressebeskyttelse(husstander, prng);
  return husstander;
}

/**
 * Address protection for whole families (children share their parents', spec §5.4), never for flatmates: as many
 * households as the shares give, to within one (a random remainder decides the last), so that even a small register
 * has the expected few.
 */
function trekkAdressebeskyttelse(husstander: Husstand[], prng: Prng): void {
  const familier = prng.stokk(husstander.filter((h) => h.medlemmer.length > 0 && !h.delt));
  const antall = (andel: number) => Math.floor(familier.length * andel + prng.neste());
  const strengt = antall(antakelser.strengtFortrolig);
  const fortrolig = antall(antakelser.fortrolig);
  familier.slice(0, strengt).forEach((h) => (h.adressebeskyttelse = 'strengtFortrolig'));
  familier.slice(strengt, strengt + fortrolig).forEach((h) => (h.adressebeskyttelse = 'fortrolig'));
}

/**
 * Young adults on their own often share a flat (students, young workers; SSB counts everyone registered in one
 * dwelling as one household): those who would live alone are drawn by `antakelser.deltBolig` and put together two or
 * three at a time with others of their municipality and about their age. They moved in when the last of them came.
 * The households they leave stay in the list, empty, so every household keeps its index.
 */
function delBoliger(husstander: Husstand[], personer: Planperson[], idag: string, prng: Prng): void {
  const grupper = new Map<string, number[]>();
  husstander.forEach((h, i) => {
    if (h.medlemmer.length !== 1) return;
    const p = personer[h.medlemmer[0]!]!;
    const alder = alderVed(p.foedselsdato, idag);
    if (p.samliv.length > 0 || p.barn.length > 0 || !prng.sjanse(trinn(antakelser.deltBolig, alder))) return;
    const nokkel = `${h.kommunenummer}|${Math.floor(alder / 5)}`;
    (grupper.get(nokkel) ?? grupper.set(nokkel, []).get(nokkel)!).push(i);
  });
  for (const liste of grupper.values()) {
    prng.stokk(liste);
    while (liste.length >= 2) {
      const [hit, ...andre] = liste.splice(0, liste.length >= 3 && prng.sjanse(0.3) ? 3 : 2) as [number, ...number[]];
      const felles = husstander[hit]!;
      for (const h of andre) {
        const fra = husstander[h]!;
        for (const r of fra.medlemmer) {
          felles.medlemmer.push(r);
          personer[r]!.husstand = hit;
        }
        felles.fra = senest(felles.fra, fra.fra);
        felles.delt = true;
        fra.medlemmer.length = 0;
      }
    }
  }
}

function parFlyttet(par: Samliv, personer: readonly Planperson[], idag: string, prng: Prng): string {
  const kom = senest(par.fra, ...[par.a, par.b].map((r) => personer[r]!.innvandret ?? par.fra));
  if (!prng.sjanse(antakelser.tidligereFellesAdresse) || plussAar(kom, 1) > plussAar(idag, -0.1)) return kom;
  return datoMellom(prng, plussAar(kom, 1), plussAar(idag, -0.1));
}

function aleneFlyttet(p: Planperson, samliv: readonly Samliv[], personer: readonly Planperson[], idag: string, prng: Prng): string {
  if (alderVed(p.foedselsdato, idag) < 18) return p.innvandret ?? p.foedselsdato;
  const tidligere = p.samliv.map((i) => samliv[i]!);
  // A widow or widower usually stays where the couple lived.
  const enke = tidligere.find((s) => !s.separasjon && !s.skilsmisse);
  if (enke && prng.sjanse(0.7)) return senest(enke.fra, p.innvandret ?? enke.fra);
  const etter = [aarsdag(p.foedselsdato, 18), p.innvandret ?? p.foedselsdato, p.utenlandsopphold?.til ?? p.foedselsdato];
  for (const s of tidligere) etter.push(slutt(s, personer)!);
  return datoMellom(prng, senest(...etter), plussAar(idag, -0.05));
}
