import { useEffect, useState } from 'react';

export type Route = 'measures' | 'about';

function routeOf(path: string): Route {
  return path.startsWith('/about') ? 'about' : 'measures';
}

/** The few screens of this first version, addressed by path so that links can be shared and reloaded. */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(routeOf(window.location.pathname));
  useEffect(() => {
    const onPop = () => setRoute(routeOf(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = (next: Route) => {
    window.history.pushState(null, '', next === 'measures' ? '/' : `/${next}`);
    setRoute(next);
  };
  return [route, navigate];
}
