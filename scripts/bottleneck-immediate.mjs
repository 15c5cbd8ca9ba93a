// An esbuild plugin for the bundles (build.mjs) and the bundled tests (scripts/test-unit.mjs): Bottleneck,
// which Octokit's retry and throttling plugins queue every request through, waits `setTimeout(fn, 0)`
// wherever it means "next turn of the event loop". Node makes each of those a 1 ms timer, and a request
// passes four limiters (retry's, throttling's retry limiter, its write group, its global group) with a few
// such waits each: about 60 ms of a 270 ms small release was spent idle in them (Node 24, profiled with
// --cpu-prof against the GitHub emulator). `setImmediate` gives the same ordering without the timer.
// Waits that are real (a minTime, a retry-after, a rate-limit reset) keep their setTimeout.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Each edit must match the file exactly once, or the build fails: a Bottleneck update is read, not guessed. */
const EDITS = [
  // LocalDatastore.yieldLoop: every store operation (submit, register, free) yields once.
  ['return setTimeout(resolve, t);', 'return t > 0 ? setTimeout(resolve, t) : setImmediate(resolve);'],
  // _run: a job whose wait is 0 starts on the next turn; kept under its own key, so `stop()` clears it.
  [
    'timeout: setTimeout(() => {',
    '[wait > 0 ? "timeout" : "immediate"]: (wait > 0 ? setTimeout : setImmediate)(() => {',
  ],
  ['clearTimeout(v.timeout);', 'clearTimeout(v.timeout); clearImmediate(v.immediate);'],
];

export const bottleneckImmediate = {
  name: 'bottleneck-immediate',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]bottleneck[\\/]light\.js$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      for (const [from, to] of EDITS) {
        const count = text.split(from).length - 1;
        if (count !== 1) {
          throw new Error(`bottleneck-immediate: expected "${from}" once in ${args.path}, found ${count}`);
        }
        text = text.replace(from, to);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

/**
 * For bundles that leave packages external (the tests): Bottleneck and the two Octokit plugins that import
 * it are bundled instead, so the tests run the same patched Bottleneck the action ships.
 */
export const bundleBottleneck = {
  name: 'bundle-bottleneck',
  setup(b) {
    b.onResolve({ filter: /^(bottleneck\/light\.js|@octokit\/plugin-(retry|throttling))$/ }, (args) => ({
      path: fileURLToPath(import.meta.resolve(args.path)),
    }));
    bottleneckImmediate.setup(b);
  },
};
