/** Parses an `x-sunset` value: an ISO date (`2026-06-30`) or an HTTP date (RFC 8594 style). */
export function parseSunset(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}
