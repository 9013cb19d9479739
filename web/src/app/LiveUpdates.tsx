import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { followChanges } from '../lib/live/changes';
import { resyncAfterDrop } from '../lib/live/sse';
import { setLiveStatus } from '../lib/live/status';

const SETTLE_MS = 250;

/**
 * Keeps every screen current: each change announced by the API refreshes the data on screen (a burst of changes,
 * say a bulk import, refreshes once), and so does the stream's return after a drop, since the changes made
 * meanwhile were never announced here. Only what is shown is fetched again; the rest is marked stale.
 */
export function LiveUpdates() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    void followChanges(() => {
      setLiveStatus({ lastChange: new Date() });
      clearTimeout(timer);
      timer = setTimeout(refresh, SETTLE_MS);
    }, resyncAfterDrop((state) => setLiveStatus({ state }), refresh), controller.signal);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [queryClient]);
  return null;
}
