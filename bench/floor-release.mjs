// The floor for `npm run bench -- release`: the least a script can do to publish one asset, with bare
// Octokit (no retry, no throttling, no checks): list, create a draft, upload, publish. Plain JS, so
// any Node runs it as is. Usage: node floor-release.mjs <api-url> <owner/repo> <tag> <asset-file>
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { getOctokit } from '@actions/github';

const [baseUrl, full, tag, file] = process.argv.slice(2);
const [owner, repo] = full.split('/');
const octokit = getOctokit(process.env.BENCH_TOKEN, { baseUrl });
await octokit.rest.repos.listReleases({ owner, repo, per_page: 100 });
const { data: draft } = await octokit.rest.repos.createRelease({ owner, repo, tag_name: tag, draft: true });
// Streamed from disk as fetch takes it (Octokit sets duplex: 'half'); reading the file into one Buffer
// first was slower on Node 24 (22 s for 500 MiB) and held the whole asset.
const { size } = await stat(file);
await octokit.request({
  method: 'POST',
  url: draft.upload_url,
  name: basename(file),
  headers: { 'content-type': 'application/x-tar', 'content-length': size },
  data: createReadStream(file),
});
await octokit.rest.repos.updateRelease({ owner, repo, release_id: draft.id, draft: false });
