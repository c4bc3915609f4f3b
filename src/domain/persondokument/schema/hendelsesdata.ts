import { Type, type Static, type TObject } from '@sinclair/typebox';
import type { Elementnavn } from '../elementer.ts';
import { Identitetsgrunnlagstatus } from '../kodeverk.ts';
import { elementskjema } from './folkeregisterperson.ts';
import { element, utenErGjeldende } from './metadata.ts';

/**
 * The element payloads an event document may carry (`egenskapshendelse`, spec §3.4): the person-document schema of
 * each element without `erGjeldende`, under the same key.
 *
 * Two differences from the person document, both FREG's (OpenAPI 1.5 and 1.6.2, `hendelse.v1` components):
 * - identitetsgrunnlag names its field `legitimasjonskontroll`, not `identitetsgrunnlagstatus` (spec §11.2);
 * - preferertKontaktadresse has no payload: it is deprecated and empty since 2021-10-16 (spec §2.1), and FREG's
 *   `Registerdata` has no such key.
 */
export type Hendelseselement = Exclude<Elementnavn, 'preferertKontaktadresse'>;

export const IdentitetsgrunnlagIHendelse = utenErGjeldende(
  element('Identitetsgrunnlag', 'Identity basis as an event payload.', {
    legitimasjonskontroll: Type.Enum(Identitetsgrunnlagstatus, {
      description: 'Identity basis status; the person document calls it identitetsgrunnlagstatus.',
    }),
  }),
);
export type IdentitetsgrunnlagIHendelse = Static<typeof IdentitetsgrunnlagIHendelse>;

type UtenErGjeldende<T extends Record<string, TObject>> = {
  [K in keyof T]: ReturnType<typeof utenErGjeldende<T[K]>>;
};

function alleUtenErGjeldende<T extends Record<string, TObject>>(skjemaer: T): UtenErGjeldende<T> {
  return Object.fromEntries(
    Object.entries(skjemaer).map(([navn, skjema]) => [navn, utenErGjeldende(skjema)]),
  ) as UtenErGjeldende<T>;
}

const { preferertKontaktadresse: _utenHendelser, identitetsgrunnlag: _egenNyttelast, ...somIPersondokumentet } =
  elementskjema;

/** Payload schema by person-document key. */
export const hendelsesdata = {
  ...alleUtenErGjeldende(somIPersondokumentet),
  identitetsgrunnlag: IdentitetsgrunnlagIHendelse,
} satisfies Record<Hendelseselement, TObject>;

export type Hendelsesdata = { [K in Hendelseselement]: Static<(typeof hendelsesdata)[K]> };
export const hendelseselementer = Object.keys(hendelsesdata) as Hendelseselement[];
