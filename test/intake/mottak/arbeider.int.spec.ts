import { beforeAll, describe, expect, it } from 'vitest';
import { storeKinds } from '../../support/stores.ts';
import type { Db, Queryable } from '../../../src/store/db.ts';
import { behandleNeste, type Mottaksoppsett } from '../../../src/intake/mottak/arbeider.ts';
import { lagAdressekontroll } from '../../../src/intake/mottak/adressereferanse.ts';
import { finnPerson } from '../../../src/register/les-person.ts';
import { gjeldendeStatus } from '../../../src/domain/person/persondokument.ts';
import { skriveoppsett } from '../../api/oppslag-oppsett.ts';
import { doedsfallXml, rekvisisjonXml } from './meldingsmaler.ts';
import { mottaksmiljoeFor, send, xmlFelt, type Mottaksmiljoe } from './mottak-oppsett.ts';
import { testregler } from './testregler.ts';
import type { Meldingsregler } from '../../../src/intake/kontrakt.ts';
import type { Meldingsregeltabell } from '../../../src/intake/mottak/regeltabell.ts';

interface SakRad { saksnummer: number; status: string; utfall: string | null; begrunnelser: { kode: string }[]; melding_id: number }

/** The worker: acceptance order, one transaction per message, cases for what is not plain, feedback for each. */
describe.each(storeKinds)('mottak: the worker (%s)', (kind) => {
  const t = mottaksmiljoeFor(kind);
  let db: Db;
  let m: Mottaksmiljoe;
  beforeAll(() => {
    ({ db, m } = t);
  });

  const sakFor = async (referanse: string) =>
    (await db.query<SakRad>(
      `select s.saksnummer::int as saksnummer, s.status, s.utfall, s.begrunnelser, s.melding_id::int as melding_id
         from sak s join melding m on m.id = s.melding_id where m.folkeregister_referanse = $1`,
      [referanse],
    ))[0];
  const motta = async (ressurs: string, xml: string) => {
    const svar = await send(m.app, m.produsent, ressurs, xml);
    expect(svar.statusCode, svar.body).toBe(202);
    return xmlFelt(svar.body, 'folkeregisterReferanse')!;
  };

  it('a plain death is registered, its case closed as registrert, the producer told', async () => {
    const referanse = await motta('doedsfall_v1', doedsfallXml({ id: 'arb-1', fnr: m.personer[0]!, saksreferanse: 'SAK-1' }));
    await m.app.mottaksarbeider.tom();
    expect(gjeldendeStatus((await finnPerson(db, m.personer[0]!))!.dokument)).toBe('doed');
    const sak = (await sakFor(referanse))!;
    expect(sak).toMatchObject({ status: 'avsluttet', utfall: 'registrert' });
    const [t] = await db.query<{ hendelseinfo: { sak: Record<string, unknown>; saksbeslutning: Record<string, unknown> } }>(
      'select hendelseinfo from tilbakemelding where saksnummer = $1', [sak.saksnummer],
    );
    expect(t!.hendelseinfo.sak).toMatchObject({ sakstype: 'doedsfall_v1', saksnummer: String(sak.saksnummer), avsendersSaksreferanse: 'SAK-1', meldingsreferanse: { avsendersMeldingsidentifikator: 'arb-1', folkeregisterReferanse: referanse } });
    expect(t!.hendelseinfo.saksbeslutning).toMatchObject({ beslutning: 'registrert' });
  });

  it('messages are processed in the order they were accepted', async () => {
    const referanser: string[] = [];
    for (let i = 0; i < 6; i++) referanser.push(await motta('rekvisisjon_av_dnummer_v5', rekvisisjonXml({ id: `orden-${i}`, etternavn: `Orden${'ABCDEF'[i]}` })));
    await m.app.mottaksarbeider.tom();
    const saker = await Promise.all(referanser.map(sakFor));
    const saksnumre = saker.map((s) => s!.saksnummer);
    expect(saksnumre).toEqual([...saksnumre].sort((a, b) => a - b));
    // The D-numbers were registered in the same order: the register's sequence numbers follow the acceptance order.
    const hendelser = await db.query<{ sekvensnummer: number; etternavn: string }>(
      `select h.sekvensnummer::int as sekvensnummer, d.dokument->'navn'->0->>'etternavn' as etternavn
         from hendelse h join persondokument d on d.dokumentidentifikator = h.persondokument
        where d.dokument->'navn'->0->>'etternavn' like 'Orden%' order by h.sekvensnummer`,
    );
    expect(hendelser.map((h) => h.etternavn)).toEqual(referanser.map((_, i) => `Orden${'ABCDEF'[i]}`));
  });

  it('a D-number request gets skalTildeleDNummer with the new number; a likely duplicate goes to manual handling', async () => {
    const ny = await motta('rekvisisjon_av_dnummer_v5', rekvisisjonXml({ id: 'dnr-1', etternavn: 'Dublettsen', foedselsdato: '1991-05-06' }));
    await m.app.mottaksarbeider.tom();
    const sak1 = (await sakFor(ny))!;
    const [t1] = await db.query<{ kontrakt: string; hendelseinfo: { saksbeslutning: { skalTildeleDNummer: { dNummer: string } } } }>(
      'select kontrakt, hendelseinfo from tilbakemelding where saksnummer = $1', [sak1.saksnummer],
    );
    expect(t1!.kontrakt).toBe('dNummerRekvisisjon');
    const dnr = t1!.hendelseinfo.saksbeslutning.skalTildeleDNummer.dNummer;
    expect(Number(dnr[0])).toBeGreaterThanOrEqual(4);
    expect(gjeldendeStatus((await finnPerson(db, dnr))!.dokument)).toBe('midlertidig');

    const dublett = await motta('rekvisisjon_av_dnummer_v5', rekvisisjonXml({ id: 'dnr-2', etternavn: 'Dublettsen', foedselsdato: '1991-05-06' }));
    await m.app.mottaksarbeider.tom();
    const sak2 = (await sakFor(dublett))!;
    expect(sak2).toMatchObject({ status: 'aapen', utfall: null, begrunnelser: [{ kode: 'muligDublett' }] });
    const [t2] = await db.query<{ hendelseinfo: { sakTilManuellBehandling: { saksfrist: string; begrunnelse: string } } }>(
      'select hendelseinfo from tilbakemelding where saksnummer = $1', [sak2.saksnummer],
    );
    expect(t2!.hendelseinfo.sakTilManuellBehandling).toEqual({ saksfrist: '2026-11-28', begrunnelse: 'muligDublett' });
  });

  it('decide refusing an automatic verdict makes a manual case with decide\'s reason, nothing registered', async () => {
    // The first death was registered above; the rules still call a second one plain, decide refuses it.
    const foer = await db.query<{ siste: number }>('select siste::int as siste from sekvens');
    const referanse = await motta('doedsfall_v1', doedsfallXml({ id: 'arb-2', fnr: m.personer[0]! }));
    await m.app.mottaksarbeider.tom();
    expect(await sakFor(referanse)).toMatchObject({ status: 'aapen', begrunnelser: [{ kode: 'personErDoed' }] });
    expect(await db.query('select siste::int as siste from sekvens')).toEqual(foer);
  });

  it('an unknown person is refused (avvist) and the producer told why', async () => {
    const referanse = await motta('doedsfall_v1', doedsfallXml({ id: 'arb-3', fnr: '01010150000' }));
    await m.app.mottaksarbeider.tom();
    const sak = (await sakFor(referanse))!;
    expect(sak).toMatchObject({ status: 'avsluttet', utfall: 'avvist' });
    const [t] = await db.query<{ hendelseinfo: { saksbeslutning: Record<string, unknown> } }>('select hendelseinfo from tilbakemelding where saksnummer = $1', [sak.saksnummer]);
    expect(t!.hendelseinfo.saksbeslutning).toMatchObject({ beslutning: 'avvist', resultatkode: 'personFinnesIkke', begrunnelse: [{ begrunnelseskode: 'personFinnesIkke', begrunnelsesnavn: 'Ukjent fødselsnummer' }] });
  });

  it('a crash after registering, before the case is written, leaves nothing: the message is processed once afterwards', async () => {
    const oppsett: Mottaksoppsett = { regler: testregler(), skriveoppsett, adresseFinnes: lagAdressekontroll(), klokke: m.klokke.naa };
    await m.app.mottaksarbeider.stopp();
    const referanse = await motta('doedsfall_v1', doedsfallXml({ id: 'krasj-1', fnr: m.personer[3]! }));
    const tell = async () => (await db.query<{ h: number; s: number; t: number; siste: number }>(
      `select (select count(*)::int from hendelse) as h, (select count(*)::int from sak) as s,
              (select count(*)::int from tilbakemelding) as t, (select siste::int from sekvens) as siste`,
    ))[0];
    const foer = await tell();
    const krasjer: Db = {
      ...db,
      transaction: (fn) => db.transaction((tx) => fn(krasjendeTx(tx))),
    };
    await expect(behandleNeste(krasjer, oppsett)).rejects.toThrow('simulert krasj');
    expect(await tell()).toEqual(foer);
    expect(gjeldendeStatus((await finnPerson(db, m.personer[3]!))!.dokument)).toBe('bosatt');
    expect(await behandleNeste(db, oppsett)).toBe('behandlet');
    expect(await behandleNeste(db, oppsett)).toBe('tom');
    expect(await sakFor(referanse)).toMatchObject({ utfall: 'registrert' });
    const etter = (await tell())!;
    expect([etter.h - foer!.h, etter.s - foer!.s, etter.t - foer!.t]).toEqual([1, 1, 1]);
  });

  it('rules that throw, and resources without rules, give manual cases and do not block the queue', async () => {
    // The worker was stopped above; rounds run here with rules of the test's choosing.
    const kaster: Meldingsregler = { tolk: () => { throw new Error('feil i reglene'); }, behov: () => ({ personnumre: [], foedselsdatoer: [] }), vurder: () => ({ utfall: 'avvist', begrunnelser: [] }) };
    const feil: unknown[] = [];
    const oppsett = (regler: Meldingsregeltabell): Mottaksoppsett => ({ regler, skriveoppsett, adresseFinnes: lagAdressekontroll(), klokke: m.klokke.naa, loggFeil: (f) => feil.push(f) });
    const kastet = await motta('annullering_av_doedsfall_v1', annulleringXml('arb-4', m.personer[0]!));
    expect(await behandleNeste(db, oppsett(testregler({ annullering_av_doedsfall_v1: kaster })))).toBe('behandlet');
    expect(await sakFor(kastet)).toMatchObject({ status: 'aapen', begrunnelser: [{ kode: 'kontrollFeilet' }] });
    expect(feil).toHaveLength(1);
    const uten = await motta('annullering_av_doedsfall_v1', annulleringXml('arb-5', m.personer[0]!));
    const etter = await motta('doedsfall_v1', doedsfallXml({ id: 'arb-6', fnr: m.personer[2]! }));
    expect(await behandleNeste(db, oppsett(testregler()))).toBe('behandlet');
    expect(await behandleNeste(db, oppsett(testregler()))).toBe('behandlet');
    expect(await sakFor(uten)).toMatchObject({ status: 'aapen', begrunnelser: [{ kode: 'ikkeStoettet' }] });
    expect(await sakFor(etter)).toMatchObject({ utfall: 'registrert' });
    expect(feil).toHaveLength(1);
  });
});

/** A transaction that fails the moment the worker writes the case, i.e. after the register has written its events. */
function krasjendeTx(tx: Queryable): Queryable {
  return {
    ...tx,
    query: (text, params) => {
      if (/^\s*insert into sak\b/.test(text)) return Promise.reject(new Error('simulert krasj'));
      return tx.query(text, params);
    },
  };
}

function annulleringXml(id: string, fnr: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<meldingOmAnnulleringAvDoedsfall xmlns="folkeregisteret:melding:annulleringavdoedsfall:v1">
  <innsending><avsendersMeldingsidentifikator>${id}</avsendersMeldingsidentifikator><avsendersInnsendingstidspunkt>2026-11-23T10:00:00+01:00</avsendersInnsendingstidspunkt></innsending>
  <forespoersel><forespoerselssdato>2026-11-23</forespoerselssdato><kilde>helse</kilde><avsendersSaksbehandler>X</avsendersSaksbehandler><levendePerson><foedselsnummer>${fnr}</foedselsnummer></levendePerson></forespoersel>
</meldingOmAnnulleringAvDoedsfall>`;
}
