import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import { graderingForNyBostedsadresse } from './bostedsgradering.ts';
import type { Flytte } from './kommando.ts';
import { finnPerson, foersteAvvisning, manglerPerson, sjekkAktivPerson, sjekkDato, type Personer } from './vakter.ts';

/**
 * A move within Norway (law § 6-1): the new bostedsadresse is valid from the move date; the previous one becomes
 * history. The new address inherits the person's address protection (spec §5.4); a `strengtFortrolig` person has no
 * residential address in the register at all, so a move for them is refused.
 */
export function decideFlytte(k: Flytte, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const feil = foersteAvvisning(sjekkAktivPerson(person, 'person'), sjekkDato(k.flyttedato, 'flyttedato', kontekst.idag));
  if (feil) return feil;
  const adressegradering = graderingForNyBostedsadresse(person, k.bostedsadresse.adressegradering);
  if (adressegradering === undefined) {
    return avvis(Avvisningskode.adressebeskyttet, 'Personen har strengt fortrolig adresse; bostedsadresse registreres ikke', 'person');
  }
  const b = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);
  b.ny(
    'bostedsadresse',
    { ...k.bostedsadresse, adressegradering, flyttedato: k.flyttedato },
    { aarsak: 'Flytting innenlands', gyldigFra: k.flyttedato },
  );
  return godta(b.hendelse('endringIBostedsadresse'));
}
