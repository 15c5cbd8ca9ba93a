// GitHub Releases, the store Slipway's registry redirects to. Draft-first: create a draft, stream the
// asset, check GitHub's digest against ours, then publish with one PATCH, so an immutable release is
// never published half-done. Re-runs and racing jobs converge on one release with one asset.

import { PublishError } from '../errors.ts';
import { expectAsset, expectRelease, isUnsettled } from '../github/answers.ts';
import type { GitHub } from '../github/client.ts';
import { githubError, hasErrorCode, isStatus, writeHidden } from '../github/errors.ts';
import {
  type Asset,
  canonicalRelease,
  lowestId,
  type MakeLatest,
  type Release,
  ReleasesApi,
} from '../github/releases.ts';
import { fileBody, streamingFetch } from '../github/stream-fetch.ts';
import type { Reporter } from '../report/reporter.ts';
import { downloadUrl } from '../slipway/naming.ts';
import type { Artifact } from '../slipway/pack.ts';
import type { Step, StepOrder, StepOutcome, Target } from '../target.ts';
import { compareToExisting, isPrerelease, previousVersion } from '../version.ts';
import { wait } from '../waits.ts';
import { previousSizes } from './previous-sizes.ts';

export interface GitHubReleaseOptions {
  github: GitHub;
  owner: string;
  repo: string;
  artifact: Artifact;
  /** Every component of the release (one version, one tag), `artifact` among them; default [artifact]. */
  artifacts?: Artifact[];
  /** The release tag: the bare version under Slipway's conventions. */
  tag: string;
  /** Prefix that release tags carry in this repository (to read versions from other tags). */
  tagPrefix?: string;
  /** Commit for a tag that does not exist yet (GITHUB_SHA). */
  targetCommitish?: string;
  /** Leave the release as a draft. */
  draft?: boolean;
  makeLatest?: MakeLatest;
  /** Web base (GITHUB_SERVER_URL) for the Slipway download URL. */
  serverUrl: string;
  reporter: Reporter;
}

const MAX_UPLOAD_ATTEMPTS = 3;
const MAX_CREATE_ATTEMPTS = 3;

export class GitHubReleaseTarget implements Target {
  readonly name = 'github-release';
  private readonly api: ReleasesApi;
  private readonly full: string;
  /** The previous release's size of each component's asset, by our file name. */
  private previousSizes = new Map<string, number>();
  constructor(private readonly o: GitHubReleaseOptions) {
    this.api = new ReleasesApi(o.github, o.owner, o.repo);
    this.full = this.api.full;
  }

  private get repoParams() {
    return this.api.params;
  }

  private get all(): Artifact[] {
    return this.o.artifacts ?? [this.o.artifact];
  }

  async prepare(place: StepOrder = { writesBefore: true }): Promise<Step> {
    const { artifact, tag } = this.o;
    // The token's permission matters only if a step before this one writes. When none does, a refused
    // create writes nothing and names the fix, so a fresh release is 4 requests: list, create, upload,
    // publish. Otherwise both reads go at once, and the permission check costs no time.
    const [releases] = await Promise.all([
      this.api.list(),
      place.writesBefore ? this.api.requirePush() : undefined,
    ]);
    const prefix = this.o.tagPrefix ?? '';
    const versions = releases
      .filter((r) => r.tag_name.startsWith(prefix))
      .map((r) => r.tag_name.slice(prefix.length));
    const version = artifact.component.version;
    const order = compareToExisting(version, versions);
    const previous = previousVersion(version, versions);
    this.previousSizes = previousSizes(releases, `${prefix}${previous}`, previous, this.all);
    if (order.order === 'lower') {
      throw new PublishError(
        'version-too-low',
        `version ${version} is lower than ${order.highest}, already released in ${this.full}`,
        `publish a version greater than ${order.highest} (tag it, or set the version input)`,
      );
    }
    const published = releases.find((r) => r.tag_name === tag && !r.draft);
    if (published) return this.onPublished(published, previous);
    if (!this.o.targetCommitish) await this.requireTag(tag);
    const draft = lowestId(releases.filter((r) => r.tag_name === tag && r.draft));
    const what = draft
      ? `finish the draft release ${tag} (id ${draft.id}) left by an earlier run`
      : `create release ${tag}`;
    const uploads = this.all.map((a) => `${a.fileName} (${a.size} bytes)`).join(', ');
    return this.step(
      `${what}, upload ${uploads}, ${this.o.draft ? 'leave it as a draft' : 'publish it'}`,
      true,
      () => this.apply(draft, previous),
    );
  }

