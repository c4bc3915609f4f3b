import { describe, expect, it } from 'vitest';
import { lesTilgangsinnstillinger } from '../../../src/access/tokens/innstillinger.ts';

const MASKINPORTEN = JSON.stringify([{ issuer: 'https://maskinporten.no/', jwksUri: 'https://maskinporten.no/jwk' }]);

describe('the access settings', () => {
  it('default to the embedded issuer, FREG’s throttle and aud "unspecified"', () => {
    expect(lesTilgangsinnstillinger({})).toEqual({
      eksterneUtstedere: [],
      innebygdUtsteder: { issuer: 'http://localhost:8080/', tokenLevetidSekunder: 120 },
      mottakere: ['unspecified'],
      klokkeslakkSekunder: 10,
      ipGrense: { antall: 60_000, vinduSekunder: 60 },
    });
    expect(lesTilgangsinnstillinger({ PORT: '9000' }).innebygdUtsteder?.issuer).toBe('http://localhost:9000/');
  });

  it('turn the embedded issuer off when Maskinporten is configured, unless told otherwise', () => {
    const ekstern = lesTilgangsinnstillinger({ FOLKEREGISTER_TOKEN_ISSUERS: MASKINPORTEN, FOLKEREGISTER_TOKEN_AUDIENCE: 'unspecified, https://folkeregister.example' });
    expect(ekstern).toMatchObject({ eksterneUtstedere: [{ issuer: 'https://maskinporten.no/', jwksUri: 'https://maskinporten.no/jwk' }], mottakere: ['unspecified', 'https://folkeregister.example'] });
    expect(ekstern.innebygdUtsteder).toBeUndefined();
    expect(lesTilgangsinnstillinger({ FOLKEREGISTER_TOKEN_ISSUERS: MASKINPORTEN, FOLKEREGISTER_INNEBYGD_UTSTEDER: 'true' }).innebygdUtsteder).toBeDefined();
    expect(lesTilgangsinnstillinger({ FOLKEREGISTER_INNEBYGD_UTSTEDER: 'false' }).innebygdUtsteder).toBeUndefined();
  });

  it('stop the start on values that would trust the wrong thing', () => {
    expect(() => lesTilgangsinnstillinger({ FOLKEREGISTER_TOKEN_ISSUERS: 'maskinporten' })).toThrow(/FOLKEREGISTER_TOKEN_ISSUERS må være JSON/);
    expect(() => lesTilgangsinnstillinger({ FOLKEREGISTER_TOKEN_ISSUERS: '[{"issuer":"x"}]' })).toThrow(/"jwksUri"/);
    expect(() => lesTilgangsinnstillinger({ FOLKEREGISTER_ADMIN_NOEKKEL: 'kort' })).toThrow(/FOLKEREGISTER_ADMIN_NOEKKEL/);
    expect(() => lesTilgangsinnstillinger({ FOLKEREGISTER_IP_GRENSE: 'mange' })).toThrow(/FOLKEREGISTER_IP_GRENSE/);
    expect(() => lesTilgangsinnstillinger({ FOLKEREGISTER_INNEBYGD_UTSTEDER: 'ja' })).toThrow(/true eller false/);
    expect(lesTilgangsinnstillinger({ FOLKEREGISTER_ADMIN_NOEKKEL: '' }).adminNoekkel).toBeUndefined();
    expect(lesTilgangsinnstillinger({ FOLKEREGISTER_ADMIN_NOEKKEL: 'x'.repeat(32) }).adminNoekkel).toBe('x'.repeat(32));
  });
});
