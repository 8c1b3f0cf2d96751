/** How numbers are said (de-DE): "12 Euro 99", "99 Cent", "4,5 Sterne", "10 bis 24 Stück". Read by lambda/i18n/spoken.ts. */
import type { Localized } from '..';
import type { numbers as en } from '../en-US/numbers';

export const numbers: Localized<typeof en> = {
  LIST_LOCALE: 'de-DE',
  SMALL_NUMBERS: 'null eins zwei drei vier fünf sechs sieben acht neun zehn',
  PRICE_UNKNOWN: 'ein unbekannter Preis',
  PRICE_OTHER_CURRENCY: '{amount} {currency}',
  // "12 Euro 99" sagt man so; "12 Euro und 5 Cent", weil "12 Euro 5" wie 50 klingt.
  PRICE_WITH_MINOR: '{major} {minor}',
  PRICE_WITH_SMALL_MINOR: '{major} und {minorWords}',
  // Maßeinheiten nach Zahlen bleiben im Deutschen unverändert: "12 Euro", "5 Dollar".
  CURRENCY_USD: { one: '{n} Dollar', other: '{n} Dollar' },
  CURRENCY_USD_MINOR: { one: '{n} Cent', other: '{n} Cent' },
  CURRENCY_CAD: { one: '{n} kanadischer Dollar', other: '{n} kanadische Dollar' },
  CURRENCY_CAD_MINOR: { one: '{n} Cent', other: '{n} Cent' },
  CURRENCY_GBP: { one: '{n} Pfund', other: '{n} Pfund' },
  CURRENCY_GBP_MINOR: { one: '{n} Penny', other: '{n} Pence' },
  CURRENCY_EUR: { one: '{n} Euro', other: '{n} Euro' },
  CURRENCY_EUR_MINOR: { one: '{n} Cent', other: '{n} Cent' },
  CURRENCY_JPY: { one: '{n} Yen', other: '{n} Yen' },
  RATING_AND_A_HALF: '{decimal}',
  QUANTITY_RANGE: '{min} bis {max} Stück',
  QUANTITY_OR_MORE: '{min} Stück oder mehr',
  PACK_OF: 'Packung mit {count} Stück',
  UNIT_OUNCES: { one: '{n} Unze', other: '{n} Unzen' },
  UNIT_FLUID_OUNCES: { one: '{n} Flüssigunze', other: '{n} Flüssigunzen' },
  UNIT_POUNDS: { one: '{n} Pfund', other: '{n} Pfund' },
  UNIT_KILOGRAMS: { one: '{n} Kilogramm', other: '{n} Kilogramm' },
  UNIT_GRAMS: { one: '{n} Gramm', other: '{n} Gramm' },
  UNIT_MILLILITRES: { one: '{n} Milliliter', other: '{n} Milliliter' },
  UNIT_LITRES: { one: '{n} Liter', other: '{n} Liter' },
};
