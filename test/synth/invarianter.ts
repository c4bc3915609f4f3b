import { klassifiser } from '../../src/domain/identitetsnummer/index.ts';
import {
  alleIdentifikatorer,
  foedselsdato,
  gjeldende,
  gjeldendeStatus,
  gjeldendeVerdi,
  versjoner,
  type Persondokument,
} from '../../src/domain/person/persondokument.ts';
import { alderPaa } from '../../src/domain/tid.ts';
import { referansedata } from '../../src/synth/data/referansedata.ts';

/** A person as the invariants see them: the current document and the person's events in log order. */
export interface Registrert {
  readonly dokument: Persondokument;
  readonly hendelser: readonly { readonly hendelsestype: string; readonly endringer: readonly { readonly entitetsendring: string }[] }[];
}

const giftLignende = new Set(['gift', 'separert', 'registrertPartner', 'separertPartner']);

/**
 * The synthetic population's invariants, as a list of what is broken (empty when all hold): parents 15–70 at a birth,
 * a mother or co-mother a woman and a father a man, and naming the child back; parental responsibility for minors
 * with a parent and for no adult; living spouses point to each other; married only from 18; partnerships and
 * same-sex marriages only as the law allowed them, and a co-mother only for a child born since 2009; a dead person
 * has no events after the death except corrections; a resident has exactly one current residential address, in a
 * real municipality and with a postal code of that municipality (none at all when `strengtFortrolig`); an emigrant
 * has none; and, when `numre`, every identity number is valid, synthetic (+80 on the month) and held by one person
 * only.
 */
export function bruddPaaInvarianter(personer: readonly Registrert[], opts: { numre: boolean }): string[] {
  const data = referansedata();
  const brudd: string[] = [];
  const nummerTil = new Map<string, Persondokument>();
  for (const { dokument } of personer) {
    for (const n of alleIdentifikatorer(dokument)) {
      if (nummerTil.has(n)) brudd.push(`${n} is held by two persons`);
      nummerTil.set(n, dokument);
      if (opts.numre) {
        const k = klassifiser(n, '2026-11-23');
        if (!k.gyldig || !k.syntetisk) brudd.push(`${n} is not a valid synthetic number`);
      }
    }
  }
  for (const { dokument, hendelser } of personer) {
    const hvem = alleIdentifikatorer(dokument)[0];
    const fd = foedselsdato(dokument)!;
    for (const r of gjeldende(dokument, 'familierelasjon')) {
      if (!['mor', 'far', 'medmor'].includes(String(r.relatertPersonsRolle))) continue;
      const forelder = nummerTil.get(String(r.relatertPerson));
      if (forelder && kjoenn(forelder) !== (r.relatertPersonsRolle === 'far' ? 'mann' : 'kvinne')) brudd.push(`${hvem}: a ${kjoenn(forelder)} as ${String(r.relatertPersonsRolle)}`);
      const alder = forelder ? alderPaa(foedselsdato(forelder)!, fd) : NaN;
      if (!(alder >= 15 && alder <= 70)) brudd.push(`${hvem}: ${String(r.relatertPersonsRolle)} aged ${alder} at the birth`);
      const tilbake = forelder && gjeldende(forelder, 'familierelasjon').some((b) => b.relatertPersonsRolle === 'barn' && alleIdentifikatorer(dokument).includes(String(b.relatertPerson)));
      if (!tilbake) brudd.push(`${hvem}: ${String(r.relatertPersonsRolle)} does not name the child`);
    }
    // Parental responsibility is for minors: every minor born to a parent here has it, no adult does.
    const mindreaarig = alderPaa(fd, '2026-11-23') < 18;
    const harForelder = gjeldende(dokument, 'familierelasjon').some((r) => ['mor', 'far', 'medmor'].includes(String(r.relatertPersonsRolle)));
    const ansvar = gjeldende(dokument, 'foreldreansvar').filter((f) => alleIdentifikatorer(dokument).includes(String(f.ansvarssubjekt)));
    if (mindreaarig && harForelder && ansvar.length === 0) brudd.push(`${hvem}: a minor without parental responsibility`);
    if (!mindreaarig && ansvar.length > 0) brudd.push(`${hvem}: an adult under parental responsibility`);
    const status = gjeldendeStatus(dokument);
    const s = gjeldendeVerdi(dokument, 'sivilstand');
    // The dead keep the status they died in; their survivor is widowed (decideDoedsfall).
    if (s && giftLignende.has(String(s.sivilstand)) && status !== 'doed') {
      const annen = nummerTil.get(String(s.relatertVedSivilstand));
      const tilbake = annen && gjeldendeVerdi(annen, 'sivilstand');
      if (!tilbake || !alleIdentifikatorer(dokument).includes(String(tilbake.relatertVedSivilstand)) || !giftLignende.has(String(tilbake.sivilstand))) {
        brudd.push(`${hvem}: spouse does not point back`);
      }
    }
    for (const v of versjoner(dokument, 'sivilstand')) {
      if ((v.sivilstand === 'gift' || v.sivilstand === 'registrertPartner') && alderPaa(fd, String(v.sivilstandsdato)) < 18) brudd.push(`${hvem}: married before 18`);
      brudd.push(...lovbrudd(hvem!, dokument, v, nummerTil));
    }
    for (const r of gjeldende(dokument, 'familierelasjon')) {
      if (r.relatertPersonsRolle !== 'medmor') continue;
      const medmor = nummerTil.get(String(r.relatertPerson));
      if (fd < '2009-01-01' || !medmor || kjoenn(medmor) !== 'kvinne') brudd.push(`${hvem}: a co-mother for a child born ${fd}`);
    }
    if (status === 'doed') {
      const doed = hendelser.findIndex((h) => h.hendelsestype === 'personErDoed');
      const senere = hendelser.slice(doed + 1).filter((h) => h.endringer.some((e) => e.entitetsendring === 'registrereNy'));
      if (doed < 0 || senere.length) brudd.push(`${hvem}: dead, with ${senere.map((h) => h.hendelsestype).join(', ')} after the death`);
    }
    const adresser = gjeldende(dokument, 'bostedsadresse');
    if (status === 'bosatt') brudd.push(...bostedsbrudd(hvem!, dokument, adresser, data));
    if (status === 'utflyttet' && adresser.length) brudd.push(`${hvem}: emigrated with a current address`);
  }
  return brudd;
}

