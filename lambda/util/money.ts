/**
 * The skill's own `Money`: what it lists, keeps in the session and tokens, and stores with a
 * price watch. One shape (`currency`) and one rule for reading it back. The Amazon Business
 * Product Search API has its own `Money` (`currencyCode`, lambda/catalog/types.ts), which
 * stays the API's shape and is converted here, by `fromApiMoney`, only.
 */
import { isFiniteNumber, isRecord } from './guards';

export interface Money {
  amount: number;
  /** ISO 4217 code ("USD"). */
  currency: string;
}

/** An ISO 4217 code: three capital letters. Anything else from the API is not spoken. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && CURRENCY_CODE.test(value);
}

/**
 * Far above any product's price, and low enough that the amount in minor units (cents) is an
 * exact integer: 1.2e308 is finite, but a hundred times it is not, and was spoken "Infinity
 * dollars NaN" (the fuzz campaign's finding, from a price sent back in session attributes).
 */
export const MAX_MONEY_AMOUNT = 1_000_000_000;

function money(amount: unknown, currency: unknown): Money | undefined {
  return isFiniteNumber(amount) && amount >= 0 && amount <= MAX_MONEY_AMOUNT && isCurrencyCode(currency) ? { amount, currency } : undefined;
}

/** A `Money` read back from the session, a token or the stored state: a finite amount ≥ 0 and a currency code, or undefined. */
export function parseMoney(value: unknown): Money | undefined {
  return isRecord(value) ? money(value['amount'], value['currency']) : undefined;
}

/** The Product Search API's `{ amount, currencyCode }` as the skill's `Money`, or undefined when it is not a usable price. */
export function fromApiMoney(value: unknown): Money | undefined {
  return isRecord(value) ? money(value['amount'], value['currencyCode']) : undefined;
}
