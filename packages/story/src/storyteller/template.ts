/**
 * Fills the corpus's {slot} templates from a world and a cast of companions.
 */
import type { Companion, World } from '../world/world';
import { SETTINGS } from '../world/ingredients';
import type { Slot } from './storylet';
import { isSlot } from './storylet';

const PRONOUNS = {
  she: { they: 'she', them: 'her', their: 'her', theirs: 'hers', themself: 'herself' },
  he: { they: 'he', them: 'him', their: 'his', theirs: 'his', themself: 'himself' },
  they: { they: 'they', them: 'them', their: 'their', theirs: 'theirs', themself: 'themself' },
} as const;

/** The companions a template's {companion.*}, {other.*} and {first.*} slots refer to; unused ones are undefined. */
export type Cast = Record<Slot, Companion | undefined>;

/**
 * A cast with every slot present, filled or not: one object shape for every cast, so the code
 * that reads slots by name stays on its fast path (casts built slot by slot had a shape for each
 * order the slots were filled in).
 */
export function castOf(filled: Partial<Cast> = {}): Cast {
  return { companion: filled.companion, other: filled.other, first: filled.first };
}

/** The cast of a piece that names no companion. */
export const NO_CAST: Readonly<Cast> = castOf();

/** Verb endings that agree with a companion's pronoun: "{companion.they} keep{companion.s}", "{companion.they} {companion.are}". */
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

/** A template split once into literal text and slots, so rendering is only concatenation. */
type Part = string | { whole: string; name: string; field: string | undefined };
const compiled = new Map<string, Part[]>();

function partsOf(template: string): Part[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = [];
    let at = 0;
    for (const match of template.matchAll(SLOT)) {
      if (match.index > at) parts.push(template.slice(at, match.index));
      parts.push({ whole: match[0], name: match[1] ?? '', field: match[2] });
      at = match.index + match[0].length;
    }
    if (at < template.length) parts.push(template.slice(at));
    compiled.set(template, parts);
  }
  return parts;
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
  let filled = '';
  for (const part of partsOf(template)) {
    if (typeof part === 'string') {
      filled += part;
      continue;
    }
    const { name, field } = part;
    let value: string | undefined;
    if (field !== undefined) {
      const companion = isSlot(name) ? cast[name] : undefined;
      if (companion !== undefined) value = companionSlot(companion, field);
    } else {
      value = extra?.[name] ?? worldSlot(world, name);
    }
    if (value === undefined) {
      throw new Error(`Unknown or unfilled template slot ${part.whole} in "${template}"`);
    }
    filled += value;
  }
  return capitalise(filled);
}

/** Upper-cases the first letter (slots such as {destination} may open a sentence). */
export function capitalise(text: string): string {
  const code = text.charCodeAt(0);
  // Most templates already open with a capital: leave those strings as they are.
  if (text.length === 0 || (code < 128 && (code < 97 || code > 122))) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter, for a question that follows a lead-in clause. */
export function lowerFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
