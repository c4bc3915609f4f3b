import type { Elementversjon, Person } from '../person/persondokument.ts';
import { alleIdentifikatorer, gjeldendeVerdi } from '../person/persondokument.ts';
import type { Personer } from './vakter.ts';

/** The number of the person's spouse or partner while married, separated or in partnership. */
export function ektefellesNummer(person: Person): string | undefined {
  const s = gjeldendeVerdi(person.dokument, 'sivilstand');
  const giftLignende = ['gift', 'separert', 'registrertPartner', 'separertPartner'];
  return s && giftLignende.includes(String(s.sivilstand)) && s.relatertVedSivilstand
    ? String(s.relatertVedSivilstand)
    : undefined;
}

/** The survivor's current widowhood version that points at the dead person, if any. */
export function enkestandEtter(gjenlevende: Person, avdoed: Person): Elementversjon | undefined {
  const s = gjeldendeVerdi(gjenlevende.dokument, 'sivilstand');
  const enkestand = ['enkeEllerEnkemann', 'gjenlevendePartner'];
  return s && enkestand.includes(String(s.sivilstand)) && alleIdentifikatorer(avdoed.dokument).includes(String(s.relatertVedSivilstand))
    ? s
    : undefined;
}

/** Finds a person in the loaded set by any of the numbers they hold. */
export function finnVedNummer(personer: Personer, nummer: string | undefined): Person | undefined {
  return nummer ? personer.get(nummer) : undefined;
}
