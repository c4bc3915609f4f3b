import type { Prng } from '../prng.ts';

/** Candidates looked at per age bucket, at most. */
const maksForsoek = 48;

/**
 * Persons by group (a municipality, a sex, …) and whole age, to find a partner or a parent of about the right age
 * without scanning everyone: look at the target age, then one year either side, two years, … up to `maksAvvik`.
 */
export class Aldersindeks {
  private readonly boetter = new Map<string, number[]>();

  /**
   * `utgaatt` tells a person who can never again be chosen (a parent whose family cluster is full): met in a search,
   * they leave the index, so later searches do not look at them again. Without it, once most candidates of a bucket
   * were spent, every search read its whole reach and found no one.
   */
  constructor(private readonly utgaatt: (ref: number) => boolean = () => false) {}

  legg(gruppe: string, alder: number, ref: number): void {
    const nokkel = `${gruppe}|${alder}`;
    (this.boetter.get(nokkel) ?? this.boetter.set(nokkel, []).get(nokkel)!).push(ref);
  }

  /** Someone near `alder` for whom `ok` holds, drawn at random within the nearest age that has one. */
  finn(gruppe: string, alder: number, maksAvvik: number, prng: Prng, ok: (ref: number) => boolean = () => true): number | undefined {
    return this.soek(gruppe, alder, maksAvvik, prng, ok, false);
  }

  /** Like `finn`, and takes the person out of the index. */
  ta(gruppe: string, alder: number, maksAvvik: number, prng: Prng, ok: (ref: number) => boolean = () => true): number | undefined {
    return this.soek(gruppe, alder, maksAvvik, prng, ok, true);
  }

  fjern(gruppe: string, alder: number, ref: number): void {
    const boette = this.boetter.get(`${gruppe}|${alder}`);
    const i = boette?.indexOf(ref) ?? -1;
    if (boette && i >= 0) {
      boette[i] = boette[boette.length - 1]!;
      boette.pop();
    }
  }

  private soek(gruppe: string, alder: number, maksAvvik: number, prng: Prng, ok: (ref: number) => boolean, ta: boolean): number | undefined {
    for (let d = 0; d <= maksAvvik; d++) {
      for (const a of d === 0 ? [alder] : prng.sjanse(0.5) ? [alder + d, alder - d] : [alder - d, alder + d]) {
        const boette = this.boetter.get(`${gruppe}|${a}`);
        if (!boette || boette.length === 0) continue;
        // Scan from a random start, and only so far: most candidates qualify at once, and when few in a large bucket
        // do, a search of the whole bucket for every person would be quadratic. The spent are not counted, and leave
        // once the scan is over, so that every position is seen once.
        const start = prng.heltall(boette.length);
        const ut: number[] = [];
        let funnet: number | undefined;
        for (let k = 0, sett = 0; k < boette.length && sett < maksForsoek; k++) {
          const i = (start + k) % boette.length;
          if (this.utgaatt(boette[i]!)) {
            ut.push(i);
            continue;
          }
          sett++;
          if (ok(boette[i]!)) {
            funnet = boette[i];
            if (ta) ut.push(i);
            break;
          }
        }
        fjernPlasser(boette, ut);
        if (funnet !== undefined) return funnet;
      }
    }
    return undefined;
  }
}

/** Takes the given positions out of a bucket (order does not matter in one), the highest first so each stays valid. */
function fjernPlasser(boette: number[], plasser: number[]): void {
  plasser.sort((a, b) => b - a);
  for (const i of plasser) {
    boette[i] = boette[boette.length - 1]!;
    boette.pop();
  }
}
