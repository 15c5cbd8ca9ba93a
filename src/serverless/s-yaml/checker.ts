// The state one s.yaml check shares between its parts (structure, references, actions, order): what
// the file declares, what a base file (`extend:`) adds, the problems found so far and the dependencies
// between resources.
import { isScalar, type LineCounter, type Node } from 'yaml';
import type { Position, Problem, Severity } from '../../report/problems.ts';
import { kindOf, positionOf } from '../../yaml-positions.ts';

export interface SYamlOptions {
  /** The folder of the s.yaml: `file()` and `path()` targets are relative to it. */
  baseDir: string;
  /** Whether a path exists; without it, `file()`/`path()` targets are not checked. */
  exists?: (path: string) => boolean;
  /**
   * The file is a registry Project template: `{{ param }}` placeholders are filled in at `s init`, and
   * `{{ if … }}` blocks keep one branch. Placeholders are masked (same length, so positions hold) and
   * repeated keys are allowed.
   */
  template?: boolean;
  /** The other half of an `extend:` pair, as the engine merges it (see extend.ts). */
  merged?: MergedContext;
}

/**
 * What the engine sees besides this file when `extend:` is used: the top-level keys of both files
 * deep-merged (the extending file wins), and the resources the other file declares.
 */
interface MergedContext {
  globals: Record<string, unknown>;
  /** The other file's resources (or 1.x services) as js-yaml loaded them, by name. */
  resources: Record<string, unknown>;
  /** This file is the base one, which the extending file's values override. */
  isBase: boolean;
}

export interface SYamlCheck {
  problems: Problem[];
  /** Resource (or 1.x service) names in the order the engine deploys them. */
  deployOrder: string[];
}

export interface Resource {
  name: string;
  index: number;
  node: Node | null;
  keyPos: Position;
}

export interface Context {
  /** Index of the resource whose subtree this is; undefined at top level. */
  resource?: number;
  /** Inside a resource's props (references there create deploy dependencies). */
  inProps: boolean;
  /** Inside `template:`, which is merged into resources, so `this` is allowed. */
  inTemplate: boolean;
  /** Walking an alias's target: collect dependencies only, report nothing (reported where anchored). */
  quiet: boolean;
}

export type PositionAt = (offset: number) => Position;

export class Checker {
  readonly problems: Problem[] = [];
  lineCounter!: LineCounter;
  v3 = true;
  readonly resources = new Map<string, Resource>();
  readonly resourceList: Resource[] = [];
  /** Resource names the other file of an `extend:` pair declares. */
  readonly otherResources: Set<string>;
  /** `vars` as the engine resolves them (js-yaml values, merged with a base file's). */
  vars: unknown;
  /** `template` as the engine resolved it (js-yaml values, merged with a base file's). */
  templates: unknown;
  /** deps[i]: the resources whose output resource i's props use, with where (first use). */
  readonly deps: Map<number, number>[] = [];
  readonly depOffsets = new Map<string, { offset: number; pos: PositionAt }>();

  constructor(
    readonly source: string,
    readonly file: string,
    readonly opts: SYamlOptions,
    readonly spans: [number, number][],
  ) {
    this.otherResources = new Set(Object.keys(opts.merged?.resources ?? {}));
  }

  /**
   * What a reference the engine cannot resolve is: 3.x fails on it; 1.x core leaves it as literal text
   * and deploys, so there it is a warning.
   */
  get unresolved(): Severity {
    return this.v3 ? 'error' : 'warning';
  }

  report(at: Position, code: string, message: string, fix: string, severity: Severity = 'error') {
    this.problems.push({ file: this.file, line: at.line, column: at.column, severity, code, message, fix });
  }

  at(node: Parameters<typeof positionOf>[0]): Position {
    return positionOf(node, this.lineCounter);
  }

  typeProblem(node: Parameters<typeof positionOf>[0], what: string, want: string, actual: unknown) {
    this.report(
      this.at(node),
      's-yaml/type',
      `${what} must be ${want}, but it is ${kindOf(actual)}`,
      `write ${what} as ${want}`,
    );
  }

  names(): string {
    return [...this.resourceList.map((r) => r.name), ...this.otherResources].join(', ') || '(none)';
  }

  addDependency(from: number, to: number, offset: number, pos: PositionAt) {
    const deps = this.deps[from]!;
    if (deps.has(to)) return;
    deps.set(to, offset);
    this.depOffsets.set(`${from}>${to}`, { offset, pos });
  }
}

/** An empty value (`key:` with nothing after it), which the engines read as "none". */
export const isEmpty = (node: unknown) => node === null || (isScalar(node) && node.value === null);
