/**
 * Web releases in the site bucket. Each is kept whole under releases/<version>/ with its
 * manifest, immutable once kept. Going live makes the bucket's root exactly that release:
 * assets first, other files next, index.html last, the cache invalidated, a smoke test, then
 * (once in-flight pages have had time to finish) every file the release does not have removed.
 * The record releases/current.json always says what is live: it is marked "switching" before
 * the first file changes, and any failure after that puts the previous release back the same
 * way and records it, so the site is never left half one release and half another.
 */
import type { Bucket } from './bucket';
import type { Manifest, ManifestFile } from './manifest';
import { manifestProblem, parseManifest, sameFiles, sha256 } from './manifest';

export const RECORD = 'releases/current.json';
const RELEASES = 'releases/';

export interface LiveRecord {
  /** What is live: a release's version, or null before the first go-live succeeds. */
  live: string | null;
  /** What was live before it, for the next rollback. */
  previous: string | null;
  state: 'live' | 'switching' | 'failed';
  /** While switching, the release going live; after a failure, the one that failed. */
  target?: string;
  reason?: string;
  at: string;
}

/** The CDN in front of the bucket: an invalidation of every path, finished when it resolves. */
export interface Cdn {
  invalidateAll(): Promise<void>;
}

export interface GoLiveOptions {
  bucket: Bucket;
  cdn: Cdn;
  version: string;
  /** Checks the site through the CDN; a rejection rolls the release back. */
  smoke?: () => Promise<void>;
  /** How long in-flight pages of the old release get before its files go (ms). */
  drainMs?: number;
  log?: (message: string) => void;
  now?: () => Date;
  /** Called after each step: the tests inject failures here. */
  afterStep?: (step: 'published' | 'invalidated' | 'smoke-tested' | 'stale-removed') => void;
}

export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';
}

const manifestKey = (version: string) => `${RELEASES}${version}/manifest.json`;
const fileKey = (version: string, path: string) => `${RELEASES}${version}/${path}`;

export async function readRecord(bucket: Bucket): Promise<LiveRecord | undefined> {
  const text = await bucket.text(RECORD);
  return text === undefined ? undefined : (JSON.parse(text) as LiveRecord);
}

async function writeRecord(bucket: Bucket, record: LiveRecord): Promise<void> {
  await bucket.put(RECORD, `${JSON.stringify(record, null, 2)}\n`, {
    contentType: 'application/json',
    cacheControl: 'no-store',
  });
}

async function readManifest(bucket: Bucket, version: string): Promise<Manifest | undefined> {
  const text = await bucket.text(manifestKey(version));
  return text === undefined ? undefined : parseManifest(text);
}

/**
 * Keeps a build as release `version`: every file, then the manifest. Keeping the same bytes
 * again is a no-op; different bytes under a kept version are refused (releases are immutable).
 */
export async function keepRelease(
  bucket: Bucket,
  manifest: Manifest,
  read: (path: string) => Uint8Array,
): Promise<'kept' | 'already kept'> {
  const existing = await readManifest(bucket, manifest.version);
  if (existing !== undefined) {
    if (sameFiles(existing, manifest)) return 'already kept';
    throw new ReleaseError(
      `release ${manifest.version} is already kept with different files; releases are immutable, so deploy a new version`,
    );
  }
  for (const file of manifest.files)
    await bucket.put(fileKey(manifest.version, file.path), read(file.path), file);
  await bucket.put(manifestKey(manifest.version), JSON.stringify(manifest), {
    contentType: 'application/json',
    cacheControl: 'no-store',
  });
  return 'kept';
}

/** The release's manifest once every file is present with its recorded bytes. */
export async function verifyRelease(bucket: Bucket, version: string): Promise<Manifest> {
  const manifest = await readManifest(bucket, version);
  if (manifest === undefined)
    throw new ReleaseError(`release ${version} is not kept in s3://${bucket.name}/${RELEASES}`);
  const problems: string[] = [];
  let indexHtml: string | undefined;
  await Promise.all(
    manifest.files.map(async (file) => {
      const bytes = await bucket.bytes(fileKey(version, file.path));
      if (bytes === undefined) problems.push(`${file.path} is missing`);
      else if (sha256(bytes) !== file.sha256) problems.push(`${file.path} has changed`);
      else if (file.path === 'index.html') indexHtml = new TextDecoder().decode(bytes);
    }),
  );
  const problem =
    problems.length > 0 ? problems.sort().join('; ') : manifestProblem(manifest, indexHtml);
  if (problem !== undefined)
    throw new ReleaseError(`release ${version} cannot go live: ${problem}`);
  return manifest;
}

