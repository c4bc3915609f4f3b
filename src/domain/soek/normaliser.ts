/**
 * How names and street names are compared in search (spec §1.4.5, §1.4.6): case-insensitive, with accents other than
 * Norway's own letters folded (é → e, ü → y, ä → æ, ö → ø), so `René` finds `Rene` and `Müller` finds `Myller`.
 * The same function normalises what the register stores and what a consumer asks for, so the two always agree.
 */
const folding: Readonly<Record<string, string>> = {
  ä: 'æ', ö: 'ø', ü: 'y', ő: 'ø', ű: 'y',
  á: 'a', à: 'a', â: 'a', ã: 'a',
  é: 'e', è: 'e', ê: 'e', ë: 'e',
  í: 'i', ì: 'i', î: 'i', ï: 'i',
  ó: 'o', ò: 'o', ô: 'o', õ: 'o',
  ú: 'u', ù: 'u', û: 'u',
  ý: 'y', ÿ: 'y', ç: 'c', ñ: 'n', ð: 'd', þ: 'th', ß: 'ss',
  // Sami letters (names may hold them, spec §2.3) to their nearest Norwegian letters.
  č: 'c', đ: 'd', ŋ: 'n', š: 's', ŧ: 't', ž: 'z',
};

/** Lower case, NFC, accents folded, anything but letters, digits and hyphens dropped. */
export function normaliserOrd(ord: string): string {
  return ord
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]/gu, '')
    .replace(/\p{L}/gu, (c) => folding[c] ?? c)
    .normalize('NFD')
    // After NFD, combining marks left on letters outside the table (e.g. `ǎ`) go; å, æ, ø are rebuilt by NFC below.
    .replace(/(?<![aA])\u030A|[\u0300-\u0309\u030B-\u036F]/g, '')
    .normalize('NFC');
}

/**
 * The words of a name as search matches them: each space-separated word, and for a hyphenated word also its parts
 * (`Anne-Lise` is found by `anne-lise`, `anne` and `lise`). Empty words are dropped.
 */
export function navneord(navn: string | undefined): string[] {
  if (!navn) return [];
  const ord = new Set<string>();
  for (const raa of navn.split(/\s+/)) {
    const hel = normaliserOrd(raa).replace(/^-+|-+$/g, '');
    if (!hel) continue;
    ord.add(hel);
    if (hel.includes('-')) for (const del of hel.split('-')) if (del) ord.add(del);
  }
  return [...ord];
}

/** A street name for prefix matching: words normalised and joined by one space (`Adolph  Bergs vei` → `adolph bergs vei`). */
export function normaliserAdressenavn(adressenavn: string): string {
  return adressenavn
    .split(/\s+/)
    .map(normaliserOrd)
    .filter((o) => o.length > 0)
    .join(' ');
}
