// Registry Project templates: art-template tags (`{{ … }}`) that `s init` fills in, masked so the YAML
// underneath can be parsed with every position still pointing at the original text.

export interface MaskedTemplate {
  text: string;
  /** [start, end) offsets of every `{{ … }}`. */
  spans: [number, number][];
  /** Names used as `{{ name }}` outputs, with their offsets. */
  params: { name: string; offset: number }[];
}

const STATEMENT = /^(\/|if\b|else\b|each\b|set\b|block\b|include\b|extend\b)/;

/**
 * Replaces each art-template tag with text of the same length: outputs (`{{ region }}`) with x's, so
 * the YAML keeps its shape, statements (`{{ if … }}`) with spaces. Newlines are kept, so every line
 * and column still points at the original.
 */
export function maskTemplate(text: string): MaskedTemplate {
  const spans: [number, number][] = [];
  const params: { name: string; offset: number }[] = [];
  const masked = text.replace(/\{\{([\s\S]*?)\}\}/g, (whole, inner: string, offset: number) => {
    spans.push([offset, offset + whole.length]);
    const code = inner.trim().replace(/^@/, '').trim();
    const statement = STATEMENT.test(code);
    if (!statement) {
      const name = /^[A-Za-z_$][\w$]*/.exec(code)?.[0];
      if (name) params.push({ name, offset });
    }
    return whole.replace(/[^\n]/g, statement ? ' ' : 'x');
  });
  return { text: masked, spans, params };
}
