import { Verden } from '../support/decider.ts';
import type { Kommando } from '../../src/domain/kommando/kommando.ts';
import { gjeldendeVerdi, type Elementverdi, type Person } from '../../src/domain/person/persondokument.ts';
import type { Elementnavn } from '../../src/domain/persondokument/elementer.ts';

/**
 * The persons the disclosure tests look at: one rich life (every element, history, a spouse, a child, a guardian,
 * a client address), lived under each kind of protection and confidential status. Every address has its own street
 * name and municipality number, so a test can search the output for it.
 */
export const Variant = {
  ugradert: 'ugradert',
  fortrolig: 'fortrolig',
  strengtFortrolig: 'strengtFortrolig',
  midlertidig: 'midlertidig',
  forsvunnet: 'forsvunnet',
  foedselsregistrert: 'foedselsregistrert',
  doed: 'doed',
} as const;
export type Variant = (typeof Variant)[keyof typeof Variant];

export interface Testperson {
  readonly variant: Variant;
  readonly nummer: string;
  readonly person: Person;
  /** Every identity number of the world, for searching outputs. */
  readonly alleNumre: readonly string[];
}

/** Street name → municipality number of every address the life registers. */
export const gater = {
  Foerstegata: '1101', Andregata: '1102', Tredjegata: '1103', Deltgata: '1104', Klientveien: '1105', Postveien: '1106',
} as const;
export const utlandsgate = 'Utlandsveien';
export const sekretariatet = 'Sekretariatet for sperrede adresser';

const vegadresse = (gate: keyof typeof gater): Elementverdi => ({
  vegadresse: { kommunenummer: gater[gate], adressenavn: gate, adressenummer: { husnummer: '7' }, poststed: { postnummer: '0001', poststedsnavn: 'BYEN' } },
});

// Distinct 11-digit strings; the control digits do not matter to the gate.
const numre = Array.from({ length: 200 }, (_, i) => String(41018000000 + i * 1013));

