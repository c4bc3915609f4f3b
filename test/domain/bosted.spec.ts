import { describe, expect, it } from 'vitest';
import { adressebeskyttelse, bosted, bostedsendring } from '../../src/domain/person/bosted.ts';
import type { Persondokument } from '../../src/domain/person/persondokument.ts';

const dok = (adresser: Record<string, unknown>[], beskyttelse?: string): Persondokument =>
  ({
    bostedsadresse: adresser.map((a, i) => ({ id: `1.${i}`, erGjeldende: i === adresser.length - 1, ...a })),
    ...(beskyttelse ? { adressebeskyttelse: [{ id: '1.9', graderingsnivaa: beskyttelse, erGjeldende: true }] } : {}),
  }) as unknown as Persondokument;
const veg = (kommunenummer: string, adressegradering?: string) => ({ vegadresse: { kommunenummer, adressenavn: 'Gata' }, ...(adressegradering ? { adressegradering } : {}) });

describe('the residence the feed filters on', () => {
  it('reads the municipality of the current residential address of every kind, and its grading', () => {
    expect(bosted(dok([veg('0301')]))).toEqual({ kommunenummer: '0301', adressegradering: 'ugradert' });
    expect(bosted(dok([veg('0301'), veg('4601', 'klientadresse')]))).toEqual({ kommunenummer: '4601', adressegradering: 'klientadresse' });
    expect(bosted(dok([{ matrikkeladresse: { matrikkelnummer: { kommunenummer: '5001' } } }])).kommunenummer).toBe('5001');
    expect(bosted(dok([{ ukjentBosted: { bostedskommune: '1103' } }])).kommunenummer).toBe('1103');
    expect(bosted(dok([{ ukjentBosted: {} }]))).toEqual({ adressegradering: 'ugradert' });
    expect(bosted({} as Persondokument)).toEqual({ adressegradering: 'ugradert' });
  });

  it('names the municipality left when the residence there ends, with the stricter grading of the two', () => {
    expect(bostedsendring(dok([veg('0301')]), dok([veg('0301'), veg('4601')]))).toEqual({ kommunenummer: '4601', fraflyttingskommunenummer: '0301', adressegradering: 'ugradert' });
    expect(bostedsendring(dok([veg('0301')]), dok([veg('0301'), veg('0301')]))).toEqual({ kommunenummer: '0301', adressegradering: 'ugradert' });
    expect(bostedsendring(dok([veg('0301', 'klientadresse')]), dok([]))).toEqual({ fraflyttingskommunenummer: '0301', adressegradering: 'klientadresse' });
    expect(bostedsendring(dok([veg('0301', 'fortrolig')]), dok([veg('0301', 'fortrolig'), veg('4601', 'klientadresse')])).adressegradering).toBe('fortrolig');
    expect(bostedsendring(dok([veg('0301', 'hemmelig')]), dok([veg('4601')])).adressegradering).toBe('hemmelig');
    expect(bostedsendring(undefined, dok([veg('0301')]))).toEqual({ kommunenummer: '0301', adressegradering: 'ugradert' });
  });

  it('reads the person-level protection', () => {
    expect(adressebeskyttelse(dok([], 'strengtFortrolig'))).toBe('strengtFortrolig');
    expect(adressebeskyttelse(dok([]))).toBe('ugradert');
  });
});
