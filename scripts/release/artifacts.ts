/**
 * A release's Lambda zips, kept under lambda/<version>/ in the artifacts bucket (the edge ones in
 * its us-east-1 copy). Like web releases they are immutable: the same bytes again are skipped,
 * different bytes under a kept version are refused, so what Terraform deploys for a version is
 * always what was first built for it.
 */
import type { Bucket } from './bucket';
import { ReleaseError } from './releases';
import { sha256 } from './manifest';

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
    const key = `lambda/${version}/${artifact.name}`;
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
