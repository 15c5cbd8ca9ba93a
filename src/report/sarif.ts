// Problems as a SARIF 2.1.0 log, the format GitHub code scanning (upload-sarif) and editors read.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem, Severity } from './problems.ts';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
  /** Optional one-line description per rule code, shown by viewers as the rule's title. */
  ruleDescriptions?: Readonly<Record<string, string>>;
}

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifRule {
  id: string;
  shortDescription?: { text: string };
  defaultConfiguration: { level: SarifLevel };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region?: { startLine: number; startColumn?: number };
    };
  }[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    /** Our columns count UTF-16 code units (JavaScript string indexes). */
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }[];
}

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

/** Pure: the SARIF log for a list of problems, one rule per code used. */
export function toSarif(problems: readonly Problem[], tool: SarifTool): SarifLog {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: SarifResult[] = problems.map((p) => {
    let index = ruleIndex.get(p.code);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(p.code, index);
      const description = tool.ruleDescriptions?.[p.code];
      rules.push({
        id: p.code,
        ...(description ? { shortDescription: { text: description } } : {}),
        defaultConfiguration: { level: LEVELS[p.severity] },
      });
    }
    const region =
      p.line >= 1 ? { startLine: p.line, ...(p.column >= 1 ? { startColumn: p.column } : {}) } : undefined;
    return {
      ruleId: p.code,
      ruleIndex: index,
      level: LEVELS[p.severity],
      message: {
        text: p.fix ? `${p.message}${/[.!?]$/.test(p.message) ? '' : '.'} Fix: ${p.fix}` : p.message,
      },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: artifactUri(p.file) }, ...(region ? { region } : {}) },
        },
      ],
    };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: tool.name, version: tool.version, informationUri: tool.informationUri, rules },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** A relative path becomes a relative URI reference with '/' (each segment escaped); an absolute one a file: URI. */
export function artifactUri(file: string): string {
  if (isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file)) return pathToFileURL(file).href;
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
