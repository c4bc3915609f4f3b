import { antakelser, trinn } from '../antakelser.ts';
import type { Referansedata } from '../data/referansedata.ts';
import { aarMellom, aarsdag, plussAar, senest } from '../dato.ts';
import type { Prng } from '../prng.ts';
import { alderVed } from './alder.ts';
import { Aldersindeks } from './aldersindeks.ts';
import { Sammenheng } from './klynger.ts';
import { erSammen, partner, slutt, type Planperson, type Samliv } from './modell.ts';

/**
 * Parents for every resident child (under 18): a mother in the child's municipality, of the age mothers had at
 * births that year, preferring women who live in a couple so that about three in four children live with both
 * parents. The other parent is the one the mother lived with when the child was born (a man, or since 2009 a woman:
 * the co-mother); failing that, a man of her municipality of about her age (a former partner who lives elsewhere).
 * Children live with their mother. Returns how
 * many children found no mother (only in municipalities too small at small N to hold a woman of a fitting age).
 */
export function tildelForeldre(personer: readonly Planperson[], samliv: Samliv[], idag: string, prng: Prng): number {
  const moedre = new Aldersindeks();
  const menn = new Aldersindeks();
  const barn: Planperson[] = [];
  for (const p of personer) {
    if (p.status !== 'bosatt') continue;
    const alder = alderVed(p.foedselsdato, idag);
    if (alder < 18) barn.push(p);
    else if (p.kjoenn === 'mann') menn.legg(p.kommunenummer!, alder, p.ref);
    else if (alder < 64) moedre.legg(`${p.kommunenummer}|${iPar(p, samliv, personer) ? 'par' : 'alene'}`, alder, p.ref);
  }
  // Mothers with one or two children are asked first for some children, so that children come in sibling groups as
  // they do (most mothers have two) instead of one to each of many women.
  const medBarn = new Aldersindeks();
  let utenMor = 0;
  for (const b of prng.stokk(barn)) {
    const maal = alderVed(b.foedselsdato, idag) + morsAlder(b.foedselsdato, prng);
    const kan = (r: number) => kanFaa(personer[r]!, b.foedselsdato, personer);
    const rekkefoelge = prng.sjanse(antakelser.barnMedBeggeForeldre + 0.05) ? ['par', 'alene'] : ['alene', 'par'];
    const soesken = prng.sjanse(antakelser.soeskenFoerst);
    let mor: number | undefined;
    for (const indeks of soesken ? [medBarn, moedre] : [moedre]) {
      const ok = indeks === medBarn ? (r: number) => personer[r]!.barn.length < 3 && kan(r) : kan;
      for (const g of rekkefoelge) mor ??= indeks.finn(`${b.kommunenummer}|${g}`, maal, indeks === medBarn ? 4 : 8, prng, ok);
    }
    if (mor === undefined) {
      utenMor++;
      continue;
    }
    const m = personer[mor]!;
    if (m.barn.length === 0) medBarn.legg(`${b.kommunenummer}|${iPar(m, samliv, personer) ? 'par' : 'alene'}`, alderVed(m.foedselsdato, idag), mor);
    b.hjemme = true;
    knytt(b, mor, farTil(personer[mor]!, b, personer, samliv, menn, b.kommunenummer!, idag, prng), personer);
  }
  return utenMor;
}

/**
 * Parents for adults born here (immigrants' parents mostly live abroad), as the register holds them for everyone
 * born since it began: a mother of the age mothers had at births that year, alive and in Norway at the birth, living
 * now (or when she died) in the adult's municipality, the same county or elsewhere; the father as for a child, among
 * living and dead men. Young adults without a partner or children of their own often still live with her. Real
 * genealogies join nearly everyone into one family; a link that would make a cluster larger than
 * `antakelser.klyngeMaks` is not made, so a few adults lack a parent (or the father) they would have had. Runs after
 * the extra identities and immigrant families exist, so the recently dead can be parents, and immigrants who came
 * before a birth the parents of the Norwegian-born.
 */
