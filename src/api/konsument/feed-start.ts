import type { Oppbevaring } from '../../access/feed/oppbevaring.ts';
import { ApiFeil } from '../feil/katalog.ts';

/**
 * Where a consumer's `seq` starts reading (spec §3.1): 0 and 1 mean the oldest retained event; an older one than that
 * is refused with 406. The feed, its event stream and push subscriptions all start here.
 */
export async function feedStart(oppbevaring: Oppbevaring, seq: number): Promise<number> {
  const foerste = await oppbevaring.foersteBevarte();
  if (seq <= 1) return Math.max(foerste, 1);
  if (seq < foerste) {
    throw new ApiFeil('sekvensnummerForGammelt', `Sekvensnummer kan ikke være mere enn ${oppbevaring.maaneder} måneder gammelt`, { foersteSekvensnummer: String(foerste) });
  }
  return seq;
}
