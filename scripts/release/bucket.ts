/**
 * The S3 operations releases need, on one bucket: objects read as bytes or text (a missing key
 * is undefined, not an error), written with their headers, copied server-side, listed, and
 * deleted in batches.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';

export interface Headers {
  contentType: string;
  cacheControl: string;
  metadata?: Record<string, string>;
}

export interface Bucket {
  name: string;
  bytes(key: string): Promise<Uint8Array | undefined>;
  text(key: string): Promise<string | undefined>;
  /** The object's user metadata, or undefined when there is no such object. */
  metadata(key: string): Promise<Record<string, string> | undefined>;
  put(key: string, body: Uint8Array | string, headers: Headers): Promise<void>;
  copy(from: string, to: string, headers: Headers): Promise<void>;
  /** Every key under `prefix` ('' for the whole bucket). */
  keys(prefix?: string): Promise<string[]>;
  remove(keys: readonly string[]): Promise<void>;
}

function isMissing(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  return name === 'NoSuchKey' || name === 'NotFound';
}

export function bucketOf(client: S3Client, name: string): Bucket {
  const bytes = async (key: string) => {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: name, Key: key }));
      return await object.Body?.transformToByteArray();
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  };
  return {
    name,
    bytes,
    async text(key) {
      const found = await bytes(key);
      return found === undefined ? undefined : new TextDecoder().decode(found);
    },
    async metadata(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: name, Key: key }));
        return head.Metadata ?? {};
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    async put(key, body, headers) {
      await client.send(
        new PutObjectCommand({
          Bucket: name,
          Key: key,
          Body: body,
          ContentType: headers.contentType,
          CacheControl: headers.cacheControl,
          Metadata: headers.metadata,
        }),
      );
    },
    async copy(from, to, headers) {
      await client.send(
        new CopyObjectCommand({
          Bucket: name,
          Key: to,
          CopySource: `${name}/${from.split('/').map(encodeURIComponent).join('/')}`,
          MetadataDirective: 'REPLACE',
          ContentType: headers.contentType,
          CacheControl: headers.cacheControl,
        }),
      );
    },
    async keys(prefix = '') {
      const found: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: name, Prefix: prefix, ContinuationToken: token }),
        );
        for (const object of page.Contents ?? []) if (object.Key) found.push(object.Key);
        token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
      } while (token !== undefined);
      return found;
    },
    async remove(keys) {
      for (let start = 0; start < keys.length; start += 1000) {
        const batch = keys.slice(start, start + 1000);
        const result = await client.send(
          new DeleteObjectsCommand({
            Bucket: name,
            Delete: { Objects: batch.map((key) => ({ Key: key })), Quiet: true },
          }),
        );
        const failed = result.Errors ?? [];
        if (failed.length > 0)
          throw new Error(`could not delete ${failed.map((error) => error.Key).join(', ')}`);
      }
    },
  };
}
