import type { Ressurs } from '../../intake/kontrakt.ts';
import { doedsfallXml } from '../../intake/meldingsmaler/doedsfall.ts';
import { flyttemeldingXml } from '../../intake/meldingsmaler/flyttemelding.ts';
import { navneendringXml } from '../../intake/meldingsmaler/fnr-endring.ts';
import { foedselXml } from '../../intake/meldingsmaler/foedsel.ts';
import { innflyttingXml } from '../../intake/meldingsmaler/innflytting.ts';
import { rekvisisjonAvDNummerXml } from '../../intake/meldingsmaler/rekvisisjon-av-dnummer.ts';
import { separasjonXml, skilsmisseXml } from '../../intake/meldingsmaler/samlivsbrudd.ts';
import { vigselXml } from '../../intake/meldingsmaler/vigsel.ts';
import type { Innsending, Vegadresse } from '../../intake/meldingsmaler/xml.ts';
import type { Adresse } from '../kommandoer/adresse.ts';
import type { TrukketHendelse } from './livshendelser.ts';

export interface Produsentmelding {
  readonly ressurs: Ressurs;
  readonly xml: string;
}

const saksbehandler = 'Simulering';

/** A drawn address as the producer schemas write it. */
export function vegadresseForMelding(a: Adresse): Vegadresse {
  const v = a.vegadresse as {
    adressenavn: string; adressenummer?: { husnummer: string; husbokstav?: string }; bruksenhetsnummer?: string;
    poststed: { postnummer: string; poststedsnavn: string };
  };
  return {
    adressenavn: v.adressenavn, husnummer: v.adressenummer?.husnummer, husbokstav: v.adressenummer?.husbokstav,
    bruksenhetsnummer: v.bruksenhetsnummer, postnummer: v.poststed.postnummer, poststedsnavn: v.poststed.poststedsnavn,
    kommunenummer: a.kommunenummer,
  };
}

/**
 * A drawn life event as the message its producer sends (spec §8.1): a birth from the hospital, a death from the
 * doctor, a move from Posten, a marriage from the municipality, a separation or divorce from the county governor, an
 * immigration from the immigration directorate, a D-number request from the tax administration, a name change as a
 * change of a person with a fødselsnummer. Undefined for emigration: no producer resource reports it (a citizen's
 * notice that the tax administration's case workers register), so the simulation registers it as they would.
 */
export function somMelding(h: TrukketHendelse, innsending: Innsending): Produsentmelding | undefined {
  const dato = h.dato;
  switch (h.type) {
    case 'foedsel':
      return {
        ressurs: 'foedsel_v1',
        xml: foedselXml({
          innsending, registreringsdato: dato, foreldreBorSammen: h.far !== undefined, foreldreErGift: h.far !== undefined,
          barn: { foedselsdato: dato, kjoenn: h.kjoenn }, mor: h.mor, farEllerMedmor: h.far,
          foedested: { institusjon: `Fødeavdelingen ${h.foedekommune.kommunenavn}`, kommunenummer: h.foedekommune.kommunenummer, kommunenavn: h.foedekommune.kommunenavn },
        }),
      };
    case 'doedsfall':
      return { ressurs: 'doedsfall_v1', xml: doedsfallXml({ innsending, forespoerselsdato: dato, kilde: 'helse', saksbehandler, person: h.person, doedsdato: dato }) };
    case 'flyttingInnenKommune':
    case 'flyttingMellomKommuner':
      return {
        ressurs: 'flyttemelding_fra_posten_v1',
        xml: flyttemeldingXml({
          innsending, personerSomFlytter: [h.person], adresse: vegadresseForMelding(h.adresse), flyttedato: dato, registreringsdato: dato,
          adresseendringsidentifikator: innsending.id, innsender: h.person,
        }),
      };
    case 'vigsel':
      return {
        ressurs: 'vigsel_v1',
        xml: vigselXml({ innsending, ektefeller: h.personer, vigselsdato: dato, kommunenummer: h.kommune.kommunenummer, vigselssted: `${h.kommune.kommunenavn} rådhus` }),
      };
    case 'separasjon':
      return { ressurs: 'separasjon_v1', xml: separasjonXml({ innsending, ektefeller: h.personer, dato }) };
    case 'skilsmisse':
      return {
        ressurs: 'skilsmisse_v1',
        xml: skilsmisseXml({ innsending, ektefeller: h.personer, dato, hjemmel: h.separert ? 'skilsmisseEtterSeparasjon' : 'skilsmisseEtterSamlivsbrudd' }),
      };
    case 'innvandring': {
      const p = h.person;
      return {
        ressurs: 'innflytting_v1',
        xml: innflyttingXml({
          innsending, registreringsdato: dato, saksbehandler, navn: p.navn, foedselsdato: p.foedselsdato, foedeland: p.opprinnelse,
          kjoenn: p.kjoenn, statsborgerskap: p.opprinnelse, bostedsadresse: vegadresseForMelding(p.adresse), fraflyttingsland: p.opprinnelse, oppholdFra: dato,
        }),
      };
    }
    case 'dNummer': {
      const p = h.person;
      return {
        ressurs: 'rekvisisjon_av_dnummer_v5',
        xml: rekvisisjonAvDNummerXml({
          innsending, rekvireringsdato: dato, kilde: 'skatteetaten', saksbehandler, navn: p.navn, foedselsdato: p.foedselsdato,
          foedeland: p.opprinnelse, kjoenn: p.kjoenn, statsborgerskap: [p.opprinnelse], postadresse: vegadresseForMelding(p.adresse),
        }),
      };
    }
    case 'navneendring':
      return { ressurs: 'fnr_endring_v1', xml: navneendringXml({ innsending, forespoerselsdato: dato, saksbehandler, person: h.person, navn: h.navn }) };
    case 'utvandring':
      return undefined;
    default: {
      const never: never = h;
      throw new Error(`No message for ${JSON.stringify(never)}`);
    }
  }
}
