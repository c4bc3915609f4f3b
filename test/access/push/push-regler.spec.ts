import { erInternAdresse, InternAdresse } from '../../../src/access/push/adressevern.ts';
import { postWebhook } from '../../../src/access/push/webhookpost.ts';
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
  const strengt = { tillatHttp: false, tillatInterne: false };
  it('takes https to public hosts; http only where the operator allows it, or to loopback where internal addresses are', () => {
    expect(lesWebhookUrl('https://mottak.example.no/hendelser', strengt)).toEqual({ ok: true, url: 'https://mottak.example.no/hendelser' });
    expect(lesWebhookUrl('http://mottak.example.no/h', strengt).ok).toBe(false);
    expect(lesWebhookUrl('http://mottak.example.no/h', { ...strengt, tillatHttp: true }).ok).toBe(true);
    for (const vert of ['127.0.0.1:8080', 'localhost', '[::1]:9000']) {
      expect(lesWebhookUrl(`http://${vert}/h`, strengt).ok, vert).toBe(false);
      expect(lesWebhookUrl(`http://${vert}/h`, { tillatHttp: false, tillatInterne: true }).ok, vert).toBe(true);
    }
    expect(lesWebhookUrl('http://127.0.0.1.example.no/h', { tillatHttp: false, tillatInterne: true }).ok).toBe(false);
    for (const u of ['javascript:alert(1)', 'file:///etc/passwd', '/relativ', 'https://a:b@example.no/', 'https://example.no/#f']) {
      expect(lesWebhookUrl(u, { tillatHttp: true, tillatInterne: true }).ok, u).toBe(false);
    }
  });

  it('refuses internal addresses written as IPs or localhost unless the operator allows them', () => {
    for (const vert of ['10.1.2.3', '192.168.0.10', '172.20.0.1', '169.254.169.254', '127.0.0.1', '[::1]', '[fd00::1]', '[fe80::1]', '[::ffff:10.0.0.1]', '0.0.0.0', 'localhost', 'db.localhost']) {
      expect(lesWebhookUrl(`https://${vert}/h`, strengt), vert).toEqual({ ok: false, grunn: 'webhook kan ikke peke til en intern adresse' });
      expect(lesWebhookUrl(`https://${vert}/h`, { tillatHttp: false, tillatInterne: true }).ok, vert).toBe(true);
    }
    for (const vert of ['8.8.8.8', '[2a00:1450:4001::1]', '151.101.2.133']) expect(lesWebhookUrl(`https://${vert}/h`, strengt).ok, vert).toBe(true);
  });
});

describe('internal addresses', () => {
  it('covers loopback, private, shared, link-local, multicast, reserved and documentation ranges, v4 and v6', () => {
    for (const ip of ['127.0.0.1', '10.0.0.1', '100.64.0.1', '169.254.169.254', '172.31.255.255', '192.168.1.1', '198.18.0.1', '224.0.0.1', '255.255.255.255', '0.0.0.0', '192.0.2.1', '::1', '::', 'fc00::1', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:192.168.0.1', '2001:db8::1', '64:ff9b::a00:1']) {
      expect(erInternAdresse(ip), ip).toBe(true);
    }
    for (const ip of ['8.8.8.8', '172.32.0.1', '100.128.0.1', '193.75.75.75', '2a00:1450:4001::1', '::ffff:8.8.8.8']) expect(erInternAdresse(ip), ip).toBe(false);
  });

  it('are refused at delivery, also when a name resolves to one', async () => {
    const stopp = new AbortController();
    const valg = { signal: stopp.signal, tillatInterne: false };
    await expect(postWebhook('http://127.0.0.1:9/h', {}, '[]', valg)).rejects.toBeInstanceOf(InternAdresse);
    await expect(postWebhook('http://localhost:9/h', {}, '[]', valg)).rejects.toBeInstanceOf(InternAdresse);
  });
});

describe('retry waits', () => {
  it('double from the base up to the cap, never below half the step', () => {
    expect([1, 2, 3, 4, 5, 12].map((n) => ventetidMs(n, 1000, 8000, () => 1))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect([1, 2, 3, 4, 5, 12].map((n) => ventetidMs(n, 1000, 8000, () => 0))).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
    expect(ventetidMs(10_000, 1000, 300_000, () => 0.5)).toBe(225_000);
  });
});
