/** Errors of the signed-token concern that reach the customer. */
import { SkillError } from '../errors';
import type { MessageKey } from '../i18n';

/**
 * The request names no customer (no user id): a token issued now would be bound to nobody, so
 * none is issued and nothing that needs one (a purchase, a Shopping Action) starts.
 */
export class NoCustomerError extends SkillError {
  readonly code = 'NoCustomer';
  readonly speechKey: MessageKey = 'NO_CUSTOMER';
  constructor() {
    super('the request has no user id: no token is issued');
  }
}
