import { alderVed } from './alder.ts';
import { antakelser, trinn } from '../antakelser.ts';
import { aarsdag, datoMellom, plussAar, senest, tidligst } from '../dato.ts';
import type { Prng } from '../prng.ts';
import { Aldersindeks } from './aldersindeks.ts';
import { erSammen, nyPerson, type Planperson, type Samliv } from './modell.ts';
import { nyttSamliv } from './par.ts';

/**
 * Earlier marriages, so that marital status matches SSB's shares by age: singles become widowed (the spouse is an
 * extra, dead identity), divorced or separated; some married persons married before, and many who cohabit now are
 * divorced. Each of those is paired with a divorced single, a remarried or a cohabiting person of the other sex and
 * about the right age anywhere in the country, so both sides of every ended marriage are in the register and point
 * to each other. Unpaired ones stay unmarried.
 */
export function trekkSivilstandshistorikk(personer: Planperson[], samliv: Samliv[], idag: string, prng: Prng): void {
  const tidligereGift = new Aldersindeks();
  const skilte: { p: Planperson; gruppe: string }[] = [];
  const separerteKvinner: Planperson[] = [];
  const separerteMenn = new Aldersindeks();
  for (const p of [...personer]) {
    const alder = alderVed(p.foedselsdato, idag);
    if (p.status !== 'bosatt' || alder < 20) continue;
    const naa = p.samliv.map((i) => samliv[i]!).find((s) => erSammen(s, personer));
    if (naa) {
      // Married now after an earlier marriage, or cohabiting after a divorce (then `skilt` in the register).
      const andel = naa.vigsel ? (alder >= 35 ? antakelser.gjengiftandel : 0) : trinn(antakelser.skiltAvSamboere, alder);
      if (prng.sjanse(andel)) {
        tidligereGift.legg(`gjengift${p.kjoenn}`, alder, p.ref);
        skilte.push({ p, gruppe: `gjengift${p.kjoenn}` });
      }
      continue;
    }
    const enkeandel = p.kjoenn === 'kvinne' ? antakelser.enkeandelKvinner : antakelser.enkeandelMenn;
    if (prng.sjanse(trinn(enkeandel, alder))) enke(personer, samliv, p, idag, prng);
    else if (prng.sjanse(trinn(antakelser.skiltandel, alder))) {
      skilte.push({ p, gruppe: `skilt${p.kjoenn}` });
      tidligereGift.legg(`skilt${p.kjoenn}`, alder, p.ref);
    } else if (prng.sjanse(trinn(antakelser.separertandel, alder))) {
      if (p.kjoenn === 'kvinne') separerteKvinner.push(p);
      else separerteMenn.legg('mann', alder, p.ref);
    }
  }
  // Everyone drawn as once divorced seeks a former spouse among those of the other sex, so both sides of a
  // divorce are in the register; whoever is taken as someone's former spouse leaves the pools.
  for (const { p, gruppe: egen } of prng.stokk(skilte)) {
    const alder = alderVed(p.foedselsdato, idag);
    const ledigSelv = egen.startsWith('gjengift') ? 1 : 0;
    if (p.samliv.length > ledigSelv) continue; // already taken as someone's former spouse
    tidligereGift.fjern(egen, alder, p.ref);
    const annen = p.kjoenn === 'kvinne' ? 'mann' : 'kvinne';
    const maal = Math.round(alder + (p.kjoenn === 'kvinne' ? 1 : -1) * antakelser.aldersforskjell.snitt);
    const grupper = prng.sjanse(0.5) ? [`gjengift${annen}`, `skilt${annen}`] : [`skilt${annen}`, `gjengift${annen}`];
    for (const gruppe of grupper) {
      // A remarried or cohabiting person has one couple before the earlier marriage is added, a divorced single none.
      const ledig = (r: number) => personer[r]!.samliv.length === (gruppe.startsWith('gjengift') ? 1 : 0);
      const ex = tidligereGift.ta(gruppe, maal, 5, prng, ledig);
      if (ex !== undefined && tidligereEkteskap(personer, samliv, p, personer[ex]!, idag, prng, false)) break;
    }
  }
  for (const p of separerteKvinner) {
    const ex = separerteMenn.ta('mann', Math.round(alderVed(p.foedselsdato, idag) + antakelser.aldersforskjell.snitt), 5, prng);
    if (ex !== undefined) tidligereEkteskap(personer, samliv, p, personer[ex]!, idag, prng, true);
  }
}