  /** A published release for the tag: every asset must be there with our bytes, or be addable. */
  private async onPublished(published: Release, previous: string): Promise<Step> {
    const { tag } = this.o;
    const missing: Artifact[] = [];
    for (const artifact of this.all) {
      const asset = published.assets.find((a) => a.name === artifact.fileName);
      if (!asset) {
        missing.push(artifact);
        continue;
      }
      if ((await this.api.assetDigest(asset)) !== artifact.sha256) {
        throw new PublishError(
          'published-differs',
          `release ${tag} in ${this.full} already has ${artifact.fileName} with other bytes (GitHub's digest ${asset.digest ?? 'differs'}, ours sha256:${artifact.sha256}); a published asset is never replaced: clients cache it forever`,
          'bump the version, or rebuild exactly the published sources (same files, same SOURCE_DATE_EPOCH)',
        );
      }
    }
    if (missing.length === 0)
      return this.step(
        `release and ${this.all.length > 1 ? 'assets' : 'asset'} already published (same sha256)`,
        false,
        () => this.finish(published, false, previous),
      );
    const names = missing.map((a) => a.fileName).join(', ');
    if (published.immutable) {
      throw new PublishError(
        'immutable-release',
        `release ${tag} in ${this.full} is published and immutable but has no ${names}; assets can no longer be added`,
        'publish a new version',
      );
    }
    return this.step(`upload ${names} to the published release ${tag}`, true, () =>
      this.complete(published, previous),
    );
  }

  /** Whatever escapes a step's requests (a second failure after a re-read, say) leaves typed. */
  private step(description: string, changes: boolean, apply: () => Promise<StepOutcome>): Step {
    const typed = () =>
      apply().catch((error: unknown) => {
        throw githubError(error, `publish release ${this.o.tag}`, this.full);
      });
    return { target: this.name, description, changes, apply: typed };
  }

  private async requireTag(tag: string): Promise<void> {
    try {
      await this.o.github.rest.git.getRef({ ...this.repoParams, ref: `tags/${tag}` });
    } catch (error) {
      if (!isStatus(error, 404)) throw githubError(error, `look up the tag ${tag}`, this.full);
      throw new PublishError(
        'tag-missing',
        `the tag ${tag} does not exist in ${this.full} and no commit was given to create it at`,
        `push the tag ${tag} first, or run on a tag push (GITHUB_SHA names the commit)`,
      );
    }
  }

  private async apply(draft: Release | undefined, previous: string): Promise<StepOutcome> {
    let release = draft ?? (await this.createDraft());
    // Matrix jobs that leave one shared draft must all fill the same one: settle right away. A run that
    // publishes settles only if it loses the race to publish (GitHub refuses a second published release
    // for a tag), which saves a list on every fresh release.
    if (this.o.draft) release = await this.settle(release);
    if (!release.draft) return this.complete(release, previous);
    // Every asset into the one draft, each digest-checked, before the one PATCH that publishes it.
    let assets = await this.ensureAssets(release);
    if (!this.o.draft) {
      const published = await this.publishDraft(release);
      if (published.id !== release.id) assets = []; // the winner's own assets are in its answer
      release = published;
    }
    return this.finish(release, true, previous, assets);
  }

