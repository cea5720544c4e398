import { describe, expect, it } from 'vitest';
import { distinctionTone } from './look';

describe('distinctionTone', () => {
  it('spreads a 5-step scale over the five tones', () => {
    expect([0, 1, 2, 3, 4].map((rank) => distinctionTone(rank, 5))).toEqual([1, 2, 3, 4, 5]);
  });
  it('gives the top of a 4-step scale (Badge … Or) the highest tone', () => {
    expect([0, 1, 2, 3].map((rank) => distinctionTone(rank, 4))).toEqual([1, 2, 4, 5]);
  });
  it('gives unknown distinctions tone 0', () => {
    expect(distinctionTone(null, 5)).toBe(0);
  });
});
