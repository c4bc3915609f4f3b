import { gjeldendeVerdi } from '../person/persondokument.ts';
import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import type { EndreNavn } from './kommando.ts';
import { finnPerson, foersteAvvisning, manglerPerson, sjekkAktivPerson, sjekkDato, type Personer } from './vakter.ts';

/** A new name (law § 3-2, navneloven); the previous one becomes history. */
export function decideEndreNavn(k: EndreNavn, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const feil = foersteAvvisning(sjekkAktivPerson(person, 'person'), sjekkDato(k.gyldigFra, 'gyldigFra', kontekst.idag));
  if (feil) return feil;
  const naa = gjeldendeVerdi(person.dokument, 'navn');
  if (naa && naa.fornavn === k.navn.fornavn && naa.mellomnavn === k.navn.mellomnavn && naa.etternavn === k.navn.etternavn) {
    return avvis(Avvisningskode.ingenEndring, 'Personen har allerede dette navnet', 'navn');
  }
  const b = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);
  b.ny('navn', { ...k.navn }, { aarsak: k.aarsak ?? 'Navneendring', ...(k.gyldigFra ? { gyldigFra: k.gyldigFra } : {}) });
  return godta(b.hendelse('endringINavn'));
}
