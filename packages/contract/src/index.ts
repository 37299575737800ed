/**
 * The HTTP API's contract. The web app imports types from here and runtime values only from the
 * small subpaths (`@liminal/contract/errors`, `/events`, `/visitor`), so the request
 * schemas and their validator never reach the reader's bundle.
 */
export * from './errors';
export * from './events';
export * from './requests';
export * from './views';
export * from './visitor';
