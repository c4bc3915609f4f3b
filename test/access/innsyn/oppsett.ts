import Fastify, { type FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../../../src/store/db.ts';
import { innsynRoutes } from '../../../src/api/innsyn-routes.ts';
import type { InnsynInnstillinger } from '../../../src/access/innsyn/index.ts';

export const standard: InnsynInnstillinger = {
  utstedere: [],
  audience: 'folkeregister-innsyn',
  acr: ['idporten-loa-substantial', 'idporten-loa-high'],
  omfang: 'lov',
  utviklingsinnlogging: true,
};

/** Ada holds a new and an old number; Bo one. */
export const ada = { ny: '06916396390', gammel: '04909596934' };
export const bo = '29878897771';

export async function medPersoner(db: Db): Promise<{ ada: number; bo: number }> {
  const opprett = async (numre: string[]) => {
    const [p] = await db.query<{ person_id: number }>(
      `insert into person (folkeregisteridentifikator, dokumentidentifikator, versjon, sekvensnummer)
       values ($1, md5($1), 1, 0) returning person_id`,
      [numre[0]],
    );
    for (const nummer of numre) await db.query('insert into personidentifikator (nummer, person_id) values ($1, $2)', [nummer, p!.person_id]);
    return Number(p!.person_id);
  };
  return { ada: await opprett([ada.ny, ada.gammel]), bo: await opprett([bo]) };
}

export async function innsynApp(db: Db, innstillinger: Partial<InnsynInnstillinger> = {}): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(innsynRoutes({ db, innstillinger: { ...standard, ...innstillinger } }));
  return app;
}

export async function logginn(app: FastifyInstance, pid: string): Promise<string> {
  const svar = await app.inject({ method: 'GET', url: `/innsyn/dev/login?pid=${pid}` });
  expect(svar.statusCode).toBe(200);
  return (svar.json() as { access_token: string }).access_token;
}

