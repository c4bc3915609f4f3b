import { registrer, type Skriveoppsett } from '../../register/registrer.ts';
import type { Db } from '../../store/db.ts';
import type { TrukketHendelse } from './livshendelser.ts';
import type { Utfallsregnskap } from './regnskap.ts';
import { somKommando } from './som-kommando.ts';

/**
 * Registers life events as register commands, all of a round in one transaction (the write path producers' messages
 * end in, without the intake before it). Each is registered or refused at once.
 */
export async function registrerDirekte(db: Db, hendelser: readonly TrukketHendelse[], oppsett: Skriveoppsett, regnskap: Utfallsregnskap): Promise<void> {
  if (hendelser.length === 0) return;
  const utfall = await registrer(db, hendelser.map(somKommando), oppsett);
  utfall.forEach((u, i) => {
    const type = hendelser[i]!.type;
    regnskap.tell(type, 'direkte');
    if (u.ok) regnskap.tell(type, 'registrert');
    else {
      regnskap.tell(type, 'avvist');
      regnskap.merk(type, u.avvisning.kode);
    }
  });
}
