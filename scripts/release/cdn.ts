/**
 * CloudFront as the release steps see it: one invalidation of every path, resolved once
 * CloudFront reports it complete (so no edge still holds the previous index.html when the
 * previous release's files are removed).
 */
import type { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { CreateInvalidationCommand, GetInvalidationCommand } from '@aws-sdk/client-cloudfront';
import type { Cdn } from './releases';

export function cloudFrontCdn(
  client: CloudFrontClient,
  distributionId: string,
  options: { pollMs?: number; timeoutMs?: number } = {},
): Cdn {
  const pollMs = options.pollMs ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  return {
    async invalidateAll() {
      const created = await client.send(
        new CreateInvalidationCommand({
          DistributionId: distributionId,
          InvalidationBatch: {
            CallerReference: `release-${Date.now()}-${Math.random().toString(36).slice(2)}`,
            Paths: { Quantity: 1, Items: ['/*'] },
          },
        }),
      );
      const id = created.Invalidation?.Id;
      if (id === undefined) throw new Error('CloudFront returned no invalidation id');
      const deadline = Date.now() + timeoutMs;
      // CloudFront says Completed; emulators have been known to say COMPLETED.
      for (let status = created.Invalidation?.Status; status?.toLowerCase() !== 'completed';) {
        if (Date.now() > deadline)
          throw new Error(`invalidation ${id} did not complete in ${timeoutMs / 60_000} min`);
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        const current = await client.send(
          new GetInvalidationCommand({ DistributionId: distributionId, Id: id }),
        );
        status = current.Invalidation?.Status;
      }
    },
  };
}
