import { describe, expect, it } from 'vitest';
import { frameEvent, takeEvents } from './events';

describe('beat events', () => {
  it('reads back what the API frames, in order', () => {
    const wire =
      frameEvent('delta', { text: 'The bus ' }) +
      frameEvent('delta', { text: 'leans.' }) +
      frameEvent('beat', { beat: { turn: 2 } });
    const { events, rest } = takeEvents<{ beat: { turn: number } }>(wire);
    expect(events).toEqual([
      { event: 'delta', data: { text: 'The bus ' } },
      { event: 'delta', data: { text: 'leans.' } },
      { event: 'beat', data: { beat: { turn: 2 } } },
    ]);
    expect(rest).toBe('');
  });

  it('keeps an event that has not fully arrived for the next chunk', () => {
    const wire = frameEvent('delta', { text: 'one' }) + frameEvent('delta', { text: 'two' });
    const cut = wire.length - 5;
    const first = takeEvents(wire.slice(0, cut));
    expect(first.events).toEqual([{ event: 'delta', data: { text: 'one' } }]);
    const second = takeEvents(first.rest + wire.slice(cut));
    expect(second.events).toEqual([{ event: 'delta', data: { text: 'two' } }]);
    expect(second.rest).toBe('');
  });

  it('carries an error body in an error event, and skips events it does not know', () => {
    const error = { error: { code: 'internal-error', message: 'Something went wrong.' } };
    const wire = 'event: ping\ndata: {}\n\n' + frameEvent('error', error);
    expect(takeEvents(wire).events).toEqual([{ event: 'error', data: error }]);
  });
});
