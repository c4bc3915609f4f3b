import { antakelser } from '../antakelser.ts';
import { aarsdag, datoMellom, plussAar, senest, tidligst } from '../dato.ts';
import type { Planperson } from '../plan/modell.ts';
import type { Adresse } from './adresse.ts';
import type { Klyngekontekst } from './kontekst.ts';

/** From `fra`, the person lived at this address. */
export interface Periode {
  readonly fra: string;
  readonly nokkel: string;
  readonly adresse: Adresse;
}

/**
 * Where a person lived in Norway, in order: a childhood home from birth (the mother's homes, when she is in the plan)
 * until moving out, often to a young adult's address; then each couple's home (a couple that lives together now may
 * have had an earlier one); then the present household. Those who live at home follow their mother throughout. Only
 * what lies between entering the register and leaving it (death, emigration) is kept; time abroad is cut out by the
 * caller.
 */
export function bostedsperioder(k: Klyngekontekst, p: Planperson, cache: Map<number, Periode[]>): Periode[] {
  const ferdig = cache.get(p.ref);
  if (ferdig) return ferdig;
  const utkast = p.hjemme ? barnetsPerioder(k, p, cache) : voksnesPerioder(k, p, cache);
  const start = p.innvandret ?? p.foedselsdato;
  const slutt_ = p.doedsdato ?? p.utflytting?.dato ?? p.statusendring?.dato ?? '9999-12-31';
  const perioder: Periode[] = [];
  for (const periode of utkast.sort((a, b) => (a.fra < b.fra ? -1 : a.fra > b.fra ? 1 : 0))) {
    if (periode.fra >= slutt_) break;
    const fra = periode.fra < start ? start : periode.fra;
    if (perioder.at(-1)?.fra === fra) perioder.pop();
    if (perioder.at(-1)?.nokkel !== periode.nokkel) perioder.push({ ...periode, fra });
  }
  cache.set(p.ref, perioder);
  return perioder;
}

function barnetsPerioder(k: Klyngekontekst, barn: Planperson, cache: Map<number, Periode[]>): Periode[] {
  const mors = bostedsperioder(k, k.person(barn.mor!), cache);
  const foedt = barn.innvandret ?? barn.foedselsdato;
  const foer = mors.filter((m) => m.fra <= foedt).at(-1);
  return [...(foer ? [{ ...foer, fra: foedt }] : []), ...mors.filter((m) => m.fra > foedt)];
}

function voksnesPerioder(k: Klyngekontekst, p: Planperson, cache: Map<number, Periode[]>): Periode[] {
  const perioder: Periode[] = [];
  const legg = (fra: string, nokkel: string, kommune: () => string) => perioder.push({ fra, nokkel, adresse: k.adresse(nokkel, kommune) });
  const husstand = p.husstand !== undefined ? k.plan.husstander[p.husstand]! : undefined;
  const hus = () => husstand!.kommunenummer;
  const parene = [...p.samliv].sort((a, b) => (k.samliv(a).fra < k.samliv(b).fra ? -1 : 1));
  const foersteFelles = parene.length ? k.samliv(parene[0]!).fra : husstand?.fra ?? k.idag;
  if (!p.innvandret || p.mor !== undefined) {
    const ung = datoMellom(k.prng, aarsdag(p.foedselsdato, 18), aarsdag(p.foedselsdato, 24));
    const egetUngt = ung < foersteFelles && ung < k.idag && k.prng.sjanse(antakelser.ungdomsadresse);
    if (p.mor !== undefined) {
      const flytterUt = egetUngt ? ung : foersteFelles;
      perioder.push(...barnetsPerioder(k, p, cache).filter((m) => m.fra < flytterUt));
    } else legg(p.foedselsdato, `egen:${p.ref}:foedsel`, () => k.tidligereKommune(p.kommunenummer));
    if (egetUngt) legg(ung, `egen:${p.ref}:ung`, () => k.tidligereKommune(p.kommunenummer));
  }
  for (const i of parene) {
    const [nokkel, kommune] = felleshjem(k, i);
    legg(k.samliv(i).fra, nokkel, kommune);
  }
  if (husstand) legg(husstand.fra, `hus:${p.husstand}`, hus);
  else if (p.kommunenummer && parene.length === 0) {
    // The extra identities (dead, emigrated, missing, ceased): a last home some years before they left.
    const ende = p.doedsdato ?? p.utflytting?.dato ?? p.statusendring?.dato ?? k.idag;
    const sist = perioder.at(-1)?.fra ?? p.foedselsdato;
    const fra = datoMellom(k.prng, tidligst(ende, senest(plussAar(sist, 1), aarsdag(p.foedselsdato, 18), plussAar(ende, -20))), plussAar(ende, -0.1));
    legg(fra, `egen:${p.ref}:sist`, () => p.kommunenummer!);
  }
  return perioder;
}

/**
 * A couple's home from its start: the present household's when they (or a widow(er) who stayed on) still live where
 * they moved in together, otherwise an earlier home of their own.
 */
function felleshjem(k: Klyngekontekst, i: number): [string, () => string] {
  const s = k.samliv(i);
  const brutt = s.separasjon !== undefined || s.skilsmisse !== undefined;
  for (const r of [s.a, s.b]) {
    const h = k.person(r).husstand;
    if (!brutt && h !== undefined && k.plan.husstander[h]!.fra === s.fra) return [`hus:${h}`, () => k.plan.husstander[h]!.kommunenummer];
  }
  return [`par:${i}`, () => k.tidligereKommune(k.person(s.a).kommunenummer)];
}

/** The period someone lived in at `dato`, if any. */
export function periodeVed(perioder: readonly Periode[], dato: string): Periode | undefined {
  return perioder.filter((p) => p.fra <= dato).at(-1);
}
