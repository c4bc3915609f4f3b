import { alderPaa } from '../../domain/tid.ts';
import { antakelser } from '../antakelser.ts';
import { aarMellom, aarsdag, plussAar, senest } from '../dato.ts';
import type { Prng } from '../prng.ts';
import { Aldersindeks } from './aldersindeks.ts';
import { erSammen, slutt, type Planperson, type Samliv } from './modell.ts';

/**
 * Parents for every resident child (under 18): a mother in the child's municipality, of the age mothers have at a
 * birth, preferring women who live in a couple so that about three in four children live with both parents. The
 * father is the man the mother lived with when the child was born; failing that, a man of her municipality of about
 * her age (a former partner who lives elsewhere). Children live with their mother. Returns how many children found
 * no mother (only in municipalities too small at small N to hold a woman of a fitting age).
 */
export function tildelForeldre(personer: readonly Planperson[], samliv: Samliv[], idag: string, prng: Prng): number {
  const moedre = new Aldersindeks();
  const menn = new Aldersindeks();
  const barn: Planperson[] = [];
  for (const p of personer) {
    if (p.status !== 'bosatt') continue;
    const alder = alderPaa(p.foedselsdato, idag);
    if (alder < 18) barn.push(p);
    else if (p.kjoenn === 'mann') menn.legg(p.kommunenummer!, alder, p.ref);
    else if (alder < 64) moedre.legg(`${p.kommunenummer}|${iPar(p, samliv, personer) ? 'par' : 'alene'}`, alder, p.ref);
  }
  let utenMor = 0;
  for (const b of prng.stokk(barn)) {
    const morsAlder = Math.round(prng.normal(antakelser.morsAlder.snitt, antakelser.morsAlder.sd, antakelser.morsAlder.min, antakelser.morsAlder.max));
    const maal = alderPaa(b.foedselsdato, idag) + morsAlder;
    const kan = (r: number) => kanFaa(personer[r]!, b.foedselsdato, personer);
    const rekkefoelge = prng.sjanse(antakelser.barnMedBeggeForeldre + 0.05) ? ['par', 'alene'] : ['alene', 'par'];
    let mor: number | undefined;
    for (const g of rekkefoelge) mor ??= moedre.finn(`${b.kommunenummer}|${g}`, maal, 8, prng, kan);
    if (mor === undefined) {
      utenMor++;
      continue;
    }
    b.mor = mor;
    personer[mor]!.barn.push(b.ref);
    const far = farTil(personer[mor]!, b, personer, samliv, menn, idag, prng);
    if (far !== undefined) {
      b.far = far;
      personer[far]!.barn.push(b.ref);
    }
  }
  return utenMor;
}

function iPar(p: Planperson, samliv: readonly Samliv[], personer: readonly Planperson[]): boolean {
  return p.samliv.some((i) => erSammen(samliv[i]!, personer));
}

/** A mother is 17–46 at the birth, has fewer than five children, none born within a year of this one. */
function kanFaa(mor: Planperson, foedt: string, personer: readonly Planperson[]): boolean {
  const alder = alderPaa(mor.foedselsdato, foedt);
  if (alder < 17 || alder > 46 || mor.barn.length >= antakelser.barnPerMor) return false;
  return mor.barn.every((s) => Math.abs(aarMellom(personer[s]!.foedselsdato, foedt)) * 12 >= antakelser.maanederMellomSoesken);
}

const farKan = (far: Planperson, foedt: string) => {
  const alder = alderPaa(far.foedselsdato, foedt);
  return alder >= 18 && alder <= 65 && (!far.doedsdato || far.doedsdato > plussAar(foedt, -0.75));
};

function farTil(
  mor: Planperson, b: Planperson, personer: readonly Planperson[], samliv: Samliv[], menn: Aldersindeks, idag: string, prng: Prng,
): number | undefined {
  const foedt = b.foedselsdato;
  const parene = mor.samliv.map((i) => samliv[i]!);
  for (const s of parene) {
    const til = slutt(s, personer);
    if (s.fra <= foedt && (!til || foedt <= plussAar(til, 0.75)) && farKan(personer[s.mann]!, foedt)) return s.mann;
  }
  // Most couples with children had them together: move the start of the current couple back before this birth,
  // when neither partner had another couple then.
  const naa = parene.find((s) => erSammen(s, personer));
  if (naa && foedt < naa.fra && prng.sjanse(0.85) && farKan(personer[naa.mann]!, foedt)) {
    const fra = plussAar(foedt, -prng.mellom(6, 24) / 12);
    const andre = [...mor.samliv, ...personer[naa.mann]!.samliv].map((i) => samliv[i]!).filter((s) => s !== naa);
    const voksen = senest(aarsdag(mor.foedselsdato, 18), aarsdag(personer[naa.mann]!.foedselsdato, 18));
    if (fra >= voksen && andre.every((s) => (slutt(s, personer) ?? '9999') < fra)) {
      naa.fra = fra;
      return naa.mann;
    }
  }
  const maal = alderPaa(mor.foedselsdato, idag) + Math.round(antakelser.aldersforskjell.snitt);
  return menn.finn(mor.kommunenummer!, maal, 6, prng, (r) => r !== naa?.mann && farKan(personer[r]!, foedt));
}