/** A marriage that ended before now and before either partner's current couple began, if the dates allow one. */
function tidligereEkteskap(personer: Planperson[], samliv: Samliv[], a: Planperson, b: Planperson, idag: string, prng: Prng, separert: boolean): boolean {
  const [kvinne, mann] = a.kjoenn === 'kvinne' ? [a, b] : [b, a];
  const naa = [...kvinne.samliv, ...mann.samliv].map((i) => samliv[i]!.fra);
  const sluttSenest = tidligst(plussAar(idag, -0.25), ...naa.map((d) => plussAar(d, -0.5)));
  const voksen = senest(aarsdag(kvinne.foedselsdato, 18), aarsdag(mann.foedselsdato, 18));
  if (plussAar(voksen, 2.5) > sluttSenest) return false;
  const s = nyttSamliv(personer, samliv, kvinne.ref, mann.ref, plussAar(sluttSenest, -2), prng);
  s.vigsel = datoMellom(prng, s.fra, tidligst(plussAar(s.fra, 3), plussAar(sluttSenest, -1.5)));
  if (separert) {
    s.separasjon = datoMellom(prng, senest(plussAar(s.vigsel, 1), plussAar(idag, -2)), plussAar(idag, -0.1));
    return true;
  }
  s.skilsmisse = datoMellom(prng, plussAar(s.vigsel, 1.5), sluttSenest);
  // Most divorces follow a year's separation (ekteskapsloven §§ 21–22); the rest come after two years apart.
  if (prng.sjanse(0.6)) s.separasjon = datoMellom(prng, plussAar(s.vigsel, 0.5), plussAar(s.skilsmisse, -1));
  return true;
}

/**
 * A widowed person's late spouse: an extra identity of about the usual age difference, who died some years ago
 * (widowhood lasts about ten years on average; the spread is half-normal) and not before they could have married.
 */
function enke(personer: Planperson[], samliv: Samliv[], p: Planperson, idag: string, prng: Prng): void {
  const forskjell = prng.normal(antakelser.aldersforskjell.snitt, antakelser.aldersforskjell.sd, -8, 12);
  const foedt = plussAar(p.foedselsdato, p.kjoenn === 'kvinne' ? -forskjell : forskjell);
  const tidligstDoed = senest(aarsdag(foedt, 40), aarsdag(p.foedselsdato, 22), aarsdag(foedt, 22));
  const senestDoed = tidligst(plussAar(idag, -0.05), aarsdag(foedt, 104));
  if (tidligstDoed >= senestDoed) return;
  const doed = senest(tidligstDoed, plussAar(senestDoed, -Math.abs(prng.normal(0, 12))));
  const ektefelle = nyPerson(personer, {
    kjoenn: p.kjoenn === 'kvinne' ? 'mann' : 'kvinne',
    foedselsdato: foedt,
    status: 'doed',
    opprinnelse: p.opprinnelse,
    kommunenummer: p.kommunenummer!,
    doedsdato: doed,
  });
  const [kvinne, mann] = p.kjoenn === 'kvinne' ? [p, ektefelle] : [ektefelle, p];
  const s = nyttSamliv(personer, samliv, kvinne.ref, mann.ref, plussAar(doed, -1), prng);
  s.vigsel = datoMellom(prng, s.fra, tidligst(plussAar(s.fra, 3), plussAar(doed, -0.5)));
}
