/**
 * Reading a string code unit by code unit, in the loops that run on every beat (word counts,
 * sentence keys, the hash behind every random draw).
 *
 * Why not `text.charCodeAt(index)`: the method is looked up on the string's own representation
 * (flat or concatenated, sliced, one or two bytes per character), beats and keys arrive in all of
 * them, and the lookup became megamorphic: a slow generic load on every character, a fifth of
 * the time of checking a beat. Called through the builtin, the optimiser knows the function
 * and reads any string directly.
 */

/** The UTF-16 code unit of `text` at `index`. */
export function codeAt(text: string, index: number): number {
  // Written out in full: the optimiser folds `String.prototype.charCodeAt` to the builtin and
  // inlines it, which it did not do for the same function kept in a module constant.
  return String.prototype.charCodeAt.call(text, index);
}
