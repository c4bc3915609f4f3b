import { normaliserOrd } from './normaliser.ts';

/**
 * The phonetic key of a name word for `soekFonetisk=true` (spec §1.4.5, §1.4.6: "søk også på lignende navn"): two
 * spellings of how a Norwegian says a name get the same key. Soundex and Double Metaphone are built for English
 * (they fold all vowels, or sound letters out the English way), so this is a small set of Norwegian spelling rules
 * instead, applied in order to one normalised word (`normaliserOrd`):
 *
 * 1. Vowel spellings: `aa` → `å`, `ae`/`æ` → `e`, `oe` → `ø`, `ue` → `y`.
 * 2. Consonant spellings: `sch`/`sh`/`skj`/`stj` → `sj`; `ch` → `k`; `ph` → `f`; `th` → `t`; `c` → `s` before e/i/y/æ
 *    and `k` elsewhere; `qu` → `kv`; `q` → `k`; `x` → `ks`; `w` → `v`; `z` → `s`; `dt` → `t`; `ds` → `ts`
 *    (Knudsen/Knutsen); `ck` → `k`.
 * 3. Silent letters: `h` before a consonant, after a consonant or at the end (`hj`, `hv`, `John`, `Noah`); a first
 *    `g` before `j` (`Gjertsen`); `d` ending a word after `l`, `n` or `r` (`Lund`, `Gaard`, `Wold`).
 * 4. Double letters count once (`Hanssen`, `Kristoffer`).
 * 5. Patronymic endings: `-son` and `-søn` → `-sen` (`Petterson`/`Pettersen`).
 *
 * Vowels otherwise stay as they are, so names that differ by a sounded vowel or a first letter keep apart
 * (`Berg`/`Borg`, `Hansen`/`Jensen`, `Olsen`/`Olesen`). The key is a word, not a fixed-length code: matching is
 * equality of keys. Matches are candidates, not proof: FREG warns the same of its phonetic search.
 * NOTE: stored keys are computed by this function when a person is written, so a change to it needs the search
 * projection rebuilt (`src/register/soek/fyll-soekeprojeksjon.ts`).
 */
export function fonetiskNoekkel(ord: string): string {
  let s = normaliserOrd(ord).replace(/-/g, '');
  const erstatt = (regler: readonly (readonly [RegExp, string])[]) => {
    for (const [moenster, med] of regler) s = s.replace(moenster, med);
  };
  erstatt([
    [/aa/g, 'å'], [/ae|æ/g, 'e'], [/oe/g, 'ø'], [/ue/g, 'y'],
    [/sch|skj|stj|sh/g, 'sj'], [/ch/g, 'k'], [/ph/g, 'f'], [/th/g, 't'],
    [/c(?=[eiyæ])/g, 's'], [/ck/g, 'k'], [/c/g, 'k'],
    [/qu/g, 'kv'], [/q/g, 'k'], [/x/g, 'ks'], [/w/g, 'v'], [/z/g, 's'],
    [/dt/g, 't'], [/ds/g, 'ts'],
  ]);
  erstatt([
    [/h(?![aeiouyæøå])/g, ''], [/(?<=[^aeiouyæøå])h/g, ''],
    [/^gj/, 'j'], [/(?<=[lnr])d$/, ''],
  ]);
  s = s.replace(/(.)\1+/g, '$1');
  return s.replace(/s[oø]n$/, 'sen');
}
