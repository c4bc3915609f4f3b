import { describe, expectTypeOf, it } from 'vitest';
import type { Persondokument } from '../../src/domain/person/persondokument.ts';
import type { Folkeregisterperson } from '../../src/domain/persondokument/schema/index.ts';
import { tilFolkeregisterperson } from '../../src/domain/person/til-freg.ts';
import type { Utleveringsgrunnlag, Utlevert, UtlevertHendelse } from '../../src/access/view/view.ts';
import { personTilXml } from '../../src/access/xml/til-xml.ts';
import { bulkoppslagJson } from '../../src/access/view/bulkoppslag.ts';

/**
 * What must not compile (STYLE.md §5): consumer output that did not pass the gate. `tsc --noEmit` checks the
 * `@ts-expect-error` lines below (an error that disappears fails the type check); the functions are never called.
 */
declare function svar(utlevert: Utlevert): void;
declare const dokument: Persondokument;
declare const fregJson: Folkeregisterperson;
declare const hendelse: UtlevertHendelse;
declare const grunnlag: Utleveringsgrunnlag;

export function kompilererIkke(): void {
  // @ts-expect-error a raw person document is not consumer output
  svar(dokument);
  // @ts-expect-error nor is the FREG shape of the whole document, before the package is applied
  svar({ folkeregisterperson: tilFolkeregisterperson(dokument), grunnlag });
  // @ts-expect-error nor a well-typed FREG person with audit data from anywhere but the gate: only the brand is missing
  svar({ folkeregisterperson: fregJson, grunnlag });
  // @ts-expect-error the XML rendering likewise
  personTilXml({ folkeregisterperson: fregJson, grunnlag });
  // @ts-expect-error nor an event document where a person is required
  svar(hendelse);
  // @ts-expect-error bulk answers take persons only through the gate
  bulkoppslagJson([{ foedselsEllerDNummer: '01010112345', utlevert: { folkeregisterperson: fregJson, grunnlag } }]);
}

describe('the gate in types', () => {
  it('Utlevert cannot be made from a person document or its FREG JSON', () => {
    expectTypeOf<Persondokument>().not.toExtend<Utlevert>();
    expectTypeOf<{ folkeregisterperson: Folkeregisterperson; grunnlag: Utleveringsgrunnlag }>().not.toExtend<Utlevert>();
    expectTypeOf(personTilXml).parameter(0).toEqualTypeOf<Utlevert>();
  });
});
