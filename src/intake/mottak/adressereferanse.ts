import { referansedata } from '../../synth/data/referansedata.ts';

/**
 * `adresseFinnes` of the automated controls (law § 8-2), answered from the address reference the synthetic population
 * is drawn from (`reference-data/`: Kartverket's municipalities and street names, Posten's postal codes): the
 * municipality exists, the street name is one of the national list, and a given postal code is a street code of that
 * municipality. The street list is national, not per municipality, so this is as strict as the synthetic addresses
 * allow; a matrikkel lookup would replace it in production.
 */
export function lagAdressekontroll(): (kommunenummer: string, adressenavn: string, postnummer?: string) => boolean {
  // Read on first use, not at start: most app instances (tests, read-only servers) never judge an address.
  let gater: Set<string> | undefined;
  return (kommunenummer, adressenavn, postnummer) => {
    const data = referansedata();
    gater ??= new Set(data.gatenavn.elementer.map(normaliser));
    if (!data.kommuner.has(kommunenummer)) return false;
    if (!gater.has(normaliser(adressenavn))) return false;
    if (postnummer === undefined) return true;
    return (data.gatepostnumre.get(kommunenummer) ?? []).some((p) => p.postnummer === postnummer);
  };
}

/** Producers write street names in any case and with stray spaces (`STORGATA`, `Storgata `). */
function normaliser(navn: string): string {
  return navn.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}
