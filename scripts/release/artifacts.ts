/**
 * A release's Lambda zips, kept under lambda/<version>/ in the artifacts bucket (the edge ones in
 * its us-east-1 copy). Like web releases they are immutable: the same bytes again are skipped,
 * different bytes under a kept version are refused, so what Terraform deploys for a version is
 * always what was first built for it.
 */
import type { Bucket } from './bucket';
import { ReleaseError } from './releases';
import { sha256 } from './manifest';

/** A release's zips: the API in the region's artifacts bucket, the edge functions in us-east-1's. */
export const LAMBDA_ZIPS = {
  regional: ['api.zip', 'insights-stream.zip'],
  edge: ['edge-router.zip', 'origin-signer.zip'],
} as const;

const keyOf = (version: string, name: string) => `lambda/${version}/${name}`;

export interface Artifact {
  name: string;
  bytes: Uint8Array;
}

export async function keepArtifacts(
  bucket: Bucket,
  version: string,
  artifacts: readonly Artifact[],
): Promise<string[]> {
  const kept: string[] = [];
  for (const artifact of artifacts) {
    const key = keyOf(version, artifact.name);
    const hash = sha256(artifact.bytes);
    const existing = await bucket.metadata(key);
    if (existing !== undefined) {
      const recorded = existing['sha256'] ?? sha256((await bucket.bytes(key)) ?? new Uint8Array());
      if (recorded === hash) continue;
      throw new ReleaseError(
        `${key} is already kept with different bytes; releases are immutable, so deploy a new version`,
      );
    }
    await bucket.put(key, artifact.bytes, {
      contentType: 'application/zip',
      cacheControl: 'no-store',
      metadata: { sha256: hash },
    });
    kept.push(key);
  }
  return kept;
}

/**
 * Checks that every zip in `names` is kept for `version` with the bytes first kept, so a rollback
 * never reaches Terraform with a function whose code is not there.
 */
export async function verifyArtifacts(
  bucket: Bucket,
  version: string,
  names: readonly string[],
): Promise<void> {
  const problems: string[] = [];
  for (const name of names) {
    const key = keyOf(version, name);
    const bytes = await bucket.bytes(key);
    const recorded = bytes === undefined ? undefined : (await bucket.metadata(key))?.['sha256'];
    if (bytes === undefined) problems.push(`${key} is missing from s3://${bucket.name}`);
    else if (recorded !== undefined && recorded !== sha256(bytes))
      problems.push(`${key} has changed`);
  }
  if (problems.length > 0)
    throw new ReleaseError(`release ${version} cannot go live: ${problems.join('; ')}`);
}
