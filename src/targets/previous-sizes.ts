// The size of each component's asset in the previous release, for the summary's size delta.
import type { Release } from '../github/releases.ts';
import { tarballName } from '../slipway/naming.ts';
import type { Artifact } from '../slipway/pack.ts';

/** Each artifact's asset in the published release of the previous version, when it has one. */
export function previousSizes(
  releases: Release[],
  tag: string,
  previous: string,
  artifacts: Artifact[],
): Map<string, number> {
  const sizes = new Map<string, number>();
  const release = previous ? releases.find((r) => r.tag_name === tag && !r.draft) : undefined;
  for (const a of release ? artifacts : []) {
    const name = tarballName(a.component.manifest.publisher, a.component.manifest.name, previous);
    const size = release?.assets.find((x) => x.name === name)?.size;
    if (typeof size === 'number') sizes.set(a.fileName, size);
  }
  return sizes;
}
