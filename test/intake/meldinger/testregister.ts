import { readFileSync } from 'node:fs';
import type { Kommando } from '../../../src/domain/kommando/kommando.ts';
import { foedselsdato, type Persondokument } from '../../../src/domain/person/persondokument.ts';
import type { Meldingsregler, Registerfakta, Ressurs, TolketMelding, Vurdering } from '../../../src/intake/kontrakt.ts';
import { Verden } from '../../support/decider.ts';

/**
 * A small register for the message rules' tests: persons made through the real commands (decide + evolve, the pure
 * test world), the facts the worker would gather for a message, and the commands of an automatic outcome applied
 * back, so a test can show the documents that result.
 */
export const nr = {
  kari: '12859099678', // kvinne 1990-05-12
  ola: '02838899989', // mann 1988-03-02
  ingrid: '15817099820', // kvinne 1970-01-15
  per: '30896599964', // mann 1965-09-30
  ahmed: '41878599940', // D-nummer, mann 1985-07-01
  agnieszka: '60917999816', // D-nummer, kvinne 1979-11-20
  sara: '08889499827', // kvinne 1994-08-08
  jonas: '24929299708', // mann 1992-12-24
} as const;

/** Numbers the world hands out after the residents, in order (synthetic, valid): two newborns, then fnr and D-numbers. */
export const nyeNumre = ['20912699839', '20912699758', '01878599957', '23929299930', '44848099993', '04848099738'];

const adresse = (adressenavn: string, husnummer: string, postnummer: string) => ({
  vegadresse: { kommunenummer: '0301', adressenavn, adressenummer: { husnummer }, poststed: { poststedsnavn: 'OSLO', postnummer } },
});

const bosatt = (nummer: string, fornavn: string, etternavn: string, foedselsdato: string, kjoenn: 'kvinne' | 'mann'): Kommando => ({
  type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato, kjoenn, navn: { fornavn, etternavn }, statsborgerskap: ['NOR'],
  bostedsadresse: adresse('Kirkeveien', '12', '0368'), innflytting: { fraflyttingsland: 'SWE', dato: '2000-01-01' }, sivilstand: 'ugift',
  kilde: `test:${nummer}`,
});

/** Streets that exist in the matrikkel of this test world (`adresseFinnes`). */
const gater = new Set(['0301|Kirkeveien', '0301|Storgata']);

export class Testregister {
  readonly verden: Verden;

  constructor() {
    this.verden = new Verden([nr.kari, nr.ola, nr.ingrid, nr.per, nr.ahmed, nr.agnieszka, nr.sara, nr.jonas, ...nyeNumre]);
    this.gitt(
      bosatt(nr.kari, 'Kari', 'Nordmann', '1990-05-12', 'kvinne'),
      bosatt(nr.ola, 'Ola', 'Nordmann', '1988-03-02', 'mann'),
      bosatt(nr.ingrid, 'Ingrid', 'Dahl', '1970-01-15', 'kvinne'),
      bosatt(nr.per, 'Per', 'Dahl', '1965-09-30', 'mann'),
      { type: 'opprettPerson', grunnlag: 'dNummer', foedselsdato: '1985-07-01', kjoenn: 'mann', navn: { fornavn: 'Ahmed', etternavn: 'Karimi' }, statsborgerskap: ['AFG'], identitetsgrunnlagstatus: 'ikkeKontrollert', gyldigFra: '2024-01-10' },
      { type: 'opprettPerson', grunnlag: 'dNummer', foedselsdato: '1979-11-20', kjoenn: 'kvinne', navn: { fornavn: 'Agnieszka', etternavn: 'Nowak' }, statsborgerskap: ['POL'], gyldigFra: '2023-05-02' },
      bosatt(nr.sara, 'Sara', 'Berg', '1994-08-08', 'kvinne'),
      bosatt(nr.jonas, 'Jonas', 'Lie', '1992-12-24', 'mann'),
    );
  }

  gitt(...kommandoer: Kommando[]): this {
    for (const k of kommandoer) this.verden.gitt(k);
    return this;
  }

  dokument(nummer: string): Persondokument {
    return this.verden.person(nummer).dokument;
  }

  /** What the worker would read for the message: the named persons and those born on the asked dates. */
  fakta<F>(regler: Meldingsregler<F>, melding: TolketMelding<F>): Registerfakta {
    const behov = regler.behov(melding);
    const personer = new Map<string, Persondokument>();
    for (const n of behov.personnumre) {
      const p = this.verden.finn(n);
      if (p) personer.set(n, p.dokument);
    }
    return {
      personer,
      kandidater: this.verden.alle().map((p) => p.dokument).filter((d) => behov.foedselsdatoer.includes(foedselsdato(d) ?? '')),
      adresseFinnes: (kommunenummer, adressenavn) => gater.has(`${kommunenummer}|${adressenavn}`),
      idag: this.verden.kontekst.idag,
    };
  }

  vurder<F>(regler: Meldingsregler<F>, melding: TolketMelding<F>): Vurdering {
    return regler.vurder(melding, this.fakta(regler, melding));
  }

  /** Registers an automatic outcome's commands (or a manual case's proposal, as a case worker approving it would). */
  registrer(vurdering: Vurdering): this {
    if (vurdering.utfall === 'avvist') throw new Error('Nothing to register for a refused message');
    return this.gitt(...(vurdering.utfall === 'automatisk' ? vurdering.kommandoer : vurdering.forslag));
  }
}

export function eksempel(ressurs: Ressurs): string {
  return readFileSync(new URL(`../eksempler/${ressurs}.xml`, import.meta.url), 'utf8');
}

/** The example with one element's text replaced, for the variations a test needs (the result stays XSD-valid). */
export function endret(ressurs: Ressurs, ...erstatninger: [string | RegExp, string][]): string {
  let xml = eksempel(ressurs);
  for (const [fra, til] of erstatninger) {
    if (!(typeof fra === 'string' ? xml.includes(fra) : fra.test(xml))) throw new Error(`The example of ${ressurs} has no ${String(fra)}`);
    const neste = xml.replace(fra, til);
    xml = neste;
  }
  return xml;
}

export const koder = (v: Vurdering): string[] => (v.utfall === 'automatisk' ? [] : v.begrunnelser.map((b) => b.kode));
