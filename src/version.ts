// Version rules: strict SemVer 2.0.0, where a publish takes its version from, the release tag, and
// version order for every target (GitHub releases, registry.yaml, the Serverless Registry). Pure.
import semver from 'semver';
import { PublishError } from './errors.ts';

// The regular expression published with the SemVer 2.0.0 specification (numbered groups).
const STRICT_SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Slipway's `semver` crate keeps MAJOR, MINOR and PATCH as u64: a larger number is refused. */
const U64_MAX = 18446744073709551615n;

export function isStrictSemver(value: string): boolean {
  const match = STRICT_SEMVER.exec(value);
  return !!match && match.slice(1, 4).every((n) => BigInt(n!) <= U64_MAX);
}

/** A fix for a near-miss version (`v1.2.3`, `01.2.3`), or a general hint. */
export function semverFix(value: string): string {
  const cleaned = semver.valid(semver.coerce(value, { includePrerelease: true }) ?? '');
  if (cleaned && cleaned !== value) return `use "${cleaned}" (MAJOR.MINOR.PATCH, no "v", no leading zeros)`;
  return 'use MAJOR.MINOR.PATCH, optionally with -prerelease and +build parts, e.g. "1.2.0" or "1.3.0-rc.1"';
}

/** SemVer as the semver package reads it (a leading "v" and "=" allowed): the Serverless Registry's rule. */
export function isSemver(value: string): boolean {
  return semver.valid(value) !== null;
}

export function isPrerelease(version: string): boolean {
  return (semver.prerelease(version)?.length ?? 0) > 0;
}

/** The greatest of the versions that are SemVer (others are ignored), or undefined. */
function highestVersion(versions: Iterable<string>): string | undefined {
  return highestOf([...versions].filter(isStrictSemver));
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

/**
 * The release tag of a version: under Slipway's conventions the bare version (Slipway resolves
 * `publisher.name.version` to the release tagged exactly `version`), else `tagPrefix` + version.
 */
export function releaseTag(
  version: string,
  options: { conventions?: 'slipway' | 'none'; tagPrefix?: string },
): string {
  if (options.conventions !== 'none') return version;
  const prefix = options.tagPrefix ?? '';
  // git check-ref-format's rules that a prefix alone can break: GitHub would refuse the tag, and a
  // line break in it would reach the log and the summary.
  if (/[\s\p{Cc}~^:?*[\\]|\.\.|@\{|^[-./]/u.test(prefix))
    throw new PublishError(
      'bad-tag-prefix',
      `tag-prefix ${JSON.stringify(prefix)} cannot start a git tag (no spaces, control characters, ~^:?*[\\, "..", "@{", nor a leading - . /)`,
      'set tag-prefix to plain characters such as "v" or "release-"',
    );
  return `${prefix}${version}`;
}

/** The greatest SemVer version in `existing` below `version` (the release before it), or ''. */
export function previousVersion(version: string, existing: Iterable<string>): string {
  return (
    [...existing]
      .filter((v) => v !== version && isSemver(v) && semver.lt(v, version))
      .sort(semver.rcompare)[0] ?? ''
  );
}

export type VersionOrder = { order: 'new' } | { order: 'same' } | { order: 'not-greater'; highest: string };

/**
 * Whether `version` may be published next to `listed` (the Serverless Registry's rule): it must be
 * greater than each listed version that is SemVer (non-SemVer tags such as `dev` are not ordered). A
 * version that compares equal to a listed one but is spelled differently (`1.0.0+a` / `1.0.0+b`) is
 * not greater.
 */
export function versionOrder(version: string, listed: readonly string[]): VersionOrder {
  if (listed.includes(version)) return { order: 'same' };
  if (!isSemver(version)) return { order: 'new' };
  const highest = highestOf(listed.filter(isSemver));
  if (highest !== undefined && semver.compare(version, highest) <= 0)
    return { order: 'not-greater', highest };
  return { order: 'new' };
}

function highestOf(versions: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const v of versions) if (best === undefined || semver.compare(v, best) > 0) best = v;
  return best;
}
