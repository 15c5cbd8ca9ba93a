// How the core talks to whoever runs it. The action maps these onto @actions/core (annotations,
// masking); the CLI onto stderr. The core never imports @actions/core.

export interface Reporter {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Registers a secret so that it is never printed (the action masks it in the log). */
  secret(value: string): void;
}

/** A reporter that collects messages; for library use and tests of our own output. */
export class MemoryReporter implements Reporter {
  readonly lines: string[] = [];
  readonly secrets: string[] = [];
  info(message: string): void {
    this.lines.push(`info: ${message}`);
  }
  notice(message: string): void {
    this.lines.push(`notice: ${message}`);
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  secret(value: string): void {
    this.secrets.push(value);
  }
}
