/**
 * Personal data a reader or a model should not put into a story: e-mail addresses and phone
 * numbers. Two precompiled patterns rather than a library: they run on every AI beat and seed,
 * inside the local moderator's 0.1 ms budget, and the shapes they look for are narrow.
 */

// local@domain.tld, the local part as RFC 5322 allows in practice (no quoted forms).
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

// A run of digits and the separators phone numbers are written with (on one line), starting and
// ending with a digit: "+44 20 7946 0958", "(555) 123-4567", "555.123.4567", "07700900123".
const PHONE = /\+?\(?\d[\d \t().-]{5,}\d/gu;

// Runs of digits that are something else: a date, a number grouped in thousands by commas or
// dots (a phone number is not written "1.000.000") or by spaces after a short lead ("1 250 000";
// "612 345 678" is a Spanish phone number), a decimal, a span of years, a span of times.
const NOT_PHONES = [
  /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/u,
  /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/u,
  /^\d{1,3}(?:[.,]\d{3}){2,}$/u,
  /^\d{1,2}(?:[ \t]\d{3}){2,}$/u,
  /^\d+\.\d+$/u,
  /^(?:1\d|20)\d\d[ \t]?-?[ \t]?(?:1\d|20)\d\d$/u,
  /^\d{1,2}[.:]\d\d[ \t]?-[ \t]?\d{1,2}[.:]\d\d$/u,
];

function digits(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/**
 * A phone number: 7 to 15 digits (E.164's most) that are not one of NOT_PHONES, in groups a
 * phone number is written in. A country code may be followed by a one-digit group ("+33 1 23 45
 * 67 89"), and a trunk prefix may be bracketed ("+49 (0)30 1234567"); otherwise a run of single
 * digits ("4 8 15 16 23 42") is a list, not a number.
 */
function isPhone(run: string): boolean {
  const count = digits(run);
  if (count < 7 || count > 15) return false;
  if (NOT_PHONES.some((shape) => shape.test(run))) return false;
  const groups = run
    .replace(/\(0\)/gu, ' ')
    .split(/\D+/u)
    .filter((group) => group !== '');
  const singles = groups.filter((group, index) => group.length === 1 && index > 0).length;
  return singles <= (run.startsWith('+') ? 1 : 0);
}

/** A run with a stray one-digit group at either end trimmed off ("555-123-4567 2" -> "555-123-4567"). */
function trimmed(run: string): string {
  return run.replace(/^\d[ \t]+(?=\d{2})/u, '').replace(/(?<=\d{2})[ \t]+\d$/u, '');
}

/** True when `text` holds an e-mail address or a phone number. */
export function holdsPersonalData(text: string): boolean {
  if (text.includes('@') && EMAIL.test(text)) return true;
  // Most texts have fewer than seven digits in all: no phone number, and no regex run.
  if (digits(text) < 7) return false;
  for (const [run] of text.matchAll(PHONE)) if (isPhone(run) || isPhone(trimmed(run))) return true;
  return false;
}
