// The registry entry diff shown in plans and the job summary.

/** A unified-style diff of two small texts: changed lines with two lines of context; '' when equal. */
export function lineDiff(before: string, after: string, context = 2): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const ops: { kind: ' ' | '-' | '+'; line: string }[] = a
    .slice(0, prefix)
    .map((line) => ({ kind: ' ', line }));
  ops.push(...lcsOps(midA, midB));
  for (const line of a.slice(a.length - suffix)) ops.push({ kind: ' ', line });
  return printHunks(ops, context);
}

type Op = { kind: ' ' | '-' | '+'; line: string };

function printHunks(ops: Op[], context: number): string {
  // Mark the ops within `context` of a change, then print each run of marked ops as a hunk.
  const keep = ops.map(() => false);
  ops.forEach((op, i) => {
    if (op.kind === ' ') return;
    for (let j = Math.max(0, i - context); j <= Math.min(ops.length - 1, i + context); j++) keep[j] = true;
  });
  const out: string[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (let i = 0; i < ops.length; ) {
    if (!keep[i]) {
      const op = ops[i]!;
      if (op.kind !== '+') oldLine++;
      if (op.kind !== '-') newLine++;
      i++;
      continue;
    }
    const hunk: string[] = [];
    const oldStart = oldLine;
    const newStart = newLine;
    for (; i < ops.length && keep[i]; i++) {
      const op = ops[i]!;
      hunk.push(op.kind + op.line);
      if (op.kind !== '+') oldLine++;
      if (op.kind !== '-') newLine++;
    }
    const oldCount = oldLine - oldStart;
    const newCount = newLine - newStart;
    out.push(
      `@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@`,
      ...hunk,
    );
  }
  return out.join('\n') + '\n';
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function lcsOps(a: string[], b: string[]): { kind: ' ' | '-' | '+'; line: string }[] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const ops: { kind: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i]! });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || table[(i + 1) * width + j]! >= table[i * width + j + 1]!)) {
      ops.push({ kind: '-', line: a[i]! });
      i++;
    } else {
      ops.push({ kind: '+', line: b[j]! });
      j++;
    }
  }
  return ops;
}
