import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nyHemmelighet, signer, verifiserSignatur } from '../../../src/access/push/signatur.ts';
import { ventetidMs } from '../../../src/access/push/ventetid.ts';
import { lesWebhookUrl } from '../../../src/access/push/webhook-url.ts';

describe('webhook signatures', () => {
  const hemmelighet = nyHemmelighet();
  const kropp = '[{"sekvensnummer":7,"hendelse":{"hendelsetype":"endringIPerson","ajourholdstidspunkt":"2026-11-23T12:00:00.000+01:00"}}]';
  const naa = new Date('2026-11-23T12:00:00Z');
  const tidspunkt = naa.getTime() / 1000;

  it('is HMAC-SHA256 of "timestamp.body" with the secret, as a receiver computes it with any HMAC library', () => {
    const hex = createHmac('sha256', hemmelighet).update(`${tidspunkt}.${kropp}`).digest('hex');
    expect(signer(hemmelighet, tidspunkt, kropp)).toBe(`v1=${hex}`);
    expect(verifiserSignatur({ hemmelighet, kropp, naa, tidspunkt: String(tidspunkt), signatur: `v1=${hex}` })).toBe(true);
  });

  it('fails for another body, timestamp or secret, and outside the replay window', () => {
    const signatur = signer(hemmelighet, tidspunkt, kropp);
    const ok = { hemmelighet, kropp, naa, tidspunkt: String(tidspunkt), signatur };
    expect(verifiserSignatur({ ...ok, kropp: kropp.replace('7', '8') })).toBe(false);
    expect(verifiserSignatur({ ...ok, tidspunkt: String(tidspunkt + 1) })).toBe(false);
    expect(verifiserSignatur({ ...ok, hemmelighet: nyHemmelighet() })).toBe(false);
    expect(verifiserSignatur({ ...ok, signatur: undefined })).toBe(false);
    expect(verifiserSignatur({ ...ok, naa: new Date(naa.getTime() + 300_000) })).toBe(true);
    expect(verifiserSignatur({ ...ok, naa: new Date(naa.getTime() + 301_000) })).toBe(false);
    expect(verifiserSignatur({ ...ok, naa: new Date(naa.getTime() - 301_000) })).toBe(false);
  });
});

describe('webhook addresses', () => {
  it('takes https anywhere, http only to loopback unless the operator allows it', () => {
    expect(lesWebhookUrl('https://mottak.example.no/hendelser', { tillatHttp: false })).toEqual({ ok: true, url: 'https://mottak.example.no/hendelser' });
    for (const vert of ['127.0.0.1:8080', 'localhost', '[::1]:9000']) expect(lesWebhookUrl(`http://${vert}/h`, { tillatHttp: false }).ok).toBe(true);
    expect(lesWebhookUrl('http://mottak.example.no/h', { tillatHttp: false }).ok).toBe(false);
    expect(lesWebhookUrl('http://127.0.0.1.example.no/h', { tillatHttp: false }).ok).toBe(false);
    expect(lesWebhookUrl('http://mottak.example.no/h', { tillatHttp: true }).ok).toBe(true);
    for (const u of ['javascript:alert(1)', 'file:///etc/passwd', '/relativ', 'https://a:b@example.no/', 'https://example.no/#f']) {
      expect(lesWebhookUrl(u, { tillatHttp: true }).ok, u).toBe(false);
    }
  });
});

describe('retry waits', () => {
  it('double from the base up to the cap, never below half the step', () => {
    expect([1, 2, 3, 4, 5, 12].map((n) => ventetidMs(n, 1000, 8000, () => 1))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect([1, 2, 3, 4, 5, 12].map((n) => ventetidMs(n, 1000, 8000, () => 0))).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
    expect(ventetidMs(10_000, 1000, 300_000, () => 0.5)).toBe(225_000);
  });
});
