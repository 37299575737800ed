/**
 * Fills the corpus's {slot} templates from a world and a cast of companions.
 */
import type { Companion, World } from '../world/world';
import { SETTINGS } from '../world/ingredients';
import type { Slot } from './storylet';

const PRONOUNS = {
  she: { they: 'she', them: 'her', their: 'her', theirs: 'hers', themself: 'herself' },
  he: { they: 'he', them: 'him', their: 'his', theirs: 'his', themself: 'himself' },
  they: { they: 'they', them: 'them', their: 'their', theirs: 'theirs', themself: 'themself' },
} as const;

/** The companions a template's {c.*}, {d.*} and {k.*} slots refer to; unused slots may be absent. */
export type Cast = Partial<Record<Slot, Companion>>;

/** Verb endings that agree with a companion's pronoun: "{c.they} keep{c.s}", "{c.they} {c.are}". */
const AGREEMENT: Record<string, [singular: string, plural: string]> = {
  s: ['s', ''],
  es: ['es', ''],
  are: ['is', 'are'],
  were: ['was', 'were'],
  have: ['has', 'have'],
};

function companionSlot(companion: Companion, field: string): string | undefined {
  const agreement = AGREEMENT[field];
  if (agreement !== undefined) return companion.pronoun === 'they' ? agreement[1] : agreement[0];
  switch (field) {
    case 'name':
      return companion.name;
    case 'role':
      return companion.role;
    case 'mood':
      return companion.mood;
    case 'they':
    case 'them':
    case 'their':
    case 'theirs':
    case 'themself':
      return PRONOUNS[companion.pronoun][field];
    default:
      return undefined;
  }
}

const SLOT = /\{(\w+)(?:\.(\w+))?\}/gu;

/** The value of a world slot such as {destination}, or undefined for an unknown one. */
function worldSlot(world: World, name: string): string | undefined {
  const setting = SETTINGS[world.setting];
  switch (name) {
    case 'place':
      return setting.place;
    case 'vessel':
      return setting.vessel;
    case 'stop':
      return setting.stop;
    case 'destination':
      return world.destination;
    case 'role':
      return world.role;
    case 'motif':
      return world.motif.the;
    case 'aMotif':
      return world.motif.a;
    default:
      return undefined;
  }
}

/**
 * Renders a template; throws on an unknown slot, or a companion slot the cast leaves empty, so
 * corpus mistakes surface in tests. `extra` fills further slots such as {recall}.
 */
export function render(
  template: string,
  world: World,
  cast: Cast,
  extra?: Readonly<Record<string, string>>,
): string {
  const filled = template.replace(SLOT, (whole, name: string, field?: string) => {
    let value: string | undefined;
    if (field !== undefined) {
      const companion = name === 'c' || name === 'd' || name === 'k' ? cast[name] : undefined;
      if (companion !== undefined) value = companionSlot(companion, field);
    } else {
      value = extra?.[name] ?? worldSlot(world, name);
    }
    if (value === undefined)
      throw new Error(`Unknown or unfilled template slot ${whole} in "${template}"`);
    return value;
  });
  return capitalise(filled);
}

/** Upper-cases the first letter (slots such as {destination} may open a sentence). */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter, for a question that follows a lead-in clause. */
export function lowerFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
