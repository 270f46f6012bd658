import { describe, expect, it } from 'vitest';
import { SeededRandom, weightedTable } from './seeded-random.js';

const draw = (seed: number, n: number): number[] => {
  const random = new SeededRandom(seed);
  return Array.from({ length: n }, () => random.uint32());
};

describe('SeededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    expect(draw(7, 20)).toEqual(draw(7, 20));
    expect(draw(7, 20)).not.toEqual(draw(8, 20));
  });

  it('stays in range and looks uniform', () => {
    const random = new SeededRandom(1);
    const counts = [0, 0, 0, 0];
    let min = 1,
      max = 0;
    for (let i = 0; i < 40_000; i++) {
      const value = random.next();
      min = Math.min(min, value);
      max = Math.max(max, value);
      counts[random.int(4)]!++;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    for (const count of counts) expect(count).toBeGreaterThan(9_500);
  });

  it('makes version-4 UUIDs and honours weights', () => {
    const random = new SeededRandom(3);
    expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const table = weightedTable([
      ['rare', 1],
      ['common', 9],
    ] as const);
    let common = 0;
    for (let i = 0; i < 10_000; i++) if (random.weighted(table) === 'common') common++;
    expect(common).toBeGreaterThan(8_700);
    expect(common).toBeLessThan(9_300);
  });
});
