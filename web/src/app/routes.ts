/** Every screen, addressed by path so that links can be shared, bookmarked and reloaded. */
export type Route =
  | { name: 'home' }
  | { name: 'board' }
  | { name: 'workshop' }
  | { name: 'dashboard' }
  | { name: 'measure'; id: number }
  | { name: 'workingGroups' }
  | { name: 'workingGroup'; id: number }
  | { name: 'risks' }
  | { name: 'risk'; id: number }
  | { name: 'support' }
  | { name: 'supportNeed'; id: number }
  | { name: 'stakeholders' }
  | { name: 'stakeholder'; id: number }
  | { name: 'lessons' }
  | { name: 'lesson'; id: number }
  | { name: 'about' }
  | { name: 'myActions' }
  | { name: 'notFound' };

const LISTS: Record<string, Route> = {
  board: { name: 'board' }, workshop: { name: 'workshop' }, dashboard: { name: 'dashboard' }, 'working-groups': { name: 'workingGroups' },
  risks: { name: 'risks' }, support: { name: 'support' }, stakeholders: { name: 'stakeholders' }, lessons: { name: 'lessons' }, about: { name: 'about' },
  'my-actions': { name: 'myActions' },
};

const DETAILS: Record<string, (id: number) => Route> = {
  measures: (id) => ({ name: 'measure', id }), 'working-groups': (id) => ({ name: 'workingGroup', id }), risks: (id) => ({ name: 'risk', id }),
  support: (id) => ({ name: 'supportNeed', id }), stakeholders: (id) => ({ name: 'stakeholder', id }), lessons: (id) => ({ name: 'lesson', id }),
};

export function routeOf(path: string): Route {
  const [first, second, ...rest] = path.split('/').filter(Boolean);
  if (!first) {
    return { name: 'home' };
  }
  if (second === undefined) {
    return LISTS[first] ?? { name: 'notFound' };
  }
  const id = Number(second);
  if (rest.length > 0 || !Number.isSafeInteger(id) || id <= 0 || !DETAILS[first]) {
    return { name: 'notFound' };
  }
  return DETAILS[first](id);
}
