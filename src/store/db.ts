/**
 * The one narrow storage port. Both adapters speak the same PostgreSQL dialect (DESIGN.md principle 6); they differ
 * only where the engine does: PGlite is one in-process connection, PostgreSQL is a pool.
 */
export interface Queryable {
  /**
   * Runs one statement with `$1 …` parameters and returns its rows. A `json`/`jsonb` parameter is passed as the
   * JavaScript value itself: both drivers serialise it (a pre-serialised string would become a JSON string scalar,
   * unless the SQL takes it as `$1::text` and casts it).
   */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /**
   * Loads rows with `COPY … FROM`, PostgreSQL's fastest way in (measured: half the server CPU of an insert from JSON
   * parameters). `rader` is COPY's text format, made with `copyrad` (`copy-tekst.ts`), as text or as its UTF-8 bytes.
   */
  kopierInn(tabell: string, kolonner: readonly string[], rader: string | Uint8Array): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * PostgreSQL's LISTEN: calls `ved` on every NOTIFY on `kanal`, and once more whenever the listening connection is
   * (re)established, since notifications sent while it was down are lost. Resolves with the function that stops it.
   * Both adapters have it; a Db without it (a wrapper) is polled instead.
   */
  lytt?(kanal: string, ved: () => void): Promise<() => Promise<void>>;
  /**
   * How another thread reaches the same database: PostgreSQL only (PGlite lives in its own thread's memory). The
   * seeder's writer thread opens its connection from it (`register/skrivetraad.ts`).
   */
  readonly tilkobling?: { readonly url: string; readonly schema?: string };
}
