// Publishing the draft release that several jobs filled. Components of one namespace share a tag, so
// a monorepo's matrix jobs each upload their tarball to one draft (`draft: true`); this step publishes
// it once, only when every expected asset is there with the expected sha256. With immutable releases
// that is the only safe order: after publishing, no asset can be added.
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { PublishError } from '../errors.ts';
import { sha256File } from '../files.ts';
import { isUnsettled } from '../github/answers.ts';
import type { GitHub } from '../github/client.ts';
import { githubError, hasErrorCode } from '../github/errors.ts';
import { canonicalRelease, type MakeLatest, type Release, ReleasesApi } from '../github/releases.ts';
import type { Reporter } from '../report/reporter.ts';
import { COMPONENT_REFERENCE } from '../slipway/naming.ts';
import type { Step, StepOutcome, Target } from '../target.ts';

export interface ExpectedAsset {
  name: string;
  sha256: string;
}

/**
 * The tarballs the release(s) must hold, by version: `input` is a tarball or a folder (every `*.tar`
 * directly in it, e.g. the artifacts of a matrix's jobs downloaded together). Components released under
 * one tag share its version; tarballs of several versions make several releases. With `version`, every
 * tarball must carry it.
 */
export async function readExpectedAssets(input: string, version = ''): Promise<Map<string, ExpectedAsset[]>> {
  if (!input)
    throw new PublishError(
      'bad-input',
      'command "release" needs the tarball input',
      'set tarball to the packed tarball, or to a folder holding every tarball of the release',
    );
  const info = await stat(input).catch(() => undefined);
  if (!info)
    throw new PublishError('bad-input', `tarball "${input}" does not exist`, 'point it at a file or folder');
  const files = info.isDirectory()
    ? (await readdir(input))
        .filter((n) => n.endsWith('.tar'))
        .sort()
        .map((n) => join(input, n))
    : [input];
  if (files.length === 0)
    throw new PublishError(
      'bad-input',
      `the folder "${input}" holds no .tar file`,
      'download the packed tarballs into it first',
    );
  const byVersion = new Map<string, ExpectedAsset[]>();
  for (const file of files) {
    const name = basename(file);
    const own = COMPONENT_REFERENCE.exec(name.replace(/\.tar$/, ''))?.groups?.version;
    if (!name.endsWith('.tar') || !own)
      throw new PublishError(
        'bad-input',
        `"${name}" is not named <publisher>.<name>.<version>.tar`,
        'pass the tarballs that pack wrote, under their own names',
      );
    if (version && own !== version)
      throw new PublishError(
        'bad-input',
        `${name} is of version ${own}, but the version input is ${version}`,
        'release the tarballs packed for that version (or leave the version input empty)',
      );
    const assets = byVersion.get(own) ?? [];
    assets.push({ name, sha256: await sha256File(file) });
    byVersion.set(own, assets);
  }
  return byVersion;
}

export interface FinishReleaseOptions {
  github: GitHub;
  owner: string;
  repo: string;
  tag: string;
  assets: ExpectedAsset[];
  makeLatest?: MakeLatest;
  reporter: Reporter;
}

export class FinishReleaseTarget implements Target {
  readonly name = 'github-release';
  private readonly api: ReleasesApi;

  constructor(private readonly o: FinishReleaseOptions) {
    this.api = new ReleasesApi(o.github, o.owner, o.repo);
  }

  async prepare(): Promise<Step> {
    const { tag, assets } = this.o;
    const full = this.api.full;
    // The permission check rides along with the list: the PATCH is this step's only write.
    const [releases] = await Promise.all([this.api.list(), this.api.requirePush()]);
    const release = canonicalRelease(releases, tag);
    if (!release) {
      throw new PublishError(
        'no-release',
        `there is no release ${tag} in ${full}, not even a draft`,
        'run the publish step for each component first (with draft: true), then this one',
      );
    }
    const where = `${release.draft ? 'the draft' : 'the published'} release ${tag} (id ${release.id}) in ${full}`;
    const missing: string[] = [];
    for (const expected of assets) {
      const asset = release.assets.find((a) => a.name === expected.name && a.state !== 'starter');
      if (!asset) {
        missing.push(expected.name);
        continue;
      }
      const digest = await this.api.assetDigest(asset);
      if (digest !== expected.sha256) {
        throw new PublishError(
          'asset-differs',
          `${where} has ${expected.name} with sha256 ${digest}, not the packed ${expected.sha256}`,
          release.draft
            ? 're-run the publish step of that component: it replaces a draft asset with other bytes'
            : 'a published asset is never replaced: bump the version',
        );
      }
    }
    if (missing.length > 0) {
      throw new PublishError(
        release.draft ? 'draft-incomplete' : 'release-incomplete',
        `${where} lacks ${missing.join(', ')}`,
        release.draft
          ? 'the draft stays unpublished: re-run the publish step of those components (it uploads to this draft), then this step'
          : release.immutable
            ? 'the release is immutable, so nothing can be added to it: publish a new version'
            : 'run the publish step of those components: it adds the asset to the published release',
      );
    }
    const others = release.assets.map((a) => a.name).filter((n) => !assets.some((a) => a.name === n));
    if (others.length > 0) this.o.reporter.warning(`${where} also holds ${others.join(', ')}`);
    const names = assets.map((a) => a.name).join(', ');
    if (!release.draft) {
      return this.step(`release ${tag} is already published with ${names}`, false, async () => {
        this.o.reporter.notice(`release ${tag} is already published with every asset: nothing to do`);
        return this.outcome(release, false);
      });
    }
    return this.step(`publish the draft release ${tag} (id ${release.id}) holding ${names}`, true, () =>
      this.publish(release),
    );
  }

  private step(description: string, changes: boolean, apply: () => Promise<StepOutcome>): Step {
    return { target: this.name, description, changes, apply };
  }

  private async publish(draft: Release): Promise<StepOutcome> {
    try {
      // The PATCH answer is the published release, with its final download URLs: no re-read.
      return this.outcome(
        await this.api.publishDraft(draft, this.o.tag, this.o.makeLatest ?? 'legacy'),
        true,
      );
    } catch (error) {
      if (isUnsettled(error)) {
        // The answer was lost or cut off, not the change: read what GitHub now holds.
        const current = await this.api.reread(draft);
        if (!current.draft) return this.outcome(current, true);
      }
      // Another run published a release for this tag first: fine if it is this one, with our assets.
      if (!hasErrorCode(error, 'already_exists')) {
        throw githubError(error, `publish release ${this.o.tag}`, this.api.full);
      }
      const again = await this.prepare();
      if (again.changes) throw githubError(error, `publish release ${this.o.tag}`, this.api.full);
      return again.apply();
    }
  }

  private outcome(release: Release, changed: boolean): StepOutcome {
    return {
      target: this.name,
      done: changed ? `published with ${this.o.assets.length} asset(s)` : 'already published',
      changed,
      outputs: { 'release-id': String(release.id), 'release-url': release.html_url },
    };
  }
}
