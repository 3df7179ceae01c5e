/**
 * Errors the user can act on: bad input, bad configuration, bad usage. The CLI
 * prints them as `file:line:col: message` and exits 2; anything else is a bug.
 */
export interface SourceLocation {
  file: string;
  /** 1-based, as editors show them. */
  line?: number;
  column?: number;
}

export class InputError extends Error {
  readonly location: SourceLocation | undefined;
  constructor(message: string, location?: SourceLocation) {
    super(message);
    this.name = 'InputError';
    this.location = location;
  }

  /** `file:line:col: message`, or as much of the location as is known. */
  format(): string {
    const where = this.location;
    if (where === undefined) return this.message;
    const position = where.line === undefined ? '' : `:${where.line}${where.column === undefined ? '' : `:${where.column}`}`;
    return `${where.file}${position}: ${this.message}`;
  }
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
