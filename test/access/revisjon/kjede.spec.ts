import { describe, expect, it } from 'vitest';
import { lenk, radHash, startHash } from '../../../src/access/revisjon/kjede.ts';

const innhold = {
  tidspunkt: '2026-11-23T11:00:00.000Z',
  organisasjonsnummer: '910000001',
  leverandoer: null,
  rettighetspakke: 'privat',
  tjeneste: 'personer/{id}',
  personidentifikator: '06916396390',
  personId: 1,
  parter: ['person-basis'],
  formaal: null,
  forespoerselId: 'req-1',
  innsynsrelevant: true,
};

describe('the hash chain', () => {
  it('numbers rows after the last one and links each to its predecessor', () => {
    const [a, b] = lenk([innhold, innhold], undefined);
    expect(a).toMatchObject({ loepenummer: 1, forrigeHash: startHash, hash: radHash(startHash, { ...innhold, loepenummer: 1 }) });
    expect(b).toMatchObject({ loepenummer: 2, forrigeHash: a!.hash });
    const [c] = lenk([innhold], { loepenummer: 1, hash: a!.hash });
    expect(c).toEqual(b);
  });

  it('keeps the hash of a stored row stable (a change here breaks every stored chain)', () => {
    expect(radHash(startHash, { ...innhold, loepenummer: 1 })).toBe('6d312c67b6267e81eede4dcd75834138f0e1e254ecbf9546d71e458ccd28c24f');
  });

  it('changes the hash when any field, the position or the predecessor changes', () => {
    const rad = { ...innhold, loepenummer: 1 };
    const endringer = [
      { loepenummer: 2 }, { tidspunkt: '2026-11-23T11:00:00.001Z' }, { organisasjonsnummer: '910000002' },
      { leverandoer: '920000002' }, { rettighetspakke: 'presse' }, { tjeneste: 'personer/bulkoppslag' },
      { personidentifikator: '04909596934' }, { personId: 2 }, { parter: ['historikk'] }, { formaal: 'x' },
      { forespoerselId: 'req-2' }, { innsynsrelevant: false },
    ];
    const hashes = new Set([radHash(startHash, rad), ...endringer.map((e) => radHash(startHash, { ...rad, ...e }))]);
    hashes.add(radHash('1'.repeat(64), rad));
    expect(hashes.size).toBe(endringer.length + 2);
  });
});
