// The one rule for every token we read (action inputs, environment variables): a token is a single
// run of visible characters. A newline would split it across log lines (the runner masks line by
// line) and whitespace or an invisible format character is a copy-paste accident the server would
// answer with a puzzling 401.
import { PublishError } from './errors.ts';

const FORBIDDEN = /[\s\p{Cc}\p{Cf}]/u;

/** The token, or a typed error naming where it came from (never the token itself). */
export function checkToken(source: string, value: string): string {
  if (FORBIDDEN.test(value)) {
    throw new PublishError(
      'bad-token',
      `${source} contains whitespace, a control character or an invisible format character`,
      `copy the token again into ${source}, without spaces or line breaks`,
    );
  }
  return value;
}

/** Every piece a log line could show of a secret: the whole value and each of its lines. */
export function secretParts(value: string): string[] {
  if (value === '') return [];
  const lines = value.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  return [...new Set([value, ...lines])];
}
