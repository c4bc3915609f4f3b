import { describe, expect, it } from 'vitest';
import { evolve } from '../../src/domain/person/evolve.ts';
import { versjoner, type Persondokument } from '../../src/domain/person/persondokument.ts';
import type { Egenskapsendring } from '../../src/domain/hendelse.ts';

const ny = (elementId: string, verdi: Record<string, unknown>): Egenskapsendring => ({ element: 'status', entitetsendring: 'registrereNy', elementId, verdi });
const status = (dok: Persondokument) => versjoner(dok, 'status').map((s) => [s.status, s.erGjeldende]);

describe('evolve of the status history', () => {
  it('the current status has the latest gyldighetstidspunkt; one without it counts as the oldest', () => {
    let dok = evolve({}, { endringer: [ny('1.0', { gyldighetstidspunkt: '2001-01-01T00:00:00+01:00', status: 'bosatt' })] });
    dok = evolve(dok, { endringer: [ny('2.0', { status: 'utflyttet' })] });
    expect(status(dok)).toEqual([['bosatt', true], ['utflyttet', false]]);
    dok = evolve(dok, { endringer: [ny('3.0', { gyldighetstidspunkt: '2000-01-01T00:00:00+01:00', status: 'forsvunnet' })] });
    expect(status(dok)).toEqual([['bosatt', true], ['forsvunnet', false], ['utflyttet', false]]);
  });

  it('a same-day opphoert replaced by another status is not current (PDL filter), even when registered later', () => {
    let dok = evolve({}, { endringer: [ny('1.0', { gyldighetstidspunkt: '2001-01-01T00:00:00+01:00', status: 'bosatt' })] });
    dok = evolve(dok, { endringer: [ny('2.0', { ajourholdstidspunkt: '2020-05-05T10:00:00+02:00', gyldighetstidspunkt: '2020-05-05T10:00:00+02:00', status: 'opphoert' })] });
    expect(status(dok)[0]).toEqual(['opphoert', true]);
    dok = evolve(dok, { endringer: [ny('3.0', { ajourholdstidspunkt: '2020-05-05T11:00:00+02:00', gyldighetstidspunkt: '2020-05-05T11:00:00+02:00', status: 'bosatt' })] });
    expect(status(dok)).toEqual([['bosatt', true], ['opphoert', false], ['bosatt', false]]);
  });

  it('never mutates its input', () => {
    const dok = evolve({}, { endringer: [ny('1.0', { status: 'bosatt' })] });
    const kopi = structuredClone(dok);
    evolve(dok, { endringer: [ny('2.0', { status: 'doed', gyldighetstidspunkt: '2020-01-01T00:00:00+01:00' }), { element: 'status', entitetsendring: 'annullere', elementId: '1.0' }] });
    expect(dok).toEqual(kopi);
  });
});
