// Publishing a Serverless Devs package to the Serverless Registry. prepare() only reads: the package
// passes `validate`, the token is accepted, the version is new (or already there with the same
// contents), and the zip is built. apply() registers the release, uploads the zip to the presigned
// URL, and reads it back.
import { createReadStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { InvalidInputError, PublishError } from '../errors.ts';
import { formatBytes, sha256 } from '../files.ts';
import type { Reporter } from '../report/reporter.ts';
import {
  isNotFound,
  type ServerlessRegistryClient,
  ServerlessRegistryError,
  type ServerlessRelease,
} from '../serverless/client.ts';
import { readServerlessPackage, type ServerlessPackage } from '../serverless/package.ts';
import { validateServerlessPackage } from '../serverless/validate.ts';
import { type ZipResult, zipContentDigest, zipPackage } from '../serverless/zip.ts';
import type { Step, StepOutcome, Target } from '../target.ts';
import { isSemver, versionOrder } from '../version.ts';
import { wait } from '../waits.ts';

export interface ServerlessRegistryTargetOptions {
  /** The package folder (holds publish.yaml). */
  dir: string;
  client: ServerlessRegistryClient;
  reporter: Reporter;
  /** Publish a zip over 20 MB. */
  force?: boolean;
  /** Where the zip is written, e.g. RUNNER_TEMP. */
  workDir: string;
  /** Read-back after upload: attempts and the pause between them (the registry may list a release late). */
  verifyAttempts?: number;
  verifyDelayMs?: number;
}

export class ServerlessRegistryTarget implements Target {
  readonly name = 'serverless-registry';

  constructor(private readonly options: ServerlessRegistryTargetOptions) {}

  async prepare(): Promise<Step> {
    const { reporter } = this.options;
    // The whole package is checked before the first request: what `validate` rejects is never sent.
    const { problems } = await validateServerlessPackage(this.options.dir);
    if (problems.some((p) => p.severity === 'error')) throw new InvalidInputError(problems);
    for (const p of problems) reporter.warning(`${p.file}: ${p.message} (fix: ${p.fix})`);
    const pkg = await readServerlessPackage(this.options.dir);
    const id = `${pkg.name}@${pkg.version}`;
    const listed = await this.#preflightOwnership(pkg);
    const order = versionOrder(
      pkg.version,
      listed.map((r) => r.tag_name),
    );
    if (order.order === 'not-greater') {
      throw new PublishError(
        'serverless-version-order',
        `${id}: the Serverless Registry already has ${pkg.name}@${order.highest}, and ${pkg.version} is not greater`,
        'a new version must be greater than every version ever published: bump Version in publish.yaml',
      );
    }
    if (!isSemver(pkg.version)) {
      reporter.warning(`${id}: Version is not SemVer, so its order is left to the registry`);
    }
    const zip = await this.#zip(pkg);
    if (order.order === 'same') {
      const zipball = listed.find((r) => r.tag_name === pkg.version)?.zipball_url;
      await this.#checkSameContents(pkg, zip, zipball);
      return this.#step(
        pkg,
        zip,
        false,
        `${id} is already in the Serverless Registry with the same contents`,
      );
    }
    const description = `publish ${id} (${pkg.type || 'package'}, ${zip.entries.length} files, ${formatBytes(zip.size)}) to the Serverless Registry`;
    return this.#step(pkg, zip, true, description);
  }

  /**
   * The token is accepted and the package name is free or the token's account owns it: the registry
   * tells ownership only through the account's own package list, so a package that has versions but
   * is not in that list belongs to someone else (an Organization package may be shared: warned, not refused).
   */
  async #preflightOwnership(pkg: ServerlessPackage): Promise<ServerlessRelease[]> {
    const { client, reporter } = this.options;
    const mine = await client.listMineAll();
    let listed: ServerlessRelease[];
    try {
      listed = await client.versions(pkg.name);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
    if (listed.length === 0 || mine.some((p) => p['name'] === pkg.name)) return listed;
    const organization = organizationOf(pkg.publishYamlText);
    if (organization) {
      reporter.warning(
        `${pkg.name} is not among the token's own packages; publishing for Organization ${organization}`,
      );
      return listed;
    }
    throw new PublishError(
      'serverless-not-owner',
      `${pkg.name} is already in the Serverless Registry and does not belong to the token's account; nothing was written`,
      'rename the package (Name in publish.yaml), or publish with the token of the account that owns it',
    );
  }

  async #zip(pkg: ServerlessPackage): Promise<ZipResult> {
    await mkdir(this.options.workDir, { recursive: true });
    const file = path.join(this.options.workDir, `${safeFileName(`${pkg.name}-${pkg.version}`)}.zip`);
    const zip = await zipPackage(pkg.dir, file, { force: this.options.force });
    for (const warning of zip.warnings) this.options.reporter.warning(warning);
    return zip;
  }

  async #checkSameContents(
    pkg: ServerlessPackage,
    zip: ZipResult,
    zipballUrl: string | undefined,
  ): Promise<void> {
    const id = `${pkg.name}@${pkg.version}`;
    const url = zipballUrl || (await this.options.client.version(pkg.name, pkg.version))?.zipball_url;
    if (!url) {
      throw new PublishError(
        'serverless-version-taken',
        `${id} is listed by the Serverless Registry but has no zipball to compare with`,
        'a version number can never be reused — bump Version in publish.yaml',
      );
    }
    const published = await this.options.client.download(url);
    if (sha256(published) === zip.sha256) return;
    if (sameContents(published, await readFile(zip.file))) {
      this.options.reporter.info(`${id}: the published zip differs in bytes but holds the same files`);
      return;
    }
    throw new PublishError(
      'serverless-version-taken',
      `version ${pkg.version} of ${pkg.name} is already published with different contents; a version number can never be reused — bump Version in publish.yaml`,
    );
  }

  #step(pkg: ServerlessPackage, zip: ZipResult, changes: boolean, description: string): Step {
    const outputs = {
      'serverless-package': `${pkg.name}@${pkg.version}`,
      'serverless-zip-sha256': zip.sha256,
    };
    return {
      target: this.name,
      description,
      changes,
      apply: async (): Promise<StepOutcome> => {
        if (changes) await this.#publish(pkg, zip);
        return {
          target: this.name,
          done: changes ? 'published' : 'already published',
          changed: changes,
          outputs,
        };
      },
    };
  }

  /**
   * The publish call; after a broken answer (cut off, not JSON) the state is read again: a listed version
   * with our contents is done (undefined), an unlisted one is registered once more (nothing was uploaded,
   * so the number is still free).
   */
  async #register(pkg: ServerlessPackage, zip: ZipResult): Promise<string | undefined> {
    const { client, reporter } = this.options;
    try {
      return await client.publish(pkg.form);
    } catch (error) {
      // A broken answer or a lost connection leaves the state unknown: the server may have applied it.
      const unknown =
        error instanceof ServerlessRegistryError &&
        (error.details.kind === 'bad-answer' || error.code === 'serverless-network');
      if (!unknown) throw error;
      reporter.warning(`${error.message}; reading the registry's state again`);
      const listed = await client.version(pkg.name, pkg.version);
      if (listed) {
        await this.#checkSameContents(pkg, zip, listed.zipball_url);
        return undefined;
      }
      return client.publish(pkg.form);
    }
  }

  async #publish(pkg: ServerlessPackage, zip: ZipResult): Promise<void> {
    const { client, reporter } = this.options;
    const id = `${pkg.name}@${pkg.version}`;
    const url = await this.#register(pkg, zip);
    if (url === undefined) return;
    await client.upload(url, { stream: createReadStream(zip.file), length: zip.size });
    reporter.info(`${id}: uploaded ${formatBytes(zip.size)}`);
    const attempts = this.options.verifyAttempts ?? 5;
    for (let i = 0; i < attempts; i++) {
      if (await client.version(pkg.name, pkg.version)) return;
      if (i < attempts - 1) await wait(this.options.verifyDelayMs ?? 2000);
    }
    throw new ServerlessRegistryError(
      'serverless-verify',
      `${id} was uploaded, but the Serverless Registry does not list it`,
      'look for the version on the registry; re-running is safe (a listed version with the same contents is left alone)',
      { operation: 'verify' },
    );
  }
}

function organizationOf(publishYamlText: string): string | undefined {
  try {
    const value = (parse(publishYamlText) as Record<string, unknown> | null)?.['Organization'];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

function sameContents(a: Buffer, b: Buffer): boolean {
  try {
    return zipContentDigest(a) === zipContentDigest(b);
  } catch {
    return false;
  }
}

function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}
