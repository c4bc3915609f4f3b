import { describe, expect, it } from 'vitest';
import { viewFeedinnslag, type Feedhendelse } from '../../../src/access/view/feedinnslag.ts';
import { feedsideTilAtom } from '../../../src/access/xml/atom.ts';
import { tekst } from '../../../src/access/xml/til-xml.ts';
import { lesXml } from '../xml-les.ts';

const hendelse = (sekvensnummer: number): Feedhendelse => ({
  sekvensnummer, hendelsesidentifikator: `h${sekvensnummer}`, folkeregisteridentifikator: '14838749802', hendelsestype: 'endringINavn',
  ajourholdstidspunkt: '2026-11-23T12:00:00.123+01:00', persondokument: `p${sekvensnummer}`,
  endringer: [{ element: 'navn', entitetsendring: 'registrereNy', elementId: '1.1', verdi: { fornavn: 'A', etternavn: 'B' } }],
  adressebeskyttelse: 'ugradert', bostedsgradering: 'ugradert',
});

describe('Atom pages', () => {
  it('escape what they carry, give entries in UTC, and omit next when asked to', () => {
    const innslag = [1, 2].map((n) => viewFeedinnslag(hendelse(n), 'offentligMedHjemmel')!);
    const xml = feedsideTilAtom(innslag, { id: 'http://x/feed', tittel: 'A & B <C>', selv: 'http://x/feed?seq=1&kommunenummer=0301', foerste: 'http://x/feed?seq=0', naa: new Date(0) });
    const rot = lesXml(xml);
    expect(rot.barn.find((b) => b.navn === 'title')!.tekst).toBe('A & B <C>');
    expect(rot.barn.filter((b) => b.navn === 'link').map((l) => [l.attributter.rel, l.attributter.href])).toEqual([
      ['self', 'http://x/feed?seq=1&kommunenummer=0301'], ['first', 'http://x/feed?seq=0'],
    ]);
    expect(rot.barn.find((b) => b.navn === 'updated')!.tekst).toBe('2026-11-23T11:00:00.123Z');
    const entry = rot.barn.filter((b) => b.navn === 'entry')[1]!;
    expect(entry.barn.map((b) => b.navn)).toEqual(['title', 'id', 'updated', 'content']);
    expect(entry.barn[1]!.tekst).toMatch(/:2$/);
  });

  it('character data: markup escaped, forbidden characters replaced, plain text untouched', () => {
    expect(tekst('Ærlig Øst-Åsen 12')).toBe('Ærlig Øst-Åsen 12');
    expect(tekst('a&b<c>d\re\u0001f\uFFFE')).toBe('a&amp;b&lt;c&gt;d&#13;e\uFFFDf\uFFFD');
    expect(tekst('😀')).toBe('😀');
  });
});
