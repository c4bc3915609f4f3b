import { describe, expect, it } from 'vitest';
import { lagIpTeller } from '../../../src/api/ip-begrensning.ts';

describe('the per-IP fixed window', () => {
  const minutt = Date.parse('2026-11-23T12:00:00Z');

  it('allows the limit per IP and window, then says how many seconds remain of the window', () => {
    const teller = lagIpTeller({ antall: 2, vinduSekunder: 60 });
    expect(teller.tell('10.0.0.1', minutt + 1_000)).toEqual({ tillatt: true });
    expect(teller.tell('10.0.0.1', minutt + 2_000)).toEqual({ tillatt: true });
    expect(teller.tell('10.0.0.1', minutt + 20_500)).toEqual({ tillatt: false, ventSekunder: 40 });
    expect(teller.tell('10.0.0.2', minutt + 20_500)).toEqual({ tillatt: true });
    expect(teller.tell('10.0.0.1', minutt + 59_999)).toEqual({ tillatt: false, ventSekunder: 1 });
    expect(teller.tell('10.0.0.1', minutt + 60_000)).toEqual({ tillatt: true });
  });

  it('defaults to FREG’s 60 000 a minute without refusing the 60 000th', () => {
    const teller = lagIpTeller({ antall: 60_000, vinduSekunder: 60 });
    let tillatt = 0;
    for (let i = 0; i < 60_001; i++) if (teller.tell('10.0.0.1', minutt + Math.floor(i / 2)).tillatt) tillatt++;
    expect(tillatt).toBe(60_000);
  });
});
