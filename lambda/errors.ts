/**
 * Typed errors that the error handlers turn into specific, honest speech. Each carries the
 * message key it is spoken with and the parameters for it; `cause` keeps the original error
 * for the log. Concerns add their own subclasses (catalog, purchasing) next to their code.
 */
import type { MessageKey, MessageParams } from './i18n';

export abstract class SkillError extends Error {
  /** What the customer hears. */
  abstract readonly speechKey: MessageKey;
  /** Optional follow-up question; without it the generic "what next" reprompt is used. */
  readonly repromptKey: MessageKey | undefined = undefined;
  /** A short machine-readable code for logs and metrics. */
  abstract readonly code: string;
  /** Set to true when the session should end after the answer. */
  readonly endsSession: boolean = false;

  constructor(
    message: string,
    readonly speechParams: MessageParams = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
