declare const organisasjonsnummer: unique symbol;

/**
 * A Norwegian organisation number: nine digits (Enhetsregisteret). The mod-11 control digit is deliberately not
 * checked: Maskinporten's and FREG's own examples (`999888999`, spec §6.1) and test organisations fail it, and the
 * number here only names a registered consumer, it proves nothing by itself.
 */
export type Organisasjonsnummer = string & { readonly [organisasjonsnummer]: true };

/** ISO 6523 ICD 0192 is Enhetsregisteret; Maskinporten writes organisations as `0192:<orgno>` (spec §6.1). */
const ICD = '0192:';
export const ISO6523_AUTHORITY = 'iso6523-actorid-upis';

export const Organisasjonsnummer = {
  is(input: unknown): input is Organisasjonsnummer {
    return typeof input === 'string' && /^[0-9]{9}$/.test(input);
  },
  /** The number, or undefined when the input is not nine digits. */
  parse(input: unknown): Organisasjonsnummer | undefined {
    return Organisasjonsnummer.is(input) ? input : undefined;
  },
  /** `0192:999888999` → `999888999`; undefined for another scheme. */
  fraIso6523(id: string): Organisasjonsnummer | undefined {
    return id.startsWith(ICD) ? Organisasjonsnummer.parse(id.slice(ICD.length)) : undefined;
  },
  tilIso6523(nummer: Organisasjonsnummer): { authority: typeof ISO6523_AUTHORITY; ID: string } {
    return { authority: ISO6523_AUTHORITY, ID: ICD + nummer };
  },
};
