import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { elementnavn, type Elementnavn } from '../../src/domain/persondokument/elementer.ts';
import { erEnkeltelement, versjoner, type Persondokument } from '../../src/domain/person/persondokument.ts';
import { rettighetspakkenavn, type Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import { pakketabell } from '../../src/access/view/pakketabell.ts';
import { parseParts } from '../../src/access/view/parts.ts';
import { view } from '../../src/access/view/view.ts';
import { openapiValidator } from '../support/openapi.ts';
import { gater, testpersoner, type Testperson } from './view-personer.ts';
import {
  adresser, beskyttelseAv, forventedeVersjoner, foresporsler, harHjemmel, konfidensielleStatuser, skalVises, type Forventning,
} from './view-orakel.ts';

/**
 * The disclosure matrix (issue 4, STYLE.md §5): every package × every element (alone, with history, in aliases, all
 * at once) × a person unprotected, fortrolig, strengtFortrolig, and with each confidential status, against the oracle
 * of view-orakel.ts. Then a property over random mixes of parts.
 */
const validerOpenapi = openapiValidator('Folkeregisterperson');
type Json = Record<string, unknown>;
const liste = (x: unknown): Json[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]) as Json[];
const datofelter = ['ajourholdstidspunkt', 'gyldighetstidspunkt', 'opphoerstidspunkt', 'utflyttingsdato'];
const stedfelter = ['fraflyttingsland', 'fraflyttingsstedIUtlandet', 'tilflyttingsland', 'tilflyttingsstedIUtlandet'];

/** Street names and postal box owners of a version: what a leak of that address would show. */
function adressenavn(verdi: unknown): string[] {
  if (verdi === null || typeof verdi !== 'object') return [];
  return Object.entries(verdi).flatMap(([k, v]) => ((k === 'adressenavn' || k === 'postbokseier') && typeof v === 'string' ? [v] : adressenavn(v)));
}

/**
 * What a response holds, in the terms the oracle can predict, as [actual, expected]. One comparison per package
 * keeps the matrix fast; a failure shows the requests that differ.
 */
function rapport(pakke: Rettighetspakke, tp: Testperson, parter: readonly string[], f: Forventning): [Json, Json] {
  const dok: Persondokument = tp.person.dokument;
  const r = pakketabell[pakke];
  const valg = parseParts(parter, pakke);
  if (!valg.ok) throw new Error(`${pakke} refused ${valg.ugyldigPart}`);
  const utlevert = view(dok, pakke, valg.parts, { personId: tp.person.personId });
  const ut = utlevert.folkeregisterperson as Json;
  const json = JSON.stringify(ut);
  const hva = `${pakke} ${tp.variant} [${parter.join(',')}]`;
  const antall = (hent: (e: Elementnavn) => readonly unknown[]) =>
    Object.fromEntries(elementnavn.map((e) => [e, hent(e).length]).filter(([, n]) => n !== 0));
  const masker = (s: unknown) => (!r.konfidensiellStatus && konfidensielleStatuser.includes(String(s)) ? 'aktiv' : s);
  const medId = <T,>(verdi: T): T | undefined => (f.visIdentitetsnummer ? verdi : undefined);
  const faktisk = {
    hva,
    openapiFeil: validerOpenapi(ut),
    interneId: /"id":/.test(json),
    grunnlag: utlevert.grunnlag,
    antall: antall((e) => liste(ut[e])),
    enkeltelementerSomListe: elementnavn.filter((e) => erEnkeltelement(e) && Array.isArray(ut[e])),
    status: liste(ut.status).map((v) => v.status),
    flyttefeil: flyttefeil(pakke, dok, [...liste(ut.innflytting), ...liste(ut.utflytting)]),
    // Protected addresses: withheld versions' street names appear nowhere.
    lekkasjer: adresser.flatMap((element) =>
      versjoner(dok, element).filter((v) => !skalVises(pakke, dok, element, v, f)).flatMap(adressenavn).filter((navn) => json.includes(navn)),
    ),
    // Identity numbers: none at all where not to be shown; otherwise spouse and estate contact by the table.
    ellevesifre: f.visIdentitetsnummer ? undefined : json.match(/\d{11}/g),
    ektefelle: medId(liste(ut.sivilstand).some((v) => 'relatertVedSivilstand' in v)),
    kontaktnummer: medId(liste(ut.kontaktinformasjonForDoedsbo).some((v) => 'foedselsEllerDNummer' in ((v.person ?? {}) as Json))),
  };
  const forventet = {
    ...faktisk,
    openapiFeil: [],
    interneId: false,
    grunnlag: { folkeregisteridentifikator: tp.nummer, personId: tp.person.personId, rettighetspakke: pakke, parter: parter.length ? [...new Set(parter)] : ['person-basis'] },
    antall: antall((e) => forventedeVersjoner(pakke, dok, e, f)),
    enkeltelementerSomListe: [],
    status: forventedeVersjoner(pakke, dok, 'status', f).map((v) => masker(v.status)),
    flyttefeil: [],
    lekkasjer: [],
    ellevesifre: f.visIdentitetsnummer ? undefined : null,
    ektefelle: medId(r.ektefelle && forventedeVersjoner(pakke, dok, 'sivilstand', f).some((v) => 'relatertVedSivilstand' in v)),
    kontaktnummer: medId(r.doedsboKontaktpersonnummer && forventedeVersjoner(pakke, dok, 'kontaktinformasjonForDoedsbo', f).length > 0),
  };
  return [faktisk, forventet];
}

