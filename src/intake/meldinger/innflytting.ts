import type { Kommando, OpprettPerson } from '../../domain/kommando/kommando.ts';
import { alleIdentifikatorer, foedselsdato, gjeldende, gjeldendeStatus, gjeldendeVerdi, type Elementverdi } from '../../domain/person/persondokument.ts';
import type { Meldingsregler, Registerfakta, TolketMelding, Vurdering } from '../kontrakt.ts';
import { kontaktadresse, kontrollerOffisiellAdresse, offisiellAdresse } from './adresser.ts';
import { ikkeFremITid } from './datoer.ts';
import { erSterkereGrunnlag, harAllerede, identifikasjonselementer, type Identifikasjonselement } from './identifikasjon.ts';
import { tolkMelding } from './konvolutt.ts';
import { mulige, navnegrense, navnelikhet, type Navn } from './likhet.ts';
import { navn, part, type Part } from './parter.ts';
import { kjentPerson, unike } from './personer.ts';
import { Vurderer } from './vurdering.ts';
import { valgfritt } from './xml.ts';

type Rolle = 'mor' | 'far' | 'medmor' | 'barn' | 'soesken' | 'ektefelleEllerPartner';

/** `ForespoerselOmInnflytting` (MeldingOmInnflytting_v1.0.xsd), the fields the rules use. */
export interface ForespoerselOmInnflytting {
  readonly kilde: 'utlendingsdirektoratet';
  readonly registreringsdato: string;
  readonly kandidat: {
    readonly foedselsEllerDNummer?: string;
    readonly navn: Navn;
    readonly foedselsdato: string;
    readonly foedeland: string;
    readonly foedested?: string;
    readonly kjoenn: 'kvinne' | 'mann' | 'ukjent';
    readonly sivilstand: NonNullable<OpprettPerson['sivilstand']>;
    readonly statsborgerskap: readonly string[];
    readonly bostedsadresse: Elementverdi;
    readonly postadresse?: Elementverdi;
    readonly fraflyttingsland?: string;
    readonly legitimasjonskontroll: 'ingenStatus' | 'ikkeKontrollert' | 'kontrollert';
    readonly familierelasjoner: readonly (Part & { readonly rolle: Rolle })[];
    readonly opphold: { readonly oppholdstillatelse: string; readonly oppholdFra: string; readonly oppholdTil?: string };
  };
  readonly identifikasjon: readonly Identifikasjonselement[];
}

type Melding = TolketMelding<ForespoerselOmInnflytting>;

/**
 * Immigration reported by the immigration authority (law § 4-1). A person the register knows by number becomes
 * resident: a D-number person gets a fødselsnummer and keeps the D-number as ceased (decide-migrasjon.ts), an
 * emigrant comes back; the identity basis already registered is reused and replaced only by a stronger one. A person
 * without a number is created resident with a new fødselsnummer, unless the register may hold them already
 * (`muligDublett`, same check as for D-numbers). Decisions (docs/meldingsregler.md): the residence starts on the
 * permit's start date (`oppholdFra`; the message has no arrival date); an unknown country of departure is `XUK`;
 * claimed family relations are registered for a person already in the register, not yet for a new one.
 */
export const innflytting: Meldingsregler<ForespoerselOmInnflytting> = {
  tolk: (xml) =>
    tolkMelding(
      {
        ressurs: 'innflytting_v1',
        rot: 'meldingOmInnflytting',
        lister: ['forespoersel.kandidat.statsborgerskap.statsborgerskap', 'forespoersel.kandidat.familierelasjon', 'forespoersel.identifikasjon'],
        forespoersel: (f) => {
          const k = f.barn('kandidat');
          const opphold = k.barn('opphold');
          const postadresse = k.valgfri('postadresse');
          return {
            kilde: 'utlendingsdirektoratet',
            registreringsdato: f.dato('registreringsdato'),
            kandidat: {
              ...valgfritt('foedselsEllerDNummer', k.valgfriTekst('foedselsEllerDNummer')),
              navn: navn(k.barn('navn')),
              foedselsdato: k.dato('foedselsdato'),
              foedeland: k.tekst('foedeland'),
              ...valgfritt('foedested', k.valgfriTekst('foedested')),
              kjoenn: k.tekst('kjoenn') as 'kvinne' | 'mann' | 'ukjent',
              sivilstand: k.barn('sivilstand').tekst('sivilstand') as ForespoerselOmInnflytting['kandidat']['sivilstand'],
              statsborgerskap: k.barn('statsborgerskap').tekstliste('statsborgerskap'),
              bostedsadresse: offisiellAdresse(k.barn('bostedsadresse')),
              ...(postadresse ? { postadresse: kontaktadresse(postadresse) } : {}),
              ...valgfritt('fraflyttingsland', k.valgfriTekst('fraflyttingsland')),
              legitimasjonskontroll: k.tekst('legitimasjonskontroll') as ForespoerselOmInnflytting['kandidat']['legitimasjonskontroll'],
              familierelasjoner: k.liste('familierelasjon').map((r) => ({ ...part(r, 'navn'), rolle: r.tekst('relatertPersonsRolle') as Rolle })),
              opphold: {
                oppholdstillatelse: opphold.tekst('oppholdstillatelse'),
                oppholdFra: opphold.dato('oppholdFra'),
                ...valgfritt('oppholdTil', opphold.valgfriDato('oppholdTil')),
              },
            },
            identifikasjon: identifikasjonselementer(f.liste('identifikasjon')),
          } as ForespoerselOmInnflytting;
        },
      },
      xml,
    ),
  behov: (m) => ({
    personnumre: unike(m.forespoersel.kandidat.foedselsEllerDNummer, ...m.forespoersel.kandidat.familierelasjoner.map((r) => r.nummer)),
    foedselsdatoer: m.forespoersel.kandidat.foedselsEllerDNummer ? [] : [m.forespoersel.kandidat.foedselsdato],
  }),
  vurder,
};

