import type { Kommando } from '../../domain/kommando/kommando.ts';
import { foedselsdato, gjeldende, gjeldendeStatus, gjeldendeVerdi, type Elementverdi, type Persondokument } from '../../domain/person/persondokument.ts';
import { alderPaa } from '../../domain/tid.ts';
import { antakelser } from '../antakelser.ts';
import type { Referansedata } from '../data/referansedata.ts';
import { bosted, nyAdresse, postadresse } from '../kommandoer/adresse.ts';
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
}

export interface Simuleringskontekst {
  readonly data: Referansedata;
  readonly prng: Prng;
  readonly idag: string;
  /** Persons read at random from the register; each is used for at most one event of a round. */
  readonly kandidater: Kandidat[];
  /** Numbers already in an event of this round, spouses included (the round is decided against its own changes). */
  readonly brukt: Set<string>;
}

const alder = (k: Kandidat, idag: string) => alderPaa(foedselsdato(k.dokument) ?? idag, idag);
const kjoennAv = (k: Kandidat) => gjeldendeVerdi(k.dokument, 'kjoenn')?.kjoenn as Kjoenn | undefined;
const sivilstand = (k: Kandidat) => String(gjeldendeVerdi(k.dokument, 'sivilstand')?.sivilstand ?? 'ugift');
const bosatt = (k: Kandidat) =>
  gjeldendeStatus(k.dokument) === 'bosatt' && gjeldendeVerdi(k.dokument, 'adressebeskyttelse')?.graderingsnivaa !== 'strengtFortrolig';
const ugift = (k: Kandidat) => !['gift', 'separert', 'registrertPartner', 'separertPartner'].includes(sivilstand(k));

const ektefelle = (k: Kandidat) => gjeldendeVerdi(k.dokument, 'sivilstand')?.relatertVedSivilstand as string | undefined;

/**
 * Takes the first candidate for whom `ok` holds out of the round, unless they or their spouse are in an event of the
 * round already: no one gets two events at once, and no divorce meets a spouse who died a moment before.
 */
function ta(s: Simuleringskontekst, ok: (k: Kandidat) => boolean): Kandidat | undefined {
  const i = s.kandidater.findIndex((k) => !s.brukt.has(k.nummer) && !s.brukt.has(ektefelle(k) ?? '') && ok(k));
  if (i < 0) return undefined;
  const [k] = s.kandidater.splice(i, 1);
  for (const n of [k!.nummer, ektefelle(k!)]) if (n) s.brukt.add(n);
  return k;
}

/** The address value without its metadata, to give a newborn its mother's home. */
function utenMetadata(v: Elementverdi): Elementverdi {
  const { id: _i, erGjeldende: _e, ajourholdstidspunkt: _a, gyldighetstidspunkt: _g, opphoerstidspunkt: _o, kilde: _k, aarsak: _r, flyttedato: _f, adressegradering: _ag, ...verdi } = v;
  return verdi;
}

/**
 * One command for one life event, about persons of the round who fit it (a mother 18–45, a death weighted by age as
 * mortality rises, about 9 % a year: Gompertz), or undefined when none in the round fits; the caller draws again.
 */
