import { describe, expect, it } from 'vitest';
import {
  erRettighetspakke, finnRettighetspakkeForScope, finnRettighetspakkeForSti, Rettighetspakke, rettighetspakkenavn, rettighetspakker,
} from '../../../src/access/konsumenter/rettighetspakker.ts';

describe('the rights packages', () => {
  it('are the ten of spec §1.1, each with its own prefix and scope', () => {
    expect(rettighetspakkenavn).toHaveLength(10);
    expect(new Set(rettighetspakkenavn.map((n) => rettighetspakker[n].prefiks)).size).toBe(10);
    expect(new Set(rettighetspakkenavn.map((n) => rettighetspakker[n].scope)).size).toBe(10);
    expect(rettighetspakker.offentligMedHjemmel.prefiks).toBe('/folkeregisteret/offentlig-med-hjemmel/api/');
    expect(rettighetspakker.utstederAvElektroniskIdentitetsbevis).toMatchObject({ prefiks: '/folkeregisteret/api/eid/', scope: 'folkeregister:deling/utstedereid' });
    expect(Rettighetspakke.svalbardregister).toBe('svalbardregister');
  });

  it('are found by scope, and nothing else is', () => {
    for (const n of rettighetspakkenavn) expect(finnRettighetspakkeForScope(rettighetspakker[n].scope)).toBe(n);
    expect(finnRettighetspakkeForScope('folkeregister:deling/offentligmedhjemmel.segmentansvarlig')).toBeUndefined();
    expect(finnRettighetspakkeForScope('folkeregister:admin')).toBeUndefined();
    expect(erRettighetspakke('finans')).toBe(true);
    expect(erRettighetspakke('toString')).toBe(false);
  });

  it('are found by path, whole segments only', () => {
    expect(finnRettighetspakkeForSti('/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/x?part=historikk')).toBe('offentligMedHjemmel');
    expect(finnRettighetspakkeForSti('/folkeregisteret/api/privat/v1/personer/entydigsoek')).toBe('privat');
    expect(finnRettighetspakkeForSti('/folkeregisteret/api/privatutenhjemmel/v1/hendelser/feed')).toBe('privatUtenHjemmel');
    expect(finnRettighetspakkeForSti('/folkeregisteret/api/privatutenfolkeregisteridentifikator/v1/x')).toBe('privatUtenFolkeregisteridentifikator');
    expect(finnRettighetspakkeForSti('/folkeregisteret/api/brsv/v1/personer/x')).toBe('svalbardregister');
    expect(finnRettighetspakkeForSti('/folkeregisteret/api/privatx/v1/x')).toBeUndefined();
    expect(finnRettighetspakkeForSti('/folkeregisteret/api/offentlig-med-hjemmel/v1/x')).toBeUndefined();
  });
});
