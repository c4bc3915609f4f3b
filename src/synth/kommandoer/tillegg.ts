import { alderVed } from '../plan/alder.ts';
import { antakelser, trinn } from '../antakelser.ts';
import { aarsdag, datoMellom, plussAar, senest } from '../dato.ts';
import { partner, slutt, type Husstand, type Planperson } from '../plan/modell.ts';
import { bosted, sekretariatsadresse } from './adresse.ts';
import type { Klyngekontekst } from './kontekst.ts';
import { bostedsperioder, type Periode } from './perioder.ts';
import { ref } from './tidslinje.ts';

/**
 * Facts registered last, on the register's today, after everything else the cluster's persons went through: shared
 * residence, guardianship and limited legal capacity, false identity, and address protection (last of all, because a
 * `strengtFortrolig` person's addresses are deleted and no later move may be registered for them).
 */

/** A child of parents who live apart has a second home at the father's (barneloven § 36; FREG `deltBosted`). */
export function registrerDeltBosted(k: Klyngekontekst, barn: Planperson, perioder: Map<number, Periode[]>): void {
  if (barn.status !== 'bosatt' || barn.far === undefined || alderVed(barn.foedselsdato, k.idag) >= 18) return;
  const far = k.person(barn.far);
  if (far.status !== 'bosatt' || far.husstand === undefined || far.husstand === barn.husstand) return;
  if (!k.prng.sjanse(antakelser.deltBosted)) return;
  const brudd = far.samliv.map((i) => k.samliv(i)).filter((s) => partner(s, far.ref) === barn.mor).map((s) => slutt(s, k.plan.personer) ?? k.idag);
  const fra = senest(barn.foedselsdato, k.plan.husstander[far.husstand]!.fra, ...brudd);
  if (fra > k.idag) return;
  const hjem = bostedsperioder(k, far, perioder).at(-1)!;
  k.tidslinje.legg(fra, [barn.ref, far.ref], {
    kommando: {
      type: 'registrere', person: ref(barn.ref), element: 'deltBosted', gyldigFra: fra,
      verdi: { ...bosted(hjem.adresse), startdatoForKontrakt: fra, adressegradering: 'ugradert' },
    },
  });
}

/** The county governor that handles guardianship, by county (2024 counties; spelled as FREG's `embete` values). */
const embete: Record<string, string> = {
  '03': 'statsforvalterenIOsloOgViken', '31': 'statsforvalterenIOsloOgViken', '32': 'statsforvalterenIOsloOgViken',
  '33': 'statsforvalterenIOsloOgViken', '34': 'statsforvalterenIInnlandet', '39': 'statsforvaltarenIVestfoldOgTelemark',
  '40': 'statsforvaltarenIVestfoldOgTelemark', '42': 'statsforvalterenIAgder', '11': 'statsforvalterenIRogaland',
  '46': 'statsforvalterenIVestland', '15': 'statsforvaltarenIMoereOgRomsdal', '50': 'statsforvalterenITroendelag',
  '18': 'statsforvalterenINordland', '55': 'statsforvalterenITromsOgFinnmark', '56': 'statsforvalterenITromsOgFinnmark',
};

const tjenester = [
  ['nav', 'pensjon'], ['bank', 'representasjonDagligbank'], ['skatteetaten', 'skatt'], ['kommune', 'helseOgOmsorg'],
  ['helfo', 'fastlege'], ['oevrige', 'inngaaelseAvHusleiekontrakter'],
] as const;

/**
 * Guardianship for some adults, most of them old (vergemålsloven), or a confirmed lasting power of attorney; a few
 * also lose part of their legal capacity (§ 22). The guardian is the spouse when there is one, else an adult
 * registered earlier (a relative or a professional guardian).
 */
export function registrerVergemaal(k: Klyngekontekst, p: Planperson, vergepool: readonly number[]): void {
  if (p.status !== 'bosatt') return;
  const alder = alderVed(p.foedselsdato, k.idag);
  if (alder < 18 || !k.prng.sjanse(trinn(antakelser.vergemaal, alder))) return;
  const ektefelle = p.samliv.map((i) => k.samliv(i)).find((s) => !slutt(s, k.plan.personer));
  const verge = ektefelle && k.prng.sjanse(0.5) ? partner(ektefelle, p.ref) : vergepool.length ? k.prng.velg(vergepool) : undefined;
  if (verge === undefined) return;
  const fra = datoMellom(k.prng, senest(aarsdag(p.foedselsdato, 18), plussAar(k.idag, -8)), plussAar(k.idag, -0.05));
  const fylke = k.data.kommuner.get(p.kommunenummer!)!.fylkesnummer;
  const oppgaver = k.prng.stokk([...tjenester]).slice(0, k.prng.mellom(1, 3));
  k.tidslinje.legg(k.idag, [p.ref, verge], {
    kommando: {
      type: 'registrere', person: ref(p.ref), element: 'vergemaalEllerFremtidsfullmakt', gyldigFra: fra,
      verdi: {
        vergemaaltype: k.prng.sjanse(antakelser.fremtidsfullmaktAvVergemaal) ? 'stadfestetFremtidsfullmakt' : 'voksen',
        embete: embete[fylke] ?? 'statsforvalterenIOsloOgViken',
        verge: {
          foedselsEllerDNummer: ref(verge),
          tjenesteomraade: oppgaver.map(([vergeTjenestevirksomhet, vergeTjenesteoppgave]) => ({ vergeTjenestevirksomhet, vergeTjenesteoppgave })),
        },
      },
    },
  });
  if (k.prng.sjanse(antakelser.begrensetHandleevneAvVergemaal)) {
    k.tidslinje.legg(k.idag, [p.ref], {
      kommando: { type: 'registrere', person: ref(p.ref), element: 'rettsligHandleevne', gyldigFra: fra, verdi: { rettsligHandleevneomfang: 'begrenset' } },
    });
  }
}

/** A few D-number identities turn out to be false, the true identity unknown (law § 9-3 handling of false identity). */
export function registrerFalskIdentitet(k: Klyngekontekst, p: Planperson): void {
  if (!['midlertidig', 'inaktiv'].includes(p.status) || !k.prng.sjanse(antakelser.falskIdentitet / antakelser.ekstra.dNummer)) return;
  k.tidslinje.legg(k.idag, [p.ref], {
    kommando: { type: 'registrere', person: ref(p.ref), element: 'falskIdentitet', verdi: { erFalsk: true, rettIdentitetErUkjent: true } },
  });
}

/** The address protection the plan gave a family household, for each member (children share their parents', spec §5.4). */
export function registrerAdressebeskyttelse(k: Klyngekontekst, husstand: Husstand): void {
  const nivaa = husstand.adressebeskyttelse;
  if (!nivaa) return;
  const medlemmer = husstand.medlemmer.map((r) => k.person(r));
  const fra = datoMellom(k.prng, plussAar(k.idag, -5), plussAar(k.idag, -0.05));
  for (const p of medlemmer) {
    k.tidslinje.legg(k.idag, [p.ref], {
      kommando: {
        type: 'adressebeskyttelse', person: ref(p.ref), graderingsnivaa: nivaa, gyldigFra: senest(fra, p.foedselsdato),
        ...(nivaa === 'strengtFortrolig' ? { postadresse: sekretariatsadresse(k.data) } : {}),
      },
    });
  }
}