/** spec §5.2 note 5: place and dates hidden for protected persons without the basis; historical dates outside OMH. */
function flyttefeil(pakke: Rettighetspakke, dok: Persondokument, flyttinger: readonly Json[]): string[] {
  const beskyttelse = beskyttelseAv(dok);
  const skjult = beskyttelse !== 'ugradert' && !harHjemmel(pakke, beskyttelse);
  return flyttinger.flatMap((v) => {
    const maaMangle = [...(skjult ? stedfelter : []), ...(skjult || (v.erGjeldende === false && !pakketabell[pakke].flyttedatoer) ? datofelter : [])];
    return maaMangle.filter((felt) => felt in v);
  });
}

describe('the disclosure matrix', () => {
  for (const pakke of rettighetspakkenavn) {
    it(`${pakke}: every element, alias and history request, every protection and confidential status`, () => {
      const faktisk: Json[] = [];
      const forventet: Json[] = [];
      for (const tp of testpersoner()) {
        for (const { parter, forventning } of foresporsler(pakke)) {
          const [f, v] = forventning
            ? rapport(pakke, tp, parter, forventning)
            : [{ parter, svar: parseParts(parter, pakke) }, { parter, svar: { ok: false, ugyldigPart: parter[0] } }];
          faktisk.push(f);
          forventet.push(v);
        }
      }
      expect(faktisk).toEqual(forventet);
    });
  }

  it('any mix of parts, in any case: refused exactly when one part is unavailable, never leaking', () => {
    const kandidater = [...elementnavn, ...elementnavn.map((e) => `${e}-historikk`), 'person-basis', 'historikk', 'identitetsgrunnlag-utvidet', 'relasjon-utvidet', 'basis', 'person', 'ukjent'];
    const storeOgSmaa = (s: string) => fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((b) => [...s].map((c, i) => (b[i] ? c.toUpperCase() : c)).join(''));
    const personer = testpersoner();
    fc.assert(
      fc.property(
        fc.constantFrom(...rettighetspakkenavn),
        fc.constantFrom(...personer),
        fc.uniqueArray(fc.constantFrom(...kandidater), { maxLength: 6 }).chain((a) => fc.tuple(...a.map(storeOgSmaa))),
        (pakke, tp, parter) => {
          const enkle = foresporsler(pakke).filter((q) => q.parter.length === 1);
          const gyldig = (p: string) =>
            ['person-basis', 'basis', 'historikk'].includes(p.toLowerCase()) ||
            enkle.some((q) => q.forventning && q.parter[0]!.toLowerCase() === p.toLowerCase());
          const ugyldig = parter.find((p) => !gyldig(p));
          const valg = parseParts(parter, pakke);
          if (ugyldig !== undefined) return void expect(valg).toEqual({ ok: false, ugyldigPart: ugyldig });
          if (!valg.ok) throw new Error(`refused ${valg.ugyldigPart}`);
          const ut = view(tp.person.dokument, pakke, valg.parts).folkeregisterperson as Json;
          expect(validerOpenapi(ut)).toEqual([]);
          for (const e of Object.keys(ut)) expect(pakketabell[pakke].elementer).toContain(e as Elementnavn);
          const json = JSON.stringify(ut);
          const visId = pakketabell[pakke].identitetsnummer === 'alltid' || (pakketabell[pakke].identitetsnummer === 'paaForespoersel' && parter.some((p) => /^identifikasjonsnummer(-historikk)?$/i.test(p)));
          if (!visId) expect(json).not.toMatch(/\d{11}/);
          const beskyttelse = beskyttelseAv(tp.person.dokument);
          const skjulte = Object.keys(gater).filter((g) => (g === 'Klientveien' && !harHjemmel(pakke, 'klientadresse')) || (beskyttelse !== 'ugradert' && !harHjemmel(pakke, beskyttelse)));
          expect(skjulte.filter((g) => json.includes(g))).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 4 },
    );
  });
});
