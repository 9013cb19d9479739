import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { boardQuery } from '../../../lib/board';

/** The dashboard's reads, each one call for the whole roadmap; the board's cache is shared with the board screen. */
export function useProgress(roadmap: number) {
  return useQuery({
    queryKey: ['progress', roadmap],
    queryFn: async () => (await api.GET('/api/v1/progress', { params: { query: { roadmap } } })).data as Schemas['Progress'],
  });
}

export function useBoardCards(roadmap: number) {
  return useQuery(boardQuery(roadmap));
}

export function useHeatMap(roadmap: number) {
  return useQuery({
    queryKey: ['heat-map', roadmap],
    queryFn: async () => (await api.GET('/api/v1/risks/heat-map', { params: { query: { roadmap } } })).data as Schemas['RiskHeatMap'],
  });
}

export function useFunding(roadmap: number) {
  return useQuery({
    queryKey: ['funding', roadmap],
    queryFn: async () => (await api.GET('/api/v1/funding', { params: { query: { roadmap } } })).data as Schemas['Funding'],
  });
}

export function useIndicators(roadmap: number) {
  return useQuery({
    queryKey: ['indicators', roadmap],
    queryFn: async () => (await api.GET('/api/v1/indicators', { params: { query: { roadmap, size: 200 } } })).data?.items as Schemas['Indicator'][],
  });
}

export function usePilotPlaces() {
  return useQuery({
    queryKey: ['pilot-places'],
    queryFn: async () => (await api.GET('/api/v1/locations', { params: { query: { pilot: true, size: 200 } } })).data?.items as Schemas['Location'][],
    staleTime: Infinity,
  });
}
