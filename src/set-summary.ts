// What a run published, one row per component, for people: the action's job summary and the CLI's
// text output read the same rows, so both faces say the same thing.
import { formatBytes } from './files.ts';
import type { PublishSetResult } from './release-set.ts';
import { displayPath } from './slipway/component.ts';
import type { AssetOutcome, StepOutcome } from './target.ts';

export interface ComponentRow {
  /** `publisher.name`, or a Serverless package's folder when it is not also a component. */
  name: string;
  version: string;
  size: string;
  sha256: string;
  /** The release asset's Slipway-resolvable download URL ('' without a release). */
  asset: string;
  /** `publisher.name.version`. */
  reference: string;
  /** The registry.yaml entry written (or already there). */
  registry: string;
  /** The Serverless Registry `name@version` and the zip's sha256. */
  serverless: string;
  /** Against the previous release: the version bump and, when it had this asset, the size delta. */
  change: string;
}

export const ROW_HEADERS = [
  'component',
  'version',
  'size',
  'sha256',
  'release asset',
  'Slipway reference',
  'registry.yaml',
  'Serverless package',
  'change',
] as const;

export function rowCells(row: ComponentRow): string[] {
  return [
    row.name,
    row.version,
    row.size,
    row.sha256,
    row.asset,
    row.reference,
    row.registry,
    row.serverless,
    row.change,
  ];
}

function change(asset: AssetOutcome | undefined, size: number): string {
  if (!asset) return '';
  if (!asset.previousVersion) return 'first release';
  const bump = `${asset.previousVersion} → `;
  if (asset.previousSize === undefined) return `${bump}(no asset before)`;
  const delta = size - asset.previousSize;
  return `${bump}${delta >= 0 ? '+' : '−'}${formatBytes(Math.abs(delta))}`;
}

/** The outcomes in a dry run are not there: rows then show what is known before writing. */
export function componentRows(result: PublishSetResult): ComponentRow[] {
  const outcomes = (target: string): StepOutcome[] => result.outcomes.filter((o) => o.target === target);
  const assets = outcomes('github-release').flatMap((o) => o.assets ?? []);
  const registry = outcomes('registry-yaml')[0];
  const packages = outcomes('serverless-registry').map((o) => {
    const zip = o.outputs['serverless-zip-sha256'];
    return `${o.outputs['serverless-package'] ?? ''}${zip ? ` (zip sha256 ${zip})` : ''}`;
  });
  const packageOf = (dir: string) => packages[result.serverless.indexOf(dir)] ?? '';
  const rows: ComponentRow[] = result.artifacts.map((a, i) => {
    const { publisher, name } = a.component.manifest;
    const asset = assets.find((x) => x.name === a.fileName);
    return {
      name: `${publisher}.${name}`,
      version: a.component.version,
      size: formatBytes(a.size),
      sha256: a.sha256,
      asset: asset?.downloadUrl ?? '',
      reference: `${publisher}.${name}.${a.component.version}`,
      registry: registry?.entries?.[i] ? `${registry.entries[i]} (${registry.done})` : '',
      serverless: packageOf(a.component.dir),
      change: change(asset, a.size),
    };
  });
  const components = new Set(result.artifacts.map((a) => a.component.dir));
  for (const dir of result.serverless.filter((d) => !components.has(d))) {
    const pkg = packageOf(dir);
    rows.push({
      name: displayPath(dir),
      version: /@(\S+)/.exec(pkg)?.[1] ?? '',
      size: '',
      sha256: '',
      asset: '',
      reference: '',
      registry: '',
      serverless: pkg,
      change: '',
    });
  }
  return rows;
}

/** Plain text: one block per component, the fields that have a value. */
export function rowsText(rows: readonly ComponentRow[]): string {
  return rows
    .map((row) => {
      const cells = rowCells(row);
      const lines = ROW_HEADERS.slice(1)
        .map((header, i) => [header, cells[i + 1]!] as const)
        .filter(([, value]) => value !== '')
        .map(([header, value]) => `  ${header}: ${value}\n`);
      return `${row.name}\n${lines.join('')}`;
    })
    .join('');
}
