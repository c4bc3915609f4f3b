import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Rettighetspakke } from '../../../access/konsumenter/rettighetspakker.ts';
import { Tjeneste, type Revisjonslogg } from '../../../access/revisjon/index.ts';
import { adressetreffSynlig, view, viewSoeketreff, type UtlevertSoeketreff } from '../../../access/view/view.ts';
import { personTilXml, soeketreffTilXml } from '../../../access/xml/til-xml.ts';
import { finnPersonerInTrx } from '../../../register/les-person.ts';
import { finnSoeketreff } from '../../../register/soek/finn-soeketreff.ts';
import { erSoekeprojeksjonKomplett } from '../../../register/soek/fyll-soekeprojeksjon.ts';
import type { Db } from '../../../store/db.ts';
import { ApiFeil } from '../../feil/katalog.ts';
import { parts } from '../personer-routes.ts';
import { velgSvarformat } from '../svarformat.ts';
import { loggUtlevering, send } from '../utlever.ts';
import { EntydigsoekQuery, lesEntydigsoek, lesSoek, SoekQuery } from './soekeparametre.ts';
import { soektjenester } from './soektjenester.ts';

export interface SoekRoutesOptions {
  readonly db: Db;
  readonly revisjonslogg: Revisjonslogg;
  readonly pakke: Rettighetspakke;
}

const PersonsoekResponse = Type.Object(
  { foedselsEllerDNummer: Type.Array(Type.String({ description: 'Fødselsnummer or D-nummer in use.' })) },
  { title: 'PersonsoekResponse', description: 'The persons found; empty when none.' },
);

/**
 * `personer/soek` (spec §1.4.6) and `personer/entydigsoek` (§1.4.5) for one package, where spec §1.3 offers them.
 * Both read the search projection; every hit passes the gate and is audited before the answer leaves.
 */
export function soekRoutes(o: SoekRoutesOptions): FastifyPluginAsyncTypebox {
  const tjenester = soektjenester[o.pakke];
  let komplett = false;
  // A register migrated while holding persons answers 503 until its projection is filled (fyll-soekeprojeksjon.ts).
  const sjekkProjeksjon = async () => {
    komplett ||= await erSoekeprojeksjonKomplett(o.db);
    if (!komplett) throw new ApiFeil('ikkeTilgjengelig', 'Søkeindeksen bygges');
  };

  return async (app) => {
    // A service the package does not offer is an unknown URL, also where `personer/{id}` would otherwise take the path.
    for (const [tjeneste, tilbys] of Object.entries(tjenester)) {
      if (!tilbys) app.get(`/personer/${tjeneste}`, { schema: { hide: true } }, async () => { throw new ApiFeil('ressursIkkeFunnet'); });
    }
    if (tjenester.soek) {
      app.get('/personer/soek', {
        schema: {
          description: 'Identity numbers of the persons meeting every criterion given (spec §1.4.6, docs/soek.md).',
          querystring: SoekQuery,
          response: { 200: PersonsoekResponse },
        },
      }, async (request, reply) => {
        const format = velgSvarformat(request.headers.accept);
        const { kriterier, maksTreff } = lesSoek(request.query, o.pakke);
        await sjekkProjeksjon();
        const funnet = await finnSoeketreff(o.db, kriterier, maksTreff + 1);
        if (funnet.length > maksTreff) throw new ApiFeil('forMangeTreff', undefined, { maksTreff: String(maksTreff) });
        const treff = funnet
          .flatMap((t): UtlevertSoeketreff[] => {
            const utlevert = viewSoeketreff(t, o.pakke);
            return utlevert ? [utlevert] : [];
          })
          .sort((a, b) => a.foedselsEllerDNummer.localeCompare(b.foedselsEllerDNummer));
        const logget = await loggUtlevering(request, o.revisjonslogg, Tjeneste.soek, treff);
        return send(reply, format, logget, () => ({ foedselsEllerDNummer: treff.map((t) => t.foedselsEllerDNummer) }), () => soeketreffTilXml(treff));
      });
    }

    if (tjenester.entydigsoek) {
      app.get('/personer/entydigsoek', {
        schema: {
          description: 'The one person the criteria identify, as a lookup gives it; 404 on none or several (spec §1.4.5).',
          querystring: EntydigsoekQuery,
        },
      }, async (request, reply) => {
        const format = velgSvarformat(request.headers.accept);
        const valgt = parts(request.query.part, o.pakke);
        const kriterier = lesEntydigsoek(request.query, o.pakke);
        await sjekkProjeksjon();
        const funnet = (await finnSoeketreff(o.db, kriterier, 3)).filter((t) => adressetreffSynlig(t, o.pakke));
        if (funnet.length !== 1) throw new ApiFeil('ikkeEntydigTreff');
        const nummer = funnet[0]!.folkeregisteridentifikator;
        const person = (await finnPersonerInTrx(o.db, [nummer])).get(nummer);
        if (!person) throw new ApiFeil('ikkeEntydigTreff');
        const utlevert = view(person.dokument, o.pakke, valgt, { personId: person.personId });
        const logget = await loggUtlevering(request, o.revisjonslogg, Tjeneste.entydigsoek, [utlevert]);
        return send(reply, format, logget, () => utlevert.folkeregisterperson, () => personTilXml(utlevert));
      });
    }
  };
}
