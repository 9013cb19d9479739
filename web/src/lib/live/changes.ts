import type { Schemas } from '../api/client';
import { apiUrl } from '../config';
import { accessToken } from '../auth/auth';
import { parseEvents, reconnectDelay, type ConnectionState } from './sse';

export type ChangeEvent = Schemas['ChangeEvent'];
export type { ConnectionState };

/**
 * Follows GET /api/v1/changes until `signal` aborts, reconnecting after a drop. EventSource cannot send a bearer
 * token, so this reads the stream with fetch. Every API instance relays every committed change (PostgreSQL
 * LISTEN/NOTIFY), so it does not matter which instance the browser reaches.
 */
export async function followChanges(onChange: (change: ChangeEvent) => void, onState: (state: ConnectionState) => void,
                                    signal: AbortSignal): Promise<void> {
  for (let attempt = 0; !signal.aborted; attempt++) {
    onState('connecting');
    try {
      const token = await accessToken();
      const response = await fetch(`${apiUrl()}/api/v1/changes`, {
        headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        signal,
      });
      if (!response.ok || !response.body) {
        throw new Error(`changes: ${response.status}`);
      }
      onState('live');
      attempt = 0;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          break;
        }
        const parsed = parseEvents(buffer + value);
        buffer = parsed.rest;
        parsed.events.forEach((event) => onChange(JSON.parse(event.data) as ChangeEvent));
      }
    } catch {
      if (signal.aborted) {
        return;
      }
    }
    onState('offline');
    await new Promise((resolve) => setTimeout(resolve, reconnectDelay(attempt)));
  }
}
