import { describe, expect, it } from 'vitest';
import { klassifiser } from '../../../src/domain/identitetsnummer/index.ts';
import { lagNummer, lagNummerNedFra } from './lag-nummer.ts';

const IDAG = '2026-11-23';

// spec/foedselsnummer-testvektorer.csv: Skatteetaten's test vectors (spec §7.4), verbatim.
const testvektorer = `fødselsnummer,erSyntetisk,erGyldig,beskrivelse
30108299939,false,true,reelt 2032-nummer
30908299902,true,true,syntetisk 2032-nummer
20036914700,false,true,reelt 1964-nummer
03851598730,true,true,syntetisk 1964-nummer
20036914712,false,false,reelt 1964-nummer
29020073150,false,true,reelt 1964-nummer(Skuddag i skuddår)
29020105729,false,false,reelt 1964-nummer(Skuddag i ikke-skuddår)
55102499947,false,true,reelt 2032-D-nummer
41819077906,true,true,syntetisk 2032-D-nummer
41819077302,true,true,syntetisk 1964-D-nummer`
  .split('\n')
  .slice(1)
  .map((linje) => linje.split(','));

describe('the official test vectors', () => {
  it.each(testvektorer)('%s (%s, %s): %s', (nummer, erSyntetisk, erGyldig, beskrivelse) => {
    const k = klassifiser(nummer!, IDAG);
    expect(k.gyldig).toBe(erGyldig === 'true');
    if (k.gyldig) {
      expect(k.syntetisk).toBe(erSyntetisk === 'true');
      expect(k.regler).toBe(beskrivelse!.includes('2032') ? '2032' : '1964');
      expect(k.type).toBe(beskrivelse!.includes('D-nummer') ? 'dNummer' : 'foedselsnummer');
    }
  });

  it('reads each one fully', () => {
    expect(testvektorer.map(([n]) => klassifiser(n!, IDAG))).toEqual([
      { nummer: '30108299939', gyldig: true, type: 'foedselsnummer', regler: '2032', syntetisk: false, foedselsdato: '1982-10-30', aarhundreSikkert: false },
      { nummer: '30908299902', gyldig: true, type: 'foedselsnummer', regler: '2032', syntetisk: true, syntetiskKilde: 'skatteetaten', foedselsdato: '1982-10-30', aarhundreSikkert: false },
      { nummer: '20036914700', gyldig: true, type: 'foedselsnummer', regler: '1964', syntetisk: false, foedselsdato: '1969-03-20', aarhundreSikkert: true, kjoenn: 'mann' },
      { nummer: '03851598730', gyldig: true, type: 'foedselsnummer', regler: '1964', syntetisk: true, syntetiskKilde: 'skatteetaten', foedselsdato: '2015-05-03', aarhundreSikkert: true, kjoenn: 'mann' },
      { nummer: '20036914712', gyldig: false, type: 'foedselsnummer', regler: '2032', syntetisk: false, feil: 'Ugyldig kontrollsiffer' },
      { nummer: '29020073150', gyldig: true, type: 'foedselsnummer', regler: '1964', syntetisk: false, foedselsdato: '2000-02-29', aarhundreSikkert: true, kjoenn: 'mann' },
      { nummer: '29020105729', gyldig: false, type: 'foedselsnummer', regler: '1964', syntetisk: false, feil: 'Umulig dato: 29. februar i et år som ikke er skuddår' },
      { nummer: '55102499947', gyldig: true, type: 'dNummer', regler: '2032', syntetisk: false, foedselsdato: '2024-10-15', aarhundreSikkert: false },
      { nummer: '41819077906', gyldig: true, type: 'dNummer', regler: '2032', syntetisk: true, syntetiskKilde: 'skatteetaten', foedselsdato: '1990-01-01', aarhundreSikkert: false },
      { nummer: '41819077302', gyldig: true, type: 'dNummer', regler: '1964', syntetisk: true, syntetiskKilde: 'skatteetaten', foedselsdato: '1990-01-01', aarhundreSikkert: false, kjoenn: 'mann' },
    ]);
  });
});

