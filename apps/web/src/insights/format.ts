/** How the insights page writes its figures. */

export const count = (value: number) => value.toLocaleString('en-US');

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export const interval = ([low, high]: readonly [number, number]) =>
  `${percent(low)} to ${percent(high)}`;

/** A difference in percentage points, signed. */
export const points = (difference: number) =>
  `${difference >= 0 ? '+' : ''}${(difference * 100).toFixed(1)} points`;

export const usd = (value: number) =>
  value === 0 ? '$0' : value < 0.01 ? `$${value.toFixed(4)}` : `$${value.toFixed(2)}`;

export const milliseconds = (value: number) => `${String(Math.round(value))} ms`;

/** "2026-11-26" as Unix seconds at midnight UTC, for a time axis. */
export const daySeconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

/** The day `days` before `day` ("2026-11-26"). */
export function dayBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}
