import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../lib/api/client';

const STORAGE_KEY = 'kharita.roadmap';

/** The roadmap every screen shows: the one chosen last, else the adopted one, else the first. */
export function useRoadmap() {
  const roadmaps = useQuery({
    queryKey: ['roadmaps'],
    queryFn: async () => (await api.GET('/api/v1/roadmaps', { params: { query: { size: 200, sort: 'code' } } })).data?.items as Schemas['Roadmap'][],
    staleTime: 60_000,
  });
  const [chosen, setChosen] = useState(() => Number(globalThis.localStorage?.getItem(STORAGE_KEY)) || undefined);
  const items = roadmaps.data ?? [];
  const current = items.find((r) => r.id === chosen) ?? items.find((r) => r.status === 'ADOPTED') ?? items[0];
  const choose = (id: number) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, String(id));
    setChosen(id);
  };
  return { roadmaps, items, current, choose };
}
