import type { Person } from '../person/persondokument.ts';
import { folkeregisteridentifikator, gjeldende, gjeldendeStatus } from '../person/persondokument.ts';
import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import { graderingForNyBostedsadresse } from './bostedsgradering.ts';
import type { Innflytting, Utflytting } from './kommando.ts';
import { finnPerson, foersteAvvisning, manglerPerson, sjekkAktivPerson, sjekkDato, type Personer } from './vakter.ts';

/** Statuses of D-number persons: they were never resident, so they neither emigrate nor immigrate as residents. */
const dNummerstatuser = new Set(['midlertidig', 'inaktiv']);

/**
 * Emigration (law § 4-3): status `utflyttet` from the departure date, `utflytting`, and the residential address ceases
 * on that date (it stays in the history).
 */
export function decideUtflytting(k: Utflytting, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const status = gjeldendeStatus(person.dokument);
  const feil = foersteAvvisning(
    sjekkAktivPerson(person, 'person'),
    sjekkDato(k.utflyttingsdato, 'utflyttingsdato', kontekst.idag),
    status === 'utflyttet' ? avvis(Avvisningskode.ingenEndring, 'Personen er allerede utflyttet', 'person') : undefined,
    dNummerstatuser.has(status ?? '')
      ? avvis(Avvisningskode.ikkeTillattForStatus, 'En person med d-nummer er ikke bosatt og kan ikke utflytte', 'person')
      : undefined,
  );
  if (feil) return feil;
  const opts = { aarsak: 'Utflytting', gyldigFra: k.utflyttingsdato };
  const b = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);
  b.ny('status', { status: 'utflyttet' }, opts);
  b.ny('utflytting', {
    tilflyttingsland: k.tilflyttingsland,
    ...(k.tilflyttingsstedIUtlandet ? { tilflyttingsstedIUtlandet: k.tilflyttingsstedIUtlandet } : {}),
    utflyttingsdato: k.utflyttingsdato,
  }, opts);
  for (const adresse of gjeldende(person.dokument, 'bostedsadresse')) b.opphoer('bostedsadresse', adresse, k.utflyttingsdato);
  if (k.postadresseIUtlandet) b.ny('postadresseIUtlandet', { adressegradering: 'ugradert', ...k.postadresseIUtlandet }, opts);
  return godta(b.hendelse('personErUtflyttet'));
}

/**
 * Immigration of a person already in the register (law § 4-1): status `bosatt`, `innflytting` and a residential
 * address. A D-number person gets a fødselsnummer and keeps the D-number as ceased (law § 2-2, spec §2.3): first
 * `endringIIdentifikasjonsnummer` on the old number, then `personErBosatt` on the new one (spec §3.5).
 */
export function decideInnflytting(k: Innflytting, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const status = gjeldendeStatus(person.dokument);
  const feil = foersteAvvisning(
    sjekkAktivPerson(person, 'person'),
    sjekkDato(k.innflyttingsdato, 'innflyttingsdato', kontekst.idag),
    status === 'bosatt' ? avvis(Avvisningskode.ingenEndring, 'Personen er allerede bosatt', 'person') : undefined,
  );
  if (feil) return feil;
  const hendelser = [];
  const gammeltNummer = folkeregisteridentifikator(person.dokument);
  let nummer = gammeltNummer;
  const opts = { aarsak: 'Innvandring', gyldigFra: k.innflyttingsdato };
  if (harDNummer(person)) {
    const nytt = kontekst.nyeIdentifikatorer[0];
    if (!nytt) return avvis(Avvisningskode.manglerIdentifikator, 'Fikk ikke tildelt fødselsnummer');
    const ib = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);
    for (const id of gjeldende(person.dokument, 'identifikasjonsnummer')) {
      ib.opphoer('identifikasjonsnummer', id, k.innflyttingsdato, { status: 'opphoert' });
    }
    ib.ny('identifikasjonsnummer', { status: 'iBruk', foedselsEllerDNummer: nytt, identifikatortype: 'foedselsnummer' }, opts);
    hendelser.push(ib.hendelse('endringIIdentifikasjonsnummer', { folkeregisteridentifikator: gammeltNummer }));
    nummer = nytt;
  }
  // The second event builds on the first one's document version, so its element ids start one version later.
  const etter = hendelser.length ? { ...person, versjon: person.versjon + 1 } : person;
  const b = new Hendelsesbygger(kontekst, etter, k.kilde ?? kontekst.kilde);
  b.ny('status', { status: 'bosatt' }, opts);
  b.ny('innflytting', {
    fraflyttingsland: k.fraflyttingsland,
    ...(k.fraflyttingsstedIUtlandet ? { fraflyttingsstedIUtlandet: k.fraflyttingsstedIUtlandet } : {}),
  }, opts);
  const adressegradering = graderingForNyBostedsadresse(person);
  if (adressegradering !== undefined) {
    b.ny('bostedsadresse', {
      ...k.bostedsadresse,
      adressegradering,
      flyttedato: k.innflyttingsdato,
    }, opts);
  }
  hendelser.push(b.hendelse('personErBosatt', { person: gammeltNummer, folkeregisteridentifikator: nummer }));
  return godta(...hendelser);
}

export function harDNummer(person: Person): boolean {
  return gjeldende(person.dokument, 'identifikasjonsnummer').some((i) => i.status === 'iBruk' && i.identifikatortype === 'dNummer');
}
