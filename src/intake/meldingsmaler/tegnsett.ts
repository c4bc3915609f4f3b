/**
 * The letters every producer schema allows in a name (`TekstIPersonnavn`, `NavnMedInnhold`: Latin-1's letters, space,
 * hyphen, apostrophe; some schemas allow a few more, none fewer).
 */
const tillatt = /^[a-zA-ZæøåÆØÅÁÀÂÃÄÇÐÉÈÊËÍÌÎÏÑÓÒÔÕÖÞÚÙÛÜÝŸáàâãäçðéèêëíìîïñóòôõößþúùûüýÿ \-']$/;

/** Letters without a decomposition into a base letter and a mark. */
const egne: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ŋ: 'n', Ŋ: 'N', ı: 'i', ŧ: 't', Ŧ: 'T', œ: 'oe', Œ: 'OE', ĳ: 'ij' };

/**
 * A name in the characters the schemas allow, as a producer's form writes it: a letter outside them loses its mark
 * (`Kazlauskienė` → `Kazlauskiene`, `Wiśniewski` → `Wisniewski`), a few have their own transliteration, anything
 * else is dropped (and the spaces it leaves).
 */
export function iNavnetegn(navn: string): string {
  let ut = '';
  for (const tegn of navn) {
    if (tillatt.test(tegn)) ut += tegn;
    else if (egne[tegn]) ut += egne[tegn];
    else {
      const grunn = tegn.normalize('NFD').replace(/\p{M}/gu, '');
      if ([...grunn].every((t) => tillatt.test(t))) ut += grunn;
    }
  }
  return ut.replace(/ {2,}/g, ' ').trim();
}