export function tildelForeldreTilVoksne(personer: Planperson[], samliv: Samliv[], data: Referansedata, idag: string, prng: Prng): void {
  const fylke = (p: Planperson) => data.kommuner.get(p.kommunenummer!)!.fylkesnummer;
  // A parent whose cluster is full can take no one more (parents come from another family); the indexes drop them as met.
  const sammenheng = new Sammenheng(personer, samliv);
  const maks = antakelser.klyngeMaks;
  const full = (r: number) => sammenheng.antall(r) >= maks;
  const moedre = new Aldersindeks(full);
  const menn = new Aldersindeks(full);
  const voksne: Planperson[] = [];
  for (const p of personer) {
    if ((p.status !== 'bosatt' && p.status !== 'doed') || !p.kommunenummer) continue;
    const alder = alderVed(p.foedselsdato, idag);
    const foedtHer = !p.innvandret;
    if (p.status === 'bosatt' && foedtHer && alder >= 18 && p.mor === undefined && prng.sjanse(trinn(antakelser.foreldreIRegisteret, alder))) voksne.push(p);
    if (alder < 18 + antakelser.morsAlder.min) continue;
    const indeks = p.kjoenn === 'kvinne' ? moedre : menn;
    for (const gruppe of [`k${p.kommunenummer}`, `f${fylke(p)}`, 'n']) indeks.legg(gruppe, alder, p.ref);
  }
  // A parent comes from another family (never a relative: the mother's brother is no former partner) that has room.
  const annenFamilieMedPlass = (r: number, v: number) => sammenheng.rot(r) !== sammenheng.rot(v) && sammenheng.antall(r) + sammenheng.antall(v) <= maks;
  // The youngest first: when a cluster is full, a parent matters most to those who may still live at home.
  prng.stokk(voksne).sort((a, b) => (a.foedselsdato > b.foedselsdato ? -1 : a.foedselsdato < b.foedselsdato ? 1 : 0));
  for (const v of voksne) {
    if (full(v.ref)) continue; // married into a full cluster: no mother from outside it fits
    const alder = alderVed(v.foedselsdato, idag);
    const maal = alder + morsAlder(v.foedselsdato, prng);
    const kan = (r: number) => annenFamilieMedPlass(r, v.ref) && kanFaa(personer[r]!, v.foedselsdato, personer);
    const naer = prng.sjanse(trinn(antakelser.morISammeKommune, alder)) ? [`k${v.kommunenummer}`] : [];
    const grupper = [...naer, ...(prng.sjanse(antakelser.morISammeFylke) ? [`f${fylke(v)}`] : []), 'n'];
    let mor: number | undefined;
    for (const g of grupper) mor ??= moedre.finn(g, maal, 6, prng, kan);
    if (mor === undefined) continue;
    const m = personer[mor]!;
    sammenheng.foren(v.ref, mor);
    const far = farTil(m, v, personer, samliv, menn, `k${m.kommunenummer}`, idag, prng, (r) => annenFamilieMedPlass(r, v.ref));
    knytt(v, mor, far, personer);
    if (far !== undefined) sammenheng.foren(v.ref, far);
    const hjemme = m.status === 'bosatt' && m.kommunenummer === v.kommunenummer && v.samliv.length === 0 && v.barn.length === 0;
    if (hjemme && prng.sjanse(trinn(antakelser.hjemmeboende, alder))) v.hjemme = true;
  }
}

function knytt(barn: Planperson, mor: number, far: number | undefined, personer: readonly Planperson[]): void {
  barn.mor = mor;
  personer[mor]!.barn.push(barn.ref);
  if (far === undefined) return;
  barn.far = far;
  personer[far]!.barn.push(barn.ref);
}

/** The mother's age at a birth on `foedt`, drawn around the mean of that year. */
function morsAlder(foedt: string, prng: Prng): number {
  const { snitt, sd, min, max } = antakelser.morsAlder;
  return Math.round(prng.normal(trinn(snitt, Number(foedt.slice(0, 4))), sd, min, max));
}

