/** Where a followed stream stands: connecting, receiving, or dropped and waiting to reconnect. */
export type ConnectionState = 'connecting' | 'live' | 'offline';

/** One server-sent event: its name (default "message") and its data lines joined. */
export type ServerSentEvent = { event: string; data: string };

/**
 * Splits a stream buffer into the complete events it holds and the incomplete rest (text/event-stream format:
 * events end with a blank line; "data:" lines accumulate; lines starting with ":" are comments, e.g. keep-alives).
 */
export function parseEvents(buffer: string): { events: ServerSentEvent[]; rest: string } {
  const normalized = buffer.replace(/\r\n?/g, '\n');
  const blocks = normalized.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: ServerSentEvent[] = [];
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) {
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') {
        data.push(value);
      } else if (field === 'event') {
        event = value;
      }
    }
    if (data.length > 0) {
      events.push({ event, data: data.join('\n') });
    }
  }
  return { events, rest };
}

/** Wait before reconnecting: doubles from 1 s up to 30 s, so that a restarting API is not hammered. */
export function reconnectDelay(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.min(attempt, 5));
}

/**
 * Wraps a state handler for followChanges so that `resync` runs each time the stream is live again after a drop:
 * changes made while it was down were announced to no one here, and a projector would go on showing the old board.
 */
export function resyncAfterDrop(onState: (state: ConnectionState) => void, resync: () => void): (state: ConnectionState) => void {
  let dropped = false;
  return (state) => {
    onState(state);
    if (state === 'offline') {
      dropped = true;
    } else if (state === 'live' && dropped) {
      dropped = false;
      resync();
    }
  };
}
