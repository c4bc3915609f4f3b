import type { Kommando } from '../../domain/kommando/kommando.ts';
import { foedselsdato } from '../../domain/person/persondokument.ts';
import type { Meldingsregler, Registerfakta, TolketMelding, Vurdering } from '../kontrakt.ts';
import { ikkeFremITid } from './datoer.ts';
import { tolkMelding } from './konvolutt.ts';
import { erDoed, kjentPerson } from './personer.ts';
import { Vurderer } from './vurdering.ts';

/** `ForespoerselOmRegistreringAvDoedsfall` (MeldingOmDoedsfall_v1.2.xsd), the fields the rules use. */
export interface ForespoerselOmDoedsfall {
  readonly forespoerselsdato: string;
  readonly kilde: 'tingretten' | 'helse' | 'utenriksstasjon' | 'lensmannskontor' | 'nav';
  readonly doedPerson: { readonly foedselsnummer: string; readonly doedsdato: string; readonly doedskommune?: string };
}

type Melding = TolketMelding<ForespoerselOmDoedsfall>;

/**
 * A death (law § 5-1): `doedsfall`, status `doed`, and a surviving spouse widowed (decide-doedsfall.ts). A second
 * notice of the same death is refused; one with another date is a correction for a case worker, who approves the
 * proposal to annul the registered death and register the new date (FREG's `personErReaktivert` then `personErDoed`).
 */
export const doedsfall: Meldingsregler<ForespoerselOmDoedsfall> = {
  tolk: (xml) =>
    tolkMelding(
      {
        ressurs: 'doedsfall_v1',
        rot: 'meldingOmDoedsfall',
        lister: ['forespoersel.vedlegg', 'forespoersel.vedlegg.dokumenttype'],
        forespoersel: (f) => {
          const p = f.barn('doedPerson');
          const kommune = p.valgfri('doedssted')?.tekst('kommune');
          return {
            forespoerselsdato: f.dato('forespoerselssdato'),
            kilde: f.tekst('kilde') as ForespoerselOmDoedsfall['kilde'],
            doedPerson: { foedselsnummer: p.tekst('foedselsnummer'), doedsdato: p.dato('doedsdato'), ...(kommune ? { doedskommune: kommune } : {}) },
          };
        },
      },
      xml,
    ),
  behov: (m) => ({ personnumre: [m.forespoersel.doedPerson.foedselsnummer], foedselsdatoer: [] }),
  vurder,
};

function vurder(m: Melding, fakta: Registerfakta): Vurdering {
  const { foedselsnummer: nummer, doedsdato } = m.forespoersel.doedPerson;
  const v = new Vurderer();
  ikkeFremITid(v, fakta.idag, doedsdato);
  const person = kjentPerson(v, fakta, nummer, { levende: false });
  if (!person) return v.avvist();
  const fd = foedselsdato(person);
  if (fd && doedsdato < fd) v.avvis('doedsdatoFoerFoedselsdato');
  const registrer: Kommando = { type: 'doedsfall', person: nummer, doedsdato, kilde: m.forespoersel.kilde };
  if (!erDoed(person)) return v.resultat([registrer]);
  const registrert = person.doedsfall?.doedsdato;
  if (registrert === doedsdato) return v.avvis('doedsfallErAlleredeRegistrert').avvist();
  v.manuell('avvikendeDoedsdato');
  return v.resultat([{ type: 'annullereDoedsfall', person: nummer, kilde: m.forespoersel.kilde }, registrer]);
}
