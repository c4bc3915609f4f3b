import type { Kommando } from '../../domain/kommando/kommando.ts';
import { antakelser, trinn } from '../antakelser.ts';
import { senest } from '../dato.ts';
import type { Klyngekontekst } from './kontekst.ts';
import type { Navn } from './navn.ts';
import { bostedsperioder, periodeVed, type Periode } from './perioder.ts';
import { ref } from './tidslinje.ts';

/**
 * The couples of a cluster in time order: marriage (with the authority and place, or the country when it was abroad
 * before they came), the wife's change of surname by the custom of the year, separation, divorce and, for some, the
 * maiden name back. Names go into the cluster's name history, so children born later get the right surnames.
 */
export function registrerSamliv(k: Klyngekontekst, klynge: readonly number[], perioder: Map<number, Periode[]>): void {
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
    const personer = [ref(s.kvinne), ref(s.mann)] as const;
    const kvinne = k.person(s.kvinne);
    const mann = k.person(s.mann);
    const utland = [kvinne, mann].find((p) => p.innvandret && s.vigsel! < p.innvandret);
    const hjem = periodeVed(bostedsperioder(k, kvinne, perioder), s.vigsel);
    legg(s.vigsel, [s.kvinne, s.mann], {
      type: 'vigsel', personer, dato: s.vigsel,
      ...(utland
        ? { myndighet: 'UTENLANDSK_MYNDIGHET', utland: utland.opprinnelse }
        : { myndighet: k.prng.sjanse(0.65) ? 'DEN_NORSKE_KIRKE' : 'ANSATT_I_KOMMUNE', ...(hjem ? { kommune: hjem.adresse.kommunenummer } : {}) }),
    });
    const pikenavn = k.navnVed(s.kvinne, s.vigsel)!;
    const hans = k.navnVed(s.mann, s.vigsel)!;
    const bytter = !kvinne.innvandret && pikenavn.etternavn !== hans.etternavn && k.prng.sjanse(trinn(antakelser.navnebytteVedVigsel, Number(s.vigsel.slice(0, 4))));
    if (bytter) {
      const gift: Navn = { fornavn: pikenavn.fornavn, ...(k.prng.sjanse(0.4) ? { mellomnavn: pikenavn.etternavn } : {}), etternavn: hans.etternavn };
      k.settNavn(s.kvinne, s.vigsel, gift);
      legg(s.vigsel, [s.kvinne], { type: 'endreNavn', person: ref(s.kvinne), navn: { ...gift }, gyldigFra: s.vigsel });
    }
    if (s.separasjon) legg(s.separasjon, [s.kvinne, s.mann], { type: 'separasjon', personer, dato: s.separasjon, myndighet: 'STATSFORVALTEREN' });
    if (s.skilsmisse) {
      legg(s.skilsmisse, [s.kvinne, s.mann], { type: 'skilsmisse', personer, dato: s.skilsmisse, myndighet: 'STATSFORVALTEREN' });
      if (bytter && k.prng.sjanse(antakelser.tilbakeTilPikenavnVedSkilsmisse)) {
        k.settNavn(s.kvinne, s.skilsmisse, pikenavn);
        legg(s.skilsmisse, [s.kvinne], { type: 'endreNavn', person: ref(s.kvinne), navn: { ...pikenavn }, gyldigFra: s.skilsmisse });
      }
    }
  }
}
