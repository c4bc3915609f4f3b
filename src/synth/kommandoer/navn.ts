import type { Kjonn, Referansedata } from '../data/referansedata.ts';
import type { Prng } from '../prng.ts';
import type { Planperson } from '../plan/modell.ts';

export interface Navn {
  readonly fornavn: string;
  readonly mellomnavn?: string;
  readonly etternavn: string;
}

/** What a name is drawn by: sex, birth date and country of birth. */
export type Navnebaerer = Pick<Planperson, 'kjoenn' | 'foedselsdato' | 'opprinnelse'>;

const kjonn = (p: Navnebaerer): Kjonn => (p.kjoenn === 'kvinne' ? 'K' : 'M');

/**
 * A first name fitting sex and birth year: SSB's newborn names of the person's five-year period, or the common names
 * of the country whose names the family uses (`kultur`, an ISO alpha-3 code; immigrants and their children born
 * here). Some Norwegians of the 1940–1990 cohorts got two (Anne Marie, Jan Erik), as was the custom then.
 */
export function fornavn(data: Referansedata, p: Navnebaerer, kultur: string, prng: Prng): string {
  const utland = data.navnUtland.get(kultur);
  if (utland) return utland.fornavn[kjonn(p)].trekk(prng);
  const aar = Math.min(2025, Math.max(1915, Number(p.foedselsdato.slice(0, 4))));
  const liste = data.fornavn.get(`${aar - (aar % 5)}${kjonn(p)}`)!;
  const foerste = liste.trekk(prng);
  if (aar < 1940 || aar > 1990 || !prng.sjanse(0.15)) return foerste;
  const andre = liste.trekk(prng);
  return andre === foerste ? foerste : `${foerste} ${andre}`;
}

/**
 * A surname for someone with no parent in the plan: for the Norwegian-born, four in ten from the common surnames
 * (mostly -sen), the rest a farm name built from common name elements (Berg + heim), as most Norwegian surnames are.
 */
export function etternavn(data: Referansedata, p: Navnebaerer, prng: Prng): string {
  const utland = data.navnUtland.get(p.opprinnelse);
  if (utland) return utland.etternavn[kjonn(p)].trekk(prng);
  if (prng.sjanse(0.4)) return data.etternavnNorge.trekk(prng);
  const { forledd, etterledd } = data.gaardsnavnledd;
  return prng.velg(forledd) + prng.velg(etterledd);
}

/**
 * A child's name: a first name of its own and, by the custom since the 2002 name act, the father's surname when the
 * parents share one or usually otherwise, the mother's when there is no father; often the other parent's surname as
 * a middle name.
 */
export function barnetsNavn(
  data: Referansedata, barn: Planperson, kultur: string, mor: Navn | undefined, far: Navn | undefined, prng: Prng,
): Navn {
  const fornavn_ = fornavn(data, barn, kultur, prng);
  if (!mor || !far) return { fornavn: fornavn_, etternavn: (far ?? mor)?.etternavn ?? etternavn(data, barn, prng) };
  if (mor.etternavn === far.etternavn) return { fornavn: fornavn_, etternavn: far.etternavn };
  const [hoved, annet] = prng.sjanse(0.65) ? [far, mor] : [mor, far];
  return prng.sjanse(0.3) ? { fornavn: fornavn_, mellomnavn: annet.etternavn, etternavn: hoved.etternavn } : { fornavn: fornavn_, etternavn: hoved.etternavn };
}
