/**
 * The registry compiles a setting's, a genre's, a role's and a motif's pieces when a story first
 * needs them; a journey read back from storage may name pieces this process has not compiled yet.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as Storylet from './storylet';

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

  it('finds stored pieces of roles and motifs it has not compiled yet', async () => {
    const registry = await freshRegistry();
    expect(registry.findThread('motif2.brass-key')?.id).toBe('motif2.brass-key');
    expect(registry.findRevelation('role1.last-route')?.reveal.id).toBe('role1.last-route');
    expect(registry.findEnding('reader3.ending-arrival')?.kind).toBe('arrival');
    expect(registry.findThread('motif999.brass-key')).toBeUndefined();
  });

  it('compiles a role only when a story first asks for it, and the same pieces after that', async () => {
    vi.resetModules();
    // Count what the registry compiles, through the real compiler.
    const compiled: string[] = [];
    vi.doMock('./storylet', async (importOriginal) => {
      const actual = await importOriginal<typeof Storylet>();
      return {
        ...actual,
        compileQuestion: (...args: Parameters<typeof actual.compileQuestion>) => {
          compiled.push(args[1]);
          return actual.compileQuestion(...args);
        },
      };
    });
    try {
      const registry = await import('./registry');
      // A cold start compiles no role's questions.
      expect(compiled.filter((id) => /^role\d+\./u.test(id))).toEqual([]);
      const [role] = registry.ROLE_QUESTIONS.keys();
      if (role === undefined) throw new Error('no roles written');
      const first = registry.ROLE_QUESTIONS.get(role);
      expect(first?.length).toBeGreaterThan(0);
      expect(compiled.filter((id) => id.startsWith('role1.'))).toHaveLength(first?.length ?? -1);
      expect(registry.ROLE_QUESTIONS.get(role)).toBe(first);
      expect(compiled.filter((id) => id.startsWith('role1.'))).toHaveLength(first?.length ?? -1);
      expect(registry.ROLE_QUESTIONS.get('nobody written')).toBeUndefined();
      expect(registry.ROLE_QUESTIONS.has('nobody written')).toBe(false);
    } finally {
      vi.doUnmock('./storylet');
    }
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
