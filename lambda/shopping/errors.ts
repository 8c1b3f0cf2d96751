/** Errors raised before a Shopping Actions directive is sent: it is never sent malformed. */
import type { MessageKey, MessageParams } from '../i18n';
import { SkillError } from '../errors';

export class InvalidAsinError extends SkillError {
  readonly code = 'InvalidAsin';
  readonly speechKey: MessageKey = 'PRODUCT_NOT_USABLE';
  override readonly repromptKey: MessageKey = 'ASK_SOMETHING_ELSE_REPROMPT';
  constructor(readonly asin: string) {
    // An ASIN is not personal data, but a bad one may be arbitrary text: keep it short.
    super(`not a valid ASIN: ${JSON.stringify(asin.slice(0, 40))}`);
  }
}

export class DuplicateAsinError extends SkillError {
  readonly code = 'DuplicateAsin';
  readonly speechKey: MessageKey = 'PRODUCT_NOT_USABLE';
  override readonly repromptKey: MessageKey = 'ASK_SOMETHING_ELSE_REPROMPT';
  constructor(readonly asin: string) {
    super(`ASIN listed twice: ${asin}`);
  }
}

export class ProductCountError extends SkillError {
  readonly code = 'ProductCount';
  readonly speechKey: MessageKey;
  override readonly repromptKey: MessageKey;
  constructor(
    readonly task: string,
    readonly count: number,
    readonly min: number,
    readonly max: number,
    params: MessageParams = {},
  ) {
    super(`${task} takes ${min} to ${max} products, got ${count}`, params);
    this.speechKey = count < min ? 'NO_PRODUCT_CHOSEN' : 'TOO_MANY_PRODUCTS';
    this.repromptKey = count < min ? 'NO_PRODUCT_REPROMPT' : 'NO_SUCH_ITEM_REPROMPT';
  }
}

export class InvalidAttributionError extends SkillError {
  readonly code = 'InvalidAttribution';
  readonly speechKey: MessageKey = 'GENERIC_ERROR';
  constructor(reason: string) {
    super(`invalid Associates attribution: ${reason}`);
  }
}
