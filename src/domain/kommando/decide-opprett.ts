import type { Person } from '../person/persondokument.ts';
import { gjeldendeStatus, gjeldendeVerdi } from '../person/persondokument.ts';
import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import { egneKommandoer } from './decide-element.ts';
import type { OpprettPerson } from './kommando.ts';
import { finnPerson, foersteAvvisning, manglerPerson, sjekkDato, type Personer } from './vakter.ts';

const motsattRolle = { mor: 'barn', far: 'barn', medmor: 'barn' } as const;

/**
 * A person enters the register by birth, immigration or a D-number requisition (law §§ 2-2, 4-1, 4-3). A newborn's
 * status is `bosatt` when a parent is resident and `foedselsregistrert` otherwise; an immigrant is `bosatt`; a
 * D-number person `midlertidig`. A birth with parents also changes each parent: one event per person (spec §3.4).
 */
export function decideOpprettPerson(k: OpprettPerson, personer: Personer, kontekst: Kontekst): Beslutning {
  const nummer = kontekst.nyeIdentifikatorer[0];
  if (!nummer) return avvis(Avvisningskode.manglerIdentifikator, 'Fikk ikke tildelt identifikasjonsnummer');
  const foreldre: { person: Person; rolle: 'mor' | 'far' | 'medmor'; nummer: string }[] = [];
  for (const f of k.foreldre ?? []) {
    const person = finnPerson(personer, f.nummer);
    if (!person) return manglerPerson('foreldre');
    foreldre.push({ person, rolle: f.rolle, nummer: f.nummer });
  }
  const feil = foersteAvvisning(
    sjekkDato(k.foedselsdato, 'foedselsdato', kontekst.idag),
    sjekkDato(k.innflytting?.dato, 'innflytting.dato', kontekst.idag),
    sjekkDato(k.gyldigFra, 'gyldigFra', kontekst.idag),
    k.grunnlag === 'innflytting' && !k.innflytting
      ? avvis(Avvisningskode.ugyldigVerdi, 'Innflytting mangler fraflyttingsland', 'innflytting')
      : undefined,
    (k.tillegg ?? []).some((t) => egneKommandoer.has(t.element))
      ? avvis(Avvisningskode.ugyldigVerdi, 'Et tilleggselement har egne regler og registreres med egen kommando', 'tillegg')
      : undefined,
  );
  if (feil) return feil;

  const gyldigFra = k.gyldigFra ?? (k.grunnlag === 'foedsel' ? k.foedselsdato : k.innflytting?.dato);
  const opts = { gyldigFra, aarsak: aarsak[k.grunnlag] };
  const b = new Hendelsesbygger(kontekst, undefined, k.kilde ?? kontekst.kilde);
  const dNummer = k.grunnlag === 'dNummer';
  b.ny('identifikasjonsnummer', {
    status: 'iBruk',
    foedselsEllerDNummer: nummer,
    identifikatortype: dNummer ? 'dNummer' : 'foedselsnummer',
  }, opts);
  b.ny('status', { status: k.status ?? startstatus(k, foreldre.map((f) => f.person)) }, opts);
  if (k.identitetsgrunnlagstatus) b.ny('identitetsgrunnlag', { identitetsgrunnlagstatus: k.identitetsgrunnlagstatus }, opts);
  if (k.kjoenn) b.ny('kjoenn', { kjoenn: k.kjoenn }, opts);
  b.ny('foedsel', {
    foedselsdato: k.foedselsdato,
    foedselsaar: k.foedselsdato.slice(0, 4),
    ...(k.foedested ? { foedested: k.foedested } : {}),
    ...(k.foedekommuneINorge ? { foedekommuneINorge: k.foedekommuneINorge } : {}),
    ...(k.foedeland ? { foedeland: k.foedeland } : {}),
  }, opts);
  if (k.foedselINorge) b.ny('foedselINorge', k.foedselINorge, opts);
  b.ny('navn', k.navn, opts);
  if (k.grunnlag === 'foedsel' || k.sivilstand === 'ugift') b.ny('sivilstand', { sivilstand: 'ugift' }, { ...opts, gyldigFra: k.foedselsdato });
  else b.ny('sivilstand', { sivilstand: k.sivilstand ?? 'uoppgitt' }, { aarsak: opts.aarsak, ukjentGyldighet: true });
  for (const land of k.statsborgerskap ?? []) b.ny('statsborgerskap', { statsborgerskap: land, ervervsdato: k.foedselsdato }, opts);
  if (k.innflytting) {
    b.ny('innflytting', {
      fraflyttingsland: k.innflytting.fraflyttingsland,
      ...(k.innflytting.fraflyttingsstedIUtlandet ? { fraflyttingsstedIUtlandet: k.innflytting.fraflyttingsstedIUtlandet } : {}),
    }, { ...opts, gyldigFra: k.innflytting.dato });
  }
  const bostedGradering = foreldregradering(foreldre.map((f) => f.person));
  // Law and spec §5.4: a strengtFortrolig person has no residential address in the register at all.
  if (k.bostedsadresse && bostedGradering !== 'strengtFortrolig') {
    // A client address (klientadresse) reported for the person stays one unless the parents' protection is stricter.
    const gradering = bostedGradering === 'ugradert' ? (k.bostedsadresse.adressegradering ?? 'ugradert') : bostedGradering;
    b.ny('bostedsadresse', { ...k.bostedsadresse, adressegradering: gradering }, opts);
  }
  if (bostedGradering !== 'ugradert') b.ny('adressebeskyttelse', { graderingsnivaa: bostedGradering }, opts);
  if (k.postadresse) b.ny('postadresse', { adressegradering: 'ugradert', ...k.postadresse }, opts);
  if (k.postadresseIUtlandet) b.ny('postadresseIUtlandet', { adressegradering: 'ugradert', ...k.postadresseIUtlandet }, opts);
  for (const t of k.tillegg ?? []) b.ny(t.element, t.verdi, opts);
  for (const f of foreldre) {
    b.ny('familierelasjon', { relatertPerson: f.nummer, relatertPersonsRolle: f.rolle, minRolleForPerson: 'barn' }, opts);
  }
  if (k.foreldreansvar) {
    for (const f of foreldre.filter((f) => k.foreldreansvar === 'felles' || k.foreldreansvar === f.rolle)) {
      b.ny('foreldreansvar', { ansvar: k.foreldreansvar, ansvarlig: f.nummer, ansvarssubjekt: nummer }, opts);
    }
  }

  const barnet = b.hendelse('personErOpprettet', { person: 'ny:0', folkeregisteridentifikator: nummer });
  const foreldrehendelser = foreldre.map((f) => {
    const fb = new Hendelsesbygger(kontekst, f.person, k.kilde ?? kontekst.kilde);
    fb.ny('familierelasjon', { relatertPerson: nummer, relatertPersonsRolle: motsattRolle[f.rolle], minRolleForPerson: f.rolle }, opts);
    if (k.foreldreansvar === 'felles' || k.foreldreansvar === f.rolle) {
      fb.ny('foreldreansvar', { ansvar: k.foreldreansvar, ansvarlig: f.nummer, ansvarssubjekt: nummer }, opts);
    }
    return fb.hendelse('endringIFamilierelasjon');
  });
  return godta(barnet, ...foreldrehendelser);
}