  /**
   * One draft, never two: the plugin does not retry this POST, because a create the server applied
   * but answered with a 5xx (or a cut-off body) would be repeated into a second draft. After such an
   * answer the releases are listed again and a draft for the tag is adopted; only if there is none is
   * the create repeated.
   */
  private async createDraft(): Promise<Release> {
    for (let attempt = 1; ; attempt++) {
      try {
        const created = await this.createOnce();
        // An earlier attempt may yet have made a draft the re-list did not show: the lowest id is kept
        // and ours deleted if it is not that one, so this run leaves no second draft behind.
        return attempt === 1 ? created : await this.settle(created);
      } catch (error) {
        if (isStatus(error, 404)) throw writeHidden(error, 'create the release', this.full);
        if (!isUnsettled(error) || attempt >= MAX_CREATE_ATTEMPTS) {
          throw githubError(error, 'create the release', this.full);
        }
        this.o.reporter.warning(
          `creating release ${this.o.tag} got no usable answer (${(error as Error).message}); checking whether it was created`,
        );
        const existing = canonicalRelease(await this.api.list(), this.o.tag);
        if (existing) return existing;
        await wait(1000 * attempt);
      }
    }
  }

  private async createOnce(): Promise<Release> {
    const { artifact, tag } = this.o;
    const names = this.all.map((a) => `${a.component.manifest.publisher}.${a.component.manifest.name}`);
    const body = this.all.map((a) => `Component \`${a.fileName}\`\n\nsha256: \`${a.sha256}\``).join('\n\n');
    const { data } = await this.o.github.rest.repos.createRelease({
      ...this.repoParams,
      tag_name: tag,
      target_commitish: this.o.targetCommitish,
      name: `${names.join(', ')} ${artifact.component.version}`,
      body,
      draft: true,
      prerelease: isPrerelease(artifact.component.version),
      request: { retries: 0 },
    });
    return expectRelease(data, `create release ${tag}`, this.full);
  }

  /** Racing jobs may have made their own: all settle on the published one, else the lowest id. */
  private async settle(ours: Release): Promise<Release> {
    const winner = canonicalRelease(await this.api.list(), this.o.tag) ?? ours;
    if (winner.id !== ours.id && ours.draft) {
      this.o.reporter.info(
        `another run created release id ${winner.id} for ${this.o.tag}: using it and deleting our draft ${ours.id}`,
      );
      await this.api.deleteRelease(ours, 'delete a duplicate draft release');
    }
    return winner;
  }

  /** The asset on a published (mutable) release that lacks it, or a release another run just published. */
  private async complete(release: Release, previous: string): Promise<StepOutcome> {
    return this.finish(release, true, previous, await this.ensureAssets(release));
  }

  private async ensureAssets(release: Release): Promise<Asset[]> {
    const assets: Asset[] = [];
    for (const artifact of this.all) {
      const asset = await this.ensureAsset(release, artifact);
      if (asset) assets.push(asset);
    }
    return assets;
  }

  /** The release holds our asset with our bytes once this returns; the asset, when known. */
  private async ensureAsset(release: Release, artifact: Artifact): Promise<Asset | undefined> {
    for (let attempt = 1; ; attempt++) {
      // The release in hand is fresh on the first pass (just listed or created): re-read only to retry.
      const current = (attempt === 1 ? release : await this.api.reread(release)).assets.find(
        (a) => a.name === artifact.fileName,
      );
      if (current && current.state !== 'starter') {
        const digest = await this.api.assetDigest(current);
        if (digest === artifact.sha256) return current;
        if (!release.draft) {
          throw new PublishError(
            'published-differs',
            `release ${this.o.tag} was published with another ${artifact.fileName}`,
            'bump the version',
          );
        }
        this.o.reporter.warning(
          `the draft's ${artifact.fileName} has other bytes (an earlier failed run?): replacing it`,
        );
        await this.api.deleteAsset(current);
      } else if (current) {
        await this.api.deleteAsset(current);
      }
      if (attempt > MAX_UPLOAD_ATTEMPTS) {
        throw new PublishError(
          'upload-failed',
          `could not upload ${artifact.fileName} to release ${this.o.tag} after ${MAX_UPLOAD_ATTEMPTS} attempts`,
          're-run the job: the draft is reused and nothing is duplicated',
        );
      }
      try {
        const uploaded = await this.upload(release, artifact);
        // GitHub's digest of what arrived; a mismatch (corrupted in transit) or none: the loop re-reads.
        if (uploaded.digest === `sha256:${artifact.sha256}`) return uploaded;
      } catch (error) {
        if (hasErrorCode(error, 'already_exists')) continue; // a racing run uploaded it: the loop verifies its bytes
        if (
          isStatus(error, 403) ||
          isStatus(error, 401) ||
          isStatus(error, 404) ||
          (isStatus(error, 422) && !hasErrorCode(error, 'already_exists'))
        ) {
          throw githubError(error, `upload ${artifact.fileName}`, this.full);
        }
        this.o.reporter.warning(
          `upload of ${artifact.fileName} failed (${(error as Error).message}); attempt ${attempt} of ${MAX_UPLOAD_ATTEMPTS}`,
        );
        await wait(1000 * attempt);
      }
    }
  }

