import { describe, expect, it } from 'vitest';
import { parseEvents, reconnectDelay, resyncAfterDrop, type ConnectionState } from './sse';

describe('parseEvents', () => {
  it('returns complete events and keeps the incomplete rest for the next chunk', () => {
    const { events, rest } = parseEvents('data: {"entityType":"measure","entityId":"7"}\n\ndata: {"entity');
    expect(events).toEqual([{ event: 'message', data: '{"entityType":"measure","entityId":"7"}' }]);
    expect(rest).toBe('data: {"entity');
  });

  it('skips keep-alive comments, joins data lines and reads CRLF streams', () => {
    const { events } = parseEvents(': ping\r\n\r\nevent: change\r\ndata: a\r\ndata: b\r\n\r\n');
    expect(events).toEqual([{ event: 'change', data: 'a\nb' }]);
  });
});

describe('reconnectDelay', () => {
  it('backs off from one second to at most thirty', () => {
    expect(reconnectDelay(0)).toBe(1_000);
    expect(reconnectDelay(3)).toBe(8_000);
    expect(reconnectDelay(12)).toBe(30_000);
  });
});

describe('resyncAfterDrop', () => {
  it('resyncs each time the stream is live again after a drop, not on the first connection', () => {
    const states: ConnectionState[] = [];
    let resyncs = 0;
    const onState = resyncAfterDrop((state) => states.push(state), () => resyncs++);

    onState('connecting');
    onState('live');
    expect(resyncs).toBe(0);

    onState('offline');
    onState('connecting');
    onState('offline');
    onState('connecting');
    expect(resyncs).toBe(0);
    onState('live');
    expect(resyncs).toBe(1);

    onState('offline');
    onState('connecting');
    onState('live');
    expect(resyncs).toBe(2);
    expect(states).toEqual(['connecting', 'live', 'offline', 'connecting', 'offline', 'connecting', 'live', 'offline', 'connecting', 'live']);
  });
});
