/**
 * The API service's base error: every error it defines (configuration, journeys, storage, HTTP)
 * is one, with its own name and, where it wraps another failure, the `cause`.
 */
export class ApiServiceError extends Error {
  override readonly name: string = 'ApiServiceError';
}
