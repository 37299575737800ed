/**
 * Reads and validates a JSON request body: 415 for another media type, 400 `malformed-json` for
 * text that does not parse, 400 `invalid-request` (with each problem's path) for the wrong shape.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpError } from './http-error';

export async function readJson<Schema extends z.ZodType>(
  context: Context,
  schema: Schema,
  options: { allowEmpty?: boolean } = {},
): Promise<z.infer<Schema>> {
  const text = await context.req.text();
  let value: unknown = {};
  if (text.trim() !== '' || options.allowEmpty !== true) {
    const type = context.req.header('content-type') ?? '';
    if (!/^application\/json\b/iu.test(type)) {
      throw new HttpError(415, 'unsupported-media-type', 'Send the body as application/json.');
    }
    try {
      value = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'malformed-json', 'The request body is not valid JSON.');
    }
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    throw new HttpError(400, 'invalid-request', 'The request does not have the expected shape.', {
      details: { problems },
    });
  }
  return result.data;
}
