import { useSyncExternalStore } from 'react';
import type { ConnectionState } from './changes';

/** The live connection's state and the time of the last change, for screens that show "live" to the room. */
type LiveStatus = { state: ConnectionState; lastChange?: Date };

let status: LiveStatus = { state: 'connecting' };
const listeners = new Set<() => void>();

export function setLiveStatus(next: Partial<LiveStatus>): void {
  status = { ...status, ...next };
  listeners.forEach((listener) => listener());
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, () => status);
}
