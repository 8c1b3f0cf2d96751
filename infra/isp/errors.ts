import type { Problem } from './types';

/** Base class of every error the ISP sync raises on purpose; `exitCode` is what the CLI returns. */
export class IspSyncError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad command line: unknown command or option, missing value. Exit 2. */
export class UsageError extends IspSyncError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** Product files break the reference's rules; carries every problem found. Exit 2. */
export class ValidationError extends IspSyncError {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`${problems.length} problem(s) in the product files`, 2);
    this.problems = problems;
  }
}

/** No usable credentials (environment or ASK CLI profile). Exit 2. */
export class CredentialsError extends IspSyncError {
  constructor(message: string) {
    super(message, 2);
  }
}

/**
 * A SMAPI call failed for good: a non-retryable status, or retries exhausted. The message is
 * already redacted; `statusCode` is absent for network failures. Exit 1.
 */
export class RemoteCallError extends IspSyncError {
  readonly operation: string;
  readonly statusCode: number | undefined;
  readonly code: string | undefined;
  readonly attempts: number;
  constructor(message: string, context: { operation: string; statusCode?: number; code?: string; attempts: number }) {
    super(message, 1);
    this.operation = context.operation;
    this.statusCode = context.statusCode;
    this.code = context.code;
    this.attempts = context.attempts;
  }
}
