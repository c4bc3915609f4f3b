import { lookup as dnsOppslag } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Server-side request forgery: a webhook is an address a consumer chose, and the register POSTs to it from inside the
 * operator's network. Unless the operator allows it (development, tests), no delivery may reach an address that is
 * not on the public internet: loopback, private and carrier-grade NAT ranges, link-local (cloud metadata services
 * listen at 169.254.169.254), multicast, reserved and documentation ranges (RFC 6890's special-purpose registries).
 * IPv4-mapped IPv6 addresses are judged by their IPv4 part (Node's BlockList does so).
 */
const interne = new BlockList();
for (const [nett, prefiks] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) interne.addSubnet(nett, prefiks, 'ipv4');
for (const [nett, prefiks] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32],
  ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) interne.addSubnet(nett, prefiks, 'ipv6');

export function erInternAdresse(ip: string): boolean {
  const type = isIP(ip);
  if (type === 0) throw new TypeError(`not an IP address: ${ip}`);
  return interne.check(ip, type === 4 ? 'ipv4' : 'ipv6');
}

/** The host of a URL as an IP address, if it is written as one (`[::1]` without its brackets). */
export function ipIVert(vertsnavn: string): string | undefined {
  const vert = vertsnavn.startsWith('[') ? vertsnavn.slice(1, -1) : vertsnavn;
  return isIP(vert) ? vert : undefined;
}

export class InternAdresse extends Error {
  override readonly name = 'InternAdresse';
  readonly code = 'EINTERNADRESSE';
}

/**
 * A DNS lookup for outgoing connections that refuses names resolving to an internal address. It runs when the
 * connection is made, so a name that resolved to a public address when the subscription was made and to an internal
 * one later (DNS rebinding) is caught too.
 */
export const vernetOppslag: LookupFunction = (vert, valg, svar) => {
  dnsOppslag(vert, { ...valg, all: true }, (feil, adresser) => {
    if (feil) return svar(feil, '', 0);
    const intern = adresser.find((a) => erInternAdresse(a.address));
    if (intern) return svar(new InternAdresse(`${vert} peker til en intern adresse (${intern.address})`), '', 0);
    if (valg.all) return (svar as unknown as (f: null, a: typeof adresser) => void)(null, adresser);
    const [forste] = adresser;
    if (!forste) return svar(Object.assign(new Error(`${vert} har ingen adresse`), { code: 'ENOTFOUND' }), '', 0);
    svar(null, forste.address, forste.family);
  });
};
