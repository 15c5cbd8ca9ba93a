// The few GitHub Releases calls both release targets make, with errors that name the repository.
import { sha256 } from '../files.ts';
import type { GitHub } from './client.ts';
import { githubError, isStatus } from './errors.ts';

export interface Asset {
  id: number;
  name: string;
  state?: string;
  digest?: string | null;
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

  /** Every release, drafts included (the by-tag lookup cannot see drafts). */
  async list(): Promise<Release[]> {
    try {
      return (await this.github.paginate(this.github.rest.repos.listReleases, {
        ...this.params,
        per_page: 100,
      })) as Release[];
    } catch (error) {
      throw githubError(error, 'list releases', this.full);
    }
  }

  async reread(release: Release): Promise<Release> {
    try {
      const { data } = await this.github.rest.repos.getRelease({ ...this.params, release_id: release.id });
      return data as Release;
    } catch (error) {
      throw githubError(error, `read release ${release.id}`, this.full);
    }
  }

  /** GitHub's digest; old assets (and some GHES) have none, so their bytes are hashed as downloaded. */
  async assetDigest(asset: Asset): Promise<string> {
    if (asset.digest) return asset.digest.replace(/^sha256:/, '');
    const response = await this.github.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      ...this.params,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
    });
    return sha256(Buffer.from(response.data as unknown as ArrayBuffer));
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
    return data as Release;
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
