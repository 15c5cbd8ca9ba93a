// What one publish records in a registry.yaml: the entry, and the result of the edit.

interface RegistryHeader {
  name?: string;
  publisher?: string;
  description?: string;
}

export interface RegistryEntry {
  namespace: string;
  package: string;
  /** Repository URL written to `git`. */
  git: string;
  /** The tag fppm checks out, written verbatim to `stable` (e.g. `1.2.0` or `v1.2.0`). */
  version: string;
  today: Date;
  /** Used only when the file is created; an existing file's header is the maintainer's. */
  header?: RegistryHeader;
}

export interface RegistryEditResult {
  /** The new text; the input text, byte for byte, when `changed` is false. */
  text: string;
  changed: boolean;
  notes: string[];
  /** The package's `stable` before the edit, when the package was already listed. */
  previousStable?: string;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `DD MON YYYY` in UTC with an upper-case month, as fppm's examples write `updated-on`. */
export function formatUpdatedOn(date: Date): string {
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${day} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
