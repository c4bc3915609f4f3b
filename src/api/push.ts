import type { FastifyInstance } from 'fastify';
import { lagOppbevaring } from '../access/feed/oppbevaring.ts';
import { startHendelsesvarsler, type Hendelsesvarsler } from '../access/push/hendelsesvarsler.ts';
import { standardPushinnstillinger, type Pushinnstillinger } from '../access/push/innstillinger.ts';
import { startPushlevering } from '../access/push/pushlevering.ts';
import type { Db } from '../store/db.ts';

/**
 * Push in the server process (docs/push.md): one listener for commits, and the background deliverer once the app is
 * ready (unless the operator turned it off here), both stopped when the app closes, the deliverer before the database.
 */
export async function startPush(
  app: FastifyInstance,
  o: { db: Db; klokke?: () => Date; push?: Pushinnstillinger; hendelsesliste?: { oppbevaringMaaneder: number } },
): Promise<{ varsler: Hendelsesvarsler; push: Pushinnstillinger }> {
  const innstillinger = o.push ?? standardPushinnstillinger;
  const varsler = await startHendelsesvarsler(o.db);
  const klokke = o.klokke ?? (() => new Date());
  let levering: { stopp(): Promise<void> } | undefined;
  if (innstillinger.levering) {
    app.addHook('onReady', async () => {
      levering = startPushlevering({
        db: o.db, varsler, innstillinger, klokke,
        oppbevaring: lagOppbevaring(o.db, o.hendelsesliste?.oppbevaringMaaneder ?? 36, klokke),
        logg: (melding, feil) => app.log.error({ err: feil }, melding),
      });
    });
  }
  app.addHook('onClose', async () => {
    await levering?.stopp();
    await varsler.stopp();
  });
  return { varsler, push: innstillinger };
}
