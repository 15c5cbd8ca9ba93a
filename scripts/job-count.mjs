// How many jobs a workflow runs, and how many runners it starts, for N components: read from the
// workflow file, so the README's cost table cannot drift from what the workflow does.
//
//   node scripts/job-count.mjs [LABEL=]FILE… [--n 1,10,50] [--format markdown|json]
//
// Each job counts once; a job whose strategy.matrix is computed at run time (`fromJSON(…)`, the
// component list) counts once per component, a literal list once per value (keys multiply). A job
// whose `if:` requires a boolean input (a top-level `inputs.X &&` condition) is counted only in the
// column where X is true (attest-provenance, say); every other job counts as running, as it does
// when every optional target (registry-repo, the Serverless token) is set.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The `&&`-joined parts of an expression at parenthesis depth 0. */
function conjuncts(expression) {
  const text = String(expression)
    .replace(/^\s*\$\{\{|\}\}\s*$/g, '')
    .trim();
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (depth === 0 && text.startsWith('&&', i)) {
      parts.push(text.slice(start, i).trim());
      start = i + 2;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** The boolean inputs a job's `if:` requires to be true. */
function requiredToggles(job, booleans) {
  if (job.if === undefined) return [];
  return conjuncts(job.if)
    .map((part) => /^inputs\.([\w-]+)$/.exec(part)?.[1])
    .filter((name) => name !== undefined && booleans.has(name));
}

/** Instances of a job for n components. */
function instances(job, n) {
  const matrix = job.strategy?.matrix;
  if (matrix === undefined) return 1;
  if (typeof matrix === 'string') return n;
  let count = 1;
  for (const [key, value] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude') continue;
    if (Array.isArray(value)) count *= value.length;
    else if (/fromJSON\(/i.test(String(value))) count *= n;
    else throw new Error(`matrix key ${key}: cannot tell how many values ${JSON.stringify(value)} has`);
  }
  return count;
}

/**
 * For each n: the jobs that run and the runners they start, without the optional toggles and with
 * all of them on.
 */
export function jobCount(text, ns = [1, 10, 50]) {
  const doc = parse(text);
  const on = doc.on ?? doc[true] ?? {};
  const declared = { ...(on.workflow_call?.inputs ?? {}), ...(on.workflow_dispatch?.inputs ?? {}) };
  const booleans = new Set(
    Object.entries(declared)
      .filter(([, spec]) => spec?.type === 'boolean')
      .map(([name]) => name),
  );
  const jobs = Object.entries(doc.jobs ?? {}).map(([id, job]) => ({
    id,
    toggles: requiredToggles(job, booleans),
    job,
  }));
  const toggles = [...new Set(jobs.flatMap((j) => j.toggles))].sort();
  return ns.map((n) => {
    const tally = (withToggles) => {
      const running = jobs.filter((j) => withToggles || j.toggles.length === 0);
      return {
        jobs: running.length,
        runners: running.reduce((sum, j) => sum + instances(j.job, n), 0),
      };
    };
    return { components: n, toggles, without: tally(false), with: tally(true) };
  });
}

function main(argv) {
  const files = [];
  let ns = [1, 10, 50];
  let format = 'markdown';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--n') ns = argv[++i].split(',').map(Number);
    else if (argv[i] === '--format') format = argv[++i];
    else {
      const at = argv[i].indexOf('=');
      const [label, file] = at > 0 ? [argv[i].slice(0, at), argv[i].slice(at + 1)] : [argv[i], argv[i]];
      files.push({ label, counts: jobCount(readFileSync(file === '-' ? 0 : file, 'utf8'), ns) });
    }
  }
  if (files.length === 0) {
    process.stderr.write(
      'usage: node scripts/job-count.mjs [LABEL=]FILE… [--n 1,10,50] [--format markdown|json]\n',
    );
    process.exit(2);
  }
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(files, null, 2)}\n`);
    return;
  }
  const head = ['components'];
  for (const { label, counts } of files) {
    const on = counts[0].toggles.join(', ');
    head.push(`${label}: jobs / runner starts`);
    if (on) head.push(`${label} with ${on}: jobs / runner starts`);
  }
  const rows = ns.map((n, row) => {
    const cells = [String(n)];
    for (const { counts } of files) {
      const c = counts[row];
      cells.push(`${c.without.jobs} / ${c.without.runners}`);
      if (c.toggles.length > 0) cells.push(`${c.with.jobs} / ${c.with.runners}`);
    }
    return cells;
  });
  const line = (cells) => `| ${cells.join(' | ')} |`;
  process.stdout.write(`${[line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
