// One publishing job as its own process: records an entry in a GitHub-hosted registry.yaml with
// RegistryYamlTarget (prepare, then apply) and prints the outcome as JSON. Racing CI jobs are separate
// processes, and so must these be: Octokit's throttling plugin spaces the writes of every client in
// one process 1 s apart (its limiter is module-wide), which would serialize in-process "racers".
//   node --import tsx test/helpers/registry-publisher.ts API_URL TOKEN OWNER/REPO NAMESPACE PACKAGE VERSION
import { describeError } from '../../src/errors.ts';
import { createGitHub } from '../../src/github/client.ts';
import { MemoryReporter } from '../../src/report/reporter.ts';
import { GitHubContentsStore, RegistryYamlTarget } from '../../src/targets/registry-yaml-github.ts';

const [url, token, full, namespace, pkg, version] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const [owner, repo] = full.split('/') as [string, string];
const reporter = new MemoryReporter();
const github = createGitHub({ token, baseUrl: url, reporter });
const target = new RegistryYamlTarget({
  store: new GitHubContentsStore({ github, owner, repo, path: 'registry.yaml' }),
  entry: {
    namespace,
    package: pkg,
    git: `https://github.com/${namespace}/slipway_${pkg}`,
    version,
    today: new Date(Date.UTC(2026, 10, 21)),
  },
  componentLabel: `${namespace}.${pkg} ${version}`,
  reporter,
  // Shortened backoff: the jitter still spreads the racers, in tenths of the real delays.
  update: { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / 10)) },
});
try {
  const step = await target.prepare();
  const outcome = await step.apply();
  process.stdout.write(JSON.stringify({ outcome, lines: reporter.lines }));
} catch (error) {
  process.stderr.write(describeError(error));
  process.exitCode = 1;
}
