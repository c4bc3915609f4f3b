import type { Kommando } from '../../domain/kommando/kommando.ts';
import { antakelser, trinn } from '../antakelser.ts';
import { senest } from '../dato.ts';
import { likekjoennet, type Samliv } from '../plan/modell.ts';
import type { Klyngekontekst } from './kontekst.ts';
import { barnetsNavn, etternavn, fornavn, type Navn } from './navn.ts';
import { bostedsperioder, periodeVed, type Periode } from './perioder.ts';
import { ref } from './tidslinje.ts';

/** The names a couple's marriage gave and its divorce took back: the wife's married name, and her name again after. */
export interface Navnebytte {
  readonly gift: Navn;
  readonly tilbake?: Navn;
}

/**
 * Every name of a cluster's persons, in time order: a birth name (from the parents' names as they were then, when
 * they are in the plan), the wife's change of surname at a marriage by the custom of the year, and for some her
 * maiden name back at a divorce. Births and marriages are walked by date, so a child born after its mother married
 * gets the married name, and a woman's own marriage starts from the name her parents gave her. Returns the changes
 * by couple, for `registrerSamliv`.
 */
export function trekkNavn(k: Klyngekontekst, klynge: readonly number[]): Map<number, Navnebytte> {
  const hendelser: { dato: string; foedt?: number; samliv?: number }[] = klynge.map((r) => ({ dato: k.person(r).foedselsdato, foedt: r }));
  for (const i of new Set(klynge.flatMap((r) => k.person(r).samliv))) if (k.samliv(i).vigsel) hendelser.push({ dato: k.samliv(i).vigsel!, samliv: i });
  hendelser.sort((a, b) => (a.dato < b.dato ? -1 : a.dato > b.dato ? 1 : (a.foedt ?? a.samliv!) - (b.foedt ?? b.samliv!)));
  const bytter = new Map<number, Navnebytte>();
  for (const h of hendelser) {
    if (h.foedt !== undefined) foedselsnavn(k, h.foedt);
    else {
      const b = navnVedVigsel(k, h.samliv!);
      if (b) bytter.set(h.samliv!, b);
    }
  }
  return bytter;
}

function foedselsnavn(k: Klyngekontekst, r: number): void {
  const p = k.person(r);
  if (p.mor === undefined) {
    k.settNavn(r, p.foedselsdato, { fornavn: fornavn(k.data, p, p.opprinnelse, k.prng), etternavn: etternavn(k.data, p, k.prng) });
    return;
  }
  const mor = k.person(p.mor);
  const kultur = mor.opprinnelse !== 'NOR' && (p.far === undefined || k.person(p.far).opprinnelse !== 'NOR') ? mor.opprinnelse : p.opprinnelse;
  const foreldrenes = (f: number | undefined) => (f === undefined ? undefined : k.navnVed(f, p.foedselsdato));
  k.settNavn(r, p.foedselsdato, barnetsNavn(k.data, p, kultur, foreldrenes(p.mor), foreldrenes(p.far), k.prng));
}

/**
 * Whether the wife took the husband's surname (immigrant women keep theirs), and took hers back at a divorce. Two
 * women or two men keep their own names here.
 */
function navnVedVigsel(k: Klyngekontekst, i: number): Navnebytte | undefined {
  const s = k.samliv(i);
  if (likekjoennet(s, k.plan.personer)) return undefined;
  const pikenavn = k.navnVed(s.a, s.vigsel!)!;
  const hans = k.navnVed(s.b, s.vigsel!)!;
  if (k.person(s.a).innvandret || pikenavn.etternavn === hans.etternavn) return undefined;
  if (!k.prng.sjanse(trinn(antakelser.navnebytteVedVigsel, Number(s.vigsel!.slice(0, 4))))) return undefined;
  const gift: Navn = { fornavn: pikenavn.fornavn, ...(k.prng.sjanse(0.4) ? { mellomnavn: pikenavn.etternavn } : {}), etternavn: hans.etternavn };
  k.settNavn(s.a, s.vigsel!, gift);
  if (!s.skilsmisse || !k.prng.sjanse(antakelser.tilbakeTilPikenavnVedSkilsmisse)) return { gift };
  k.settNavn(s.a, s.skilsmisse, pikenavn);
  return { gift, tilbake: pikenavn };
}

/**
 * The couples of a cluster in time order: marriage (with the authority and place, or the country when it was abroad
 * before they came), the name changes `trekkNavn` drew, separation and divorce.
 */
export function registrerSamliv(k: Klyngekontekst, klynge: readonly number[], perioder: Map<number, Periode[]>, navnebytter: ReadonlyMap<number, Navnebytte>): void {
  const indekser = [...new Set(klynge.flatMap((r) => k.person(r).samliv))].sort((a, b) => (k.samliv(a).fra < k.samliv(b).fra ? -1 : 1));
  // A person's marriages are registered in the order they happened, even when one partner entered the register late.
  const sist = new Map<number, string>();
  const legg = (dato: string, personer: readonly number[], kommando: Kommando) => {
    const orden = k.tidslinje.legg(senest(dato, ...personer.map((r) => sist.get(r) ?? dato)), personer, { kommando });
    for (const r of personer) sist.set(r, orden);
  };
  for (const i of indekser) {
    const s = k.samliv(i);
    if (!s.vigsel) continue;
    const personer = [ref(s.a), ref(s.b)] as const;
    const a = k.person(s.a);
    const utland = [a, k.person(s.b)].find((p) => p.innvandret && s.vigsel! < p.innvandret);
    const hjem = periodeVed(bostedsperioder(k, a, perioder), s.vigsel);
    legg(s.vigsel, [s.a, s.b], {
      type: 'vigsel', personer, dato: s.vigsel, ...(s.partnerskap ? { partnerskap: true } : {}),
      ...(utland
        ? { myndighet: 'UTENLANDSK_MYNDIGHET', utland: utland.opprinnelse }
        : { myndighet: vigselsmyndighet(k, s), ...(hjem ? { kommune: hjem.adresse.kommunenummer } : {}) }),
    });
    const bytte = navnebytter.get(i);
    if (bytte) legg(s.vigsel, [s.a], { type: 'endreNavn', person: ref(s.a), navn: { ...bytte.gift }, gyldigFra: s.vigsel });
    if (s.separasjon) legg(s.separasjon, [s.a, s.b], { type: 'separasjon', personer, dato: s.separasjon, myndighet: 'STATSFORVALTEREN' });
    if (s.skilsmisse) {
      legg(s.skilsmisse, [s.a, s.b], { type: 'skilsmisse', personer, dato: s.skilsmisse, myndighet: 'STATSFORVALTEREN' });
      if (bytte?.tilbake) legg(s.skilsmisse, [s.a], { type: 'endreNavn', person: ref(s.a), navn: { ...bytte.tilbake }, gyldigFra: s.skilsmisse });
    }
  }
}

/**
 * Who married them: the church or the municipality for a man and a woman; a partnership, and a marriage of two women
 * or two men before the church married them (since 1 February 2017), is written as the municipality's (FREG's
 * observed codes have none for the notary of the time).
 */
function vigselsmyndighet(k: Klyngekontekst, s: Samliv): string {
  const kirke = !likekjoennet(s, k.plan.personer) || s.vigsel! >= '2017-02-01';
  return kirke && k.prng.sjanse(likekjoennet(s, k.plan.personer) ? 0.2 : 0.65) ? 'DEN_NORSKE_KIRKE' : 'ANSATT_I_KOMMUNE';
}