export function livshendelse(type: Livshendelse, s: Simuleringskontekst): Kommando | undefined {
  const { data, prng, idag } = s;
  switch (type) {
    case 'foedsel': {
      const mor = ta(s, (k) => bosatt(k) && kjoennAv(k) === 'kvinne' && alder(k, idag) >= 18 && alder(k, idag) <= 45);
      const adresse = mor && gjeldendeVerdi(mor.dokument, 'bostedsadresse');
      if (!mor || !adresse) return undefined;
      const far = sivilstand(mor) === 'gift' ? ektefelle(mor) : undefined;
      const barn = { kjoenn: prng.sjanse(0.513) ? ('mann' as const) : ('kvinne' as const), foedselsdato: idag, opprinnelse: 'NOR' };
      const borgere = gjeldende(mor.dokument, 'statsborgerskap').map((v) => String(v.statsborgerskap));
      return {
        type: 'opprettPerson', grunnlag: 'foedsel', foedselsdato: idag, kjoenn: barn.kjoenn, foedeland: 'NOR',
        navn: { fornavn: fornavn(data, barn, 'NOR', prng), etternavn: String(gjeldendeVerdi(mor.dokument, 'navn')?.etternavn) },
        statsborgerskap: borgere.includes('NOR') || borgere.length === 0 ? ['NOR'] : [borgere[0]!],
        foreldre: [{ nummer: mor.nummer, rolle: 'mor' }, ...(far ? [{ nummer: far, rolle: 'far' as const }] : [])],
        foreldreansvar: far ? 'felles' : 'mor',
        bostedsadresse: utenMetadata(adresse),
      };
    }
    case 'doedsfall': {
      const doed = ta(s, (k) => bosatt(k) && prng.sjanse(Math.min(1, Math.exp(0.095 * (alder(k, idag) - 95)))));
      return doed && { type: 'doedsfall', person: doed.nummer, doedsdato: idag };
    }
    case 'flyttingInnenKommune':
    case 'flyttingMellomKommuner': {
      const p = ta(s, bosatt);
      const naa = p && (gjeldendeVerdi(p.dokument, 'bostedsadresse')?.vegadresse as { kommunenummer?: string } | undefined)?.kommunenummer;
      if (!p || !naa) return undefined;
      const kommune = type === 'flyttingInnenKommune' ? naa : data.kommuneEtterFolketall.trekk(prng).kommunenummer;
      return { type: 'flytte', person: p.nummer, bostedsadresse: bosted(nyAdresse(data, kommune, prng)), flyttedato: idag };
    }
    case 'vigsel': {
      const kan = (k: Kandidat) => bosatt(k) && ugift(k) && alder(k, idag) >= 20;
      const a = ta(s, kan);
      const b = a && ta(s, (k) => kan(k) && kjoennAv(k) !== kjoennAv(a) && Math.abs(alder(k, idag) - alder(a, idag)) <= 12);
      return a && b ? { type: 'vigsel', personer: [a.nummer, b.nummer], dato: idag, myndighet: 'ANSATT_I_KOMMUNE' } : undefined;
    }
    case 'separasjon':
    case 'skilsmisse': {
      const fra = type === 'separasjon' ? ['gift'] : ['gift', 'separert'];
      const p = ta(s, (k) => bosatt(k) && fra.includes(sivilstand(k)));
      const annen = p && ektefelle(p);
      return p && annen ? { type, personer: [p.nummer, annen], dato: idag, myndighet: 'STATSFORVALTEREN' } : undefined;
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
      const adresse = nyAdresse(data, data.kommuneEtterFolketall.trekk(prng).kommunenummer, prng);
      const felles = {
        type: 'opprettPerson' as const, ...person, foedeland: person.opprinnelse, statsborgerskap: [person.opprinnelse],
        navn: { fornavn: fornavn(data, person, person.opprinnelse, prng), etternavn: etternavn(data, person, prng) },
      };
      return type === 'dNummer'
        ? { ...felles, grunnlag: 'dNummer', postadresse: postadresse(adresse), identitetsgrunnlagstatus: 'ikkeKontrollert' }
        : { ...felles, grunnlag: 'innflytting', innflytting: { fraflyttingsland: person.opprinnelse, dato: idag }, bostedsadresse: bosted(adresse) };
    }
    case 'utvandring': {
      const p = ta(s, bosatt);
      if (!p) return undefined;
      const fra = gjeldende(p.dokument, 'innflytting')[0]?.fraflyttingsland;
      return { type: 'utflytting', person: p.nummer, tilflyttingsland: fra ? String(fra) : utvandringslandForNordmenn.trekk(prng), utflyttingsdato: idag };
    }
    case 'navneendring': {
      const p = ta(s, (k) => bosatt(k) && alder(k, idag) >= 18);
      const navn = p && gjeldendeVerdi(p.dokument, 'navn');
      if (!p || !navn) return undefined;
      const nytt = data.etternavnNorge.trekk(prng);
      return nytt === navn.etternavn ? undefined : { type: 'endreNavn', person: p.nummer, navn: { fornavn: String(navn.fornavn), etternavn: nytt }, gyldigFra: idag };
    }
    default: {
      const never: never = type;
      throw new Error(`No simulation for ${String(never)}`);
    }
  }
}
