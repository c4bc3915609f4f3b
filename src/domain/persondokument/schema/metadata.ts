import { Type, type Static, type TObject, type TProperties } from '@sinclair/typebox';
import { DatoKlokkeslett, Tekst } from './felles.ts';

/**
 * The metadata block every information element extends (spec §2.2, XSD `Registermetadata`), in XSD order.
 *
 * Unknown properties are allowed on every schema of this folder (no `additionalProperties`): FREG adds fields and
 * enum values without a new API version and clients must tolerate them (spec §0, DOC spm-og-svar). Fastify's
 * serializer (fast-json-stringify) still writes only the declared properties, so an internal field such as `id`
 * (see `Lagret`) cannot leak through a response schema.
 */
export const Registermetadata = Type.Object(
  {
    ajourholdstidspunkt: Type.Optional(DatoKlokkeslett('When the fact was written to the register.')),
    erGjeldende: Type.Optional(
      Type.Boolean({
        description:
          'Whether this version is current. Person document only: event payloads leave it out (spec §2.2, §3.4).',
      }),
    ),
    kilde: Type.Optional(Tekst('Source of the information, free text (e.g. KILDE_DSF, Matrikkelen, skatteetaten).')),
    aarsak: Type.Optional(Tekst('Reason for the change, free text (e.g. Fødsel, Vigsel, Flytting innenlands).')),
    gyldighetstidspunkt: Type.Optional(DatoKlokkeslett('When the fact became valid.')),
    opphoerstidspunkt: Type.Optional(
      DatoKlokkeslett('When the fact ceased without being replaced by a new current value.'),
    ),
  },
  { title: 'Registermetadata', description: 'Common metadata of every information element (spec §2.2).' },
);
export type Registermetadata = Static<typeof Registermetadata>;

/** An information element of the person document: the metadata block followed by the element's own fields. */
export function element<P extends TProperties>(title: string, description: string, felter: P) {
  return Type.Object({ ...Registermetadata.properties, ...felter }, { title, description });
}

/**
 * The same element as an event payload (`egenskapshendelse`): identical except that `erGjeldende` is absent,
 * because whether a version is current is a property of the document, not of the change (spec §2.2, §3.4). It is
 * forbidden rather than just undeclared, so a document version copied into an event unchanged is caught.
 */
export function utenErGjeldende<T extends TObject>(skjema: T) {
  const { erGjeldende: _, ...egenskaper } = skjema.properties;
  return Type.Object(
    { ...(egenskaper as Omit<T['properties'], 'erGjeldende'>), erGjeldende: Type.Optional(Type.Never()) },
    { title: skjema.title, description: skjema.description },
  );
}

/**
 * A stored element version: the register gives each element version an internal `id`, unique within the person,
 * so that a correction or annulment can name the version it replaces (src/domain/person/persondokument.ts). It is
 * not part of FREG's contract: the element schemas do not declare it, and the disclosure gate strips it.
 */
export type Lagret<T> = T & { id: string };
