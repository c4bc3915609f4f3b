import { gjeldende, gjeldendeStatus } from '../person/persondokument.ts';
import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import type { EndreStatus } from './kommando.ts';
import { finnPerson, foersteAvvisning, manglerPerson, sjekkAktivPerson, sjekkDato, type Personer } from './vakter.ts';

/**
 * Which status may follow which without a life event of its own (spec §2.5). Residence begins by birth or
 * immigration, death by a death notification; those go through their own commands. A D-number person (`midlertidig`,
 * `inaktiv`) becomes resident only by immigration, which also gives a fødselsnummer.
 */
const tillatteOverganger = {
  bosatt: ['forsvunnet', 'foedselsregistrert', 'ikkeBosatt', 'utflyttet'],
  forsvunnet: ['bosatt', 'utflyttet'],
  inaktiv: ['midlertidig'],
  midlertidig: ['inaktiv'],
  ikkeBosatt: ['foedselsregistrert', 'utflyttet'],
  utflyttet: ['forsvunnet'],
  opphoert: ['bosatt', 'utflyttet', 'forsvunnet', 'foedselsregistrert', 'midlertidig', 'inaktiv', 'ikkeBosatt'],
} as const satisfies Record<EndreStatus['status'], readonly string[]>;

export function decideEndreStatus(k: EndreStatus, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const fra = gjeldendeStatus(person.dokument) ?? '';
  const lovlige: readonly string[] = (tillatteOverganger as Record<string, readonly string[]>)[k.status] ?? [];
  const feil = foersteAvvisning(
    sjekkAktivPerson(person, 'person'),
    sjekkDato(k.gyldigFra, 'gyldigFra', kontekst.idag),
    lovlige.includes(fra) ? undefined : avvis(Avvisningskode.ikkeTillattForStatus, `Status ${fra || 'uten status'} kan ikke endres til ${k.status}`, 'status'),
  );
  if (feil) return feil;
  const opts = { aarsak: k.aarsak ?? 'Statusendring', ...(k.gyldigFra ? { gyldigFra: k.gyldigFra } : {}) };
  const b = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);
  b.ny('status', { status: k.status }, opts);
  if (k.status === 'opphoert') {
    // The identity ceases with its numbers (spec §2.3: `personErOpphoert`, identifier `opphoert`).
    for (const id of gjeldende(person.dokument, 'identifikasjonsnummer')) {
      b.opphoer('identifikasjonsnummer', id, k.gyldigFra ?? kontekst.idag, { status: 'opphoert' });
    }
    return godta(b.hendelse('personErOpphoert'));
  }
  return godta(b.hendelse('endringIStatus'));
}
