/**
 * Fills the corpus's {slot} templates from a world and a cast of companions.
 */
import type { Companion, World } from '../world/world';
import {
  calledByKin,
  greeterOf,
  hostOf,
  hourOf,
  petOf,
  petPronounsOf,
  roleAsSaid,
} from '../world/world';
import { SETTINGS } from '../world/ingredients';
import { REGIONS } from '../world/seed-words';

const PRONOUNS = {
  she: { they: 'she', them: 'her', their: 'her', theirs: 'hers', themself: 'herself' },
  he: { they: 'he', them: 'him', their: 'his', theirs: 'his', themself: 'himself' },
  they: { they: 'they', them: 'them', their: 'their', theirs: 'theirs', themself: 'themself' },
} as const;

/**
 * The companion slots a template may use: `companion` is the one the piece is about, `other` a
 * second one, `first` the first companion met (who carries the companion thread).
 */
export type Slot = 'companion' | 'other' | 'first';
export const SLOTS: readonly Slot[] = ['companion', 'other', 'first'];

export function isSlot(value: string): value is Slot {
  return (SLOTS as readonly string[]).includes(value);
}

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

/**
 * What a beat says beyond its world and cast: the destination as this beat says it (shortened
 * once heard) and the earlier choice a callback recalls. One object shape for every beat: the
 * code that reads it stays on its fast path.
 */
export interface Said {
  readonly destination?: string | undefined;
  readonly recall?: string | undefined;
}

/** Reads one field of a companion, or undefined for a field templates do not have. */
function companionField(field: string): ((companion: Companion) => string) | undefined {
  const agreement = AGREEMENT[field];
  if (agreement !== undefined) {
    const [singular, plural] = agreement;
    return (companion) => (companion.pronoun === 'they' ? plural : singular);
  }
  switch (field) {
    case 'name':
      return (companion) => companion.name;
    case 'role':
      return (companion) => companion.role;
    case 'mood':
      return (companion) => companion.mood;
    case 'they':
    case 'them':
    case 'their':
    case 'theirs':
    case 'themself':
      return (companion) => PRONOUNS[companion.pronoun][field];
    default:
      return undefined;
  }
}

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
    case 'alight':
      return setting.alight ?? 'step off';
    case 'hour':
      return hourOf(world);
    case 'destination':
      return world.destination;
    case 'role':
      return roleAsSaid(world);
    case 'motif':
      return world.motif.the;
    case 'aMotif':
      return world.motif.a;
    case 'host':
      return hostOf(world);
    case 'greeter':
      return greeterOf(world);
    case 'pet':
      return petOf(world);
    case 'petIt':
      return petOf(world) === undefined ? undefined : petPronounsOf(world).it;
    case 'petIts':
      return petOf(world) === undefined ? undefined : petPronounsOf(world).its;
    default:
      return undefined;
  }
}

/** A slot of a template, with what fills it: undefined for an unknown or unfilled slot. */
interface SlotPart {
  whole: string;
  fill: (world: World, cast: Cast, said: Said | undefined) => string | undefined;
}

/**
 * A corpus text split once, when the corpus loads, into literal text and slots that know what
 * fills them, so rendering is only concatenation. (A cache of splits keyed by the text cost a
 * hash-table probe, and a likely cache miss, per render.)
 */
export interface Template {
  readonly text: string;
  readonly parts: readonly (string | SlotPart)[];
  /** The first part capitalised, when it is literal text (most templates open that way). */
  readonly opening: string | undefined;
}

const SLOT = /\{(\w+)(?:\.(\w+))?\}/gu;

function slotPart(whole: string, name: string, field: string | undefined): SlotPart {
  if (field === undefined) {
    if (name === 'destination')
      return { whole, fill: (world, _cast, said) => said?.destination ?? world.destination };
    if (name === 'recall') return { whole, fill: (_world, _cast, said) => said?.recall };
    return { whole, fill: (world) => worldSlot(world, name) };
  }
  const read = companionField(field);
  if (read === undefined || !isSlot(name)) return { whole, fill: () => undefined };
  return {
    whole,
    fill: (_world, cast) => {
      const companion = cast[name];
      return companion === undefined ? undefined : read(companion);
    },
  };
}

/**
 * Compiles a corpus text. A slot no filler knows compiles to one that fills nothing, so it fails
 * when rendered, naming the slot and the text (the corpus tests render every piece).
 */
export function compileTemplate(text: string): Template {
  const parts: (string | SlotPart)[] = [];
  let at = 0;
  for (const match of text.matchAll(SLOT)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push(slotPart(match[0], match[1] ?? '', match[2]));
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  const first = parts[0];
  return { text, parts, opening: typeof first === 'string' ? capitalise(first) : undefined };
}

/**
 * Renders a template; throws on an unknown slot, or a companion slot the cast leaves empty, so
 * corpus mistakes surface in tests. `said` fills {destination} as the beat says it, and {recall}.
 */
export function render(template: Template, world: World, cast: Cast, said?: Said): string {
  return fill(template, world, cast, said, true);
}

/** Renders a clause to be placed mid-sentence (a recall): as written, not capitalised. */
export function renderClause(template: Template, world: World, cast: Cast, said?: Said): string {
  return fill(template, world, cast, said, false);
}

function fill(
  template: Template,
  world: World,
  cast: Cast,
  said: Said | undefined,
  opens: boolean,
): string {
  const parts = template.parts;
  let filled = '';
  let from = 0;
  if (opens && template.opening !== undefined) {
    filled = template.opening;
    from = 1;
  }
  for (let index = from; index < parts.length; index++) {
    const part = parts[index] as string | SlotPart;
    let value = typeof part === 'string' ? part : part.fill(world, cast, said);
    if (value === undefined) {
      throw new Error(
        `Unknown or unfilled template slot ${(part as SlotPart).whole} in "${template.text}"`,
      );
    }
    // Slots such as {destination} may open a sentence: capitalise whatever comes first. (The
    // whole rendered string is joined from pieces; reading its first letter would copy it.)
    if (opens && filled.length === 0) value = capitalise(value);
    // A region or a country is arrived in, not at ("You step off in Spain").
    if (REGIONS.has(value) && filled.endsWith(' at ')) filled = `${filled.slice(0, -3)}in `;
    filled += value;
  }
  return withoutEcho(filled, cast);
}

/**
 * The text without a role that only says the name again: someone the reader calls "Dad" is
 * "Dad", not "Dad, your dad" (see calledByKin).
 */
function withoutEcho(text: string, cast: Cast): string {
  let said = text;
  for (const slot of SLOTS) {
    const companion = cast[slot];
    if (companion === undefined || !calledByKin(companion)) continue;
    const echo = `${companion.name}, ${companion.role}`;
    said = said.replaceAll(`${echo},`, companion.name).replaceAll(echo, companion.name);
  }
  return said;
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
