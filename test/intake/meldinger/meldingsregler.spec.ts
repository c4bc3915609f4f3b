import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ressurser } from '../../../src/intake/kontrakt.ts';
import { begrunnelseskoder } from '../../../src/intake/meldinger/begrunnelser.ts';
import { meldingsregler } from '../../../src/intake/meldinger/index.ts';
import { lesXml } from '../../../src/intake/meldinger/xml.ts';
import { vigsel } from '../../../src/intake/meldinger/vigsel.ts';
import { eksempel, endret, Testregister } from './testregister.ts';

describe('the rules of every resource', () => {
  it.each(ressurser)('%s reads its example, names what to look up and decides', (ressurs) => {
    const regler = meldingsregler[ressurs];
    const melding = regler.tolk(eksempel(ressurs));
    expect(melding.ressurs).toBe(ressurs);
    expect(melding.avsendersMeldingsidentifikator).toMatch(/\S/);
    const behov = regler.behov(melding);
    expect(behov.personnumre.length + behov.foedselsdatoer.length).toBeGreaterThan(0);
    const vurdering = new Testregister().vurder(regler, melding);
    expect(['automatisk', 'manuell', 'avvist']).toContain(vurdering.utfall);
  });
});

describe('reading XML', () => {
  it('decodes the predefined entities and character references, and keeps codes as text', () => {
    const xml = endret('vigsel_v1', ['<vigselssted>Oslo domkirke', '<vigselssted>Kirke &amp; kapell &#216;st &lt;1&gt;']);
    expect(vigsel.tolk(xml).forespoersel).toMatchObject({ vigselssted: 'Kirke & kapell Øst <1>', vigselsmyndighetSomKommune: '0301' });
  });

  it('refuses a document with a DTD, whatever the plumbing did', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><a><b>&x;</b></a>`;
    expect(() => lesXml(xml, 'a', [])).toThrow(/DTD/);
  });

  it('reads a repeatable element as a list even when it occurs once', () => {
    const [ektefelle] = vigsel.tolk(endret('vigsel_v1', [/<ektefelle>\s*<foedselsEllerDNummer>24929299708[\s\S]*?<\/ektefelle>/, ''])).forespoersel.ektefeller;
    expect(ektefelle).toEqual({ nummer: '08889499827' });
  });
});

describe('docs/meldingsregler.md', () => {
  const doc = readFileSync(new URL('../../../docs/meldingsregler.md', import.meta.url), 'utf8');
  it('describes every reason code and every resource', () => {
    for (const kode of begrunnelseskoder) expect(doc, kode).toContain(`\`${kode}\``);
    for (const ressurs of ressurser) expect(doc, ressurs).toContain(`\`${ressurs}\``);
  });
});
