import { flyttingslandEtterDato } from './flyttestroem.ts';
import { antakelser } from '../antakelser.ts';
import type { Referansedata } from '../data/referansedata.ts';
import { aarsdag, datoMellom, plussAar, senest } from '../dato.ts';
import { Vektet, type Prng } from '../prng.ts';
import { foedselsdatoForAlder } from './befolkning.ts';
import { nyPerson, type Kjoenn, type Planperson, type Samliv } from './modell.ts';
import { nyttSamliv } from './par.ts';
import { utvandringslandForNordmenn } from './utvandring.ts';

/**
 * Identities beyond the N residents, in the proportions of `antakelser.ekstra`: the dead of recent years (some of
 * them couples), the emigrated (Norwegians and immigrants who left), D-number holders (active or not, a few with a
 * baby born here), and small numbers who are missing, never resident, or whose identity has ceased.
 */
export function leggTilEkstra(personer: Planperson[], samliv: Samliv[], data: Referansedata, antall: number, idag: string, prng: Prng): void {
  const n = (andel: number) => Math.round(antall * andel);
  const e = antakelser.ekstra;
  const ny = (felter: Omit<Planperson, 'ref' | 'samliv' | 'barn' | 'kommunenummer'>) =>
    nyPerson(personer, { kommunenummer: data.kommuneEtterFolketall.trekk(prng).kommunenummer, ...felter });
  const kjoenn = (): Kjoenn => (prng.sjanse(0.5) ? 'kvinne' : 'mann');
  const foedtIAlder = (fra = 20, til = 75) => foedselsdatoForAlder(prng.mellom(fra, til), idag, prng);

  for (let i = 0; i < n(e.doed); ) {
    // Age at death: SSB's deaths centre in the 80s; a death within the last 15 years.
    const doed = datoMellom(prng, plussAar(idag, -15), plussAar(idag, -0.02));
    const foedt = plussAar(doed, -prng.normal(82, 10, 30, 106));
    const a = ny({ kjoenn: kjoenn(), foedselsdato: foedt, status: 'doed', opprinnelse: 'NOR', doedsdato: doed });
    i++;
    if (!prng.sjanse(0.3)) continue;
    const doed2 = datoMellom(prng, plussAar(idag, -15), plussAar(idag, -0.02));
    const b = nyPerson(personer, {
      kjoenn: a.kjoenn === 'kvinne' ? 'mann' : 'kvinne', foedselsdato: plussAar(doed2, -prng.normal(82, 10, 30, 106)),
      status: 'doed', opprinnelse: 'NOR', doedsdato: doed2, kommunenummer: a.kommunenummer!,
    });
    i++;
    const [kvinne, mann] = a.kjoenn === 'kvinne' ? [a, b] : [b, a];
    const foersteDoed = a.doedsdato! < doed2 ? a.doedsdato! : doed2;
    const s = nyttSamliv(personer, samliv, kvinne.ref, mann.ref, plussAar(foersteDoed, -2), prng);
    if (s.fra < plussAar(foersteDoed, -1)) s.vigsel = datoMellom(prng, s.fra, plussAar(foersteDoed, -1));
  }
  const utvandring = flyttingslandEtterDato(data, 'utvandring');
  for (let i = 0; i < n(e.utflyttet); i++) {
    const foedt = foedtIAlder(20, 70);
    const innvandrer = prng.sjanse(0.4);
    const innvandret = innvandrer ? datoMellom(prng, aarsdag(foedt, 18), plussAar(idag, -1.5)) : undefined;
    const dato = datoMellom(prng, plussAar(innvandret ?? aarsdag(foedt, 18), 1), plussAar(idag, -0.05));
    // Those who left again, by the emigration of the year they came (a Ukrainian did not come in 2016).
    const opprinnelse = innvandret ? utvandring(innvandret).trekk(prng) : 'NOR';
    ny({
      kjoenn: kjoenn(), foedselsdato: foedt, status: 'utflyttet', opprinnelse, ...(innvandret ? { innvandret } : {}),
      utflytting: { dato, land: innvandrer ? opprinnelse : utvandringslandForNordmenn.trekk(prng) },
    });
  }
  const arbeid = Vektet.fra(data.innvandring.filter(([l]) => (antakelser.arbeidsinnvandringsland as readonly string[]).includes(l)));
  for (let i = 0; i < n(e.dNummer); i++) {
    const foedt = foedtIAlder(20, 65);
    const fra = datoMellom(prng, senest(aarsdag(foedt, 18), plussAar(idag, -12)), plussAar(idag, -0.05));
    const p = ny({ kjoenn: kjoenn(), foedselsdato: foedt, status: 'midlertidig', opprinnelse: arbeid.trekk(prng), dNummerFra: fra });
    // Skatteetaten inactivates D-numbers not used for some years.
    if (fra < plussAar(idag, -1) && prng.sjanse(e.inaktivAvDNummer)) {
      p.status = 'inaktiv';
      p.statusendring = { dato: datoMellom(prng, plussAar(fra, 1), plussAar(idag, -0.05)), status: 'inaktiv' };
    }
  }
  for (let i = 0; i < n(e.foedselsregistrert); i++) {
    const mor = ny({ kjoenn: 'kvinne', foedselsdato: foedtIAlder(22, 40), status: 'midlertidig', opprinnelse: arbeid.trekk(prng) });
    mor.dNummerFra = datoMellom(prng, plussAar(idag, -4), plussAar(idag, -1.5));
    const barn = nyPerson(personer, {
      kjoenn: kjoenn(), foedselsdato: datoMellom(prng, plussAar(mor.dNummerFra, 0.8), plussAar(idag, -0.05)),
      status: 'foedselsregistrert', opprinnelse: 'NOR', kommunenummer: mor.kommunenummer!, mor: mor.ref,
    });
    mor.barn.push(barn.ref);
  }
  // Residents who went missing, and identities that ceased (a duplicate found): a life here, then `endreStatus`.
  for (const [status, antall] of [['forsvunnet', n(e.forsvunnet)], ['opphoert', n(e.opphoert)]] as const) {
    for (let i = 0; i < antall; i++) {
      const foedt = foedtIAlder(25, 75);
      const dato = datoMellom(prng, senest(aarsdag(foedt, 20), plussAar(idag, -15)), plussAar(idag, -0.05));
      ny({ kjoenn: kjoenn(), foedselsdato: foedt, status, opprinnelse: 'NOR', statusendring: { dato, status } });
    }
  }
  for (let i = 0; i < n(e.ikkeBosatt); i++) {
    // Children of Norwegians abroad, registered with a fødselsnummer but never living here.
    const p = ny({ kjoenn: kjoenn(), foedselsdato: foedtIAlder(0, 60), status: 'ikkeBosatt', opprinnelse: utvandringslandForNordmenn.trekk(prng) });
    p.kommunenummer = undefined;
  }
}
