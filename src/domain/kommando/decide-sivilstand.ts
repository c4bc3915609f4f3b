import type { Person } from '../person/persondokument.ts';
import { alleIdentifikatorer, folkeregisteridentifikator, foedselsdato, gjeldende, gjeldendeVerdi } from '../person/persondokument.ts';
import { alderPaa } from '../tid.ts';
import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import type { Samlivsbrudd, Vigsel } from './kommando.ts';
import { finnPerson, foersteAvvisning, manglerPerson, sjekkAktivPerson, sjekkDato, type Personer } from './vakter.ts';

/** Statuses in which a person is still married or in partnership (separated spouses are still married). */
const iEkteskap = new Set(['gift', 'separert', 'registrertPartner', 'separertPartner']);

function sivilstandAv(person: Person): string | undefined {
  return gjeldendeVerdi(person.dokument, 'sivilstand')?.sivilstand as string | undefined;
}

function erGiftMed(person: Person, annen: Person): boolean {
  const s = gjeldendeVerdi(person.dokument, 'sivilstand');
  return !!s && iEkteskap.has(String(s.sivilstand)) && alleIdentifikatorer(annen.dokument).includes(String(s.relatertVedSivilstand));
}

function begge(k: Vigsel | Samlivsbrudd, personer: Personer): [Person, Person] | Beslutning {
  const a = finnPerson(personer, k.personer[0]);
  const b = finnPerson(personer, k.personer[1]);
  if (!a || !b) return manglerPerson('personer');
  if (a.personId === b.personId) return avvis(Avvisningskode.sammePerson, 'Begge partene er samme person', 'personer');
  return [a, b];
}

/**
 * Marriage (ekteskapsloven): both become `gift` (or `registrertPartner`) pointing to each other, with mirrored
 * `ektefelleEllerPartner` relations; one event per person (spec §3.4). Refused when either is married already or
 * under 18 (ekteskapsloven § 1a).
 */
export function decideVigsel(k: Vigsel, personer: Personer, kontekst: Kontekst): Beslutning {
  const parter = begge(k, personer);
  if (!Array.isArray(parter)) return parter;
  const feil = foersteAvvisning(
    sjekkDato(k.dato, 'dato', kontekst.idag),
    ...parter.map((p) => sjekkAktivPerson(p, 'personer')),
    ...parter.map((p) =>
      iEkteskap.has(sivilstandAv(p) ?? '') ? avvis(Avvisningskode.alleredeGift, 'En av partene er allerede gift', 'personer') : undefined,
    ),
    ...parter.map((p) => {
      const fd = foedselsdato(p.dokument);
      return fd && alderPaa(fd, k.dato) < 18
        ? avvis(Avvisningskode.forUngTilEkteskap, 'En av partene er under 18 år på vigselsdatoen', 'personer')
        : undefined;
    }),
  );
  if (feil) return feil;
  const sivilstand = k.partnerskap ? 'registrertPartner' : 'gift';
  const hendelser = parter.map((p, i) => {
    const annen = parter[1 - i]!;
    const b = new Hendelsesbygger(kontekst, p, k.kilde ?? kontekst.kilde);
    const opts = { aarsak: 'Vigsel', gyldigFra: k.dato };
    b.ny('sivilstand', {
      sivilstand,
      sivilstandsdato: k.dato,
      ...(k.myndighet ? { myndighet: k.myndighet } : {}),
      ...(k.kommune ? { kommune: k.kommune } : {}),
      ...(k.sted ? { sted: k.sted } : {}),
      ...(k.utland ? { utland: k.utland } : {}),
      relatertVedSivilstand: folkeregisteridentifikator(annen.dokument),
    }, opts);
    b.ny('familierelasjon', {
      relatertPerson: folkeregisteridentifikator(annen.dokument),
      relatertPersonsRolle: 'ektefelleEllerPartner',
      minRolleForPerson: 'ektefelleEllerPartner',
    }, opts);
    return b.hendelse('endringISivilstand');
  });
  return godta(...hendelser);
}

const etterBrudd = {
  separasjon: { gift: 'separert', registrertPartner: 'separertPartner' },
  skilsmisse: { gift: 'skilt', registrertPartner: 'skiltPartner', separert: 'skilt', separertPartner: 'skiltPartner' },
} as const;

/** Separation and divorce change both spouses; a divorce also ends their spouse relation. */
export function decideSamlivsbrudd(k: Samlivsbrudd, personer: Personer, kontekst: Kontekst): Beslutning {
  const parter = begge(k, personer);
  if (!Array.isArray(parter)) return parter;
  const [a, b] = parter;
  const feil = foersteAvvisning(
    sjekkDato(k.dato, 'dato', kontekst.idag),
    !erGiftMed(a, b) || !erGiftMed(b, a)
      ? avvis(Avvisningskode.ikkeGiftMedHverandre, 'Partene er ikke gift med hverandre', 'personer')
      : undefined,
  );
  if (feil) return feil;
  const overgang: Record<string, string> = etterBrudd[k.type];
  for (const p of parter) {
    if (!overgang[sivilstandAv(p) ?? '']) {
      return avvis(Avvisningskode.ikkeTillattForStatus, `Sivilstanden tillater ikke ${k.type}`, 'personer');
    }
  }
  const hendelser = parter.map((p, i) => {
    const annen = parter[1 - i]!;
    const bygger = new Hendelsesbygger(kontekst, p, k.kilde ?? kontekst.kilde);
    const aarsak = k.type === 'separasjon' ? 'Separasjon' : 'Skilsmisse';
    bygger.ny('sivilstand', {
      sivilstand: overgang[sivilstandAv(p)!]!,
      sivilstandsdato: k.dato,
      ...(k.myndighet ? { myndighet: k.myndighet } : {}),
      relatertVedSivilstand: folkeregisteridentifikator(annen.dokument),
    }, { aarsak, gyldigFra: k.dato });
    if (k.type === 'skilsmisse') {
      const annensNumre = alleIdentifikatorer(annen.dokument);
      for (const r of gjeldende(p.dokument, 'familierelasjon')) {
        if (r.relatertPersonsRolle === 'ektefelleEllerPartner' && annensNumre.includes(String(r.relatertPerson))) {
          bygger.opphoer('familierelasjon', r, k.dato);
        }
      }
    }
    return bygger.hendelse('endringISivilstand');
  });
  return godta(...hendelser);
}
