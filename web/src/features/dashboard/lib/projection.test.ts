import { describe, expect, it } from 'vitest';
import { fitProjection, pathOf, type Point } from './projection';

const square: Point[][] = [[[40, 30], [48, 30], [48, 38], [40, 38], [40, 30]]];

describe('fitProjection', () => {
  it('puts north at the top and west on the left, inside the box', () => {
    const project = fitProjection(square, 200, 200, 0);
    const [westX, northY] = project([40, 38]);
    const [eastX, southY] = project([48, 30]);
    expect(westX).toBeLessThan(eastX);
    expect(northY).toBeCloseTo(0);
    expect(southY).toBeCloseTo(200);
    expect(eastX).toBeLessThanOrEqual(200);
  });

  it('writes one closed path per ring', () => {
    expect(pathOf(square, fitProjection(square, 100, 100)).match(/Z/g)).toHaveLength(1);
  });
});
