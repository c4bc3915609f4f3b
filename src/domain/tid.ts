/**
 * Time as FREG writes it: ISO-8601 with the Norwegian offset (`2019-04-23T10:09:42.123+02:00`, spec §0), and dates as
 * `YYYY-MM-DD`. The shell reads the clock; these functions only format what they are given.
 */
const osloParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parts(instant: Date): Record<string, string> {
  return Object.fromEntries(osloParts.formatToParts(instant).map((p) => [p.type, p.value]));
}

function offsetMinutesIntl(instant: Date): number {
  const p = parts(instant);
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const msPerTime = 3_600_000;
/** Since 1980 Norway changes offset at 01:00 UTC (the EU rule), so the offset is the same through each UTC hour. */
const hvertTimeskifte = Date.UTC(1980, 0, 1);
const offsetPerTime = new Map<number, number>();

/**
 * The Oslo offset at an instant, asked of Intl once per hour and remembered: `formatToParts` costs ~50 µs, and every
 * event's `ajourholdstidspunkt` needs an offset (a seeder writes millions of events within a few hours).
 */
function offsetMinutes(instant: Date): number {
  if (instant.getTime() < hvertTimeskifte) return offsetMinutesIntl(instant);
  const time = Math.floor(instant.getTime() / msPerTime);
  let minutter = offsetPerTime.get(time);
  if (minutter === undefined) {
    minutter = offsetMinutesIntl(new Date(time * msPerTime));
    if (offsetPerTime.size < 100_000) offsetPerTime.set(time, minutter);
  }
  return minutter;
}

const to = (n: number) => (n < 10 ? `0${n}` : String(n));

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `2026-11-23T19:20:00.123+01:00`: the instant in Norwegian local time with its offset. */
export function osloTidspunkt(instant: Date): string {
  if (instant.getTime() < hvertTimeskifte) {
    const p = parts(instant);
    const ms = String(instant.getTime() % 1000).padStart(3, '0');
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}.${ms}${formatOffset(offsetMinutesIntl(instant))}`;
  }
  const offset = offsetMinutes(instant);
  // The local wall time is the instant moved by the offset, read in UTC.
  const l = new Date(instant.getTime() + offset * 60_000);
  const aar = String(l.getUTCFullYear()).padStart(4, '0');
  const ms = String(instant.getTime() % 1000).padStart(3, '0');
  return `${aar}-${to(l.getUTCMonth() + 1)}-${to(l.getUTCDate())}T${to(l.getUTCHours())}:${to(l.getUTCMinutes())}:${to(l.getUTCSeconds())}.${ms}${formatOffset(offset)}`;
}

/** The date in Norway at that instant. */
export function osloDato(instant: Date): string {
  const p = parts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

const midnatter = new Map<string, string>();

/** Midnight at the start of a Norwegian date, as FREG writes `gyldighetstidspunkt` for date-only facts. */
export function osloMidnatt(dato: string): string {
  // Memoised: Intl's formatToParts costs ~50 µs, and a seeder asks for the same few thousand dates millions of times.
  let svar = midnatter.get(dato);
  if (svar === undefined) {
    const noonUtc = new Date(`${dato}T12:00:00Z`);
    svar = `${dato}T00:00:00${formatOffset(offsetMinutes(noonUtc))}`;
    if (midnatter.size < 100_000) midnatter.set(dato, svar);
  }
  return svar;
}

/** A real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function erGyldigDato(dato: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dato);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** Whole years between two dates, as age is counted. */
export function alderPaa(foedselsdato: string, dato: string): number {
  const [fy, fm, fd] = foedselsdato.split('-').map(Number) as [number, number, number];
  const [y, m, d] = dato.split('-').map(Number) as [number, number, number];
  return y - fy - (m < fm || (m === fm && d < fd) ? 1 : 0);
}
