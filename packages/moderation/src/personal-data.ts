/**
 * Personal data a reader or a model should not put into a story: e-mail addresses and phone
 * numbers. Two precompiled patterns rather than a library: they run on every AI beat and seed,
 * inside the local moderator's 0.1 ms budget, and the shapes they look for are narrow.
 */

// local@domain.tld, the local part as RFC 5322 allows in practice (no quoted forms).
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

// A run of digits and the separators phone numbers are written with, starting and ending with a
// digit: "+44 20 7946 0958", "(555) 123-4567", "555.123.4567". It is a phone number when it holds
// 7 to 15 digits (E.164's most), and is not a span of years ("1999-2005").
const PHONE = /\+?\(?\d[\d\s().-]{5,}\d/gu;
const YEARS = /^\d{4}\s?-\s?\d{4}$/u;

function digits(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/** True when `text` holds an e-mail address or a phone number. */
export function holdsPersonalData(text: string): boolean {
  if (text.includes('@') && EMAIL.test(text)) return true;
  // Most texts have fewer than seven digits in all: no phone number, and no regex run.
  if (digits(text) < 7) return false;
  for (const [run] of text.matchAll(PHONE)) {
    const count = digits(run);
    if (count >= 7 && count <= 15 && !YEARS.test(run)) return true;
  }
  return false;
}
