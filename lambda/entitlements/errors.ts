/**
 * Failures of the in-skill product lookup, each heard as one honest sentence. Premium features
 * refuse with these; free features never depend on them.
 */
import { SkillError } from '../errors';
import type { MessageKey } from '../i18n';

/** The Monetization API failed, timed out or answered something unreadable. */
export class EntitlementLookupError extends SkillError {
  readonly code = 'EntitlementLookup';
  readonly speechKey: MessageKey = 'PREMIUM_CHECK_FAILED';
  override readonly repromptKey: MessageKey = 'PREMIUM_FREE_REPROMPT';
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`in-skill products lookup failed: ${reason}`, {}, options);
  }
}

/** The request's locale has no in-skill purchasing: no ISP directive may be sent. */
export class PurchaseNotSupportedInLocaleError extends SkillError {
  readonly code = 'PurchaseNotSupportedInLocale';
  readonly speechKey: MessageKey = 'PREMIUM_NOT_IN_LOCALE';
  override readonly repromptKey: MessageKey = 'PREMIUM_FREE_REPROMPT';
  constructor(readonly locale: string) {
    super(`in-skill purchasing is not available in ${locale}`);
  }
}
