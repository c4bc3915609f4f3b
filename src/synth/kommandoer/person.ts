import type { OpprettPerson } from '../../domain/kommando/kommando.ts';
import type { Elementverdi } from '../../domain/person/persondokument.ts';
import { antakelser } from '../antakelser.ts';
import { alderVed } from '../plan/alder.ts';
import { datoMellom, plussAar } from '../dato.ts';
import { partner, type Planperson } from '../plan/modell.ts';
import { bosted, postadresse } from './adresse.ts';
import type { Klyngekontekst } from './kontekst.ts';
import { bostedsperioder, type Periode } from './perioder.ts';
import { ref } from './tidslinje.ts';

/**
 * One person's own life in commands: entering the register (birth, immigration, a D-number, or an import with the
 * status the plan gives), every later move, time abroad, and leaving (death or emigration).
 */
export function registrerLivslop(k: Klyngekontekst, p: Planperson, perioderCache: Map<number, Periode[]>): void {
  const perioder = ['bosatt', 'doed', 'utflyttet', 'forsvunnet', 'opphoert'].includes(p.status) ? bostedsperioder(k, p, perioderCache) : [];
  const [foerste, ...senere] = perioder;
  opprett(k, p, foerste);
  const hjem = p.utenlandsopphold;
  for (const periode of senere) {
    if (hjem && periode.fra >= hjem.fra) break; // from the day they left, the homecoming gives the next address
    k.tidslinje.legg(periode.fra, [p.ref], { kommando: { type: 'flytte', person: ref(p.ref), bostedsadresse: bosted(periode.adresse), flyttedato: periode.fra } });
  }
  if (hjem) {
    k.tidslinje.legg(hjem.fra, [p.ref], {
      kommando: { type: 'utflytting', person: ref(p.ref), tilflyttingsland: hjem.land, utflyttingsdato: hjem.fra },
    });
    k.tidslinje.legg(hjem.til, [p.ref], {
      kommando: { type: 'innflytting', person: ref(p.ref), fraflyttingsland: hjem.land, innflyttingsdato: hjem.til, bostedsadresse: bosted(perioder.at(-1)!.adresse) },
    });
  }
  if (p.utflytting) {
    k.tidslinje.legg(p.utflytting.dato, [p.ref], {
      kommando: { type: 'utflytting', person: ref(p.ref), tilflyttingsland: p.utflytting.land, utflyttingsdato: p.utflytting.dato },
    });
  }
  if (p.doedsdato) k.tidslinje.legg(p.doedsdato, [p.ref], { kommando: { type: 'doedsfall', person: ref(p.ref), doedsdato: p.doedsdato } });
  const endring = p.statusendring;
  if (endring) k.tidslinje.legg(endring.dato, [p.ref], { kommando: { type: 'endreStatus', person: ref(p.ref), status: endring.status, gyldigFra: endring.dato } });
}

function opprett(k: Klyngekontekst, p: Planperson, foerste: Periode | undefined): void {
  const felles = {
    type: 'opprettPerson' as const,
    foedselsdato: p.foedselsdato,
    kjoenn: p.kjoenn,
    navn: k.foedenavn(p.ref)!,
    foedeland: p.opprinnelse,
    statsborgerskap: statsborgerskapVedFoedsel(k, p),
  };
  const behov = (dNummer: boolean) => ({ ref: p.ref, behov: { foedselsdato: p.foedselsdato, kjoenn: p.kjoenn, dNummer } });
  if (p.dNummerFra) {
    // D-number holders get a Norwegian postal address (most work here); the active ones are `midlertidig`.
    const adresse = k.adresse(`egen:${p.ref}:post`, () => p.kommunenummer ?? k.tidligereKommune(undefined));
    k.tidslinje.opprett(p.ref, p.dNummerFra, [], {
      kommando: {
        ...felles, ...(p.innvandret ? sivilstandVedInnvandring(k) : {}), grunnlag: 'dNummer', gyldigFra: p.dNummerFra, postadresse: postadresse(adresse),
        identitetsgrunnlagstatus: k.prng.sjanse(0.6) ? 'ikkeKontrollert' : 'kontrollert',
      },
      ny: behov(true),
    });
    if (!p.innvandret || !foerste) return;
    // From here the person has a fødselsnummer; their family events are registered from this day, under it.
    k.tidslinje.opprett(p.ref, p.innvandret, [], {
      kommando: { type: 'innflytting', person: ref(p.ref), fraflyttingsland: p.opprinnelse, innflyttingsdato: p.innvandret, bostedsadresse: bosted(foerste.adresse) },
      ny: behov(false),
    });
    return;
  }
  const foreldreRef = [p.mor, p.far].filter((r): r is number => r !== undefined);
  const foreldre = foreldreRef.map((r) => ({ nummer: ref(r), rolle: r === p.mor ? ('mor' as const) : k.person(r).kjoenn === 'kvinne' ? ('medmor' as const) : ('far' as const) }));
  // Without parents in the register the rules would make a newborn only `foedselsregistrert`; adults born here are
  // imported as resident from birth, and Norwegians' children abroad as `ikkeBosatt` from the start.
  // Parental responsibility ends at 18, so those adult today enter with their parents and without it.
  const familie: Partial<OpprettPerson> = foreldre.length
    ? { foreldre, ...(alderVed(p.foedselsdato, k.idag) < 18 ? { foreldreansvar: foreldreansvarVedFoedsel(k, p) } : {}) }
    : { status: p.status === 'ikkeBosatt' ? 'ikkeBosatt' : 'bosatt' };
  const dato = p.innvandret ?? p.foedselsdato;
  const kommando: OpprettPerson = p.innvandret
    ? { ...felles, ...familie, ...sivilstandVedInnvandring(k), grunnlag: 'innflytting', innflytting: { fraflyttingsland: p.opprinnelse, dato: p.innvandret }, identitetsgrunnlagstatus: 'kontrollert' }
    : { ...felles, ...familie, grunnlag: 'foedsel', ...(foerste ? { foedekommuneINorge: foerste.adresse.kommunenummer } : {}) };
  k.tidslinje.opprett(p.ref, dato, foreldreRef, { kommando: { ...kommando, ...adresserVedOpprettelse(k, p, foerste) }, ny: behov(false) });
}

