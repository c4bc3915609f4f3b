import { foedselsdato, gjeldende, gjeldendeStatus, gjeldendeVerdi, type Elementverdi, type Persondokument } from '../../domain/person/persondokument.ts';
import { alderPaa } from '../../domain/tid.ts';
import { antakelser } from '../antakelser.ts';
import type { Kommune, Referansedata } from '../data/referansedata.ts';
import { nyAdresse, type Adresse } from '../kommandoer/adresse.ts';
import { etternavn, fornavn } from '../kommandoer/navn.ts';
import { foedselsdatoForAlder } from '../plan/befolkning.ts';
import type { Kjoenn } from '../plan/modell.ts';
import { utvandringslandForNordmenn } from '../plan/utvandring.ts';
import { Vektet, type Prng } from '../prng.ts';
import type { Livshendelse } from './hendelsesvalg.ts';

/** A person the simulation may pick: their number and current document, as read from the register. */
export interface Kandidat {
  readonly nummer: string;
  readonly dokument: Persondokument;
  /** The sex of the spouse or partner in the current `sivilstand`, when there is one. */
  readonly ektefellesKjoenn?: Kjoenn;
}

export interface Simuleringskontekst {
  readonly data: Referansedata;
  readonly prng: Prng;
  readonly idag: string;
  /** Persons read at random from the register; each is used for at most one event of a round. */
  readonly kandidater: Kandidat[];
  /**
   * Numbers not to pick: those in an event of this round, spouses included (the round is decided against its own
   * changes), and those in an event the register has not processed yet (a message still in the intake queue).
   */
  readonly brukt: Set<string>;
}

export interface Navn {
  readonly fornavn: string;
  readonly mellomnavn?: string | undefined;
  readonly etternavn: string;
}

/** Someone new to the register: an immigrant, or a foreign worker who needs a D-number. */
export interface Nykommer {
  readonly kjoenn: Kjoenn;
  readonly foedselsdato: string;
  readonly opprinnelse: string;
  readonly navn: Navn;
  readonly adresse: Adresse;
}

/**
 * A drawn life event: who it happens to and what was drawn for it, dated `dato`. It becomes a producer message
 * (`som-melding.ts`) or a register command (`som-kommando.ts`). `berorte`: every number `ta` took for it, spouses
 * included, to be held back from other events until this one is processed.
 */
export type TrukketHendelse = { readonly dato: string; readonly berorte: readonly string[] } & (
  | {
      readonly type: 'foedsel';
      readonly mor: string;
      /** The mother's husband: a married mother's child is his (barneloven § 3). */
      readonly far?: string | undefined;
      readonly kjoenn: Kjoenn;
      readonly navn: Navn;
      readonly statsborgerskap: readonly string[];
      /** The mother's address, where the child lives. */
      readonly bostedsadresse: Elementverdi;
      readonly foedekommune: Kommune;
    }
  | { readonly type: 'doedsfall'; readonly person: string }
  | { readonly type: 'flyttingInnenKommune' | 'flyttingMellomKommuner'; readonly person: string; readonly adresse: Adresse }
  | { readonly type: 'vigsel'; readonly personer: readonly [string, string]; readonly kommune: Kommune }
  | { readonly type: 'separasjon' | 'skilsmisse'; readonly personer: readonly [string, string]; readonly separert: boolean }
  | { readonly type: 'innvandring' | 'dNummer'; readonly person: Nykommer }
  | { readonly type: 'utvandring'; readonly person: string; readonly tilflyttingsland: string }
  | { readonly type: 'navneendring'; readonly person: string; readonly navn: Navn }
);

const alder = (k: Kandidat, idag: string) => alderPaa(foedselsdato(k.dokument) ?? idag, idag);
const kjoennAv = (k: Kandidat) => gjeldendeVerdi(k.dokument, 'kjoenn')?.kjoenn as Kjoenn | undefined;
const sivilstand = (k: Kandidat) => String(gjeldendeVerdi(k.dokument, 'sivilstand')?.sivilstand ?? 'ugift');
const bosatt = (k: Kandidat) =>
  gjeldendeStatus(k.dokument) === 'bosatt' && gjeldendeVerdi(k.dokument, 'adressebeskyttelse')?.graderingsnivaa !== 'strengtFortrolig';
