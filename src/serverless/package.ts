// Reads a Serverless Devs package folder into the publish form, taking each field from the same file the
// official client (`@serverless-devs/registry` 3.x) reads: YAML files by base name (`.yaml`, then `.yml`),
// Markdown files by exact name, else the same name in any letter case. Only the checks needed to name the
// package are made here; the full publish.yaml schema is checked by validate.ts.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { PublishError } from '../errors.ts';
import type { PublishForm } from './client.ts';

export interface ServerlessPackage {
  dir: string;
  name: string;
  version: string;
  /** `Type` from publish.yaml (Component | Plugin | Project), '' when absent. */
  type: string;
  publishYamlFile: string;
  publishYamlText: string;
  form: PublishForm;
}

/** Components that the official client treats as Serverless Workflow (fnf) flows. */
const FNF_COMPONENTS = ['devsapp/fnf', 'fnf', 'devsapp/fnf@dev', 'fnf@dev'];

/** `publishFile`: the package's publish.yaml or publish.yml; by default publish.yaml, else publish.yml. */
export async function readServerlessPackage(dir: string, publishFile?: string): Promise<ServerlessPackage> {
  const publish = publishFile
    ? { file: publishFile, text: await readFile(publishFile, 'utf8') }
    : await readYaml(path.join(dir, 'publish'));
  if (!publish) {
    throw new PublishError(
      'serverless-no-publish-yaml',
      `${dir}: no publish.yaml (or publish.yml)`,
      'a Serverless Devs package has publish.yaml at its root: point the input at that folder',
    );
  }
  const meta = parsePublishYaml(publish.file, publish.text);
  const sYaml = await readYaml(path.join(dir, 'src', 's'));
  const form: PublishForm = {
    publish: publish.text,
    publish_en: (await readYaml(path.join(dir, 'publish_en')))?.text,
    version_body: await readMarkdown(dir, 'version.md'),
    version_body_en: await readMarkdown(dir, 'version_body_en.md'),
    flowyaml: JSON.stringify(await flows(dir, sYaml?.text)),
    syaml: sYaml?.text,
    syaml_en: (await readYaml(path.join(dir, 'src', 's_en')))?.text,
    readme: await readMarkdown(dir, 'readme.md'),
    readme_en: await readMarkdown(dir, 'readme_en.md'),
  };
  return { dir, ...meta, publishYamlFile: publish.file, publishYamlText: publish.text, form };
}

function parsePublishYaml(file: string, text: string): { name: string; version: string; type: string } {
  let doc: unknown;
  try {
    doc = load(text); // js-yaml 4, as the registry client reads it
  } catch (error) {
    throw new PublishError('serverless-publish-yaml', `${file}: not valid YAML: ${(error as Error).message}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new PublishError(
      'serverless-publish-yaml',
      `${file}: expected a mapping of fields (Edition, Name, …)`,
    );
  }
  const fields = doc as Record<string, unknown>;
  const edition = fields['Edition'];
  if (edition !== '3.0.0') {
    const v2 = edition === undefined || edition === '1.0.0' || edition === '2.0.0';
    throw new PublishError(
      'serverless-edition',
      v2
        ? `${file}: ${edition === undefined ? 'no Edition' : `Edition ${edition}`}: this is a Serverless Devs 2.x package`
        : `${file}: Edition must be "3.0.0", found ${JSON.stringify(edition)}`,
      v2
        ? "V2 packages are published with the V2 tool (`s cli registry publish`); to publish here, move to Edition: '3.0.0'"
        : "set Edition: '3.0.0' (quoted, a string)",
    );
  }
  return {
    name: requiredString(file, fields, 'Name', 'the package name, e.g. `Name: my-component`'),
    version: requiredString(
      file,
      fields,
      'Version',
      "the version as a quoted string, e.g. `Version: '0.0.1'`",
    ),
    type: typeof fields['Type'] === 'string' ? fields['Type'] : '',
  };
}

function requiredString(file: string, fields: Record<string, unknown>, key: string, what: string): string {
  const value = fields[key];
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  const found = value === undefined ? 'missing' : `${JSON.stringify(value)} (${typeof value}), not a string`;
  throw new PublishError('serverless-publish-yaml', `${file}: ${key} is ${found}`, `set ${key}: ${what}`);
}

/** `<base>.yaml`, else `<base>.yml` (any extension on `base` is dropped first, as the official client does). */
async function readYaml(base: string): Promise<{ file: string; text: string } | undefined> {
  const parsed = path.parse(base);
  const stem = path.join(parsed.dir, parsed.name);
  for (const file of [`${stem}.yaml`, `${stem}.yml`]) {
    const text = await readText(file);
    if (text !== undefined) return { file, text };
  }
  return undefined;
}

/** `name` in `dir`, else a file whose name matches it in any letter case (the first in sorted order). */
async function readMarkdown(dir: string, name: string): Promise<string | undefined> {
  const exact = await readText(path.join(dir, name));
  if (exact !== undefined) return exact;
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch {
    return undefined;
  }
  const match = entries.find((entry) => entry.toLowerCase() === name.toLowerCase());
  return match === undefined ? undefined : readText(path.join(dir, match));
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * The `flowyaml` value: `{}` without src/s.yaml, `[]` when s.yaml has no fnf resource with a
 * `props.definition` (or does not parse), else `[{<resource>: <definition file text>}]` for each one, the
 * definition read from src/ like other YAML files (a missing file leaves `{}` for that resource).
 */
async function flows(dir: string, sYamlText: string | undefined): Promise<unknown> {
  if (!sYamlText) return {};
  let resources: unknown;
  try {
    resources = (load(sYamlText) as { resources?: unknown } | null)?.resources;
  } catch {
    return [];
  }
  if (!resources || typeof resources !== 'object') return [];
  const result: Record<string, string | undefined>[] = [];
  for (const [key, value] of Object.entries(resources as Record<string, unknown>)) {
    const resource = (value ?? {}) as { component?: unknown; props?: { definition?: unknown } };
    const definition = resource.props?.definition;
    if (!FNF_COMPONENTS.includes(String(resource.component ?? '')) || !definition) continue;
    result.push({ [key]: (await readYaml(path.join(dir, 'src', String(definition))))?.text });
  }
  return result;
}