describe('impossible dates', () => {
  // Every day 29–31 of every month of every year a fødselsnummer series covers (§7.1), individnummer from the year's
  // series: valid exactly when the calendar has that day in the century the individnummer gives.
  it('refuses 31 February, 31 April and 29 February outside leap years, for every year 1854–2039', () => {
    const funn: string[] = [];
    for (let aar = 1854; aar <= 2039; aar++) {
      const individ = aar < 1900 ? 749 : aar < 2000 ? 499 : 999;
      for (let mnd = 1; mnd <= 12; mnd++) {
        for (let dag = 29; dag <= 31; dag++) {
          const nummer = lagNummerNedFra(to(dag) + to(mnd) + to(aar % 100), individ);
          const finnes = new Date(Date.UTC(aar, mnd - 1, dag)).getUTCDate() === dag;
          const k = klassifiser(nummer, IDAG);
          if (k.gyldig !== finnes || (!finnes && !k.feil?.startsWith('Umulig dato'))) funn.push(`${aar}-${mnd}-${dag}`);
        }
      }
    }
    expect(funn).toEqual([]);
  });

  it('refuses 29.02.1900, which Skatteetaten’s validator accepts, and keeps 29.02.2000', () => {
    expect(klassifiser(lagNummerNedFra('290200', 499), IDAG)).toMatchObject({ gyldig: false, feil: 'Umulig dato: 29. februar i et år som ikke er skuddår' });
    expect(klassifiser(lagNummerNedFra('290200', 999), IDAG)).toMatchObject({ gyldig: true, foedselsdato: '2000-02-29' });
  });

  it.each([
    ['day 00', '000190'],
    ['day 32', '320190'],
    ['month 00', '010090'],
    ['month 13', '011390'],
    ['month 2x (neither real nor synthetic)', '012190'],
    ['an FH-number (first digit 8)', '810190'],
    ['D-number day 72', '720190'],
  ])('refuses %s', (_, seks) => {
    expect(klassifiser(lagNummerNedFra(seks, 499), IDAG)).toMatchObject({ gyldig: false, feil: 'Umulig dato' });
  });
});

describe('rules, sex and century', () => {
  it('reads a remainder-0 number outside every 1964 series as a 2032 number: no sex, century not encoded', () => {
    const nummer = lagNummerNedFra('010150', 899); // born 1950, individnummer 750–899: no series (§7.1)
    expect(klassifiser(nummer, IDAG)).toMatchObject({ gyldig: true, regler: '2032', foedselsdato: '1950-01-01', aarhundreSikkert: false });
    expect(klassifiser(nummer, IDAG).kjoenn).toBeUndefined();
  });

  it('gives sex only under the 1964 rules', () => {
    expect(klassifiser(lagNummer('010190498')!, IDAG).kjoenn).toBe('kvinne');
    expect(klassifiser(lagNummer('010190499')!, IDAG).kjoenn).toBe('mann');
    const nyttNummer = lagNummer('010190498', 1) ?? lagNummer('010190498', 2)!;
    expect(klassifiser(nyttNummer, IDAG)).toMatchObject({ gyldig: true, regler: '2032' });
    expect(klassifiser(nyttNummer, IDAG).kjoenn).toBeUndefined();
  });

  it('puts a 2032 number in the latest century that is not in the future', () => {
    const nummer = lagNummer('241126999', 1) ?? lagNummer('241126999', 2)!;
    expect(klassifiser(nummer, '2026-11-24').foedselsdato).toBe('2026-11-24');
    expect(klassifiser(nummer, '2026-11-23').foedselsdato).toBe('1926-11-24');
  });

  it('takes a D-number’s century from the 2021 series unless that is in the future', () => {
    expect(klassifiser(lagNummerNedFra('410120', 199), IDAG)).toMatchObject({ gyldig: true, foedselsdato: '1920-01-01', aarhundreSikkert: false });
    expect(klassifiser(lagNummerNedFra('410120', 999), IDAG)).toMatchObject({ gyldig: true, foedselsdato: '2020-01-01' });
    expect(klassifiser(lagNummerNedFra('410135', 999), IDAG)).toMatchObject({ gyldig: true, foedselsdato: '1935-01-01', regler: '1964' });
  });

  it('recognises month + 40 as a NAV synthetic number or an H-number', () => {
    expect(klassifiser(lagNummerNedFra('014190', 499), IDAG)).toMatchObject({
      gyldig: true, syntetisk: true, syntetiskKilde: 'navEllerHnummer', foedselsdato: '1990-01-01',
    });
  });

  it.each(['', '1234567890', '123456789012', '2003691470a', ' 20036914700'])('refuses %j as not 11 digits', (nummer) => {
    expect(klassifiser(nummer, IDAG)).toMatchObject({ gyldig: false, feil: 'Må være 11 siffer' });
  });
});

function to(n: number): string {
  return String(n).padStart(2, '0');
}