export function byggTestperson(variant: Variant): Testperson {
  const v = new Verden(numre);
  const gitt = (k: Kommando) => v.gitt(k).hendelser;
  const dNummer = variant === Variant.midlertidig;
  const [S] = gitt({
    type: 'opprettPerson', grunnlag: dNummer ? 'dNummer' : 'innflytting', foedselsdato: '1980-04-01', kjoenn: 'kvinne',
    navn: { fornavn: 'Kari', etternavn: 'Nordmann' }, foedeland: 'SWE', statsborgerskap: ['SWE'], identitetsgrunnlagstatus: 'kontrollert',
    ...(dNummer ? {} : { innflytting: { fraflyttingsland: 'SWE', fraflyttingsstedIUtlandet: 'Malmö', dato: '2001-02-01' }, bostedsadresse: vegadresse('Foerstegata') }),
    postadresse: { vegadresse: { adressenavn: 'Postveien', poststed: { postnummer: '0002', poststedsnavn: 'POSTBYEN' } } },
  }).map((h) => h.folkeregisteridentifikator);
  const [E] = gitt({ type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato: '1979-01-02', kjoenn: 'mann', navn: { fornavn: 'Ola', etternavn: 'Nordmann' },
    innflytting: { fraflyttingsland: 'DNK', dato: '2000-01-01' }, bostedsadresse: vegadresse('Foerstegata') }).map((h) => h.folkeregisteridentifikator);
  const s = S!;
  const e = E!;
  gitt({ type: 'vigsel', personer: [s, e], dato: '2005-06-20', kommune: '0301', myndighet: 'ANSATT_I_KOMMUNE' });
  gitt({ type: 'endreNavn', person: s, navn: { fornavn: 'Kari', etternavn: 'Nordmann-Vik' }, gyldigFra: '2005-06-20', aarsak: 'Vigsel' });
  gitt({ type: 'flytte', person: s, bostedsadresse: vegadresse('Andregata'), flyttedato: '2010-08-01' });
  gitt({ type: 'opprettPerson', grunnlag: 'foedsel', foedselsdato: '2012-03-03', kjoenn: 'mann', navn: { fornavn: 'Per', etternavn: 'Nordmann' },
    foreldre: [{ nummer: s, rolle: 'mor' }], foreldreansvar: 'mor', bostedsadresse: vegadresse('Andregata') });
  gitt({ type: 'statsborgerskap', person: s, statsborgerskap: 'NOR', ervervsdato: '2012-05-01' });
  if (!dNummer) {
    gitt({ type: 'utflytting', person: s, tilflyttingsland: 'ISL', tilflyttingsstedIUtlandet: 'Reykjavik', utflyttingsdato: '2014-01-01' });
    gitt({ type: 'innflytting', person: s, fraflyttingsland: 'ISL', fraflyttingsstedIUtlandet: 'Reykjavik', innflyttingsdato: '2016-01-01', bostedsadresse: vegadresse('Tredjegata') });
  }
  const registrer = (element: Elementnavn, verdi: Elementverdi) => gitt({ type: 'registrere', person: s, element, verdi });
  registrer('legitimasjonsdokument', { identifikasjonsdokumentnummer: 'P123', identifikasjonsdokumenttype: 'pass', utstederland: 'SWE' });
  registrer('utenlandskPersonidentifikasjon', { identifikasjonsnummer: 'SE-800401', identifikasjonsnummertype: 'utenlandskIdentifikasjonsnummer', utstederland: 'SWE' });
  registrer('utlendingsmyndighetenesIdentifikasjonsnummer', { identifikasjonsnummer: 'DUF-77', identifikasjonsnummertype: 'utlendingsmyndighetenesIdentifikasjonsnummer', utstederland: 'NOR' });
  registrer('foedselINorge', { foedselsinstitusjonsnavn: 'Fødestua', rekkefoelgenummer: 11 });
  registrer('bibehold', { bibeholdstatus: 'harBibehold', datoForBibehold: '2012-05-01' });
  registrer('opphold', { oppholdstillatelse: 'permanent', oppholdFra: '2001-02-01' });
  registrer('oppholdPaaSvalbard', { antattOppholdsvarighet: 'overSeksMaaneder', startdato: '2018-01-01' });
  registrer('deltBosted', { ...vegadresse('Deltgata'), startdatoForKontrakt: '2019-01-01', adressegradering: 'ugradert' });
  registrer('oppholdsadresse', { ...vegadresse('Klientveien'), adressegradering: 'klientadresse', oppholdAnnetSted: 'pendler' });
  registrer('postadresseIUtlandet', { adressegradering: 'ugradert', utenlandskAdresse: { adressenavn: utlandsgate, landkode: 'IS' } });
  registrer('preferertKontaktadresse', { valg: 'postadresse', adressegradering: 'ugradert' });
  registrer('vergemaalEllerFremtidsfullmakt', { vergemaaltype: 'voksen', embete: 'statsforvalterenIAgder', verge: { foedselsEllerDNummer: e, tjenesteomraade: [{ vergeTjenestevirksomhet: 'nav', vergeTjenesteoppgave: 'pensjon' }] } });
  registrer('rettsligHandleevne', { rettsligHandleevneomfang: 'begrenset' });
  registrer('fratattRettsligHandleevne', {});
  registrer('brukAvSamiskSpraak', { spraak: ['nordsamisk'] });
  registrer('forholdTilSametingetsValgmanntall', { forhold: 'innmeldt', vedtaksdato: '2017-09-01' });
  registrer('falskIdentitet', { erFalsk: true, rettIdentitetVedIdentifikasjonsnummer: e });
  leveVariant(gitt, variant, s, e, () => v.person(s));
  return { variant, nummer: s, person: v.person(s), alleNumre: numre };
}

function leveVariant(gitt: (k: Kommando) => unknown, variant: Variant, s: string, e: string, person: () => Person): void {
  switch (variant) {
    case Variant.fortrolig:
      return void gitt({ type: 'adressebeskyttelse', person: s, graderingsnivaa: 'fortrolig' });
    case Variant.strengtFortrolig:
      return void gitt({ type: 'adressebeskyttelse', person: s, graderingsnivaa: 'strengtFortrolig',
        postadresse: { postboksadresse: { postbokseier: sekretariatet, postboks: '1', poststed: { postnummer: '0030', poststedsnavn: 'OSLO' } } } });
    case Variant.forsvunnet:
      return void gitt({ type: 'endreStatus', person: s, status: variant, aarsak: 'Meldt forsvunnet' });
    case Variant.foedselsregistrert: {
      // No command leads a resident here (a birth without resident parents does); a correction does.
      const status = gjeldendeVerdi(person().dokument, 'status')!;
      return void gitt({ type: 'korrigere', person: s, element: 'status', elementId: status.id, verdi: { status: variant } });
    }
    case Variant.doed:
      gitt({ type: 'doedsfall', person: s, doedsdato: '2025-01-02' });
      return void gitt({ type: 'registrere', person: s, element: 'kontaktinformasjonForDoedsbo', verdi: {
        skifteform: 'annet', attestutstedelsesdato: '2025-02-01', person: { foedselsEllerDNummer: e }, adresse: { adresselinje: ['Dødsbovegen 1'], postnummer: '0003', poststedsnavn: 'BOBYEN' } } });
    case Variant.ugradert:
    case Variant.midlertidig:
      return;
    default: {
      const never: never = variant;
      throw new Error(`unknown variant ${String(never)}`);
    }
  }
}

let alle: readonly Testperson[] | undefined;

export function testpersoner(): readonly Testperson[] {
  alle ??= Object.values(Variant).map(byggTestperson);
  return alle;
}
