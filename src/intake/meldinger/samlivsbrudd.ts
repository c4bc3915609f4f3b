import type { Kommando } from '../../domain/kommando/kommando.ts';
import type { Meldingsregler, Registerfakta, Ressurs, TolketMelding, Vurdering } from '../kontrakt.ts';
import { ikkeFremITid } from './datoer.ts';
import { tolkMelding } from './konvolutt.ts';
import { erGiftMed, myndighet, part, sivilstandAv, vigselsdato, type Part } from './parter.ts';
import { kjentPerson, unike } from './personer.ts';
import { Vurderer } from './vurdering.ts';

/** `ForespoerselOmRegistreringAvSeparasjon` / `…AvSkilsmisse` (MeldingOmSeparasjon_v1.0.xsd, MeldingOmSkilsmisse_v1.0.xsd). */
export interface ForespoerselOmSamlivsbrudd {
  readonly kilde: string;
  readonly ektefelleEllerPartner: readonly [Part, Part];
  readonly dato: string;
  readonly hjemmel: string;
  readonly sivilstandsmyndighet: 'domstolen' | 'fylkesmannen' | 'utenlandskMyndighetUtenomNorden' | 'nordiskMyndighet';
  /** Skilsmisse only: the marriage's date as the authority knows it. */
  readonly vigselsEllerPartnerskapsdato?: string;
}

type Type = 'separasjon' | 'skilsmisse';

/** Separation and divorce are read and checked alike; the two resources differ only in names. */
const format = {
  separasjon: { ressurs: 'separasjon_v1', rot: 'meldingOmSeparasjon', dato: 'separasjonsdato' },
  skilsmisse: { ressurs: 'skilsmisse_v1', rot: 'meldingOmSkilsmisse', dato: 'skilsmissedato' },
} as const satisfies Record<Type, { ressurs: Ressurs; rot: string; dato: string }>;

/**
 * Separation and divorce change both spouses' marital status (decide-sivilstand.ts; a divorce also ends the spouse
 * relation). The spouses must be married to each other; a decision by an authority outside the Nordic countries
 * must be recognised (ekteskapsloven § 26) and a divorce whose marriage date differs from the registered one may
 * concern another marriage, so both go to a case worker. The messages carry no name change (decided: none).
 */
export function samlivsbrudd(type: Type): Meldingsregler<ForespoerselOmSamlivsbrudd> {
  const f = format[type];
  return {
    tolk: (xml) =>
      tolkMelding(
        {
          ressurs: f.ressurs,
          rot: f.rot,
          lister: ['forespoersel.ektefelleEllerPartner'],
          forespoersel: (les) => {
            const avgjoerelse = les.barn(type);
            const vigsel = les.valgfriDato('vigselsEllerPartnerskapsdato');
            const [a, b] = les.liste('ektefelleEllerPartner').map((p) => part(p));
            return {
              kilde: les.tekst('kilde'),
              ektefelleEllerPartner: [a!, b!],
              dato: avgjoerelse.dato(f.dato),
              hjemmel: avgjoerelse.tekst('hjemmel'),
              sivilstandsmyndighet: avgjoerelse.tekst('sivilstandsmyndighet') as ForespoerselOmSamlivsbrudd['sivilstandsmyndighet'],
              ...(vigsel ? { vigselsEllerPartnerskapsdato: vigsel } : {}),
            };
          },
        },
        xml,
      ),
    behov: (m) => ({ personnumre: unike(...m.forespoersel.ektefelleEllerPartner.map((p) => p.nummer)), foedselsdatoer: [] }),
    vurder: (m, fakta) => vurder(type, m, fakta),
  };
}

const kanSepareres = new Set(['gift', 'registrertPartner']);

function vurder(type: Type, m: TolketMelding<ForespoerselOmSamlivsbrudd>, fakta: Registerfakta): Vurdering {
  const f = m.forespoersel;
  const v = new Vurderer();
  ikkeFremITid(v, fakta.idag, f.dato);
  const [a, b] = f.ektefelleEllerPartner;
  if (f.sivilstandsmyndighet === 'utenlandskMyndighetUtenomNorden' || f.hjemmel === 'ikkeNorskHjemmel') v.manuell('utenlandskAvgjoerelse');
  if (!a.nummer || !b.nummer) return v.manuell('manglerIdentifikasjonsnummer').resultat([]);
  if (a.nummer === b.nummer) return v.avvis('sammePerson').avvist();
  const [pa, pb] = [kjentPerson(v, fakta, a.nummer), kjentPerson(v, fakta, b.nummer)];
  if (!pa || !pb) return v.avvist();
  if (!erGiftMed(pa, pb) || !erGiftMed(pb, pa)) v.avvis('ikkeGiftMedHverandre');
  else if (type === 'separasjon' && ![pa, pb].every((p) => kanSepareres.has(sivilstandAv(p) ?? ''))) v.avvis('sivilstandTillaterIkkeEndringen');
  else if (f.vigselsEllerPartnerskapsdato && vigselsdato(pa, pb) && f.vigselsEllerPartnerskapsdato !== vigselsdato(pa, pb)) v.manuell('avvikendeVigselsdato');
  const kommando: Kommando = {
    type,
    personer: [a.nummer, b.nummer],
    dato: f.dato,
    ...(myndighet(f.sivilstandsmyndighet) ? { myndighet: myndighet(f.sivilstandsmyndighet) } : {}),
    kilde: f.kilde,
  };
  return v.resultat([kommando]);
}
