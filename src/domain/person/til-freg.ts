import { elementer, elementnavn, type Elementnavn } from '../persondokument/elementer.ts';
import { Entitetsendring, type DecidedHendelse, type Egenskapsendring } from '../hendelse.ts';
import type { Elementversjon, Persondokument } from './persondokument.ts';

/**
 * FREG's JSON of the register's documents (spec §2, §3.4): internal ids removed, elements in FREG's order (the order
 * of spec §2.1 and of real responses), each version's metadata block first. These are the raw FREG shapes, before any
 * rights package is applied.
 * NOTE: never send their output to a consumer directly; the disclosure gate decides what a package may see and calls
 * these for the shape.
 */
const metadatanoekler = ['ajourholdstidspunkt', 'erGjeldende', 'kilde', 'aarsak', 'gyldighetstidspunkt', 'opphoerstidspunkt'];

type Json = Record<string, unknown>;

function versjonTilFreg(versjon: Json, utenErGjeldende = false): Json {
  const ut: Json = {};
  for (const n of metadatanoekler) {
    if (versjon[n] !== undefined && !(utenErGjeldende && n === 'erGjeldende')) ut[n] = versjon[n];
  }
  for (const [n, v] of Object.entries(versjon)) {
    if (n !== 'id' && !metadatanoekler.includes(n) && v !== undefined && v !== null) ut[n] = v;
  }
  return ut;
}

/** The whole document as a FREG `Folkeregisterperson`, every version of every element. */
export function tilFolkeregisterperson(dokument: Persondokument): Json {
  const ut: Json = {};
  for (const element of elementnavn) {
    const verdi = (dokument as Record<string, Elementversjon | readonly Elementversjon[] | undefined>)[element];
    if (verdi === undefined) continue;
    if (Array.isArray(verdi)) {
      if (verdi.length > 0) ut[element] = verdi.map((v: Elementversjon) => versjonTilFreg(v));
    } else {
      ut[element] = versjonTilFreg(verdi as Elementversjon);
    }
  }
  return ut;
}

/**
 * One `egenskapshendelse` (`Registerdata`): the payload under the person-document key, without `erGjeldende`, plus
 * `entitet` and `entitetsendring`; on `annullere` the payload is left out (spec §3.4).
 */
export function tilRegisterdata(endring: Egenskapsendring): Json {
  const ut: Json = {};
  if (endring.entitetsendring !== Entitetsendring.annullere && endring.verdi) {
    ut[endring.element] = hendelsespayload(endring.element, versjonTilFreg(endring.verdi, true));
  }
  ut.entitet = elementer[endring.element].entitet;
  ut.entitetsendring = endring.entitetsendring;
  return ut;
}

/** The identity basis is `legitimasjonskontroll` in event documents, `identitetsgrunnlagstatus` in person ones (§11.2). */
function hendelsespayload(element: Elementnavn, payload: Json): Json {
  if (element !== 'identitetsgrunnlag' || !('identitetsgrunnlagstatus' in payload)) return payload;
  const { identitetsgrunnlagstatus, ...resten } = payload;
  return { ...resten, legitimasjonskontroll: identitetsgrunnlagstatus };
}

/** FREG's `Hendelse` of an event document. */
export function tilHendelse(hendelse: DecidedHendelse): Json {
  return {
    folkeregisteridentifikator: hendelse.folkeregisteridentifikator,
    hendelsestype: hendelse.hendelsestype,
    ajourholdstidspunkt: hendelse.ajourholdstidspunkt,
    egenskapshendelse: hendelse.endringer.map(tilRegisterdata),
  };
}
