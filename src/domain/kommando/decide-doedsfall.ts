import { folkeregisteridentifikator, foedselsdato, gjeldendeStatus, gjeldendeVerdi, versjoner } from '../person/persondokument.ts';
import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import { ektefellesNummer, enkestandEtter, finnVedNummer } from './ektefelle.ts';
import type { AnnullereDoedsfall, Doedsfall } from './kommando.ts';
import { finnPerson, foersteAvvisning, manglerPerson, sjekkAktivPerson, sjekkDato, type Personer } from './vakter.ts';

/**
 * A death (law § 5-1): `doedsfall` and the terminal status `doed`; a surviving spouse or partner becomes
 * `enkeEllerEnkemann` or `gjenlevendePartner` in an event of their own.
 */
export function decideDoedsfall(k: Doedsfall, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const fd = foedselsdato(person.dokument);
  const feil = foersteAvvisning(
    sjekkAktivPerson(person, 'person'),
    sjekkDato(k.doedsdato, 'doedsdato', kontekst.idag),
    fd && k.doedsdato < fd ? avvis(Avvisningskode.ugyldigDato, 'Dødsdatoen er før fødselsdatoen', 'doedsdato') : undefined,
  );
  if (feil) return feil;
  const opts = { aarsak: 'Dødsfall', gyldigFra: k.doedsdato };
  const b = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);
  b.ny('doedsfall', { doedsdato: k.doedsdato }, opts).ny('status', { status: 'doed' }, opts);
  const hendelser = [b.hendelse('personErDoed')];

  const ektefelle = finnVedNummer(personer, ektefellesNummer(person));
  if (ektefelle && gjeldendeStatus(ektefelle.dokument) !== 'doed') {
    const partner = String(gjeldendeVerdi(ektefelle.dokument, 'sivilstand')?.sivilstand).endsWith('Partner');
    const eb = new Hendelsesbygger(kontekst, ektefelle, k.kilde ?? kontekst.kilde);
    eb.ny('sivilstand', {
      sivilstand: partner ? 'gjenlevendePartner' : 'enkeEllerEnkemann',
      sivilstandsdato: k.doedsdato,
      relatertVedSivilstand: folkeregisteridentifikator(person.dokument),
    }, opts);
    hendelser.push(eb.hendelse('endringISivilstand'));
  }
  return godta(...hendelser);
}

/**
 * An annulled death (a wrong notification): the death and the `doed` status disappear, the previous status is
 * current again (`personErReaktivert`, spec §3.5), and a widowhood registered because of it is annulled too.
 */
export function decideAnnullereDoedsfall(k: AnnullereDoedsfall, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const doedsfall = person.dokument.doedsfall;
  if (!doedsfall || gjeldendeStatus(person.dokument) !== 'doed') {
    return avvis(Avvisningskode.personErIkkeDoed, 'Personen er ikke registrert død', 'person');
  }
  const b = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);
  b.annuller('doedsfall', doedsfall);
  for (const s of versjoner(person.dokument, 'status').filter((s) => s.status === 'doed')) b.annuller('status', s);
  const hendelser = [b.hendelse('personErReaktivert')];

  for (const ektefelle of personer.values()) {
    if (ektefelle.personId === person.personId) continue;
    const enkestand = enkestandEtter(ektefelle, person);
    if (enkestand) {
      const eb = new Hendelsesbygger(kontekst, ektefelle, k.kilde ?? kontekst.kilde);
      eb.annuller('sivilstand', enkestand);
      hendelser.push(eb.hendelse('endringISivilstand'));
    }
  }
  return godta(...hendelser);
}

