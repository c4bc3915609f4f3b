import { ressurser, type Meldingsregler, type Ressurs, type TolketMelding } from '../../../src/intake/kontrakt.ts';
import { ikkeStoettet, type Meldingsregeltabell } from '../../../src/intake/mottak/regeltabell.ts';
import { foedselsdato } from '../../../src/domain/person/persondokument.ts';
import { referansedata } from '../../../src/synth/data/referansedata.ts';

/**
 * Minimal rules for three resources, enough to drive the plumbing end to end without the real rules of
 * `src/intake/meldinger` (test-only: they read the XML with patterns, which real rules must not). Death: automatic
 * when the person exists, manual when the case reference starts with MANUELL, refused for an unknown number.
 * D-number request: a new D-number person, manual when someone with the same name and birth date exists. Move:
 * automatic to a known street, manual otherwise. Every other resource: 'ikke støttet' (a manual case).
 */
const felt = (xml: string, navn: string): string[] =>
  [...xml.matchAll(new RegExp(`<(?:[\\w-]+:)?${navn}>([^<]*)</`, 'g'))].map((m) => m[1]!.trim());
const en = (xml: string, navn: string) => felt(xml, navn)[0];

function konvolutt<F>(ressurs: Ressurs, xml: string, forespoersel: F): TolketMelding<F> {
  const saksreferanse = en(xml, 'avsendersSaksreferanse');
  return { ressurs, avsendersMeldingsidentifikator: en(xml, 'avsendersMeldingsidentifikator')!, ...(saksreferanse ? { avsendersSaksreferanse: saksreferanse } : {}), forespoersel };
}

const doedsfall: Meldingsregler<{ fnr: string; doedsdato: string; manuell: boolean }> = {
  tolk: (xml) => konvolutt('doedsfall_v1', xml, { fnr: en(xml, 'foedselsnummer')!, doedsdato: en(xml, 'doedsdato')!, manuell: (en(xml, 'avsendersSaksreferanse') ?? '').startsWith('MANUELL') }),
  behov: (m) => ({ personnumre: [m.forespoersel.fnr], foedselsdatoer: [] }),
  vurder: (m, fakta) => {
    const { fnr, doedsdato, manuell } = m.forespoersel;
    if (!fakta.personer.has(fnr)) return { utfall: 'avvist', begrunnelser: [{ kode: 'personFinnesIkke', tekst: 'Ukjent fødselsnummer' }] };
    const kommandoer = [{ type: 'doedsfall', person: fnr, doedsdato } as const];
    if (manuell) return { utfall: 'manuell', begrunnelser: [{ kode: 'kontrollerDoedsdato', tekst: 'Dødsdatoen må kontrolleres' }], forslag: kommandoer };
    return { utfall: 'automatisk', kommandoer };
  },
};

const rekvisisjon: Meldingsregler<{ fornavn: string; etternavn: string; foedselsdato: string }> = {
  tolk: (xml) => konvolutt('rekvisisjon_av_dnummer_v5', xml, { fornavn: en(xml, 'fornavn')!, etternavn: en(xml, 'etternavn')!, foedselsdato: en(xml, 'foedselsdato')! }),
  behov: (m) => ({ personnumre: [], foedselsdatoer: [m.forespoersel.foedselsdato] }),
  vurder: (m, fakta) => {
    const f = m.forespoersel;
    const kommandoer = [{
      type: 'opprettPerson', grunnlag: 'dNummer', foedselsdato: f.foedselsdato, kjoenn: 'kvinne',
      navn: { fornavn: f.fornavn, etternavn: f.etternavn }, statsborgerskap: ['POL'],
    } as const];
    const dublett = fakta.kandidater.some((d) => foedselsdato(d) === f.foedselsdato && JSON.stringify(d.navn ?? '').includes(f.etternavn));
    if (dublett) return { utfall: 'manuell', begrunnelser: [{ kode: 'muligDublett', tekst: 'En person med samme navn og fødselsdato finnes' }], forslag: kommandoer };
    return { utfall: 'automatisk', kommandoer };
  },
};

const kommuneFor = (postnummer: string) =>
  [...referansedata().gatepostnumre].find(([, numre]) => numre.some((p) => p.postnummer === postnummer))?.[0];

const flytting: Meldingsregler<{ personer: string[]; adressenavn: string; husnummer?: string; postnummer: string; poststed: string; flyttedato: string }> = {
  tolk: (xml) => konvolutt('flyttemelding_fra_posten_v1', xml, {
    personer: felt(xml, 'foedselsnummer'), adressenavn: en(xml, 'adressenavn')!, ...(en(xml, 'husnummer') ? { husnummer: en(xml, 'husnummer')! } : {}),
    postnummer: en(xml, 'postnummer')!, poststed: en(xml, 'poststedsnavn')!, flyttedato: en(xml, 'flyttedato')!,
  }),
  behov: (m) => ({ personnumre: m.forespoersel.personer, foedselsdatoer: [] }),
  vurder: (m, fakta) => {
    const f = m.forespoersel;
    if (f.personer.some((p) => !fakta.personer.has(p))) return { utfall: 'avvist', begrunnelser: [{ kode: 'personFinnesIkke', tekst: 'Ukjent person' }] };
    const kommune = kommuneFor(f.postnummer);
    const bostedsadresse = {
      vegadresse: {
        kommunenummer: kommune ?? '0000', adressenavn: f.adressenavn, ...(f.husnummer ? { adressenummer: { husnummer: f.husnummer } } : {}),
        poststed: { postnummer: f.postnummer, poststedsnavn: f.poststed },
      },
    };
    const kommandoer = f.personer.map((person) => ({ type: 'flytte', person, bostedsadresse, flyttedato: f.flyttedato }) as const);
    if (!kommune || !fakta.adresseFinnes(kommune, f.adressenavn, f.postnummer)) {
      return { utfall: 'manuell', begrunnelser: [{ kode: 'ukjentAdresse', tekst: 'Adressen finnes ikke i adresseregisteret' }], forslag: kommandoer };
    }
    return { utfall: 'automatisk', kommandoer };
  },
};

export function testregler(overstyr: Partial<Record<Ressurs, Meldingsregler>> = {}): Meldingsregeltabell {
  const kjente: Partial<Record<Ressurs, Meldingsregler>> = {
    doedsfall_v1: doedsfall as Meldingsregler,
    rekvisisjon_av_dnummer_v5: rekvisisjon as Meldingsregler,
    flyttemelding_fra_posten_v1: flytting as Meldingsregler,
    ...overstyr,
  };
  return Object.fromEntries(ressurser.map((r) => [r, kjente[r] ?? ikkeStoettet(r)])) as Meldingsregeltabell;
}
