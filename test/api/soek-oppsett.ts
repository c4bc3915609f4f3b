import type { OpprettPerson } from '../../src/domain/kommando/kommando.ts';
import type { Db } from '../../src/store/db.ts';
import { byggOppslagsmiljoe, skriv, type Oppslagsmiljoe } from './oppslag-oppsett.ts';

/**
 * The lookup test population (protected persons of every kind, a consumer holding every package) and persons made
 * for search: name variants, a changed name, a dead person, twins, a stay address, foreign ids.
 */
export interface Soekemiljoe extends Oppslagsmiljoe {
  readonly soekbare: Record<'kristianBerg' | 'christianHanssen' | 'kariNordmann' | 'olaDoed' | 'perOlsen1' | 'perOlsen2', string>;
}

const veg = (adressenavn: string, husnummer: string, postnummer: string, kommunenummer: string, husbokstav?: string) => ({
  vegadresse: { kommunenummer, adressenavn, adressenummer: { husnummer, ...(husbokstav ? { husbokstav } : {}) }, poststed: { postnummer, poststedsnavn: 'STED' } },
});

const person = (fornavn: string, etternavn: string, kjoenn: 'kvinne' | 'mann', foedselsdato: string, bostedsadresse: Record<string, unknown>): OpprettPerson => ({
  type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato, kjoenn, navn: { fornavn, etternavn }, statsborgerskap: ['NOR'],
  innflytting: { fraflyttingsland: 'SWE', dato: '2001-01-01' }, bostedsadresse,
});

export async function byggSoekemiljoe(db: Db): Promise<Soekemiljoe> {
  const m = await byggOppslagsmiljoe(db);
  const [kristian, christian, kari, ola, per1, per2] = await skriv(db, [
    person('Kristian', 'Hansen', 'mann', '1980-01-02', veg('Storgata', '12', '0150', '0301', 'B')),
    person('Christian', 'Hanssen', 'mann', '1985-05-05', veg('Storgata', '12', '5003', '4601')),
    person('Kari', 'Nordmann', 'kvinne', '1990-03-03', veg('Lillevegen', '3', '7010', '5001')),
    person('Ola', 'Nordmann', 'mann', '1950-06-07', veg('Storgata', '12', '0150', '0301')),
    person('Per', 'Olsen', 'mann', '2000-01-01', veg('Tvillingveien', '1', '1337', '3201')),
    person('Per', 'Olsen', 'mann', '2000-01-01', veg('Tvillingveien', '1', '1337', '3201')),
  ]);
  await skriv(db, [
    { type: 'endreNavn', person: kristian!, navn: { fornavn: 'Kristian', etternavn: 'Berg' }, gyldigFra: '2020-01-01' },
    { type: 'doedsfall', person: ola!, doedsdato: '2024-02-02' },
    { type: 'registrere', person: kari!, element: 'oppholdsadresse', verdi: { ...veg('Studentvegen', '1', '0150', '0301'), adressegradering: 'ugradert' } },
    { type: 'registrere', person: kari!, element: 'utenlandskPersonidentifikasjon', verdi: { identifikasjonsnummer: '1458-4555', identifikasjonsnummertype: 'utenlandskIdentifikasjonsnummer', utstederland: 'AFG' } },
    { type: 'registrere', person: kari!, element: 'legitimasjonsdokument', verdi: { identifikasjonsdokumentnummer: '195509132386', identifikasjonsdokumenttype: 'pass', utstederland: 'IRL' } },
    { type: 'registrere', person: kari!, element: 'utlendingsmyndighetenesIdentifikasjonsnummer', verdi: { identifikasjonsnummer: '123456789012', identifikasjonsnummertype: 'utlendingsmyndighetenesIdentifikasjonsnummer', utstederland: 'NOR' } },
  ]);
  return {
    ...m,
    soekbare: { kristianBerg: kristian!, christianHanssen: christian!, kariNordmann: kari!, olaDoed: ola!, perOlsen1: per1!, perOlsen2: per2! },
  };
}