/** Assets first, other files next, index.html last: no page ever loads a file not yet there. */
function publishOrder(files: readonly ManifestFile[]): ManifestFile[] {
  const rank = (file: ManifestFile) =>
    file.path === 'index.html' ? 2 : file.path.startsWith('assets/') ? 0 : 1;
  return [...files].sort((a, b) => rank(a) - rank(b));
}

async function publish(bucket: Bucket, manifest: Manifest): Promise<void> {
  const ordered = publishOrder(manifest.files);
  const index = ordered.pop();
  await Promise.all(
    ordered.map((file) => bucket.copy(fileKey(manifest.version, file.path), file.path, file)),
  );
  if (index !== undefined)
    await bucket.copy(fileKey(manifest.version, index.path), index.path, index);
}

/** Deletes every live file the release does not have (the kept releases are left alone). */
async function removeStale(bucket: Bucket, manifest: Manifest): Promise<string[]> {
  const wanted = new Set(manifest.files.map((file) => file.path));
  const stale = (await bucket.keys()).filter(
    (key) => !key.startsWith(RELEASES) && !wanted.has(key),
  );
  await bucket.remove(stale);
  return stale;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Makes the site exactly `manifest`'s release, checked by smoke when given. */
async function switchTo(options: GoLiveOptions, manifest: Manifest, smoke: boolean) {
  const { bucket, cdn, log = () => {}, afterStep = () => {} } = options;
  log(`publish release ${manifest.version} (assets, other files, index.html last)`);
  await publish(bucket, manifest);
  afterStep('published');
  log('invalidate the CDN and wait for it');
  await cdn.invalidateAll();
  afterStep('invalidated');
  if (smoke && options.smoke !== undefined) {
    log('smoke test through the CDN');
    await options.smoke();
    afterStep('smoke-tested');
  }
  if ((options.drainMs ?? 0) > 0) {
    log(`let in-flight pages finish (${Math.round((options.drainMs ?? 0) / 1000)} s)`);
    await sleep(options.drainMs ?? 0);
  }
  const stale = await removeStale(bucket, manifest);
  log(`removed ${stale.length} file(s) the release does not have`);
  afterStep('stale-removed');
}

/**
 * Makes `version` live (a deploy or a rollback alike). Resolves with the record written; on a
 * failure after the site began to change, puts the previous release back, records it, and
 * rejects with one line that says what failed and what is live now.
 */
export async function goLive(options: GoLiveOptions): Promise<LiveRecord> {
  const { bucket, version } = options;
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const manifest = await verifyRelease(bucket, version);
  const before = await readRecord(bucket);
  const live = before?.live ?? null;
  await writeRecord(bucket, {
    live,
    previous: before?.previous ?? null,
    state: 'switching',
    target: version,
    at: now(),
  });
  try {
    await switchTo(options, manifest, true);
  } catch (error) {
    const reason = oneLine(error);
    if (live === null || live === version) {
      await writeRecord(bucket, {
        live: null,
        previous: live,
        state: 'failed',
        target: version,
        reason,
        at: now(),
      });
      throw new ReleaseError(
        `release ${version} failed to go live (${reason}); nothing to roll back to`,
      );
    }
    try {
      await switchTo({ ...options, drainMs: 0 }, await verifyRelease(bucket, live), false);
    } catch (rollbackError) {
      await writeRecord(bucket, {
        live: null,
        previous: live,
        state: 'failed',
        target: version,
        reason: `${reason}; rollback to ${live} failed: ${oneLine(rollbackError)}`,
        at: now(),
      });
      throw new ReleaseError(
        `release ${version} failed to go live (${reason}), and putting ${live} back failed too (${oneLine(rollbackError)})`,
      );
    }
    await writeRecord(bucket, {
      live,
      previous: before?.previous ?? null,
      state: 'live',
      target: version,
      reason,
      at: now(),
    });
    throw new ReleaseError(
      `release ${version} failed to go live (${reason}); ${live} is live again`,
    );
  }
  const record: LiveRecord = {
    live: version,
    previous: live === version ? (before?.previous ?? null) : live,
    state: 'live',
    at: now(),
  };
  await writeRecord(bucket, record);
  return record;
}
