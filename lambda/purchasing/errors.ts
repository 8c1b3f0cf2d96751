/**
 * Purchasing failures the customer hears about in one honest sentence each. Premium features
 * refuse with these; free features never depend on them.
 */
import { SkillError } from '../errors';
import type { MessageKey } from '../i18n';

/** The customer named no product we sell, or the service does not list it. */
export class PremiumProductNotFoundError extends SkillError {
  readonly code = 'PremiumProductNotFound';
  readonly speechKey: MessageKey = 'PREMIUM_PRODUCT_UNKNOWN';
  override readonly repromptKey: MessageKey = 'PREMIUM_LIST_REPROMPT';
  constructor(readonly referenceName: string | undefined) {
    super(`no in-skill product for ${referenceName ?? '(no slot value)'}`);
  }
}

/** All watch slots are in use and no more can be bought right now. */
export class WatchLimitReachedError extends SkillError {
  readonly code = 'WatchLimitReached';
  readonly speechKey: MessageKey = 'WATCH_LIMIT_REACHED';
  override readonly repromptKey: MessageKey = 'WHAT_NEXT';
  constructor(
    readonly used: number,
    readonly capacity: number,
  ) {
    super(`all ${capacity} watch slots are used (${used})`, { used, capacity });
  }
}
