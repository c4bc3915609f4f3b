import type { Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import { standardPushinnstillinger } from '../../src/access/push/innstillinger.ts';
import { sisteSekvensnummer } from '../../src/register/les-hendelser.ts';
import type { Db } from '../../src/store/db.ts';
import type { Mottaker } from './mottaker.ts';
import { forventStatus, hent, url, type Oppslagsmiljoe } from './oppslag-oppsett.ts';

/** Short waits, so retries show within a test; the lease stays well above the POST timeout as in production. */
export const testPush = { ...standardPushinnstillinger, tillatInterne: true, forsoekGrunnMs: 100, forsoekMaksMs: 800, tidsavbruddMs: 2000, leieSekunder: 5, hjerteslagMs: 300 };

export const abonnementssti = 'hendelser/abonnementer';

export interface LestAbonnement {
  id: string;
  seq: number;
  forsoek: number;
  sisteFeil?: string;
  nesteForsoek: string;
  sistLevert?: string;
}

/** Subscribes the receiver over HTTP and gives it the secret to verify with. */
export async function abonner(m: Oppslagsmiljoe, pakke: Rettighetspakke, mottaker: Mottaker, kropp: object = {}, token = m.tokens[pakke]) {
  const svar = await hent(m.app, token, 'POST', url(pakke, abonnementssti), { webhook: mottaker.url, ...kropp });
  forventStatus(svar, 201);
  const a = svar.json() as LestAbonnement & { hemmelighet: string };
  mottaker.hemmelighet = a.hemmelighet;
  return a;
}

export async function hentAbonnement(m: Oppslagsmiljoe, pakke: Rettighetspakke, id: string, token = m.tokens[pakke]): Promise<LestAbonnement> {
  const svar = await hent(m.app, token, 'GET', url(pakke, `${abonnementssti}/${id}`));
  forventStatus(svar, 200);
  return svar.json() as LestAbonnement;
}

/** Until the subscription's cursor (as its owner reads it) is past the log's end: everything up to now is delivered. */
export async function ventTilAjour(m: Oppslagsmiljoe, db: Db, pakke: Rettighetspakke, id: string, mottaker: Mottaker, token = m.tokens[pakke]): Promise<void> {
  await mottaker.ventPaa(async () => (await hentAbonnement(m, pakke, id, token)).seq > (await sisteSekvensnummer(db)), 60_000);
}
