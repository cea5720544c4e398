import { describe, expect, it } from 'vitest';
import { referenceDate } from './reference-date';

const clock = () => new Date('2026-03-15T10:00:00Z');

describe('referenceDate', () => {
  it('takes SOURCE_DATE_EPOCH (seconds) when set, as a day in Paris', () => {
    expect(referenceDate({ SOURCE_DATE_EPOCH: '1733270400' }, clock)).toBe('2024-12-04');
    // 2025-12-31 23:30 UTC is already 1 January in Paris.
    expect(referenceDate({ SOURCE_DATE_EPOCH: '1767223800' }, clock)).toBe('2026-01-01');
  });

  it('takes the clock otherwise, or when the variable is empty', () => {
    expect(referenceDate({}, clock)).toBe('2026-03-15');
    expect(referenceDate({ SOURCE_DATE_EPOCH: ' ' }, clock)).toBe('2026-03-15');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a whole number of seconds', () => {
    expect(() => referenceDate({ SOURCE_DATE_EPOCH: '2024-12-04' }, clock)).toThrow(
      'SOURCE_DATE_EPOCH « 2024-12-04 » invalide : attendu un nombre entier de secondes depuis le 1er janvier 1970 (ex. 1767225600), ou retirez la variable',
    );
  });
});
