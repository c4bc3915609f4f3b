import type { Identifikatorbehov } from '../domain/kommando/decide.ts';
import type { Kommando } from '../domain/kommando/kommando.ts';
import { reglerForTildeling } from '../domain/identitetsnummer/index.ts';
import { osloDato } from '../domain/tid.ts';
import type { Tildelingsinnstillinger } from '../register/identifikatorer.ts';
import { forberedUtkast, type Identifikatortildeler, type Skriveoppsett, type Utkast } from '../register/registrer.ts';
import type { Person } from '../domain/person/persondokument.ts';
import { tildelIdentifikatorerBulk } from '../register/tildel-identifikator.ts';
import type { Db } from '../store/db.ts';
import type { Planlagt } from './kommandoer/tidslinje.ts';

export interface Batchoppsett extends Omit<Skriveoppsett, 'tildelIdentifikatorer'> {
  readonly klokke: () => Date;
  readonly identifikatorer: Tildelingsinnstillinger;
}

export interface Batchresultat {
  readonly kommandoer: number;
  readonly hendelser: number;
  /** Refused commands: a generator bug, since the plan only asks for what the rules allow. */
  readonly avvist: readonly { readonly type: string; readonly kode: string; readonly melding: string }[];
}

export interface ForberedtBatch {
  readonly utkast: Utkast;
  readonly resultat: Batchresultat;
}

/**
 * Decides one batch of planned commands through the register's own rules (`forberedUtkast`), ready for `skrivUtkast`.
 * The batch's new identity numbers are allocated first, by the register's allocator in one bulk call of their own
 * (`tildelIdentifikatorerBulk`: the same series and rules as one at a time; a number allocated for a batch that is
 * never written is burnt, never reissued), so that every `@ref` in the batch can be replaced by its number before the
 * commands are decided. The write path then asks for numbers as it always does (those of all new persons at once,
 * then the rest command by command) and gets exactly these, by need; each outcome is checked against the number
 * planned for it, so a change in that order fails loudly instead of mixing up persons. `numre` holds every registered
 * person's current number, by ref, and grows as the batch is resolved.
 */
export async function forberedBatch(
  db: Db,
  batch: readonly Planlagt[],
  numre: string[],
  oppsett: Batchoppsett,
  fra: number,
  uskrevne: ReadonlyMap<string, Person>,
): Promise<ForberedtBatch> {
  const idag = osloDato(oppsett.klokke());
  const regler = reglerForTildeling(idag, oppsett.identifikatorer.regelbytteIdentifikator);
  const nye = batch.filter((p) => p.ny);
  const ordnet = [...nye.filter((p) => p.kommando.type === 'opprettPerson'), ...nye.filter((p) => p.kommando.type !== 'opprettPerson')];
  const tildelt = await db.transaction((tx) =>
    tildelIdentifikatorerBulk(
      tx,
      ordnet.map((p) => ({ spec: { ...p.ny!.behov, regler, syntetisk: oppsett.identifikatorer.syntetiskeIdentifikatorer }, antall: 1 })),
    ),
  );
  const nummerFor = new Map(ordnet.map((p, i) => [p, tildelt[i]![0]!]));
  const koeer = new Map<string, string[]>();
  for (const p of ordnet) (koeer.get(behovsnokkel(p.ny!.behov)) ?? koeer.set(behovsnokkel(p.ny!.behov), []).get(behovsnokkel(p.ny!.behov))!).push(nummerFor.get(p)!);
  const kommandoer = batch.map((p) => {
    const kommando = erstatt(p.kommando, numre) as Kommando;
    if (p.ny) numre[p.ny.ref] = nummerFor.get(p)!;
    return kommando;
  });
  const tildeler: Identifikatortildeler = async (_tx, behov) =>
    behov.map((b) => {
      const nummer = koeer.get(behovsnokkel(b))?.shift();
      if (!nummer) throw new Error('The write path asked for an identity number the seeder did not plan');
      return nummer;
    });
  const utkast = await forberedUtkast(db, kommandoer, { ...oppsett, tildelIdentifikatorer: tildeler }, fra, uskrevne);
  const { utfall } = utkast;
  batch.forEach((p, i) => {
    const u = utfall[i]!;
    if (p.ny && u.ok && !u.hendelser.some((h) => h.folkeregisteridentifikator === nummerFor.get(p))) {
      throw new Error('The write path gave a new person another identity number than the seeder planned');
    }
  });
  const avvist = utfall.flatMap((u, i) => (u.ok ? [] : [{ type: kommandoer[i]!.type, kode: u.avvisning.kode, melding: u.avvisning.melding }]));
  return {
    utkast,
    resultat: { kommandoer: kommandoer.length, hendelser: utfall.reduce((s, u) => s + (u.ok ? u.hendelser.length : 0), 0), avvist },
  };
}

const behovsnokkel = (b: Identifikatorbehov) => `${b.foedselsdato}|${b.kjoenn ?? ''}|${b.dNummer}`;

/** The command with every `@ref` string replaced by that person's number, wherever it sits. */
function erstatt(verdi: unknown, numre: readonly string[]): unknown {
  if (typeof verdi === 'string') {
    if (verdi.charCodeAt(0) !== 64 /* @ */) return verdi;
    const nummer = numre[Number(verdi.slice(1))];
    if (nummer === undefined) throw new Error(`The seeder refers to ${verdi} before it is registered`);
    return nummer;
  }
  if (Array.isArray(verdi)) return verdi.map((v) => erstatt(v, numre));
  if (verdi && typeof verdi === 'object') {
    const ut: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(verdi)) ut[k] = erstatt(v, numre);
    return ut;
  }
  return verdi;
}
