import { gjeldende } from '../person/persondokument.ts';
import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import type { Statsborgerskap } from './kommando.ts';
import { finnPerson, foersteAvvisning, manglerPerson, sjekkAktivPerson, sjekkDato, type Personer } from './vakter.ts';

/** A citizenship is granted beside the others (statsborgerloven allows dual citizenship since 2020) or ceases. */
export function decideStatsborgerskap(k: Statsborgerskap, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const eksisterende = gjeldende(person.dokument, 'statsborgerskap').find((s) => s.statsborgerskap === k.statsborgerskap);
  const feil = foersteAvvisning(
    sjekkAktivPerson(person, 'person'),
    sjekkDato(k.ervervsdato, 'ervervsdato', kontekst.idag),
    sjekkDato(k.dato, 'dato', kontekst.idag),
    k.opphoerer && !eksisterende ? avvis(Avvisningskode.ingenEndring, 'Personen har ikke dette statsborgerskapet', 'statsborgerskap') : undefined,
    !k.opphoerer && eksisterende ? avvis(Avvisningskode.ingenEndring, 'Personen har allerede dette statsborgerskapet', 'statsborgerskap') : undefined,
  );
  if (feil) return feil;
  const b = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);
  if (k.opphoerer && eksisterende) {
    b.opphoer('statsborgerskap', eksisterende, k.dato ?? kontekst.idag);
  } else {
    const dato = k.ervervsdato ?? k.dato ?? kontekst.idag;
    b.ny('statsborgerskap', { statsborgerskap: k.statsborgerskap, ervervsdato: dato }, { aarsak: 'Statsborgerskap', gyldigFra: dato });
  }
  return godta(b.hendelse('endringIStatsborgerskap'));
}
