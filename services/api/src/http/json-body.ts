/**
 * Reads and validates a JSON request body: 413 past `maxBytes`, 415 for another media type,
 * 400 `malformed-json` for text that does not parse, 400 `invalid-request` (with each problem's
 * path) for the wrong shape.
 *
 * The size limit is enforced here rather than by Hono's bodyLimit middleware: that one touches
 * `request.body`, which makes the Node adapter build a full fetch Request for every call, a
 * large share of a turn's cost under load.
 */
import type { Context } from 'hono';
import type * as z from 'zod';
import { HttpError } from './http-error';

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(
    413,
    'payload-too-large',
    `Request bodies are limited to ${maxBytes} bytes.`,
  );
}

/** The body as text, refusing more than `maxBytes` before reading it where the length is known. */
async function readText(context: Context, maxBytes: number): Promise<string> {
  const declared = context.req.header('content-length');
  if (declared !== undefined) {
    if (Number(declared) > maxBytes) throw tooLarge(maxBytes);
    return context.req.text(); // the adapter's fast path; the length is capped by the header
  }
  // No length (chunked): stream it and stop at the limit.
  const body = context.req.raw.body;
  if (body === null) return '';
  const reader = (body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * True for `application/json`, alone or with `charset=utf-8`: the body is read as UTF-8, so any
 * other charset, and look-alikes such as `application/json-patch+json`, are refused.
 */
export function isJsonContentType(header: string): boolean {
  const [type = '', ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => /^charset="?utf-8"?$/u.test(parameter));
}

export async function readJson<Schema extends z.ZodType>(
  context: Context,
  schema: Schema,
  options: { allowEmpty?: boolean; maxBytes: number },
): Promise<z.infer<Schema>> {
  const text = await readText(context, options.maxBytes);
  let value: unknown = {};
  if (text.trim() !== '' || options.allowEmpty !== true) {
    if (!isJsonContentType(context.req.header('content-type') ?? '')) {
      throw new HttpError(
        415,
        'unsupported-media-type',
        'Send the body as application/json (in UTF-8).',
      );
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
