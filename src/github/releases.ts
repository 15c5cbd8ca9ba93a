// The few GitHub Releases calls both release targets make, with errors that name the repository.

import { PublishError } from '../errors.ts';
import { sha256 } from '../files.ts';
import {
  BadAnswerError,
  describeBody,
  expectRelease,
  expectReleasePage,
  expectRepository,
} from './answers.ts';
import type { GitHub } from './client.ts';
import { githubError, isStatus } from './errors.ts';

export interface Asset {
  id: number;
  name: string;
  state?: string;
  digest?: string | null;
  /** Bytes, as GitHub reports them (the summary's size delta against the previous release). */
  size?: number;
  browser_download_url: string;
  url: string;
}

export interface Release {
  id: number;
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
  upload_url: string;
  immutable?: boolean;
  assets: Asset[];
}

export type MakeLatest = 'legacy' | 'true' | 'false';

export class ReleasesApi {
  /** `owner/repo`, for messages. */
  readonly full: string;

  constructor(
    readonly github: GitHub,
    readonly owner: string,
    readonly repo: string,
  ) {
    this.full = `${owner}/${repo}`;
  }

  get params() {
    return { owner: this.owner, repo: this.repo };
  }

  /**
   * Every release, drafts included (the by-tag lookup cannot see drafts). Paged by hand: Octokit's
   * paginate turns a null page, or a 409, into an empty list, and an empty list here would let a
   * lower version be published over a higher one.
   */
  async list(): Promise<Release[]> {
    const what = 'list releases';
    const releases: Release[] = [];
    let url: string | undefined = `/repos/${this.owner}/${this.repo}/releases?per_page=100`;
    try {
      while (url) {
        const response: { data: unknown; headers: { link?: string } } = await this.github.request({
          method: 'GET',
          url,
        });
        releases.push(...expectReleasePage(response.data, what, this.full));
        url = /<([^<>]+)>;\s*rel="next"/.exec(response.headers.link ?? '')?.[1];
      }
    } catch (error) {
      throw githubError(error, what, this.full);
    }
    return releases;
  }

  /**
   * Pre-flight: the token may write releases. A user token's repository answer carries its
   * `permissions`; an app installation token's (GITHUB_TOKEN) carries none, so there the first write
   * tells, and it is the release's own first write.
   */
  async requirePush(): Promise<void> {
    const what = 'read the repository';
    let push: boolean | undefined;
    try {
      const { data } = await this.github.rest.repos.get(this.params);
      push = expectRepository(data, what, this.full).push;
    } catch (error) {
      throw githubError(error, what, this.full);
    }
    if (push === false) {
      throw new PublishError(
        'github-permission',
        `the token can read ${this.full} but not write to it (permissions.push is false), so it cannot create releases`,
        'give the job `permissions: contents: write`, or use a token with write access to the repository',
      );
    }
  }

  async reread(release: Release): Promise<Release> {
    const what = `read release ${release.id}`;
    try {
      const { data } = await this.github.rest.repos.getRelease({ ...this.params, release_id: release.id });
      return expectRelease(data, what, this.full);
    } catch (error) {
      throw githubError(error, what, this.full);
    }
  }

  /** GitHub's digest; old assets (and some GHES) have none, so their bytes are hashed as downloaded. */
  async assetDigest(asset: Asset): Promise<string> {
    if (asset.digest) return asset.digest.replace(/^sha256:/, '');
    const response = await this.github.rest.repos.getReleaseAsset({
      ...this.params,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
    });
    const data: unknown = response.data;
    // Bytes, or it is no answer to hash: an HTML page hashed would read as "published with other bytes".
    if (!(data instanceof ArrayBuffer)) {
      throw new BadAnswerError(`download ${asset.name}`, this.full, describeBody(data));
    }
    return sha256(Buffer.from(data));
  }

  /** Publishes a draft with one PATCH. Errors are left raw: callers handle a lost race first. */
  async publishDraft(release: Release, tag: string, makeLatest: MakeLatest): Promise<Release> {
    const { data } = await this.github.rest.repos.updateRelease({
      ...this.params,
      release_id: release.id,
      tag_name: tag,
      draft: false,
      make_latest: makeLatest,
    });
    return expectRelease(data, `publish release ${tag}`, this.full);
  }

  async deleteRelease(release: Release, what: string): Promise<void> {
    try {
      await this.github.rest.repos.deleteRelease({ ...this.params, release_id: release.id });
    } catch (error) {
      if (!isStatus(error, 404)) throw githubError(error, what, this.full);
    }
  }

  async deleteAsset(asset: Asset): Promise<void> {
    try {
      await this.github.rest.repos.deleteReleaseAsset({ ...this.params, asset_id: asset.id });
    } catch (error) {
      if (!isStatus(error, 404)) throw githubError(error, `delete the stale asset ${asset.name}`, this.full);
    }
  }
}

/** Racing runs settle on the published release for a tag, else the draft with the lowest id. */
export function canonicalRelease(releases: Release[], tag: string): Release | undefined {
  const same = releases.filter((r) => r.tag_name === tag);
  return same.find((r) => !r.draft) ?? lowestId(same);
}

export function lowestId(releases: Release[]): Release | undefined {
  return releases.reduce<Release | undefined>(
    (best, r) => (best === undefined || r.id < best.id ? r : best),
    undefined,
  );
}
