// Slipway's naming rules and the GitHub conventions its registry relies on. Pure functions.

const NAME_PATTERN = /^[a-z0-9_]+$/;
const MAX_NAME_BYTES = 64;
/** A component reference, `publisher.name.version` (Slipway's own pattern). */
export const COMPONENT_REFERENCE = /^(?<publisher>\w+)\.(?<name>\w+)\.(?<version>.+)$/;

export interface SplitName {
  namespace: string;
  localname: string;
}

/** Splits at the FIRST `__`: `a__b__c` → `a` / `b__c`; without `__` both parts are the name. */
export function splitName(name: string): SplitName {
  const at = name.indexOf('__');
  if (at < 0) return { namespace: name, localname: name };
  return { namespace: name.slice(0, at), localname: name.slice(at + 2) };
}

/** Why a publisher or name is invalid, or undefined when it is valid. */
export function nameProblem(value: string): string | undefined {
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes === 0) return 'is empty';
  if (bytes > MAX_NAME_BYTES) return `is ${bytes} bytes long; the limit is ${MAX_NAME_BYTES}`;
  if (!NAME_PATTERN.test(value)) {
    return 'may only contain lower-case letters, digits and underscores (^[a-z0-9_]+$)';
  }
  return undefined;
}

/** GitHub owners are case-insensitive and may contain `-`, which publishers may not. */
export function publisherForOwner(owner: string): string {
  return owner.toLowerCase().replaceAll('-', '_');
}

export function repositoryForName(name: string): string {
  return `slipway_${splitName(name).namespace}`;
}

export function tarballName(publisher: string, name: string, version: string): string {
  return `${publisher}.${name}.${version}.tar`;
}

/** The URL Slipway's registry redirects `<publisher>.<name>.<version>.tar` to. */
export function downloadUrl(
  serverUrl: string,
  owner: string,
  repo: string,
  version: string,
  asset: string,
): string {
  return `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}/releases/download/${encodeURIComponent(version)}/${encodeURIComponent(asset)}`;
}
