// `validate`: every check for a folder, without writing anything: the Slipway component
// (slipway_component.json) and/or the Serverless Devs package (publish.yaml or publish.yml),
// whichever are present; else a standalone s.yaml.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PublishError } from './errors.ts';
import { folderKind } from './folder-kind.ts';
import { checkSet } from './publish.ts';
import type { Problem } from './report/problems.ts';
import { YAML_FILE } from './select.ts';
import { displayPath, MANIFEST } from './slipway/component.ts';
import { type Component, type InspectOptions, inspectComponent } from './slipway/inspect.ts';

export interface FolderValidation {
  problems: Problem[];
  /** The deploy order of a Serverless Devs project, when there is one. */
  deployOrder?: string[];
  hasComponent: boolean;
  hasServerlessPackage: boolean;
  /** The Slipway component, when its manifest could be read. */
  component?: Component;
}

export async function validateFolder(dir: string, options: InspectOptions = {}): Promise<FolderValidation> {
  const root = resolve(dir);
  if (YAML_FILE.test(root) && (await stat(root).catch(() => undefined))?.isFile()) {
    // A YAML file named on the command line: an s.yaml under any name, as `s -t FILE` takes it.
    const { validateStandaloneSYaml } = await import('./serverless/validate.ts');
    return { ...(await validateStandaloneSYaml(root)), hasComponent: false, hasServerlessPackage: false };
  }
  const kind = await folderKind(root, displayPath(root));
  if (!kind.slipway && !kind.serverless) {
    // A standalone s.yaml (an application repository): a folder holding one (a file is taken above).
    const { S_YAML_NAME, validateStandaloneSYaml } = await import('./serverless/validate.ts');
    const names = await readdir(root);
    if (names.some((n) => S_YAML_NAME.test(n))) {
      const result = await validateStandaloneSYaml(root);
      return { ...result, hasComponent: false, hasServerlessPackage: false };
    }
    throw new PublishError(
      'nothing-to-validate',
      `${displayPath(root)} holds neither ${MANIFEST}, publish.yaml (or publish.yml) nor an s.yaml`,
      'point the command at a component folder or a Serverless Devs package folder',
    );
  }
  const problems: Problem[] = [];
  let deployOrder: string[] | undefined;
  let component: Component | undefined;
  if (kind.slipway) {
    const inspected = await inspectComponent(root, options);
    problems.push(...inspected.problems);
    component = inspected.component;
  }
  if (kind.serverless) {
    const { validateServerlessPackage } = await import('./serverless/validate.ts');
    const result = await validateServerlessPackage(root, {
      stage: 'validate',
      publishFile: join(root, kind.serverless),
    });
    problems.push(...result.problems);
    deployOrder = result.deployOrder;
  }
  return {
    problems,
    deployOrder,
    component,
    hasComponent: !!kind.slipway,
    hasServerlessPackage: !!kind.serverless,
  };
}

/**
 * Several folders released together: each validated, then the rules of a set that `pack` and
 * `publish` refuse (a component given twice, versions that differ), so the PR check says so first.
 */
export async function validateFolders(
  dirs: readonly string[],
  options: InspectOptions = {},
): Promise<{ problems: Problem[]; deployOrders: string[][] }> {
  const results = [];
  for (const dir of dirs) results.push(await validateFolder(dir, options));
  const problems = results.flatMap((r) => r.problems);
  const components = results.flatMap((r) => (r.component ? [r.component] : []));
  try {
    checkSet(components);
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    problems.push({
      file: displayPath(components[0]!.manifestFile),
      line: 0,
      column: 0,
      severity: 'error',
      code: `slipway/${error.code}`,
      message: error.message,
      fix: error.hint,
    });
  }
  return { problems, deployOrders: results.flatMap((r) => (r.deployOrder?.length ? [r.deployOrder] : [])) };
}
