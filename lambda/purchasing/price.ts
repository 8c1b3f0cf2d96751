/**
 * Prices as Alexa should say them: "$12.99" and "£3.50" are read as a person says them
 * ("twelve dollars and ninety-nine cents"), so a currency-formatted amount is all speech needs.
 */
import type { Money } from '../persistence/state';

export function speakablePrice(money: Money, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(money.amount);
  } catch {
    // An unknown currency code: say the number and the code rather than nothing.
    return `${money.amount.toFixed(2)} ${money.currency}`;
  }
}