function iPar(p: Planperson, samliv: readonly Samliv[], personer: readonly Planperson[]): boolean {
  return p.samliv.some((i) => erSammen(samliv[i]!, personer));
}

/**
 * A mother is 17–46, alive and living in Norway at the birth, has fewer than five children, none born within a year
 * of this one.
 */
function kanFaa(mor: Planperson, foedt: string, personer: readonly Planperson[]): boolean {
  const alder = alderVed(mor.foedselsdato, foedt);
  if (alder < 17 || alder > 46 || mor.barn.length >= barnPerMor || !herVed(mor, foedt)) return false;
  return mor.barn.every((s) => Math.abs(aarMellom(personer[s]!.foedselsdato, foedt)) * 12 >= maanederMellomSoesken);
}

const { barnPerMor, maanederMellomSoesken } = antakelser;

/** Alive, and come to Norway, on a date (immigrants are known only after the plan's immigrant step). */
const herVed = (p: Planperson, dato: string) => (!p.doedsdato || p.doedsdato > dato) && (!p.innvandret || p.innvandret <= dato);

/**
 * A father is 18–65 and alive at the birth (a child born after its father died would give the dead man's record a
 * later event, which the register allows only as a correction).
 */
const farKan = (far: Planperson, foedt: string) => {
  const alder = alderVed(far.foedselsdato, foedt);
  return alder >= 18 && alder <= 65 && herVed(far, foedt);
};

/**
 * Barnelova § 4 a: since 2009 the mother's wife or cohabitant who consented to the assisted fertilisation is the
 * child's co-mother (`medmor`); the plan keeps her where a father would be (`Planperson.far`).
 */
export const medmorFra = '2009-01-01';

/** Who can be the other parent of a child born on `foedt`: a man, or a woman since `medmorFra`; 18–65 and alive. */
const andreForelderKan = (p: Planperson, foedt: string) => (p.kjoenn === 'mann' || foedt >= medmorFra) && farKan(p, foedt);

/**
 * The other parent: the one the mother lived with at the birth; or the one she lives with now, when they can have
 * been together then; or a man of `gruppe` (in `menn`) of about her age, a former partner.
 */
function farTil(
  mor: Planperson, b: Planperson, personer: readonly Planperson[], samliv: Samliv[], menn: Aldersindeks, gruppe: string, idag: string, prng: Prng,
  tillatt: (ref: number) => boolean = () => true,
): number | undefined {
  const foedt = b.foedselsdato;
  const parene = mor.samliv.map((i) => samliv[i]!);
  for (const s of parene) {
    const til = slutt(s, personer);
    const den = partner(s, mor.ref);
    if (s.fra <= foedt && (!til || foedt <= plussAar(til, 0.75)) && andreForelderKan(personer[den]!, foedt)) return den;
  }
  // Most couples with children had them together: move the start of the current couple back before this birth,
  // when neither partner had another couple then.
  const naa = parene.find((s) => erSammen(s, personer));
  const naaPartner = naa && partner(naa, mor.ref);
  if (naa && naaPartner !== undefined && foedt < naa.fra && prng.sjanse(0.85) && andreForelderKan(personer[naaPartner]!, foedt)) {
    const fra = plussAar(foedt, -prng.mellom(6, 24) / 12);
    const andre = [...mor.samliv, ...personer[naaPartner]!.samliv].map((i) => samliv[i]!).filter((s) => s !== naa);
    const voksen = senest(aarsdag(mor.foedselsdato, 18), aarsdag(personer[naaPartner]!.foedselsdato, 18));
    if (fra >= voksen && andre.every((s) => (slutt(s, personer) ?? '9999') < fra)) {
      naa.fra = fra;
      return naaPartner;
    }
  }
  const maal = alderVed(mor.foedselsdato, idag) + Math.round(antakelser.aldersforskjell.snitt);
  return menn.finn(gruppe, maal, 6, prng, (r) => r !== naaPartner && farKan(personer[r]!, foedt) && tillatt(r));
}
