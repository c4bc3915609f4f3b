import { FormatRegistry, Type } from '@sinclair/typebox';
import { erGyldigDato } from '../../tid.ts';

/**
 * Value types shared by every element schema, named after the XSD simple types of PersondokumentMedHistorikk
 * (`Dato`, `DatoKlokkeslett`, `Foedselsnummer`, `Kommunenummer`, `LandkodeIsoAlfa3`, `LandkodeIsoAlfa2`).
 *
 * TypeBox's `Value.Check` refuses a string with a format it does not know, so the two formats are registered here,
 * once, on import. They follow FREG's observed output (spec §0): `YYYY-MM-DD`, and ISO-8601 timestamps that always
 * carry an offset and 0–9 fraction digits. Both are stricter than ajv-formats' `date`/`date-time`, so a document
 * that passes here also passes the OpenAPI check in the tests.
 */

const tidspunktMoenster =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function erDatoKlokkeslett(verdi: string): boolean {
  const treff = tidspunktMoenster.exec(verdi);
  return treff !== null && erGyldigDato(treff[1] ?? '');
}

FormatRegistry.Set('date', erGyldigDato);
FormatRegistry.Set('date-time', erDatoKlokkeslett);

export const Dato = (description: string) => Type.String({ format: 'date', description });
export const DatoKlokkeslett = (description: string) => Type.String({ format: 'date-time', description });
export const Tekst = (description: string) => Type.String({ description });

/** A fødselsnummer or D-nummer: 11 digits (spec §7.1). Checksums are the identity-number module's concern. */
export const Foedselsnummer = (description: string) => Type.String({ pattern: '^[0-9]{11}$', description });
export const Kommunenummer = (description: string) => Type.String({ pattern: '^[0-9]{4}$', description });
export const Organisasjonsnummer = (description: string) => Type.String({ pattern: '^[0-9]{9}$', description });

/** ISO 3166-1 alpha-3 plus FREG's own codes XUK (unknown), XXX (stateless), XXK (Kosovo) (spec §0). */
export const LandkodeIsoAlfa3 = (description: string) => Type.String({ pattern: '^[A-Z]{3}$', description });
/** Alpha-2, used only inside foreign addresses; YY = unknown, XK = Kosovo (spec §0). */
export const LandkodeIsoAlfa2 = (description: string) => Type.String({ pattern: '^[A-Z]{2}$', description });
