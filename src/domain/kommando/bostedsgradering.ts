import { gjeldendeVerdi, type Person } from '../person/persondokument.ts';

/**
 * The grading a person's new residential address gets (spec §5.4): `fortrolig` for a `fortrolig` person, otherwise
 * the grading given (`klientadresse` is per address) or `ugradert`. Undefined for a `strengtFortrolig` person: the
 * register holds no residential address for them at all.
 */
export function graderingForNyBostedsadresse(person: Person, oppgitt?: unknown): string | undefined {
  const nivaa = gjeldendeVerdi(person.dokument, 'adressebeskyttelse')?.graderingsnivaa;
  if (nivaa === 'strengtFortrolig') return undefined;
  if (nivaa === 'fortrolig') return 'fortrolig';
  return typeof oppgitt === 'string' ? oppgitt : 'ugradert';
}
