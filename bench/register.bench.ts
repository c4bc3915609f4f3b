import type { Db } from '../src/store/db.ts';
import { registrer, type Skriveoppsett } from '../src/register/registrer.ts';
import { identifikatortildeler } from '../src/register/identifikatorer.ts';
import { lesHendelser } from '../src/register/les-hendelser.ts';
import type { Kommando, OpprettPerson } from '../src/domain/kommando/kommando.ts';
import type { Maaling } from './maaling.ts';

const oppsett: Skriveoppsett = {
  tildelIdentifikatorer: identifikatortildeler({ regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true }),
};

export function benkperson(i: number): OpprettPerson {
  const dag = String(1 + (i % 28)).padStart(2, '0');
  const mnd = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  return {
    type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato: `${1940 + (i % 60)}-${mnd}-${dag}`,
    kjoenn: i % 2 ? 'mann' : 'kvinne', navn: { fornavn: `Benk${i}`, etternavn: 'Testesen' }, statsborgerskap: ['NOR'],
    innflytting: { fraflyttingsland: 'SWE', dato: '2020-01-01' },
    bostedsadresse: { vegadresse: { kommunenummer: '0301', adressenavn: 'Storgata', adressenummer: { husnummer: String(1 + (i % 200)) } } },
  };
}

function flytting(nummer: string, i: number): Kommando {
  return {
    type: 'flytte', person: nummer, flyttedato: '2026-01-01',
    bostedsadresse: { vegadresse: { kommunenummer: '4601', adressenavn: 'Bryggen', adressenummer: { husnummer: String(1 + (i % 300)) } } },
  };
}

/** Register writes (one command per transaction, and batches of 100) and log reads, on one store. */
export async function registerBenk(db: Db, store: string, skala: number): Promise<Maaling[]> {
  const maalinger: Maaling[] = [];
  const numre: string[] = [];
  const antallPersoner = 20 * skala;
  let t = performance.now();
  for (let start = 0; start < antallPersoner; start += 100) {
    const utfall = await registrer(db, Array.from({ length: 100 }, (_, j) => benkperson(start + j)), oppsett);
    for (const u of utfall) if (u.ok) numre.push(u.hendelser[0]!.folkeregisteridentifikator);
  }
  maalinger.push({ store, navn: 'opprett person, 100 per transaksjon', enhet: 'kommandoer/s', verdi: antallPersoner / ((performance.now() - t) / 1000) });

  const enkelt = 5 * skala;
  t = performance.now();
  for (let i = 0; i < enkelt; i++) await registrer(db, [flytting(numre[i % numre.length]!, i)], oppsett);
  const enkeltRate = enkelt / ((performance.now() - t) / 1000);
  maalinger.push({ store, navn: 'flytting, 1 per transaksjon', enhet: 'kommandoer/s', verdi: enkeltRate });

  const batch = 20 * skala;
  t = performance.now();
  for (let start = 0; start < batch; start += 100) {
    await registrer(db, Array.from({ length: 100 }, (_, j) => flytting(numre[(start + j) % numre.length]!, start + j + 7)), oppsett);
  }
  const batchRate = batch / ((performance.now() - t) / 1000);
  maalinger.push({ store, navn: 'flytting, 100 per transaksjon', enhet: 'kommandoer/s', verdi: batchRate });
  maalinger.push({ store, navn: 'flytting: 100 per transaksjon / 1 per transaksjon', enhet: 'forhold', verdi: batchRate / enkeltRate });

  t = performance.now();
  let lest = 0;
  for (let seq = 1; ; ) {
    const side = await lesHendelser(db, seq, 1000);
    if (side.length === 0) break;
    lest += side.length;
    seq = side.at(-1)!.sekvensnummer + 1;
  }
  maalinger.push({ store, navn: 'lese loggen, sider på 1000', enhet: 'hendelser/s', verdi: lest / ((performance.now() - t) / 1000) });
  return maalinger;
}
