import type { OpprettPerson } from '../../src/domain/kommando/kommando.ts';

/** An immigrant to Oslo: the plainest person a write-path test can create. */
export const innvandrer = (fornavn: string, foedselsdato = '1980-02-03', kjoenn: 'kvinne' | 'mann' = 'kvinne'): OpprettPerson => ({
  type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato, kjoenn,
  navn: { fornavn, etternavn: 'Testesen' }, statsborgerskap: ['NOR'],
  innflytting: { fraflyttingsland: 'DNK', dato: '2001-01-01' },
  bostedsadresse: { vegadresse: { kommunenummer: '0301', adressenavn: 'Storgata', adressenummer: { husnummer: '5' } } },
});