const aarsak = { foedsel: 'Fødsel', innflytting: 'Innvandring', dNummer: 'Tildele d-nummer' } as const;

function startstatus(k: OpprettPerson, foreldre: readonly Person[]): string {
  switch (k.grunnlag) {
    case 'dNummer':
      return 'midlertidig';
    case 'innflytting':
      return 'bosatt';
    case 'foedsel':
      // Law § 4-1: a child born in Norway is resident when a parent is; otherwise only birth-registered.
      return foreldre.some((f) => gjeldendeStatus(f.dokument) === 'bosatt') ? 'bosatt' : 'foedselsregistrert';
    default: {
      const never: never = k.grunnlag;
      throw new Error(`Unknown grunnlag ${String(never)}`);
    }
  }
}

/** A newborn shares the strictest address protection of the parents it lives with (spec §5.4). */
function foreldregradering(foreldre: readonly Person[]): 'ugradert' | 'fortrolig' | 'strengtFortrolig' {
  const nivaaer = foreldre.map((f) => gjeldendeVerdi(f.dokument, 'adressebeskyttelse')?.graderingsnivaa);
  if (nivaaer.includes('strengtFortrolig')) return 'strengtFortrolig';
  if (nivaaer.includes('fortrolig')) return 'fortrolig';
  return 'ugradert';
}