const ugift = (k: Kandidat) => !['gift', 'separert', 'registrertPartner', 'separertPartner'].includes(sivilstand(k));
const ektefelle = (k: Kandidat) => gjeldendeVerdi(k.dokument, 'sivilstand')?.relatertVedSivilstand as string | undefined;
const harFoedselsnummer = (k: Kandidat) =>
  gjeldende(k.dokument, 'identifikasjonsnummer').some((i) => i.status === 'iBruk' && i.identifikatortype === 'foedselsnummer');
/** A second child of one mother on one day is a possible duplicate birth notice to the rules, not a birth. */
const fikkBarnIdag = (k: Kandidat, idag: string) =>
  gjeldende(k.dokument, 'familierelasjon').some((r) => r.relatertPersonsRolle === 'barn' && String(r.gyldighetstidspunkt ?? r.ajourholdstidspunkt).startsWith(idag));
const kommunenummer = (k: Kandidat) =>
  (gjeldendeVerdi(k.dokument, 'bostedsadresse')?.vegadresse as { kommunenummer?: string } | undefined)?.kommunenummer;

/** The address value without its metadata, to give a newborn its mother's home. */
function utenMetadata(v: Elementverdi): Elementverdi {
  const { id: _i, erGjeldende: _e, ajourholdstidspunkt: _a, gyldighetstidspunkt: _g, opphoerstidspunkt: _o, kilde: _k, aarsak: _r, flyttedato: _f, adressegradering: _ag, ...verdi } = v;
  return verdi;
}

/**
 * One life event about persons of the round who fit it (a mother 18–45, a death weighted by age as mortality rises,
 * about 9 % a year: Gompertz), chosen so that the message rules accept it (docs/meldingsregler.md), or undefined when
 * none in the round fits; the caller draws again.
 */
