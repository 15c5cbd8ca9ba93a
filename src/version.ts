// Version rules: strict SemVer 2.0.0 and where a publish takes its version from. Pure functions.
import semver from 'semver';

// The regular expression published with the SemVer 2.0.0 specification (numbered groups).
const STRICT_SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function isStrictSemver(value: string): boolean {
  return STRICT_SEMVER.test(value);
}

/** A fix for a near-miss version (`v1.2.3`, `01.2.3`), or a general hint. */
export function semverFix(value: string): string {
  const cleaned = semver.valid(semver.coerce(value, { includePrerelease: true }) ?? '');
  if (cleaned && cleaned !== value) return `use "${cleaned}" (MAJOR.MINOR.PATCH, no "v", no leading zeros)`;
  return 'use MAJOR.MINOR.PATCH, optionally with -prerelease and +build parts, e.g. "1.2.0" or "1.3.0-rc.1"';
}

export function isPrerelease(version: string): boolean {
  return (semver.prerelease(version)?.length ?? 0) > 0;
}

/** The greatest of the versions that are SemVer (others are ignored), or undefined. */
export function highestVersion(versions: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const v of versions) {
    if (!isStrictSemver(v)) continue;
    if (best === undefined || semver.compare(v, best) > 0) best = v;
  }
  return best;
}

export type VersionSource = 'input' | 'tag' | 'manifest';

export interface ResolvedVersion {
  version: string;
  source: VersionSource;
}

/**
 * The version to publish: an explicit input wins; else, on a tag push, the tag minus its prefix;
 * else the manifest's own version.
 */
export function resolveVersion(options: {
  input?: string;
  tag?: string;
  tagPrefix?: string;
  manifestVersion: string;
}): ResolvedVersion {
  const input = options.input?.trim();
  if (input) return { version: input, source: 'input' };
  const tag = options.tag?.trim();
  const prefix = options.tagPrefix ?? '';
  if (tag?.startsWith(prefix)) return { version: tag.slice(prefix.length), source: 'tag' };
  return { version: options.manifestVersion, source: 'manifest' };
}

export type Order = 'new' | 'same' | 'lower';

/** How `version` relates to what a target already holds. */
export function compareToExisting(
  version: string,
  existing: Iterable<string>,
): { order: Order; highest?: string } {
  const list = [...existing];
  if (list.includes(version)) return { order: 'same', highest: highestVersion(list) };
  const highest = highestVersion(list);
  if (highest !== undefined && semver.compare(version, highest) < 0) return { order: 'lower', highest };
  return { order: 'new', highest };
}
