import type { Kommando } from '../../domain/kommando/kommando.ts';
import { gjeldendeStatus, type Elementverdi } from '../../domain/person/persondokument.ts';
import type { Meldingsregler, Registerfakta, TolketMelding, Vurdering } from '../kontrakt.ts';
import { kontaktadresse, kontaktadresseIUtlandet, kontrollerOffisiellAdresse, offisiellAdresse } from './adresser.ts';
import { ikkeFremITid } from './datoer.ts';
import { endreStatsborgerskap, endreVersjon, endringsperson, korrigerFoedsel, ugyldig, type Borgerskap, type Endring, type Endringstype } from './endringer.ts';
import { personidentifikasjon } from './identifikasjon.ts';
import { tolkMelding } from './konvolutt.ts';
import { navn } from './parter.ts';
import { Vurderer } from './vurdering.ts';
import type { Les } from './xml.ts';

/** The one element a change names (the schema's `xsd:choice`). */
export type DNummerendring =
  | { readonly element: 'foedselsdato'; readonly foedselsdato?: string }
  | { readonly element: 'statsborgerskap'; readonly liste: readonly Borgerskap[] }
  | { readonly element: 'personstatus'; readonly status: 'midlertidig' | 'inaktiv' }
  | { readonly element: 'navn' | 'postadresse' | 'postadresseIUtlandet' | 'utenlandskPersonidentifikasjon'; readonly verdi: Elementverdi | undefined }
  | { readonly element: 'kjoenn'; readonly kjoenn: 'kvinne' | 'mann' | 'ukjent' }
  | { readonly element: 'foedeland'; readonly foedeland: string }
  | { readonly element: 'oppholdsadresseErIkkeAktuell' }
  | { readonly element: 'oppholdsadresse'; readonly verdi: Elementverdi; readonly oppholdsadressedato: string };

/** `ForespoerselOmEndringAvPersonMedDNummer` (MeldingOmEndringAvPersonMedDNummer_v3.0.xsd). */
export interface ForespoerselOmEndringAvDNummerperson {
  readonly kilde: 'utlendingsdirektoratet' | 'nav' | 'folkeregisteret';
  readonly forespoerselsdato: string;
  readonly dNummer: string;
  readonly dufNummer?: string;
  readonly endringstype: Endringstype;
  readonly endring: DNummerendring;
  /** An international address whose country code has no alpha-2 form. */
  readonly ukjentLandkode: boolean;
}

function endring(p: Les, ukjentLandkode: Vurderer): DNummerendring {
  const fd = p.valgfri('foedselsdato');
  if (fd) {
    const dato = fd.bool('foedselsdatoErKjent') ? fd.valgfriDato('foedselsdato') : undefined;
    return { element: 'foedselsdato', ...(dato ? { foedselsdato: dato } : {}) };
  }
  const liste = p.valgfri('statsborgerskapListe');
  if (liste) return { element: 'statsborgerskap', liste: liste.liste('statsborgerskap').map(borgerskap) };
  if (p.har('personstatus')) return { element: 'personstatus', status: p.tekst('personstatus') as 'midlertidig' | 'inaktiv' };
  const n = p.valgfri('navn');
  if (n) return { element: 'navn', verdi: { ...navn(n) } };
  if (p.har('kjoenn')) return { element: 'kjoenn', kjoenn: p.tekst('kjoenn') as 'kvinne' | 'mann' | 'ukjent' };
  if (p.har('foedeland')) return { element: 'foedeland', foedeland: p.tekst('foedeland') };
  if (p.har('oppholdsadresseErIkkeAktuell')) return { element: 'oppholdsadresseErIkkeAktuell' };
  const opphold = p.valgfri('oppholdsadresse');
  if (opphold) {
    const dato = opphold.dato('oppholdsadressedato');
    return { element: 'oppholdsadresse', verdi: { ...offisiellAdresse(opphold), oppholdsadressedato: dato }, oppholdsadressedato: dato };
  }
  const post = p.valgfri('postadresse');
  if (post) return { element: 'postadresse', verdi: kontaktadresse(post) };
  const utland = p.valgfri('postadresseIUtlandet');
  if (utland) return { element: 'postadresseIUtlandet', verdi: kontaktadresseIUtlandet(ukjentLandkode, utland) };
  return { element: 'utenlandskPersonidentifikasjon', verdi: personidentifikasjon(p.barn('utenlandskPersonidentifikasjon')).verdi };
}

export function borgerskap(s: Les): Borgerskap {
  const ervervsdato = s.valgfriDato('ervervsdato');
  return { statsborgerskap: s.tekst('statsborgerskap'), ...(ervervsdato ? { ervervsdato } : {}) };
}

