// What reaches the Actions log from user data. @actions/core escapes the data of the commands it
// issues (warning, error, notice, debug, add-mask encode %, CR and LF), but core.info writes the text
// raw: a component name or version holding a newline and "::set-output …" would become a workflow
// command. Every line we print with info goes through escapeLog.
import * as core from '@actions/core';
import type { Reporter } from '../report/reporter.ts';
import { secretParts } from '../token.ts';

/**
 * The text with no line able to form a workflow command: the runner reads a line that starts (after
 * spaces) with "::" or the older "##[" as a command, so that first character is percent-encoded.
 * Line breaks stay (our own messages span lines); a bare CR counts as a line break.
 */
export function escapeLog(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line.replace(
        /^(\s*)(?:::|##\[)/,
        (m, space: string) =>
          `${space}%${m.charCodeAt(space.length).toString(16).toUpperCase()}${m.slice(space.length + 1)}`,
      ),
    )
    .join('\n');
}

/** Masks a secret line by line: the runner masks each log line on its own, so a multi-line value needs every line registered. */
export function maskSecret(value: string): void {
  for (const part of secretParts(value)) core.setSecret(part);
}

export const actionsReporter: Reporter = {
  info: (m) => core.info(escapeLog(m)),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
  secret: (v) => maskSecret(v),
};
