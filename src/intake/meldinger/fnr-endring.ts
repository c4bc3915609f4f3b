import type { Kommando } from '../../domain/kommando/kommando.ts';
import { foedselsdato, gjeldendeVerdi, type Elementverdi } from '../../domain/person/persondokument.ts';
import type { Meldingsregler, Registerfakta, TolketMelding, Vurdering } from '../kontrakt.ts';
import { ikkeFremITid } from './datoer.ts';
import { borgerskap } from './endring-av-dnummerperson.ts';
import { endreStatsborgerskap, endreVersjon, endringsperson, korrigerFoedsel, type Borgerskap } from './endringer.ts';
import { tolkMelding } from './konvolutt.ts';
import { navn } from './parter.ts';
import { Vurderer } from './vurdering.ts';

export type Foedselsnummerendring =
  | { readonly element: 'statsborgerskap'; readonly liste: readonly Borgerskap[] }
  | { readonly element: 'foedselsdato'; readonly foedselsdato: string }
  | { readonly element: 'navn'; readonly navn: Elementverdi }
  | { readonly element: 'kjoenn'; readonly kjoenn: 'kvinne' | 'mann' }
  | { readonly element: 'foedested'; readonly foedested: string }
  | { readonly element: 'foedeland'; readonly foedeland: string };

/** `ForespoerselOmEndringAvPersonMedFoedselsnummer` (MeldingOmEndringAvPersonMedFoedselsnummer_v1.0.xsd). */
export interface ForespoerselOmEndringAvFoedselsnummerperson {
  readonly kilde: 'utlendingsmyndigheten' | 'annet';
  readonly forespoerselsdato: string;
  readonly foedselsnummer: string;
  readonly dufNummer?: string;
  readonly endringstype: 'endre' | 'korrigere';
  readonly erVedtakOmIdentitetsendring: boolean;
  readonly endring: Foedselsnummerendring;
}

/**
 * Changes to a person with a fødselsnummer, mostly from the immigration authority. A new birth date or legal sex
 * gives a new fødselsnummer and ceases the old one, which still finds the person (law § 2-2 third paragraph,
 * `endreIdentifikasjonsnummer`, event on the old number). Without a decision on the identity change
 * (`erVedtakOmIdentitetsendring`) such a change goes to a case worker. Names, citizenships, birthplace and country of
 * birth change as the change messages for D-number persons do (endringer.ts).
 */
export const fnrEndring: Meldingsregler<ForespoerselOmEndringAvFoedselsnummerperson> = {
  tolk: (xml) =>
    tolkMelding(
      {
        ressurs: 'fnr_endring_v1',
        rot: 'meldingOmEndringAvPersonMedFoedselsnummer',
        lister: ['forespoersel.person.statsborgerskap.statsborgerskap', 'forespoersel.vedlegg', 'forespoersel.vedlegg.dokumenttype'],
        forespoersel: (f) => {
          const p = f.barn('person');
          const duf = p.valgfriTekst('dufNummer');
          const liste = p.valgfri('statsborgerskap');
          const n = p.valgfri('navn');
          const endring: Foedselsnummerendring = liste
            ? { element: 'statsborgerskap', liste: liste.liste('statsborgerskap').map(borgerskap) }
            : p.har('foedselsdato')
              ? { element: 'foedselsdato', foedselsdato: p.dato('foedselsdato') }
              : n
                ? { element: 'navn', navn: { ...navn(n) } }
                : p.har('kjoenn')
                  ? { element: 'kjoenn', kjoenn: p.tekst('kjoenn') as 'kvinne' | 'mann' }
                  : p.har('foedested')
                    ? { element: 'foedested', foedested: p.tekst('foedested') }
                    : { element: 'foedeland', foedeland: p.tekst('foedeland') };
          return {
            kilde: f.tekst('kilde') as ForespoerselOmEndringAvFoedselsnummerperson['kilde'],
            forespoerselsdato: f.dato('forespoerselsdato'),
            foedselsnummer: p.tekst('foedselsnummer'),
            ...(duf ? { dufNummer: duf } : {}),
            endringstype: p.tekst('endringstype') as 'endre' | 'korrigere',
            erVedtakOmIdentitetsendring: p.bool('erVedtakOmIdentitetsendring'),
            endring,
          };
        },
      },
      xml,
    ),
  behov: (m) => ({ personnumre: [m.forespoersel.foedselsnummer], foedselsdatoer: [] }),
  vurder,
};

function vurder(m: TolketMelding<ForespoerselOmEndringAvFoedselsnummerperson>, fakta: Registerfakta): Vurdering {
  const f = m.forespoersel;
  const v = new Vurderer();
  const e = endringsperson(v, fakta, { ...f, nummer: f.foedselsnummer }, 'foedselsnummer');
  if (!e) return v.avvist();
  const dokument = e.dokument;
  const endring = f.endring;
  let kommandoer: Kommando[];
  switch (endring.element) {
    case 'foedselsdato':
    case 'kjoenn': {
      ikkeFremITid(v, fakta.idag, endring.element === 'foedselsdato' ? endring.foedselsdato : undefined);
      const uendret = endring.element === 'foedselsdato'
        ? foedselsdato(dokument) === endring.foedselsdato
        : gjeldendeVerdi(dokument, 'kjoenn')?.kjoenn === endring.kjoenn;
      if (uendret) v.avvis('ingenEndring');
      if (!f.erVedtakOmIdentitetsendring) v.manuell('identitetsendringUtenVedtak');
      const { element: _e, ...ny } = endring;
      kommandoer = [{ type: 'endreIdentifikasjonsnummer', person: f.foedselsnummer, ...ny, kilde: f.kilde }];
      break;
    }
    case 'statsborgerskap':
      kommandoer = endreStatsborgerskap(e, endring.liste);
      break;
    case 'navn':
      kommandoer = endreVersjon(e, 'navn', endring.navn);
      break;
    case 'foedested':
      kommandoer = korrigerFoedsel(e, { foedested: endring.foedested });
      break;
    case 'foedeland':
      kommandoer = korrigerFoedsel(e, { foedeland: endring.foedeland });
      break;
    default: {
      const never: never = endring;
      throw new Error(`Unknown change ${JSON.stringify(never)}`);
    }
  }
  return v.resultat(kommandoer);
}
