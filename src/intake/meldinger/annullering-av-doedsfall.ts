import type { Meldingsregler, Registerfakta, TolketMelding, Vurdering } from '../kontrakt.ts';
import { tolkMelding } from './konvolutt.ts';
import { erDoed, kjentPerson } from './personer.ts';
import { Vurderer } from './vurdering.ts';

/** `ForespoerselOmAnnulleringAvDoedsfall` (MeldingOmAnnulleringAvDoedsfall_v1.2.xsd). */
export interface ForespoerselOmAnnulleringAvDoedsfall {
  readonly forespoerselsdato: string;
  readonly kilde: string;
  readonly levendePerson: { readonly foedselsnummer: string };
}

/**
 * A death registered in error is annulled: the death and the `doed` status disappear, the previous status is current
 * again (`personErReaktivert`, spec §3.5), and a widowhood it caused is annulled too (decide-doedsfall.ts). The
 * message comes from a case worker's own channels (paper, manual registration), so it is registered at once.
 */
export const annulleringAvDoedsfall: Meldingsregler<ForespoerselOmAnnulleringAvDoedsfall> = {
  tolk: (xml) =>
    tolkMelding(
      {
        ressurs: 'annullering_av_doedsfall_v1',
        rot: 'meldingOmAnnulleringAvDoedsfall',
        lister: [],
        forespoersel: (f) => ({
          forespoerselsdato: f.dato('forespoerselssdato'),
          kilde: f.tekst('kilde'),
          levendePerson: { foedselsnummer: f.barn('levendePerson').tekst('foedselsnummer') },
        }),
      },
      xml,
    ),
  behov: (m) => ({ personnumre: [m.forespoersel.levendePerson.foedselsnummer], foedselsdatoer: [] }),
  vurder,
};

function vurder(m: TolketMelding<ForespoerselOmAnnulleringAvDoedsfall>, fakta: Registerfakta): Vurdering {
  const nummer = m.forespoersel.levendePerson.foedselsnummer;
  const v = new Vurderer();
  const person = kjentPerson(v, fakta, nummer, { levende: false });
  if (person && !erDoed(person)) v.avvis('personErIkkeDoed');
  return v.resultat([{ type: 'annullereDoedsfall', person: nummer, kilde: m.forespoersel.kilde }]);
}
