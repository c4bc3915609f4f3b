import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Personstatus } from '../../../src/domain/persondokument/kodeverk.ts';
import {
  gjeldendeStatus,
  sammenlignTidspunkt,
  sorterStatushistorikk,
} from '../../../src/domain/persondokument/person-status.ts';
import type { Folkeregisterpersonstatus } from '../../../src/domain/persondokument/schema/index.ts';

const { bosatt, utflyttet, doed, opphoert, midlertidig } = Personstatus;
const status = (
  s: Personstatus,
  gyldighetstidspunkt?: string,
  ajourholdstidspunkt?: string,
): Folkeregisterpersonstatus => ({ status: s, gyldighetstidspunkt, ajourholdstidspunkt });
const statuser = (versjoner: Folkeregisterpersonstatus[]) => versjoner.map((v) => v.status);

describe('a person without status versions', () => {
  it('has no current status', () => {
    expect(gjeldendeStatus([])).toBeUndefined();
    expect(sorterStatushistorikk([])).toEqual([]);
  });
});

describe('a history with a migrated status of unspecified start (PDL example)', () => {
  const historikk = [
    status(utflyttet, '2019-11-30T00:00:00+01:00'),
    status(midlertidig),
    status(bosatt, '2019-01-23T00:00:00+01:00'),
  ];

  it('sorts the unspecified one first and the latest gyldighetstidspunkt last', () => {
    expect(statuser(sorterStatushistorikk(historikk))).toEqual([midlertidig, bosatt, utflyttet]);
  });

  it('has the latest as current', () => {
    expect(gjeldendeStatus(historikk)?.status).toBe(utflyttet);
  });

  it('does not reorder the input', () => {
    sorterStatushistorikk(historikk);
    expect(statuser(historikk)).toEqual([utflyttet, midlertidig, bosatt]);
  });
});

describe('an opphoert corrected the same day (PDL "Filtrering fra Folkeregisteret")', () => {
  const foer = status(bosatt, '2018-05-02T00:00:00+02:00', '2018-05-02T09:00:00+02:00');
  const feil = status(opphoert, '2021-01-21T00:00:00+01:00', '2021-01-21T10:00:00+01:00');
  const rettet = status(bosatt, '2021-01-21T00:00:00+01:00', '2021-01-21T14:30:00+01:00');

  it('is filtered out, and the correcting status is current', () => {
    expect(sorterStatushistorikk([rettet, feil, foer])).toEqual([foer, rettet]);
    expect(gjeldendeStatus([foer, feil, rettet])).toBe(rettet);
  });

  it('stays filtered out when a later status follows', () => {
    const doedsfall = status(doed, '2023-03-03T00:00:00+01:00');
    expect(statuser(sorterStatushistorikk([foer, feil, rettet, doedsfall]))).toEqual([bosatt, bosatt, doed]);
  });

  it('counts as the same day at different times of that day', () => {
    const rettetSenere = status(bosatt, '2021-01-21T15:00:00+01:00');
    expect(statuser(sorterStatushistorikk([foer, feil, rettetSenere]))).toEqual([bosatt, bosatt]);
  });
});

describe('an opphoert that is not corrected the same day', () => {
  it('is kept when the next status comes another day', () => {
    const historikk = [status(opphoert, '2021-01-21T00:00:00+01:00'), status(bosatt, '2021-01-22T00:00:00+01:00')];
    expect(statuser(sorterStatushistorikk(historikk))).toEqual([opphoert, bosatt]);
  });

  it('is current when it is the last status (a terminal status)', () => {
    const historikk = [status(bosatt, '2010-01-01T00:00:00+01:00'), status(opphoert, '2021-01-21T00:00:00+01:00')];
    expect(gjeldendeStatus(historikk)?.status).toBe(opphoert);
  });

  it('is kept when it has no gyldighetstidspunkt', () => {
    const historikk = [status(opphoert), status(bosatt, '2021-01-22T00:00:00+01:00')];
    expect(statuser(sorterStatushistorikk(historikk))).toEqual([opphoert, bosatt]);
  });
});

describe('timestamps', () => {
  it('compare as instants across offsets', () => {
    // 00:30 at +01:00 is 23:30Z, before 23:45Z the evening before by the calendar.
    const historikk = [status(doed, '2020-01-01T00:30:00+01:00'), status(bosatt, '2019-12-31T23:45:00Z')];
    expect(gjeldendeStatus(historikk)?.status).toBe(bosatt);
  });

  it('compare all nine fraction digits', () => {
    expect(sammenlignTidspunkt('2025-02-18T10:01:45.129821871+01:00', '2025-02-18T10:01:45.1298+01:00')).toBe(1);
    expect(sammenlignTidspunkt('2025-02-18T10:01:45.1+01:00', '2025-02-18T10:01:45.100000000+01:00')).toBe(0);
  });

  it('break a tie on gyldighetstidspunkt by ajourholdstidspunkt, whatever the input order', () => {
    const tidlig = status(utflyttet, '2020-06-01T00:00:00+02:00', '2020-06-01T08:00:00+02:00');
    const sent = status(bosatt, '2020-06-01T00:00:00+02:00', '2020-06-02T08:00:00+02:00');
    expect(gjeldendeStatus([sent, tidlig])).toBe(sent);
    expect(gjeldendeStatus([tidlig, sent])).toBe(sent);
  });
});

describe('the current status', () => {
  it('is the same whatever order the versions come in, when their times differ', () => {
    const tidspunkt = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString());
    const versjon = fc.record({
      status: fc.constantFrom(...Object.values(Personstatus)),
      gyldighetstidspunkt: tidspunkt,
    });
    const historikk = fc.uniqueArray(versjon, { minLength: 1, maxLength: 8, selector: (v) => v.gyldighetstidspunkt });
    fc.assert(
      fc.property(historikk, fc.infiniteStream(fc.nat()), (versjoner, tilfeldig) => {
        const stokket = [...versjoner].sort(() => (tilfeldig.next().value % 3) - 1);
        expect(gjeldendeStatus(stokket)).toBe(gjeldendeStatus(versjoner));
      }),
    );
  });

  it('of the example person of spec §2.6 is bosatt', () => {
    const person = JSON.parse(
      readFileSync(new URL('../../fixtures/persondokument-eksempel.json', import.meta.url), 'utf8'),
    ) as { status: Folkeregisterpersonstatus[] };
    expect(gjeldendeStatus(person.status)?.status).toBe(bosatt);
  });
});
