import { describe, expect, it } from 'vitest';
import { routeOf } from './routes';

describe('routeOf', () => {
  it('reads lists and details from the path', () => {
    expect(routeOf('/')).toEqual({ name: 'home' });
    expect(routeOf('/board')).toEqual({ name: 'board' });
    expect(routeOf('/my-actions')).toEqual({ name: 'myActions' });
    expect(routeOf('/measures/12')).toEqual({ name: 'measure', id: 12 });
    expect(routeOf('/working-groups/3/')).toEqual({ name: 'workingGroup', id: 3 });
  });

  it('answers not found for unknown screens and ids that are not positive numbers', () => {
    expect(routeOf('/nowhere')).toEqual({ name: 'notFound' });
    expect(routeOf('/measures/abc')).toEqual({ name: 'notFound' });
    expect(routeOf('/measures/-1')).toEqual({ name: 'notFound' });
    expect(routeOf('/board/1')).toEqual({ name: 'notFound' });
  });
});
