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

// Runs of digits that are something else: a date, a number grouped in thousands, a decimal, a
// span of years.
const NOT_PHONES = [
  /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/u,
  /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/u,
  /^\d{1,3}(?:[., ]\d{3})+$/u,
  /^\d+\.\d+$/u,
  /^\d{4}[ \t]?-?[ \t]?\d{4}$/u,
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
 * A phone number: 7 to 15 digits (E.164's most), not one of NOT_PHONES, and in groups a phone
 * number is written in (every group after the first at least two digits: "4 8 15 16" is not).
 */
function isPhone(run: string): boolean {
  const count = digits(run);
  if (count < 7 || count > 15) return false;
  if (NOT_PHONES.some((shape) => shape.test(run))) return false;
  const groups = run.split(/\D+/u).filter((group) => group !== '');
  return groups.slice(1).every((group) => group.length >= 2);
}

/** True when `text` holds an e-mail address or a phone number. */
export function holdsPersonalData(text: string): boolean {
  if (text.includes('@') && EMAIL.test(text)) return true;
  // Most texts have fewer than seven digits in all: no phone number, and no regex run.
  if (digits(text) < 7) return false;
  for (const [run] of text.matchAll(PHONE)) if (isPhone(run)) return true;
  return false;
}
