import { describe, expect, it } from 'vitest';
import { holdsPersonalData } from './personal-data';

describe('personal data', () => {
  it.each([
    'mail me: a.b-c+tag@mail.example.co.uk',
    'call +44 20 7946 0958 after dark',
    'ring (555) 123-4567',
    'text 555.123.4567',
    'my number is 07700900123',
    'appelle le +33 1 23 45 67 89',
    'ruf an: +49 (0)30 1234567',
    'call +61 4 1234 5678',
    'llama al 612 345 678',
    'call 6123 4567 in Singapore',
    'ring 555-123-4567 2 times',
  ])('is found in %s', (text) => {
    expect(holdsPersonalData(text)).toBe(true);
  });

  it.each([
    'The tram leaves at 23:45 from platform 12.',
    'The war of 1914-1918 is on every plaque.',
    'She counts 1,000,000 stars, then 2,000,000 more.',
    'an @ sign painted on the wall',
    'Room 404, floor 3, seat 12.',
    'The ticket is dated 2026-11-26, or 26.11.2026 abroad.',
    'The fare is 1.000.000 marks, or 1 250 000 in the new money.',
    'Pi to eight places is 3.14159265.',
    'The plaque reads 1914 1918.',
    'The numbers are 4 8 15 16 23 42.',
    'Stop 1234\n5678 is the last.',
    'The tram runs 10.15-11.45 on Sundays.',
  ])('is not found in %s', (text) => {
    expect(holdsPersonalData(text)).toBe(false);
  });
});
