/**
 * A reader for tests that play journeys over plain `fetch`: answering a journey needs the visitor
 * who began it, so every request carries the same visitor cookie, as a browser's would.
 */
import { VISITOR_COOKIE } from '@liminal/contract/visitor';

export const READER_COOKIE = { cookie: `${VISITOR_COOKIE}=test-reader-0000000000001` };
