import { idnr } from '@navikt/fnrvalidator';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCommand } from '../../src/cli/id.ts';
import { klassifiser, type Klassifisering } from '../../src/domain/identitetsnummer/index.ts';

const IDAG = '2026-11-23';

async function kjoer(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const kode = await idCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { env, idag: IDAG });
  return { kode, out, err };
}

describe('id validate', () => {
  it('prints one classification per number and exits 1 when any is invalid', async () => {
    const { kode, out } = await kjoer(['validate', '20036914700', '29020105729', '55102499947']);
    expect(kode).toBe(1);
    expect(out.map((l) => JSON.parse(l))).toEqual([
      { nummer: '20036914700', gyldig: true, type: 'foedselsnummer', regler: '1964', syntetisk: false, foedselsdato: '1969-03-20', aarhundreSikkert: true, kjoenn: 'mann' },
      { nummer: '29020105729', gyldig: false, type: 'foedselsnummer', regler: '1964', syntetisk: false, feil: 'Umulig dato: 29. februar i et år som ikke er skuddår' },
      { nummer: '55102499947', gyldig: true, type: 'dNummer', regler: '2032', syntetisk: false, foedselsdato: '2024-10-15', aarhundreSikkert: false },
    ]);
  });

  it('exits 0 when all the valid official vectors are valid, and 2 without numbers', async () => {
    const gyldige = ['30108299939', '30908299902', '20036914700', '03851598730', '29020073150', '55102499947', '41819077906', '41819077302'];
    const { kode, out } = await kjoer(['validate', ...gyldige]);
    expect(kode).toBe(0);
    expect(out.map((l) => (JSON.parse(l) as Klassifisering).nummer)).toEqual(gyldige);
    expect((await kjoer(['validate'])).kode).toBe(2);
    expect((await kjoer(['nonsense'])).kode).toBe(2);
  });
});

describe('id generate', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'folkeregister-cli-'));
    env = { FOLKEREGISTER_DATA_DIR: dataDir };
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('prints 100 000 valid, distinct, synthetic numbers spread back from 2000-01-01', async () => {
    const { kode, out, err } = await kjoer(['generate', '--antall', '100000'], env);
    expect(err).toEqual([]);
    expect(kode).toBe(0);
    expect(out).toHaveLength(100_000);
    expect(new Set(out).size).toBe(100_000);
    const k = out.map((n) => klassifiser(n, IDAG));
    expect(k.filter((x) => !x.gyldig || !x.syntetisk || x.syntetiskKilde !== 'skatteetaten' || x.regler !== '1964')).toEqual([]);
    const datoer = [...new Set(k.map((x) => x.foedselsdato!))];
    expect(datoer[0]).toBe('2000-01-01');
    expect(datoer.every((d, i) => i === 0 || Date.parse(datoer[i - 1]!) - Date.parse(d) === 86_400_000)).toBe(true);
    expect(k.slice(0, 4).map((x) => x.kjoenn)).toEqual(['kvinne', 'mann', 'kvinne', 'mann']);
    // An independent validator agrees on every one: valid, and Skatteetaten's synthetic kind (`tnr`).
    expect(out.filter((n) => { const v = idnr(n); return v.status !== 'valid' || v.type !== 'tnr'; })).toEqual([]);
  });

  it('continues where the last run stopped: a second run repeats nothing', async () => {
    const foerste = await kjoer(['generate', '--foedselsdato', '1970-01-01', '--kjoenn', 'mann', '--antall', '5'], env);
    const andre = await kjoer(['generate', '--foedselsdato', '1970-01-01', '--kjoenn', 'mann', '--antall', '5'], env);
    expect(new Set([...foerste.out, ...andre.out]).size).toBe(10);
    const lest = [...foerste.out, ...andre.out].map((n) => klassifiser(n, IDAG));
    expect(lest.filter((k) => !k.gyldig || k.kjoenn !== 'mann' || k.foedselsdato !== '1970-01-01')).toEqual([]);
    const spredt = await kjoer(['generate', '--antall', '3'], env);
    expect(spredt.out.map((n) => klassifiser(n, IDAG).foedselsdato)).not.toContain('2000-01-01'); // used up above
  });

  it('issues D-numbers, real-format numbers only with --reell, and the 2032 rules from the switch date', async () => {
    const d = await kjoer(['generate', '--foedselsdato', '1980-06-01', '--dnummer', '--reell', '--antall', '4'], env);
    expect(d.out).toHaveLength(4);
    expect(d.out.map((n) => klassifiser(n, IDAG)).filter((k) => !k.gyldig || k.type !== 'dNummer' || k.syntetisk)).toEqual([]);
    const foer = await kjoer(['generate', '--foedselsdato', '1981-06-01', '--antall', '50'], { ...env, FOLKEREGISTER_REGELBYTTE: '2026-11-24' });
    expect(foer.out.map((n) => klassifiser(n, IDAG).regler)).not.toContain('2032');
    const etter = await kjoer(['generate', '--foedselsdato', '1981-06-01', '--antall', '50'], { ...env, FOLKEREGISTER_REGELBYTTE: IDAG });
    expect(etter.out.map((n) => klassifiser(n, IDAG).regler)).toContain('2032');
    expect(new Set([...foer.out, ...etter.out]).size).toBe(100);
  });

  it('refuses bad flags with 2 and a used-up series with 1, issuing nothing', async () => {
    expect((await kjoer(['generate', '--foedselsdato', '2001-02-29'], env)).kode).toBe(2);
    expect((await kjoer(['generate', '--kjoenn', 'ukjent'], env)).kode).toBe(2);
    expect((await kjoer(['generate', '--antall', '0'], env)).kode).toBe(2);
    expect((await kjoer(['generate', '--ukjent'], env)).kode).toBe(2);
    expect((await kjoer(['generate', '--foedselsdato', '1850-01-01'], env)).kode).toBe(1);
    const args = ['generate', '--foedselsdato', '1870-03-03', '--dnummer', '--kjoenn', 'kvinne'];
    const forMange = await kjoer([...args, '--antall', '1000'], env);
    expect(forMange).toMatchObject({ kode: 1, out: [], err: ['Identifikatorserien dnr:1964:syntetisk:1870-03-03:kvinne er brukt opp'] });
    expect((await kjoer([...args, '--antall', '40'], env)).out).toHaveLength(40);
  });
});
