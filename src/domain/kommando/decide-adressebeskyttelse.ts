import type { Elementnavn } from '../persondokument/elementer.ts';
import { gjeldende, gjeldendeVerdi, versjoner } from '../person/persondokument.ts';
import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import type { Adressebeskyttelse } from './kommando.ts';
import { finnPerson, foersteAvvisning, manglerPerson, sjekkAktivPerson, sjekkDato, type Personer } from './vakter.ts';

const adresseelementer: readonly Elementnavn[] = ['bostedsadresse', 'deltBosted', 'oppholdsadresse', 'postadresse', 'postadresseIUtlandet'];

/**
 * Address protection (law § 10-4, spec §5.4), published as one `endringIAdressebeskyttelse` that also carries the
 * address changes it implies (spec §3.4, since 2023-05):
 * - `strengtFortrolig`: every address the register held is deleted (annulled, no history), and the person gets the
 *   secretariat's open postal address;
 * - `fortrolig`: the current addresses are re-graded `fortrolig`;
 * - `ugradert`: the protection ceases and current addresses are graded `ugradert` again.
 */
export function decideAdressebeskyttelse(k: Adressebeskyttelse, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const naa = gjeldendeVerdi(person.dokument, 'adressebeskyttelse');
  const naaNivaa = naa?.graderingsnivaa ?? 'ugradert';
  const feil = foersteAvvisning(
    sjekkAktivPerson(person, 'person'),
    sjekkDato(k.gyldigFra, 'gyldigFra', kontekst.idag),
    naaNivaa === k.graderingsnivaa ? avvis(Avvisningskode.ingenEndring, 'Personen har allerede denne graderingen', 'graderingsnivaa') : undefined,
    k.graderingsnivaa === 'strengtFortrolig' && !k.postadresse
      ? avvis(Avvisningskode.ugyldigVerdi, 'Strengt fortrolig adresse krever sekretariatets postadresse', 'postadresse')
      : undefined,
  );
  if (feil) return feil;
  const opts = { aarsak: 'Adressebeskyttelse', ...(k.gyldigFra ? { gyldigFra: k.gyldigFra } : {}) };
  const b = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);

  if (k.graderingsnivaa === 'ugradert') {
    if (naa) b.opphoer('adressebeskyttelse', naa, k.gyldigFra ?? kontekst.idag);
  } else {
    b.ny('adressebeskyttelse', { graderingsnivaa: k.graderingsnivaa }, opts);
  }
  if (k.graderingsnivaa === 'strengtFortrolig') {
    for (const element of adresseelementer) for (const v of versjoner(person.dokument, element)) b.annuller(element, v);
    b.ny('postadresse', { adressegradering: 'ugradert', ...k.postadresse }, opts);
  } else {
    for (const element of adresseelementer) {
      for (const v of gjeldende(person.dokument, element)) {
        if (v.adressegradering !== 'klientadresse' && v.adressegradering !== k.graderingsnivaa) {
          b.korriger(element, v, { adressegradering: k.graderingsnivaa });
        }
      }
    }
  }
  return godta(b.hendelse('endringIAdressebeskyttelse'));
}
