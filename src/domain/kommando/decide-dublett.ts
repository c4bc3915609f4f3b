import { alleIdentifikatorer, folkeregisteridentifikator, gjeldende, gjeldendeStatus, gjeldendeVerdi, versjoner } from '../person/persondokument.ts';
import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import type { SammenslaaDubletter, SplitteDublett } from './kommando.ts';
import { finnPerson, manglerPerson, type Personer } from './vakter.ts';

/**
 * The reference under which the write path loads the person a number was merged away from: after a merge the number
 * itself finds the survivor (spec §3.5), so the original is named `dublett:<nummer>`.
 */
export const dublettreferanse = (nummer: string): string => `dublett:${nummer}`;
export const erDublettreferanse = (referanse: string): boolean => referanse.startsWith('dublett:');

/**
 * Duplicate merge (spec §3.5, §2.3): the duplicate's numbers and status cease in its own event, published on its
 * number first (`personErOpphoertSomDublett`); the survivor then holds them as ceased numbers
 * (`personErViderefoertSomGjeldendeVedSammenslaaing`), so lookups by any of them find the survivor. Other facts
 * are not moved: a case worker corrects the survivor where the duplicate knew better.
 * NOTE: the two events must stay adjacent and in this order; the write path finds the duplicate of a split by the
 * event just before the survivor's (src/register/dubletter.ts).
 */
export function decideSammenslaaDubletter(k: SammenslaaDubletter, personer: Personer, kontekst: Kontekst): Beslutning {
  const gjeldendePerson = finnPerson(personer, k.gjeldende);
  const dublett = finnPerson(personer, k.dublett);
  if (!gjeldendePerson || !dublett) return manglerPerson(gjeldendePerson ? 'dublett' : 'gjeldende');
  if (gjeldendePerson.personId === dublett.personId) return avvis(Avvisningskode.sammePerson, 'Personene er allerede én person', 'dublett');
  if ([gjeldendePerson, dublett].some((p) => gjeldendeStatus(p.dokument) === 'opphoert')) {
    return avvis(Avvisningskode.personErOpphoert, 'En opphørt person slås ikke sammen', 'dublett');
  }
  const kilde = k.kilde ?? kontekst.kilde;
  const opts = { aarsak: 'Sammenslåing av dubletter', gyldigFra: kontekst.naa };
  const db = new Hendelsesbygger(kontekst, dublett, kilde);
  db.ny('status', { status: 'opphoert' }, opts);
  for (const id of gjeldende(dublett.dokument, 'identifikasjonsnummer')) db.opphoer('identifikasjonsnummer', id, kontekst.naa, { status: 'opphoert' });
  const dublettHendelse = db.hendelse('personErOpphoertSomDublett');

  const gb = new Hendelsesbygger(kontekst, gjeldendePerson, kilde);
  const egne = new Set(alleIdentifikatorer(gjeldendePerson.dokument));
  for (const id of versjoner(dublett.dokument, 'identifikasjonsnummer')) {
    if (egne.has(String(id.foedselsEllerDNummer))) continue;
    gb.ny('identifikasjonsnummer', {
      foedselsEllerDNummer: id.foedselsEllerDNummer,
      identifikatortype: id.identifikatortype,
      status: 'opphoert',
      opphoerstidspunkt: kontekst.naa,
    }, opts);
  }
  return godta(dublettHendelse, gb.hendelse('personErViderefoertSomGjeldendeVedSammenslaaing'));
}

/**
 * Split (spec §3.5): the numbers of a person merged by mistake go back to it. The survivor's versions of them are
 * annulled (they were never its numbers); the original gets back its previous status and the numbers that ceased in
 * the merge, in use again, and the restored number finds it again.
 */
export function decideSplitteDublett(k: SplitteDublett, personer: Personer, kontekst: Kontekst): Beslutning {
  const gjeldendePerson = finnPerson(personer, k.nummer);
  const original = finnPerson(personer, dublettreferanse(k.nummer));
  if (!gjeldendePerson) return manglerPerson('nummer');
  if (!original || original.personId === gjeldendePerson.personId || gjeldendeStatus(original.dokument) !== 'opphoert') {
    return avvis(Avvisningskode.ugyldigVerdi, 'Nummeret er ikke slått sammen fra en annen person', 'nummer');
  }
  const opphoer = gjeldendeVerdi(original.dokument, 'status')!;
  const kilde = k.kilde ?? kontekst.kilde;
  const originalensNumre = new Set(alleIdentifikatorer(original.dokument));

  const gb = new Hendelsesbygger(kontekst, gjeldendePerson, kilde);
  for (const id of versjoner(gjeldendePerson.dokument, 'identifikasjonsnummer')) {
    if (originalensNumre.has(String(id.foedselsEllerDNummer)) && id.status === 'opphoert') gb.annuller('identifikasjonsnummer', id);
  }
  if (!gb.harEndringer) return avvis(Avvisningskode.ingenEndring, 'Personen har ingen sammenslåtte numre fra denne personen', 'nummer');

  const ob = new Hendelsesbygger(kontekst, original, kilde);
  ob.annuller('status', opphoer);
  for (const id of versjoner(original.dokument, 'identifikasjonsnummer')) {
    // Exactly the numbers that ceased in the merge: they ceased at the moment the duplicate's status did.
    if (id.opphoerstidspunkt === opphoer.gyldighetstidspunkt) ob.korriger('identifikasjonsnummer', id, { status: 'iBruk' });
  }
  return godta(
    gb.hendelse('personErEndretVedSplitting', { person: folkeregisteridentifikator(gjeldendePerson.dokument) }),
    ob.hendelse('personErGjenopprettetVedSplitting', { person: dublettreferanse(k.nummer), folkeregisteridentifikator: k.nummer }),
  );
}
