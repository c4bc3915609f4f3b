import type { Kommando } from '../../domain/kommando/kommando.ts';
import { foedselsdato } from '../../domain/person/persondokument.ts';
import { alderPaa } from '../../domain/tid.ts';
import type { Meldingsregler, Registerfakta, TolketMelding, Vurdering } from '../kontrakt.ts';
import { ikkeFremITid } from './datoer.ts';
import { tolkMelding } from './konvolutt.ts';
import { erIEkteskap, myndighet, part, type Part } from './parter.ts';
import { kjentPerson, unike } from './personer.ts';
import { Vurderer } from './vurdering.ts';

type JaNeiVetIkke = 'ja' | 'nei' | 'vetIkke' | 'ikkeRelevant';

/** `ForespoerselOmRegistreringAvVigsel` (MeldingOmVigsel_v1.0.xsd), the fields the rules use. */
export interface ForespoerselOmVigsel {
  readonly kilde: string;
  readonly ektefeller: readonly Part[];
  readonly vigselsdato?: string;
  readonly vigselssted?: string;
  readonly vigselsmyndighet?: string;
  readonly vigselsmyndighetSomKommune?: string;
  readonly vigselstype?: string;
  readonly vigselsland?: string;
  /** The form's yes/no answers about the ceremony's validity, by field name. */
  readonly erklaeringer: Readonly<Record<string, JaNeiVetIkke | undefined>>;
}

const erklaeringsfelt = {
  vigsel: ['vigslerHarGyldigVigselsmyndighet', 'vigselsbokErIOrden', 'vigselErUtfoertPaaStedHvorVigslerHarMyndighet'],
  forespoersel: ['vigselsmeldingErKorrektUnderskrevet', 'personeneStemmerMedProevingsattest'],
} as const;

/**
 * Marriage (ekteskapsloven): both become `gift` with each other (decide-sivilstand.ts). Formal control: two spouses
 * and a date. Refused: under 18 (§ 1a), the same person twice, unknown or dead persons, a date ahead. Manual: a
 * spouse named without a number, a spouse the register holds as married (the earlier marriage may have ended abroad
 * without being reported; the case worker registers that first), a form that doubts the ceremony's validity, and a
 * marriage abroad or by a foreign authority (recognition, § 18a). The message carries no name change (decided:
 * none; names change by their own notice).
 */
export const vigsel: Meldingsregler<ForespoerselOmVigsel> = {
  tolk: (xml) =>
    tolkMelding(
      {
        ressurs: 'vigsel_v1',
        rot: 'meldingOmVigsel',
        lister: ['forespoersel.ektefelle', 'forespoersel.ektefelle.statsborgerskap', 'forespoersel.vedlegg'],
        forespoersel: (f) => {
          const v = f.valgfri('vigsel');
          const felt = (navn: string) => v?.valgfriTekst(navn);
          const dato = v?.valgfriDato('vigselsdato');
          return {
            kilde: f.tekst('kilde'),
            ektefeller: f.liste('ektefelle').map((e) => part(e)),
            ...(dato ? { vigselsdato: dato } : {}),
            ...Object.fromEntries(
              (['vigselssted', 'vigselsmyndighet', 'vigselsmyndighetSomKommune', 'vigselstype', 'vigselsland'] as const)
                .map((n) => [n, felt(n)])
                .filter(([, verdi]) => verdi !== undefined),
            ),
            erklaeringer: {
              ...Object.fromEntries(erklaeringsfelt.vigsel.map((n) => [n, felt(n) as JaNeiVetIkke | undefined])),
              ...Object.fromEntries(erklaeringsfelt.forespoersel.map((n) => [n, f.valgfriTekst(n) as JaNeiVetIkke | undefined])),
            },
          };
        },
      },
      xml,
    ),
  behov: (m) => ({ personnumre: unike(...m.forespoersel.ektefeller.map((e) => e.nummer)), foedselsdatoer: [] }),
  vurder,
};

function vurder(m: TolketMelding<ForespoerselOmVigsel>, fakta: Registerfakta): Vurdering {
  const f = m.forespoersel;
  const v = new Vurderer();
  const [a, b] = f.ektefeller;
  if (!a || !b || !f.vigselsdato) return v.avvis('ufullstendigMelding').avvist();
  const dato = f.vigselsdato;
  ikkeFremITid(v, fakta.idag, dato);
  if (Object.values(f.erklaeringer).some((svar) => svar === 'nei' || svar === 'vetIkke')) v.manuell('vigselKanVaereUgyldig');
  if (f.vigselstype === 'utlandet' || f.vigselsmyndighet === 'utenlandskMyndighet' || (f.vigselsland && f.vigselsland !== 'NOR')) v.manuell('vigselIUtlandet');
  if (!a.nummer || !b.nummer) return v.manuell('manglerIdentifikasjonsnummer').resultat([]);
  if (a.nummer === b.nummer) return v.avvis('sammePerson').avvist();
  for (const nummer of [a.nummer, b.nummer]) {
    const person = kjentPerson(v, fakta, nummer);
    if (!person) continue;
    const fd = foedselsdato(person);
    if (fd && alderPaa(fd, dato) < 18) v.avvis('forUngTilEkteskap');
    if (erIEkteskap(person)) v.manuell('alleredeGift');
  }
  const kommando: Kommando = {
    type: 'vigsel',
    personer: [a.nummer, b.nummer],
    dato,
    ...(f.vigselsmyndighetSomKommune ? { kommune: f.vigselsmyndighetSomKommune } : {}),
    ...(f.vigselsmyndighet ? { myndighet: myndighet(f.vigselsmyndighet) } : {}),
    ...(f.vigselssted ? { sted: f.vigselssted } : {}),
    ...(f.vigselsland && f.vigselsland !== 'NOR' ? { utland: f.vigselsland } : {}),
    kilde: f.kilde,
  };
  return v.resultat([kommando]);
}
