import { folkeregisteridentifikator, gjeldende, gjeldendeVerdi } from '../person/persondokument.ts';
import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import type { EndreIdentifikasjonsnummer } from './kommando.ts';
import { finnPerson, foersteAvvisning, manglerPerson, sjekkAktivPerson, sjekkDato, type Personer } from './vakter.ts';

/**
 * A new fødselsnummer when the birth date or the legal sex changes (law § 2-2 third paragraph): the old number ceases
 * (`opphoert`, kept in `identifikasjonsnummer`), the new one is in use, and the event is published on the old number
 * (spec §3.5) so consumers holding it learn the new one. Related persons keep pointing at the old number, which
 * still finds this person.
 */
export function decideEndreIdentifikasjonsnummer(k: EndreIdentifikasjonsnummer, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const foedsel = gjeldendeVerdi(person.dokument, 'foedsel');
  const kjoenn = gjeldendeVerdi(person.dokument, 'kjoenn');
  const feil = foersteAvvisning(
    sjekkAktivPerson(person, 'person'),
    sjekkDato(k.foedselsdato, 'foedselsdato', kontekst.idag),
    !k.foedselsdato && !k.kjoenn ? avvis(Avvisningskode.ugyldigVerdi, 'Ny fødselsdato eller nytt kjønn må oppgis', 'foedselsdato') : undefined,
    (k.foedselsdato ?? foedsel?.foedselsdato) === foedsel?.foedselsdato && (k.kjoenn ?? kjoenn?.kjoenn) === kjoenn?.kjoenn
      ? avvis(Avvisningskode.ingenEndring, 'Fødselsdato og kjønn er uendret', 'foedselsdato')
      : undefined,
  );
  if (feil) return feil;
  const nytt = kontekst.nyeIdentifikatorer[0];
  if (!nytt) return avvis(Avvisningskode.manglerIdentifikator, 'Fikk ikke tildelt nytt fødselsnummer');
  const gammelt = folkeregisteridentifikator(person.dokument);
  const b = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);
  const opts = { aarsak: 'Endring av fødselsnummer' };
  for (const id of gjeldende(person.dokument, 'identifikasjonsnummer')) b.opphoer('identifikasjonsnummer', id, kontekst.naa, { status: 'opphoert' });
  b.ny('identifikasjonsnummer', { status: 'iBruk', foedselsEllerDNummer: nytt, identifikatortype: 'foedselsnummer' }, opts);
  if (k.foedselsdato && foedsel) b.korriger('foedsel', foedsel, { foedselsdato: k.foedselsdato, foedselsaar: k.foedselsdato.slice(0, 4) });
  if (k.kjoenn && kjoenn?.kjoenn !== k.kjoenn) b.ny('kjoenn', { kjoenn: k.kjoenn }, { aarsak: 'Endring av juridisk kjønn' });
  return godta(b.hendelse('endringIIdentifikasjonsnummer', { folkeregisteridentifikator: gammelt }));
}
