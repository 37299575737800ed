/**
 * The visitor: a stable, random id in a first-party cookie, so a reader's journeys can be listed
 * without an account. The edge function (on AWS) and the API both read and set it.
 */
export const VISITOR_COOKIE = 'lt_visitor';

/** What a visitor id looks like; anything else in the cookie is replaced with a new one. */
export const VISITOR_ID = /^[A-Za-z0-9_-]{16,64}$/u;

/** A new visitor id from a UUID: its hex digits without the dashes. */
export function visitorIdFrom(uuid: string): string {
  return uuid.replace(/-/gu, '');
}

/**
 * Headers only the edge function may set for the API; a viewer's own copies are dropped. Header
 * names are case-insensitive; these are spelled as they are sent.
 */
export const EDGE_HEADERS = {
  visitor: 'X-Liminal-Visitor',
  variants: 'X-Liminal-Variants',
  /** "1" when the edge made the visitor's id, so the API sets the cookie the browser lacks. */
  newVisitor: 'X-Liminal-New-Visitor',
} as const;