/**
 * Changes to a D-number person (spec §8.1): one element per message, with `endre`, `opphoere`, `annullere` or
 * `korrigere` (endringer.ts), and inactivation or reactivation through `personstatus` (status `inaktiv` ↔
 * `midlertidig`, the same number, spec §7.2). The person must hold a D-number in use; a DUF number that differs from
 * the registered one goes to a case worker. A sex reported `ukjent` removes the registered one.
 */
export const endringAvDNummerperson: Meldingsregler<ForespoerselOmEndringAvDNummerperson> = {
  tolk: (xml) =>
    tolkMelding(
      {
        ressurs: 'endring_av_dnummerperson_v3',
        rot: 'meldingOmEndringAvPersonMedDNummer',
        lister: [
          'forespoersel.person.statsborgerskapListe.statsborgerskap',
          'forespoersel.person.postadresseIUtlandet.postadresse.administrativEnhet',
        ],
        forespoersel: (f) => {
          const p = f.barn('person');
          const duf = p.valgfriTekst('dufNummer');
          const landkode = new Vurderer();
          return {
            kilde: f.tekst('kilde') as ForespoerselOmEndringAvDNummerperson['kilde'],
            forespoerselsdato: f.dato('forespoerselsdato'),
            dNummer: p.tekst('dNummer'),
            ...(duf ? { dufNummer: duf } : {}),
            endringstype: p.tekst('endringstype') as Endringstype,
            endring: endring(p, landkode),
            ukjentLandkode: landkode.erAvvist,
          };
        },
      },
      xml,
    ),
  behov: (m) => ({ personnumre: [m.forespoersel.dNummer], foedselsdatoer: [] }),
  vurder,
};

const statusovergang = { inaktiv: 'midlertidig', midlertidig: 'inaktiv' } as const;

function vurder(m: TolketMelding<ForespoerselOmEndringAvDNummerperson>, fakta: Registerfakta): Vurdering {
  const f = m.forespoersel;
  const v = new Vurderer();
  if (f.ukjentLandkode) v.avvis('ukjentLandkode');
  const e = endringsperson(v, fakta, { ...f, nummer: f.dNummer }, 'dNummer');
  return e ? v.resultat(kommandoer(e, f.endring, fakta)) : v.avvist();
}

function kommandoer(e: Endring, endring: DNummerendring, fakta: Registerfakta): Kommando[] {
  switch (endring.element) {
    case 'foedselsdato':
      if (!endring.foedselsdato) return ugyldig(e);
      ikkeFremITid(e.v, fakta.idag, endring.foedselsdato);
      return korrigerFoedsel(e, { foedselsdato: endring.foedselsdato, foedselsaar: endring.foedselsdato.slice(0, 4) });
    case 'foedeland':
      return korrigerFoedsel(e, { foedeland: endring.foedeland });
    case 'statsborgerskap':
      return endreStatsborgerskap(e, endring.liste);
    case 'personstatus': {
      if (e.endringstype !== 'endre') return ugyldig(e);
      if (gjeldendeStatus(e.dokument) !== statusovergang[endring.status]) {
        e.v.avvis('statusovergangIkkeTillatt');
        return [];
      }
      return [{ type: 'endreStatus', person: e.person, status: endring.status, gyldigFra: e.dato, kilde: e.kilde }];
    }
    case 'kjoenn':
      return endring.kjoenn === 'ukjent'
        ? endreVersjon({ ...e, endringstype: 'annullere' }, 'kjoenn', undefined)
        : endreVersjon(e, 'kjoenn', { kjoenn: endring.kjoenn });
    case 'oppholdsadresseErIkkeAktuell':
      return endreVersjon({ ...e, endringstype: 'opphoere' }, 'oppholdsadresse', undefined);
    case 'oppholdsadresse':
      kontrollerOffisiellAdresse(e.v, fakta, endring.verdi);
      return endreVersjon({ ...e, dato: endring.oppholdsadressedato }, 'oppholdsadresse', endring.verdi);
    case 'utenlandskPersonidentifikasjon': {
      const id = endring.verdi!;
      return endreVersjon(e, 'utenlandskPersonidentifikasjon', id, (v) => v.identifikasjonsnummer === id.identifikasjonsnummer && v.utstederland === id.utstederland);
    }
    case 'navn':
    case 'postadresse':
    case 'postadresseIUtlandet':
      return endreVersjon(e, endring.element, endring.verdi);
    default: {
      const never: never = endring;
      throw new Error(`Unknown change ${JSON.stringify(never)}`);
    }
  }
}
