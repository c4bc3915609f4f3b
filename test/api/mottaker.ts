import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pushheader, verifiserSignatur } from '../../src/access/push/signatur.ts';
import type { Innslag } from './synkronisering.ts';

/** One POST as the receiver got it, checked as docs/push.md tells a receiver to. */
export interface Levering {
  readonly headers: IncomingHttpHeaders;
  readonly kropp: string;
  readonly innslag: Innslag[];
  readonly signaturGyldig: boolean;
  readonly mottatt: number;
}

/**
 * A consumer's webhook: a real HTTP server on loopback that verifies each delivery's signature with the
 * subscription's secret, hands valid ones to `behandle`, and answers `status` (or 401 for a bad signature). It can be
 * stopped and started again on the same port, as a consumer's service restarting.
 */
export class Mottaker {
  readonly leveringer: Levering[] = [];
  /** Every request, including those answered with an error. */
  readonly forsoek: number[] = [];
  status = 200;
  hemmelighet = '';
  behandle: (innslag: Innslag[]) => Promise<void> = async () => {};
  private server: Server | undefined;
  private port = 0;

  constructor(private readonly naa: () => Date) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/folkeregister/hendelser`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      const deler: Buffer[] = [];
      req.on('data', (d: Buffer) => deler.push(d));
      req.on('end', () => {
        void (async () => {
          this.forsoek.push(Date.now());
          const kropp = Buffer.concat(deler).toString('utf8');
          const signaturGyldig = verifiserSignatur({
            hemmelighet: this.hemmelighet, kropp, naa: this.naa(),
            tidspunkt: req.headers[Pushheader.tidspunkt] as string | undefined,
            signatur: req.headers[Pushheader.signatur] as string | undefined,
          });
          if (!signaturGyldig) return res.writeHead(401).end();
          if (this.status >= 300) return res.writeHead(this.status).end();
          const innslag = JSON.parse(kropp) as Innslag[];
          try {
            await this.behandle(innslag);
          } catch {
            return res.writeHead(500).end();
          }
          this.leveringer.push({ headers: req.headers, kropp, innslag, signaturGyldig, mottatt: Date.now() });
          res.writeHead(204).end();
        })();
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stopp(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  /** Every entry received, in arrival order. */
  get innslag(): Innslag[] {
    return this.leveringer.flatMap((l) => l.innslag);
  }

  async ventPaa(vilkaar: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
    const slutt = Date.now() + ms;
    while (!(await vilkaar())) {
      if (Date.now() > slutt) throw new Error('timed out waiting for deliveries');
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
