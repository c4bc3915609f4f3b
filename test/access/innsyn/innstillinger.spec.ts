import { describe, expect, it } from 'vitest';
import { lesInnsynInnstillinger } from '../../../src/access/innsyn/index.ts';

describe('innsyn settings', () => {
  it('default to the law’s scope, ID-porten’s two upper levels, and a development login only on the embedded store', () => {
    const innebygd = lesInnsynInnstillinger({}, true);
    expect(innebygd).toEqual({
      utstedere: [],
      audience: 'folkeregister-innsyn',
      acr: ['idporten-loa-substantial', 'idporten-loa-high'],
      omfang: 'lov',
      utviklingsinnlogging: true,
    });
    expect(lesInnsynInnstillinger({}, false).utviklingsinnlogging).toBe(false);
    expect(lesInnsynInnstillinger({ FOLKEREGISTER_INNSYN_DEV_LOGIN: 'false' }, true).utviklingsinnlogging).toBe(false);
    expect(lesInnsynInnstillinger({ FOLKEREGISTER_INNSYN_DEV_LOGIN: 'true' }, false).utviklingsinnlogging).toBe(true);
  });

  it('reads issuers, audience, levels and scope from the environment', () => {
    const innstillinger = lesInnsynInnstillinger(
      {
        FOLKEREGISTER_INNSYN_UTSTEDERE: 'https://idporten.no=https://idporten.no/jwks.json  https://test.idporten.no=https://test.idporten.no/jwks.json?v=2',
        FOLKEREGISTER_INNSYN_AUDIENCE: 'min-klient',
        FOLKEREGISTER_INNSYN_ACR: 'idporten-loa-high',
        FOLKEREGISTER_INNSYN_OMFANG: 'alle',
      },
      false,
    );
    expect(innstillinger).toEqual({
      utstedere: [
        { issuer: 'https://idporten.no', jwksUri: 'https://idporten.no/jwks.json' },
        { issuer: 'https://test.idporten.no', jwksUri: 'https://test.idporten.no/jwks.json?v=2' },
      ],
      audience: 'min-klient',
      acr: ['idporten-loa-high'],
      omfang: 'alle',
      utviklingsinnlogging: false,
    });
  });

  it('refuses an unknown scope or an issuer without its JWKS at start-up', () => {
    expect(() => lesInnsynInnstillinger({ FOLKEREGISTER_INNSYN_OMFANG: 'noen' }, true)).toThrow('FOLKEREGISTER_INNSYN_OMFANG må være lov eller alle');
    expect(() => lesInnsynInnstillinger({ FOLKEREGISTER_INNSYN_UTSTEDERE: 'https://idporten.no' }, true)).toThrow(/utsteder=jwks-url/);
  });
});
