/**
 * Fills the corpus's {slot} templates from a world and a choice of companions.
 */
import type { Companion, World } from '../world/world';
import { SETTINGS } from '../world/ingredients';

const PRONOUNS = {
  she: { they: 'she', them: 'her', their: 'her' },
  he: { they: 'he', them: 'him', their: 'his' },
  they: { they: 'they', them: 'them', their: 'their' },
} as const;

/** The companions a template's {c.*}, {d.*} and {k.*} slots refer to. */
export interface Cast {
  c: Companion;
  d: Companion;
  k: Companion;
}

function companionSlot(companion: Companion, field: string): string | undefined {
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
      return PRONOUNS[companion.pronoun][field];
    default:
      return undefined;
  }
}

const SLOT = /\{(\w+)(?:\.(\w+))?\}/gu;

/** Renders a template; throws on an unknown slot so corpus mistakes surface in tests. */
export function render(template: string, world: World, cast: Cast): string {
  const setting = SETTINGS[world.setting];
  const filled = template.replace(SLOT, (whole, name: string, field?: string) => {
    let value: string | undefined;
    if (field !== undefined) {
      if (name === 'c' || name === 'd' || name === 'k') value = companionSlot(cast[name], field);
    } else {
      switch (name) {
        case 'place':
          value = setting.place;
          break;
        case 'vessel':
          value = setting.vessel;
          break;
        case 'stop':
          value = setting.stop;
          break;
        case 'destination':
          value = world.destination;
          break;
        case 'role':
          value = world.role;
          break;
        case 'motif':
          value = world.motif.the;
          break;
        case 'aMotif':
          value = world.motif.a;
          break;
      }
    }
    if (value === undefined) throw new Error(`Unknown template slot ${whole} in "${template}"`);
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
