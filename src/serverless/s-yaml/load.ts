// s.yaml is read the way `s` 3.x reads it: js-yaml 4 decides whether the file is valid and what it
// holds. The `yaml` library is used only to locate nodes (line and column) for the messages.
//
// One known disagreement: js-yaml 4 loads a multi-line quoted scalar whose continuation lines are
// indented no further than its key, which the YAML 1.2 spec (and the `yaml` library) refuses. For the
// locating tree, those continuation lines get extra leading spaces (folded away inside a quoted
// scalar, so the value is unchanged); no line is added, so every line number still holds.
import { load, YAMLException } from 'js-yaml';
import type { Position } from '../../report/problems.ts';
import { type ParsedYaml, parseYaml } from '../../yaml-positions.ts';

export type EngineLoad =
  | { ok: true; data: unknown; locatable: string }
  | { ok: false; message: string; at: Position };

/**
 * `duplicateKeys`: accept repeated keys (the last wins), for templates whose `{{ if }}` branches each
 * write the same key; js-yaml's `json` option does exactly that.
 */
export function loadLikeEngine(text: string, duplicateKeys = false): EngineLoad {
  const quoted: [number, number][] = [];
  const opened: number[] = [];
  let data: unknown;
  try {
    data = load(text, {
      json: duplicateKeys,
      listener(event, state) {
        if (event === 'open') {
          opened.push(state.position);
          return;
        }
        const from = opened.pop() ?? 0;
        const end = state.position;
        const close = text[end - 1];
        if (state.kind !== 'scalar' || (close !== '"' && close !== "'")) return;
        const start = text.indexOf(close, from);
        if (start >= 0 && start < end - 1 && text.slice(start, end).includes('\n')) quoted.push([start, end]);
      },
    });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const mark = error.mark as { line?: number; column?: number } | undefined;
    return {
      ok: false,
      message: error.reason || error.message,
      at: { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 },
    };
  }
  return { ok: true, data, locatable: indentContinuations(text, quoted) };
}

/** Adds leading spaces to each continuation line of the given quoted scalars that needs them. */
function indentContinuations(text: string, spans: [number, number][]): string {
  if (spans.length === 0) return text;
  const inserts = new Map<number, number>();
  for (const [start, end] of spans) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const need = indentOf(text, lineStart) + 1;
    for (let nl = text.indexOf('\n', start); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
      const indent = indentOf(text, nl + 1);
      const blank = /[\r\n]/.test(text[nl + 1 + indent] ?? '\n');
      if (!blank && indent < need) inserts.set(nl + 1, Math.max(inserts.get(nl + 1) ?? 0, need - indent));
    }
  }
  let out = '';
  let from = 0;
  for (const at of [...inserts.keys()].sort((a, b) => a - b)) {
    out += `${text.slice(from, at)}${' '.repeat(inserts.get(at)!)}`;
    from = at;
  }
  return out + text.slice(from);
}

function indentOf(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ') i++;
  return i - lineStart;
}

export type EngineParse =
  | { ok: true; data: unknown; doc: ParsedYaml['doc']; lineCounter: ParsedYaml['lineCounter'] }
  | { ok: false; message: string; at: Position };

/** loadLikeEngine, plus the locating tree (the `yaml` library's, of the repaired text). */
export function parseLikeEngine(text: string, duplicateKeys = false): EngineParse {
  const loaded = loadLikeEngine(text, duplicateKeys);
  if (!loaded.ok) return loaded;
  const { doc, lineCounter } = parseYaml(loaded.locatable, { uniqueKeys: false });
  return { ok: true, data: loaded.data, doc, lineCounter };
}