/** Most immigrants document their marital status; the rest stay `uoppgitt` until a marriage here. */
function sivilstandVedInnvandring(k: Klyngekontekst): Partial<OpprettPerson> {
  return k.prng.sjanse(antakelser.sivilstandOppgittVedInnvandring) ? { sivilstand: 'ugift' } : {};
}

function adresserVedOpprettelse(k: Klyngekontekst, p: Planperson, foerste: Periode | undefined): Partial<OpprettPerson> {
  if (foerste) return { bostedsadresse: bosted(foerste.adresse) };
  if (p.status === 'ikkeBosatt') {
    const iso2 = k.data.land.get(p.opprinnelse)?.iso2 ?? 'SE';
    const utland: Elementverdi = { utenlandskAdresseIFrittFormat: { landkode: iso2 } };
    return { postadresseIUtlandet: utland };
  }
  return {};
}

/**
 * Barneloven § 35: married or cohabiting parents share responsibility; until 2020 a mother who did not live with the
 * father held it alone, since 2020 parents share it from the birth wherever they live.
 */
function foreldreansvarVedFoedsel(k: Klyngekontekst, barn: Planperson): 'felles' | 'mor' {
  if (barn.far === undefined) return 'mor';
  const far = k.person(barn.far);
  const sammen = far.samliv.some((i) => partner(k.samliv(i), far.ref) === barn.mor && k.samliv(i).fra <= barn.foedselsdato);
  return sammen || barn.foedselsdato >= '2020-01-01' ? 'felles' : 'mor';
}

/** Citizenship at birth or arrival: Norwegian with a Norwegian parent (statsborgerloven § 4), else the family's. */
function statsborgerskapVedFoedsel(k: Klyngekontekst, p: Planperson): string[] {
  if (p.status === 'ikkeBosatt') return ['NOR'];
  if (p.innvandret || p.dNummerFra || p.mor === undefined) return [p.opprinnelse === 'NOR' ? 'NOR' : p.opprinnelse];
  const foreldre = [p.mor, p.far].filter((r): r is number => r !== undefined).map((r) => k.person(r));
  const norsk = foreldre.some((f) => f.opprinnelse === 'NOR' || (k.naturalisert.get(f.ref) ?? '9999') <= p.foedselsdato);
  return norsk ? ['NOR'] : [k.person(p.mor).opprinnelse];
}

/**
 * Naturalisation after seven years (statsborgerloven § 8) for some immigrants; before 2020 the law demanded giving up
 * the old citizenship, so it ceases then; since 2020 both are kept.
 */
export function trekkNaturalisering(k: Klyngekontekst, p: Planperson): void {
  if (!p.innvandret || p.status !== 'bosatt' || plussAar(p.innvandret, 7) > k.idag || !k.prng.sjanse(antakelser.naturalisert)) return;
  const dato = datoMellom(k.prng, plussAar(p.innvandret, 7), k.idag);
  k.naturalisert.set(p.ref, dato);
}

export function registrerNaturalisering(k: Klyngekontekst, p: Planperson): void {
  const dato = k.naturalisert.get(p.ref);
  if (!dato) return;
  k.tidslinje.legg(dato, [p.ref], { kommando: { type: 'statsborgerskap', person: ref(p.ref), statsborgerskap: 'NOR', ervervsdato: dato } });
  if (dato < '2020-01-01') {
    k.tidslinje.legg(dato, [p.ref], { kommando: { type: 'statsborgerskap', person: ref(p.ref), statsborgerskap: p.opprinnelse, opphoerer: true, dato } });
  }
}
