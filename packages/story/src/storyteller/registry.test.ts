/**
 * The registry compiles a setting's and a genre's pieces when a story first needs them; a
 * journey read back from storage may name pieces this process has not compiled yet.
 */
import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the registry, as a new process (a Lambda cold start) loads it. */
async function freshRegistry() {
  vi.resetModules();
  return import('./registry');
}

describe('the corpus registry', () => {
  it('finds stored pieces of settings and genres it has not compiled yet', async () => {
    const registry = await freshRegistry();
    expect(registry.findThread('ferry-terminal.crew-hatch')?.id).toBe('ferry-terminal.crew-hatch');
    expect(registry.findThread('ghost.too-cold')?.id).toBe('ghost.too-cold');
    expect(registry.findRevelation('folk.song-tonight')?.reveal.id).toBe('folk.song-tonight');
    expect(registry.findEnding('noir.ending-missed-stop1')?.kind).toBe('missed-stop');
  });

  it('answers unknown ids with nothing, whatever their prefix', async () => {
    const registry = await freshRegistry();
    expect(registry.findThread('ferry-terminal.no-such-thread')).toBeUndefined();
    expect(registry.findThread('no-such-setting.crew-hatch')).toBeUndefined();
    expect(registry.findEnding('without-a-dot')).toBeUndefined();
  });

  it('compiles a setting once and hands out the same pieces after that', async () => {
    const registry = await freshRegistry();
    expect(registry.settingCorpus('night-tram')).toBe(registry.settingCorpus('night-tram'));
    expect(registry.genreCorpus('noir')).toBe(registry.genreCorpus('noir'));
  });
});
