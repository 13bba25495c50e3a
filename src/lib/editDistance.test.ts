import { describe, expect, it } from 'vitest';
import { editDistance } from './editDistance.ts';

describe('editDistance: jarak suntingan dengan pertukaran huruf bersebelahan', () => {
  it.each([
    ['konsling', 'konseling', 1],
    ['hidroponk', 'hidroponik', 1],
    ['konselnig', 'konseling', 1],
    ['bengkel', 'bengkel', 0],
    ['', 'asap', 4],
    ['kelas', 'kebun', 3],
  ])('%s ↔ %s = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  it('berhenti lebih awal di atas batas', () => {
    expect(editDistance('konsling', 'perbengkelan', 2)).toBe(3);
  });
});
