import type { Person } from '../person/persondokument.ts';
import { alleIdentifikatorer, folkeregisteridentifikator, gjeldende, gjeldendeVerdi } from '../person/persondokument.ts';
import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst, type Avvisning } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import type { Familierelasjon, Foreldreansvar } from './kommando.ts';
import { finnPerson, foersteAvvisning, manglerPerson, sjekkDato, type Personer } from './vakter.ts';

type Rolle = Familierelasjon['relatertPersonsRolle'];

/** The role `person` has for someone whose role for `person` is `rolle` (relations are stored mirrored, spec §2.3). */
function speilrolle(rolle: Rolle, person: Person): Rolle | Avvisning {
  switch (rolle) {
    case 'mor':
    case 'far':
    case 'medmor':
      return 'barn';
    case 'barn': {
      const kjoenn = gjeldendeVerdi(person.dokument, 'kjoenn')?.kjoenn;
      if (kjoenn === 'kvinne') return 'mor';
      if (kjoenn === 'mann') return 'far';
      return { kode: Avvisningskode.ugyldigVerdi, melding: 'Forelderens kjønn er ukjent', felt: 'person' };
    }
    case 'ektefelleEllerPartner':
    case 'soesken':
      return rolle;
    default: {
      const never: never = rolle;
      throw new Error(`Unknown rolle ${String(never)}`);
    }
  }
}

function harRelasjon(person: Person, annen: Person, rolle: string): boolean {
  const numre = alleIdentifikatorer(annen.dokument);
  return gjeldende(person.dokument, 'familierelasjon').some(
    (r) => r.relatertPersonsRolle === rolle && numre.includes(String(r.relatertPerson)),
  );
}

/** A family relation (paternity, adoption, siblings) stored on both persons, one event each. */
export function decideFamilierelasjon(k: Familierelasjon, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  const annen = finnPerson(personer, k.relatertPerson);
  if (!person || !annen) return manglerPerson(person ? 'relatertPerson' : 'person');
  if (person.personId === annen.personId) return avvis(Avvisningskode.sammePerson, 'En person kan ikke relateres til seg selv', 'relatertPerson');
  const min = speilrolle(k.relatertPersonsRolle, person);
  if (typeof min !== 'string') return { ok: false, avvisning: min };
  const feil = foersteAvvisning(
    sjekkDato(k.gyldigFra, 'gyldigFra', kontekst.idag),
    harRelasjon(person, annen, k.relatertPersonsRolle) ? avvis(Avvisningskode.ingenEndring, 'Relasjonen finnes allerede', 'relatertPerson') : undefined,
  );
  if (feil) return feil;
  const opts = { aarsak: 'Familierelasjon', ...(k.gyldigFra ? { gyldigFra: k.gyldigFra } : {}) };
  const lag = (fra: Person, til: Person, tilRolle: Rolle, minRolle: Rolle) =>
    new Hendelsesbygger(kontekst, fra, k.kilde ?? kontekst.kilde)
      .ny('familierelasjon', { relatertPerson: folkeregisteridentifikator(til.dokument), relatertPersonsRolle: tilRolle, minRolleForPerson: minRolle }, opts)
      .hendelse('endringIFamilierelasjon');
  return godta(lag(person, annen, k.relatertPersonsRolle, min), lag(annen, person, min, k.relatertPersonsRolle));
}

/** The child's parents as its relations name them, by role. */
export function foreldreAv(barn: Person): { nummer: string; rolle: string }[] {
  return gjeldende(barn.dokument, 'familierelasjon')
    .filter((r) => ['mor', 'far', 'medmor'].includes(String(r.relatertPersonsRolle)) && r.relatertPerson)
    .map((r) => ({ nummer: String(r.relatertPerson), rolle: String(r.relatertPersonsRolle) }));
}

/** Everyone who holds parental responsibility for the child now. */
export function ansvarligeFor(barn: Person): string[] {
  return gjeldende(barn.dokument, 'foreldreansvar').map((f) => String(f.ansvarlig)).filter((n) => n !== 'undefined');
}

/**
 * Parental responsibility (barneloven § 34): the new arrangement replaces the current one. It is stored on the child
 * and on each holder; earlier holders' versions cease. One event per person changed.
 */
export function decideForeldreansvar(k: Foreldreansvar, personer: Personer, kontekst: Kontekst): Beslutning {
  const barn = finnPerson(personer, k.barn);
  if (!barn) return manglerPerson('barn');
  const feil = sjekkDato(k.gyldigFra, 'gyldigFra', kontekst.idag);
  if (feil) return feil;
  const foreldre = foreldreAv(barn).filter((f) => k.ansvar === 'felles' || f.rolle === k.ansvar);
  if (foreldre.length === 0) return avvis(Avvisningskode.ugyldigVerdi, 'Barnet har ingen registrert forelder med denne rollen', 'ansvar');
  const nyeAnsvarlige = foreldre.map((f) => finnPerson(personer, f.nummer));
  if (nyeAnsvarlige.some((p) => !p)) return manglerPerson('ansvar');

  const fra = k.gyldigFra ?? kontekst.idag;
  const opts = { aarsak: 'Foreldreansvar', gyldigFra: fra };
  const barnetsNummer = folkeregisteridentifikator(barn.dokument);
  const cb = new Hendelsesbygger(kontekst, barn, k.kilde ?? kontekst.kilde);
  for (const v of gjeldende(barn.dokument, 'foreldreansvar')) cb.opphoer('foreldreansvar', v, fra);
  for (const f of foreldre) cb.ny('foreldreansvar', { ansvar: k.ansvar, ansvarlig: f.nummer, ansvarssubjekt: barnetsNummer }, opts);
  const hendelser = [cb.hendelse('endringIForeldreansvar')];

  const berorte = new Map<number, Person>();
  for (const p of [...nyeAnsvarlige, ...ansvarligeFor(barn).map((n) => finnPerson(personer, n))]) if (p) berorte.set(p.personId, p);
  const barnetsNumre = alleIdentifikatorer(barn.dokument);
  for (const holder of berorte.values()) {
    const hb = new Hendelsesbygger(kontekst, holder, k.kilde ?? kontekst.kilde);
    for (const v of gjeldende(holder.dokument, 'foreldreansvar')) {
      if (barnetsNumre.includes(String(v.ansvarssubjekt))) hb.opphoer('foreldreansvar', v, fra);
    }
    if (nyeAnsvarlige.includes(holder)) {
      hb.ny('foreldreansvar', { ansvar: k.ansvar, ansvarlig: folkeregisteridentifikator(holder.dokument), ansvarssubjekt: barnetsNummer }, opts);
    }
    if (hb.harEndringer) hendelser.push(hb.hendelse('endringIForeldreansvar'));
  }
  return godta(...hendelser);
}
