import type { Kommando } from '../../domain/kommando/kommando.ts';
import { bosted, postadresse } from '../kommandoer/adresse.ts';
import type { Navn, TrukketHendelse } from './livshendelser.ts';

const navnet = (n: Navn) => ({ fornavn: n.fornavn, ...(n.mellomnavn ? { mellomnavn: n.mellomnavn } : {}), etternavn: n.etternavn });

/**
 * A drawn life event as the register command it comes to, for the direct mode (`docs/syntetisk-populasjon.md`) and
 * for emigration, which no producer reports (`som-melding.ts`).
 */
export function somKommando(h: TrukketHendelse): Kommando {
  const dato = h.dato;
  switch (h.type) {
    case 'foedsel':
      return {
        type: 'opprettPerson', grunnlag: 'foedsel', foedselsdato: dato, kjoenn: h.kjoenn, foedeland: 'NOR', navn: navnet(h.navn),
        statsborgerskap: [...h.statsborgerskap],
        foreldre: [{ nummer: h.mor, rolle: 'mor' }, ...(h.far ? [{ nummer: h.far, rolle: 'far' as const }] : [])],
        foreldreansvar: h.far ? 'felles' : 'mor',
        bostedsadresse: h.bostedsadresse,
      };
    case 'doedsfall':
      return { type: 'doedsfall', person: h.person, doedsdato: dato };
    case 'flyttingInnenKommune':
    case 'flyttingMellomKommuner':
      return { type: 'flytte', person: h.person, bostedsadresse: bosted(h.adresse), flyttedato: dato };
    case 'vigsel':
      return { type: 'vigsel', personer: h.personer, dato, kommune: h.kommune.kommunenummer, myndighet: 'ANSATT_I_KOMMUNE' };
    case 'separasjon':
    case 'skilsmisse':
      return { type: h.type, personer: h.personer, dato, myndighet: 'STATSFORVALTEREN' };
    case 'innvandring':
    case 'dNummer': {
      const p = h.person;
      const felles = {
        type: 'opprettPerson' as const, kjoenn: p.kjoenn, foedselsdato: p.foedselsdato, foedeland: p.opprinnelse, statsborgerskap: [p.opprinnelse],
        navn: navnet(p.navn),
      };
      return h.type === 'dNummer'
        ? { ...felles, grunnlag: 'dNummer', postadresse: postadresse(p.adresse), identitetsgrunnlagstatus: 'ikkeKontrollert' }
        : { ...felles, grunnlag: 'innflytting', innflytting: { fraflyttingsland: p.opprinnelse, dato }, bostedsadresse: bosted(p.adresse) };
    }
    case 'utvandring':
      return { type: 'utflytting', person: h.person, tilflyttingsland: h.tilflyttingsland, utflyttingsdato: dato };
    case 'navneendring':
      return { type: 'endreNavn', person: h.person, navn: navnet(h.navn), gyldigFra: dato };
    default: {
      const never: never = h;
      throw new Error(`No command for ${JSON.stringify(never)}`);
    }
  }
}
