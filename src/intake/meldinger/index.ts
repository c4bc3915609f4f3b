import type { Meldingsregler, Ressurs } from '../kontrakt.ts';
import { annulleringAvDoedsfall } from './annullering-av-doedsfall.ts';
import { doedsfall } from './doedsfall.ts';
import { endringAvDNummerperson } from './endring-av-dnummerperson.ts';
import { farskap } from './farskap.ts';
import { flyttemeldingFraPosten } from './flyttemelding-fra-posten.ts';
import { fnrEndring } from './fnr-endring.ts';
import { foedsel } from './foedsel.ts';
import { innflytting } from './innflytting.ts';
import { kontaktopplysningerDoedsbo } from './kontaktopplysninger-doedsbo.ts';
import { rekvisisjonAvDNummer } from './rekvisisjon-av-dnummer.ts';
import { samlivsbrudd } from './samlivsbrudd.ts';
import { vigsel } from './vigsel.ts';

/**
 * The rules of every producer message with a schema (spec §8.1), one module per resource; a resource without rules
 * does not compile. Each module exports its typed form too. See docs/meldingsregler.md.
 */
export const meldingsregler: Readonly<Record<Ressurs, Meldingsregler>> = {
  rekvisisjon_av_dnummer_v5: rekvisisjonAvDNummer,
  doedsfall_v1: doedsfall,
  annullering_av_doedsfall_v1: annulleringAvDoedsfall,
  endring_av_dnummerperson_v3: endringAvDNummerperson,
  foedsel_v1: foedsel,
  kontaktopplysninger_doedsbo_v1: kontaktopplysningerDoedsbo,
  separasjon_v1: samlivsbrudd('separasjon'),
  skilsmisse_v1: samlivsbrudd('skilsmisse'),
  innflytting_v1: innflytting,
  flyttemelding_fra_posten_v1: flyttemeldingFraPosten,
  fnr_endring_v1: fnrEndring,
  farskap_v1: farskap,
  vigsel_v1: vigsel,
};
