import { randomBytes } from 'node:crypto';

/**
 * New `dokumentidentifikator`s and `hendelsesidentifikator`s: 32 hex digits like FREG's, ordered by time as UUIDv7 is
 * (RFC 9562 §5.7): 12 hex digits of milliseconds since 1970, then 20 random ones (80 bits). Both are keys of unique
 * B-tree indexes on the largest tables (`hendelse`, `persondokument`). A random key puts every insert on a random
 * leaf of an index that soon outgrows the database's cache, so each write reads and dirties a page of its own; keys
 * that grow with time land on the newest pages.
 */
export function tidsordnetId(millisekunder: number, tilfeldig: string): string {
  return Math.trunc(millisekunder).toString(16).padStart(12, '0').slice(-12) + tilfeldig.slice(0, 20).padStart(20, '0');
}

export const nyTidsordnetId = (): string => tidsordnetId(Date.now(), randomBytes(10).toString('hex'));