const kjoenn = (d: Persondokument) => String(gjeldendeVerdi(d, 'kjoenn')?.kjoenn);

/**
 * Two women or two men could register a partnership from 1 August 1993 to 2008 (partnerskapsloven) and marry since
 * 2009; a partnership is only ever between them.
 */
function lovbrudd(hvem: string, dokument: Persondokument, v: ReturnType<typeof versjoner>[number], nummerTil: ReadonlyMap<string, Persondokument>): string[] {
  const annen = nummerTil.get(String(v.relatertVedSivilstand));
  if (!annen || (v.sivilstand !== 'gift' && v.sivilstand !== 'registrertPartner')) return [];
  const dato = String(v.sivilstandsdato);
  const likekjoennet = kjoenn(annen) === kjoenn(dokument);
  if (v.sivilstand === 'registrertPartner' && (!likekjoennet || dato < '1993-08-01' || dato > '2008-12-31')) return [`${hvem}: a partnership on ${dato}`];
  if (v.sivilstand === 'gift' && likekjoennet && dato < '2009-01-01') return [`${hvem}: married to a person of the same sex on ${dato}`];
  return [];
}

function bostedsbrudd(hvem: string, dokument: Persondokument, adresser: ReturnType<typeof gjeldende>, data: ReturnType<typeof referansedata>): string[] {
  if (gjeldendeVerdi(dokument, 'adressebeskyttelse')?.graderingsnivaa === 'strengtFortrolig') {
    const ok = versjoner(dokument, 'bostedsadresse').length === 0 && gjeldende(dokument, 'postadresse').length === 1;
    return ok ? [] : [`${hvem}: strengtFortrolig with a residential address, or without the secretariat's`];
  }
  if (adresser.length !== 1) return [`${hvem}: resident with ${adresser.length} current addresses`];
  const vei = adresser[0]!.vegadresse as { kommunenummer: string; poststed: { postnummer: string } };
  const postnumre = data.gatepostnumre.get(vei.kommunenummer)?.map((p) => p.postnummer) ?? [];
  return postnumre.includes(vei.poststed.postnummer) ? [] : [`${hvem}: address ${vei.kommunenummer}/${vei.poststed.postnummer} does not exist`];
}