  private async upload(release: Release, artifact: Artifact): Promise<Asset> {
    const { data } = await this.o.github.request({
      method: 'POST',
      url: release.upload_url,
      name: artifact.fileName,
      headers: { 'content-type': 'application/x-tar', 'content-length': artifact.size },
      // Streamed from disk through one reused buffer: the asset is never held in memory. A retry
      // opens a fresh stream.
      data: fileBody(artifact.file),
      request: { retries: 0, fetch: streamingFetch },
    });
    return expectAsset(data, `upload ${artifact.fileName}`, this.full);
  }

  /**
   * One PATCH; its answer is the published release (final download URLs included), so no re-read.
   * An answer that is cut off or lost is followed by a re-read: the PATCH may have been applied.
   */
  private async publishDraft(release: Release): Promise<Release> {
    try {
      return await this.api.publishDraft(release, this.o.tag, this.o.makeLatest ?? 'legacy');
    } catch (error) {
      if (hasErrorCode(error, 'already_exists')) {
        // Another run published its own release for this tag first: use that one, drop our draft.
        const winner = await this.settle(release);
        if (winner.id !== release.id) {
          await this.ensureAssets(winner);
          return this.api.reread(winner);
        }
      }
      if (isUnsettled(error)) {
        this.o.reporter.warning(
          `publishing release ${this.o.tag} got no usable answer (${(error as Error).message}); re-reading it`,
        );
        // The second try's failure is as typed as the first's.
        const current = await this.api.reread(release).catch((again) => {
          throw githubError(again, `re-read release ${this.o.tag}`, this.full);
        });
        if (!current.draft) return current;
        return this.api.publishDraft(current, this.o.tag, this.o.makeLatest ?? 'legacy').catch((again) => {
          throw githubError(again, `publish release ${this.o.tag}`, this.full);
        });
      }
      throw githubError(error, `publish release ${this.o.tag}`, this.full);
    }
  }

  private async finish(
    release: Release,
    changed: boolean,
    previous: string,
    uploaded: Asset[] = [],
  ): Promise<StepOutcome> {
    const { artifact } = this.o;
    if (!changed)
      this.o.reporter.notice(
        `${this.all.map((a) => a.fileName).join(', ')}: already published in release ${this.o.tag} with the same sha256: nothing to do`,
      );
    // A draft's download URLs are temporary: prefer the release's own listing of each asset.
    const assetUrl = (a: Artifact) =>
      (release.assets.find((x) => x.name === a.fileName) ?? uploaded.find((x) => x.name === a.fileName))
        ?.browser_download_url ?? '';
    const download = (a: Artifact) =>
      downloadUrl(this.o.serverUrl, this.o.owner, this.o.repo, this.o.tag, a.fileName);
    return {
      target: this.name,
      done: changed
        ? release.draft
          ? 'draft release ready (not published)'
          : 'published'
        : 'already published',
      changed,
      outputs: {
        'release-id': String(release.id),
        'release-url': release.html_url,
        'asset-url': assetUrl(artifact),
        'download-url': download(artifact),
        'previous-version': previous,
      },
      assets: this.all.map((a) => ({
        name: a.fileName,
        url: assetUrl(a),
        downloadUrl: download(a),
        previousVersion: previous,
        previousSize: this.previousSizes.get(a.fileName),
      })),
    };
  }
}