/** FREG's code for an unknown country. */
const ukjentLand = 'XUK';

function vurder(m: Melding, fakta: Registerfakta): Vurdering {
  const f = m.forespoersel;
  const k = f.kandidat;
  const v = new Vurderer();
  ikkeFremITid(v, fakta.idag, k.foedselsdato, k.opphold.oppholdFra);
  kontrollerOffisiellAdresse(v, fakta, k.bostedsadresse);
  const opphold: Elementverdi = { ...k.opphold };
  return k.foedselsEllerDNummer ? kjentInnvandrer(v, f, k.foedselsEllerDNummer, opphold, fakta) : nyInnvandrer(v, f, opphold, fakta);
}

function nyInnvandrer(v: Vurderer, f: ForespoerselOmInnflytting, opphold: Elementverdi, fakta: Registerfakta): Vurdering {
  const k = f.kandidat;
  if (mulige({ ...k, statsborgerskap: k.statsborgerskap }, fakta.kandidater).length > 0) v.manuell('muligDublett');
  if (k.kjoenn === 'ukjent') v.manuell('kjoennUkjent');
  const opprett: OpprettPerson = {
    type: 'opprettPerson',
    grunnlag: 'innflytting',
    foedselsdato: k.foedselsdato,
    kjoenn: k.kjoenn === 'ukjent' ? undefined : k.kjoenn,
    navn: k.navn,
    ...(k.foedested ? { foedested: k.foedested } : {}),
    foedeland: k.foedeland,
    statsborgerskap: k.statsborgerskap,
    bostedsadresse: k.bostedsadresse,
    ...(k.postadresse ? { postadresse: k.postadresse } : {}),
    innflytting: { fraflyttingsland: k.fraflyttingsland ?? ukjentLand, dato: k.opphold.oppholdFra },
    identitetsgrunnlagstatus: k.legitimasjonskontroll,
    sivilstand: k.sivilstand,
    tillegg: [{ element: 'opphold', verdi: opphold }, ...f.identifikasjon],
    kilde: f.kilde,
  };
  return v.resultat([opprett]);
}

function kjentInnvandrer(v: Vurderer, f: ForespoerselOmInnflytting, nummer: string, opphold: Elementverdi, fakta: Registerfakta): Vurdering {
  const k = f.kandidat;
  const person = kjentPerson(v, fakta, nummer);
  if (!person) return v.avvist();
  if (gjeldendeStatus(person) === 'bosatt') v.avvis('personErAlleredeBosatt');
  const registrertNavn = gjeldendeVerdi(person, 'navn') as unknown as Navn | undefined;
  if (foedselsdato(person) !== k.foedselsdato || (registrertNavn && navnelikhet(k.navn, registrertNavn) < navnegrense)) v.manuell('identitetStemmerIkke');
  const kilde = f.kilde;
  const registrer = (element: Identifikasjonselement['element'], verdi: Elementverdi): Kommando =>
    ({ type: 'registrere', person: nummer, element, verdi, gyldigFra: k.opphold.oppholdFra, kilde });
  const kommandoer: Kommando[] = [
    {
      type: 'innflytting',
      person: nummer,
      fraflyttingsland: k.fraflyttingsland ?? ukjentLand,
      innflyttingsdato: k.opphold.oppholdFra,
      bostedsadresse: k.bostedsadresse,
      kilde,
    },
    registrer('opphold', opphold),
  ];
  if (erSterkereGrunnlag(k.legitimasjonskontroll, person)) kommandoer.push(registrer('identitetsgrunnlag', { identitetsgrunnlagstatus: k.legitimasjonskontroll }));
  if (k.postadresse) kommandoer.push(registrer('postadresse', k.postadresse));
  for (const e of f.identifikasjon.filter((e) => !harAllerede(person, e))) kommandoer.push(registrer(e.element, e.verdi));
  for (const r of k.familierelasjoner) {
    if (!r.nummer) continue;
    const slektning = kjentPerson(v, fakta, r.nummer, { levende: false });
    const finnes = slektning && gjeldende(person, 'familierelasjon').some((x) => alleIdentifikatorer(slektning).includes(String(x.relatertPerson)));
    if (slektning && !finnes) kommandoer.push({ type: 'familierelasjon', person: nummer, relatertPerson: r.nummer, relatertPersonsRolle: r.rolle, kilde });
  }
  return v.resultat(kommandoer);
}