export function livshendelse(type: Livshendelse, s: Simuleringskontekst): TrukketHendelse | undefined {
  const { data, prng, idag } = s;
  const berorte: string[] = [];
  /**
   * Takes the first candidate for whom `ok` holds out of the round, unless they or their spouse are taken already: no
   * one gets two events at once, and no divorce meets a spouse who died a moment before.
   */
  const ta = (ok: (k: Kandidat) => boolean): Kandidat | undefined => {
    const i = s.kandidater.findIndex((k) => !s.brukt.has(k.nummer) && !s.brukt.has(ektefelle(k) ?? '') && ok(k));
    if (i < 0) return undefined;
    const [k] = s.kandidater.splice(i, 1);
    for (const n of [k!.nummer, ektefelle(k!)]) {
      if (!n) continue;
      s.brukt.add(n);
      berorte.push(n);
    }
    return k;
  };
  const felles = { dato: idag, berorte };
  switch (type) {
    case 'foedsel': {
      const mor = ta((k) => bosatt(k) && kjoennAv(k) === 'kvinne' && alder(k, idag) >= 18 && alder(k, idag) <= 45 && !fikkBarnIdag(k, idag));
      const adresse = mor && gjeldendeVerdi(mor.dokument, 'bostedsadresse');
      const foedekommune = mor && data.kommuner.get(kommunenummer(mor) ?? '');
      if (!mor || !adresse || !foedekommune) return undefined;
      const far = sivilstand(mor) === 'gift' && mor.ektefellesKjoenn === 'mann' ? ektefelle(mor) : undefined;
      const barn = { kjoenn: prng.sjanse(0.513) ? ('mann' as const) : ('kvinne' as const), foedselsdato: idag, opprinnelse: 'NOR' };
      const borgere = gjeldende(mor.dokument, 'statsborgerskap').map((v) => String(v.statsborgerskap));
      return {
        ...felles, type, mor: mor.nummer, far, kjoenn: barn.kjoenn, foedekommune,
        navn: { fornavn: fornavn(data, barn, 'NOR', prng), etternavn: String(gjeldendeVerdi(mor.dokument, 'navn')?.etternavn) },
        statsborgerskap: borgere.includes('NOR') || borgere.length === 0 ? ['NOR'] : [borgere[0]!],
        bostedsadresse: utenMetadata(adresse),
      };
    }
    case 'doedsfall': {
      const doed = ta((k) => bosatt(k) && prng.sjanse(Math.min(1, Math.exp(0.095 * (alder(k, idag) - 95)))));
      return doed && { ...felles, type, person: doed.nummer };
    }
    case 'flyttingInnenKommune':
    case 'flyttingMellomKommuner': {
      const p = ta(bosatt);
      const naa = p && kommunenummer(p);
      if (!p || !naa) return undefined;
      const kommune = type === 'flyttingInnenKommune' ? naa : data.kommuneEtterFolketall.trekk(prng).kommunenummer;
      return { ...felles, type, person: p.nummer, adresse: nyAdresse(data, kommune, prng) };
    }
    case 'vigsel': {
      const kan = (k: Kandidat) => bosatt(k) && ugift(k) && alder(k, idag) >= 20;
      const sammeKjoenn = prng.sjanse(antakelser.likekjoennetePar.andel);
      const a = ta(kan);
      const b = a && ta((k) => kan(k) && (kjoennAv(k) === kjoennAv(a)) === sammeKjoenn && Math.abs(alder(k, idag) - alder(a, idag)) <= 12);
      const kommune = a && data.kommuner.get(kommunenummer(a) ?? '');
      return a && b && kommune ? { ...felles, type, personer: [a.nummer, b.nummer], kommune } : undefined;
    }
    case 'separasjon':
    case 'skilsmisse': {
      // Registered partners separate and divorce as spouses do (partnerskapsloven § 3).
      const fra = type === 'separasjon' ? ['gift', 'registrertPartner'] : ['gift', 'separert', 'registrertPartner', 'separertPartner'];
      const p = ta((k) => bosatt(k) && fra.includes(sivilstand(k)));
      const annen = p && ektefelle(p);
      const separert = p && ['separert', 'separertPartner'].includes(sivilstand(p));
      return p && annen ? { ...felles, type, personer: [p.nummer, annen], separert: !!separert } : undefined;
    }
    case 'innvandring':
    case 'dNummer': {
      const landvekter = type === 'dNummer'
        ? data.innvandring.filter(([l]) => (antakelser.arbeidsinnvandringsland as readonly string[]).includes(l))
        : data.innvandring.filter(([l]) => l !== 'NOR');
      const person = {
        kjoenn: prng.sjanse(0.55) ? ('mann' as const) : ('kvinne' as const),
        foedselsdato: foedselsdatoForAlder(prng.mellom(18, 50), idag, prng),
        opprinnelse: Vektet.fra(landvekter).trekk(prng),
      };
      const navn = { fornavn: fornavn(data, person, person.opprinnelse, prng), etternavn: etternavn(data, person, prng) };
      const adresse = nyAdresse(data, data.kommuneEtterFolketall.trekk(prng).kommunenummer, prng);
      return { ...felles, type, person: { ...person, navn, adresse } };
    }
    case 'utvandring': {
      const p = ta(bosatt);
      if (!p) return undefined;
      const fra = gjeldende(p.dokument, 'innflytting')[0]?.fraflyttingsland;
      return { ...felles, type, person: p.nummer, tilflyttingsland: fra ? String(fra) : utvandringslandForNordmenn.trekk(prng) };
    }
    case 'navneendring': {
      const p = ta((k) => bosatt(k) && harFoedselsnummer(k) && alder(k, idag) >= 18);
      const navn = p && gjeldendeVerdi(p.dokument, 'navn');
      if (!p || !navn) return undefined;
      const nytt = data.etternavnNorge.trekk(prng);
      if (nytt === navn.etternavn) return undefined;
      const mellomnavn = navn.mellomnavn === undefined ? undefined : String(navn.mellomnavn);
      return { ...felles, type, person: p.nummer, navn: { fornavn: String(navn.fornavn), mellomnavn, etternavn: nytt } };
    }
    default: {
      const never: never = type;
      throw new Error(`No simulation for ${String(never)}`);
    }
  }
}
