import type { Kommando } from '../../domain/kommando/kommando.ts';
import { alleIdentifikatorer, foedselsdato, gjeldende, type Persondokument } from '../../domain/person/persondokument.ts';
import { alderPaa } from '../../domain/tid.ts';
import type { Meldingsregler, Registerfakta, TolketMelding, Vurdering } from '../kontrakt.ts';
import { ikkeFremITid } from './datoer.ts';
import { tolkMelding } from './konvolutt.ts';
import { part, type Part } from './parter.ts';
import { kjentPerson, unike } from './personer.ts';
import { Vurderer } from './vurdering.ts';
import { valgfritt } from './xml.ts';

/** `ForespoerselOmRegistreringAvFarskap` (MeldingOmRegistreringAvFarskap_v1.0.xsd), the fields the rules use. */
export interface ForespoerselOmFarskap {
  readonly registreringsdato: string;
  readonly innsendertype: string;
  readonly barnet: { readonly foedselsEllerDNummer?: string; readonly erFoedt: boolean; readonly termindato?: string };
  readonly far: Part & { readonly datoForErklaeringen: string; readonly harSignert: boolean };
  readonly mor?: Part & { readonly harSignert: boolean };
  readonly foreldreBorSammen?: boolean;
  readonly datoForAvtaleOmForeldreansvar?: string;
  readonly saksbehandlersVurdering: {
    readonly farsForeldreHarSignert?: boolean;
    readonly skjemaErAttestert: boolean;
    readonly vedlagtFarskapsskjemaErOriginalt: boolean;
    readonly manuellBehandlingErOensket?: boolean;
    readonly kommentarForManuellBehandling?: string;
  };
}

/**
 * Paternity by declaration (barneloven § 4): the father and child are linked both ways, and parental responsibility
 * becomes joint when the parents live together (§ 35) or agree on it (`foreldreansvar.datoForAvtalen`, § 34).
 * Refused: a declaration not signed by both parents, unknown persons. Manual: a child not yet born or registered
 * (held until the birth), a child that already has a father or co-mother (a change needs a court or NAV decision,
 * §§ 6–7), a mother who is not the child's registered mother, a father under 18 whose parents have not signed
 * (§ 4 fifth paragraph), a form not attested or not original, a father without a number, and the sender's own wish.
 */
export const farskap: Meldingsregler<ForespoerselOmFarskap> = {
  tolk: (xml) =>
    tolkMelding(
      {
        ressurs: 'farskap_v1',
        rot: 'meldingOmRegistreringAvFarskap',
        lister: ['forespoersel.innsender', 'forespoersel.vedlegg', 'forespoersel.vedlegg.dokumenttype'],
        forespoersel: (f) => {
          const barn = f.barn('barnet');
          const far = f.barn('far');
          const mor = f.valgfri('mor');
          const s = f.barn('saksbehandlersVurdering');
          return {
            registreringsdato: f.dato('registreringsdato'),
            innsendertype: f.liste('innsender')[0]!.tekst('innsendertype'),
            barnet: {
              ...valgfritt('foedselsEllerDNummer', barn.valgfriTekst('foedselsEllerDNummer')),
              erFoedt: barn.bool('erFoedt'),
              ...valgfritt('termindato', barn.valgfriDato('termindato')),
            },
            far: { ...part(far, 'navn'), datoForErklaeringen: far.dato('datoForErklaeringen'), harSignert: far.bool('harSignert') },
            ...(mor ? { mor: { ...part(mor, 'navn'), harSignert: mor.bool('harSignert') } } : {}),
            ...valgfritt('foreldreBorSammen', f.valgfriBool('foreldreBorSammen')),
            ...valgfritt('datoForAvtaleOmForeldreansvar', f.valgfri('foreldreansvar')?.dato('datoForAvtalen')),
            saksbehandlersVurdering: {
              ...valgfritt('farsForeldreHarSignert', s.valgfriBool('farsForeldreHarSignert')),
              skjemaErAttestert: s.bool('skjemaErAttestert'),
              vedlagtFarskapsskjemaErOriginalt: s.bool('vedlagtFarskapsskjemaErOriginalt'),
              ...valgfritt('manuellBehandlingErOensket', s.valgfriBool('manuellBehandlingErOensket')),
              ...valgfritt('kommentarForManuellBehandling', s.valgfriTekst('kommentarForManuellBehandling')),
            },
          } as ForespoerselOmFarskap;
        },
      },
      xml,
    ),
  behov: (m) => ({ personnumre: unike(m.forespoersel.barnet.foedselsEllerDNummer, m.forespoersel.far.nummer, m.forespoersel.mor?.nummer), foedselsdatoer: [] }),
  vurder,
};

/** The child's registered parents by role. */
function forelder(barn: Persondokument, roller: readonly string[]): string[] {
  return gjeldende(barn, 'familierelasjon').filter((r) => roller.includes(String(r.relatertPersonsRolle))).map((r) => String(r.relatertPerson));
}

function vurder(m: TolketMelding<ForespoerselOmFarskap>, fakta: Registerfakta): Vurdering {
  const f = m.forespoersel;
  const v = new Vurderer();
  ikkeFremITid(v, fakta.idag, f.far.datoForErklaeringen, f.datoForAvtaleOmForeldreansvar);
  if (!f.far.harSignert || f.mor?.harSignert === false) v.avvis('manglerSignatur');
  const s = f.saksbehandlersVurdering;
  if (!s.skjemaErAttestert || !s.vedlagtFarskapsskjemaErOriginalt) v.manuell('farskapsskjemaMaaVurderes');
  if (s.manuellBehandlingErOensket) v.manuell('manuellBehandlingOensket', s.kommentarForManuellBehandling);
  const barnetsNummer = f.barnet.foedselsEllerDNummer;
  if (!f.barnet.erFoedt || !barnetsNummer) return v.manuell('barnErIkkeRegistrert').resultat([]);
  if (!f.far.nummer) return v.manuell('manglerIdentifikasjonsnummer').resultat([]);
  if (f.far.nummer === barnetsNummer) return v.avvis('sammePerson').avvist();
  const barn = kjentPerson(v, fakta, barnetsNummer);
  const far = kjentPerson(v, fakta, f.far.nummer);
  if (!barn || !far) return v.avvist();
  if (forelder(barn, ['far', 'medmor']).length > 0) v.manuell('barnetHarAlleredeFar');
  if (f.mor?.nummer) {
    const mor = kjentPerson(v, fakta, f.mor.nummer);
    if (mor && !forelder(barn, ['mor']).some((n) => alleIdentifikatorer(mor).includes(n))) v.manuell('morStemmerIkke');
  }
  const farsFoedselsdato = foedselsdato(far);
  if (farsFoedselsdato && alderPaa(farsFoedselsdato, f.far.datoForErklaeringen) < 18 && !s.farsForeldreHarSignert) v.manuell('farErMindreaarig');

  const kommandoer: Kommando[] = [
    { type: 'familierelasjon', person: barnetsNummer, relatertPerson: f.far.nummer, relatertPersonsRolle: 'far', gyldigFra: f.far.datoForErklaeringen, kilde: f.innsendertype },
  ];
  if (f.foreldreBorSammen || f.datoForAvtaleOmForeldreansvar) {
    const fra = [f.far.datoForErklaeringen, f.datoForAvtaleOmForeldreansvar].filter((d): d is string => !!d).sort().at(-1)!;
    kommandoer.push({ type: 'foreldreansvar', barn: barnetsNummer, ansvar: 'felles', gyldigFra: fra, kilde: f.innsendertype });
  }
  return v.resultat(kommandoer);
}
