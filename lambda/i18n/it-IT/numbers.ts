/** How numbers are said (it-IT): "12 euro e 99", "99 centesimi", "4,5 stelle", "da 10 a 24". Read by lambda/i18n/spoken.ts. */
import type { Localized } from '..';
import type { numbers as en } from '../en-US/numbers';

export const numbers: Localized<typeof en> = {
  LIST_LOCALE: 'it-IT',
  SMALL_NUMBERS: 'zero uno due tre quattro cinque sei sette otto nove dieci',
  PRICE_UNKNOWN: 'un prezzo sconosciuto',
  PRICE_OTHER_CURRENCY: '{amount} {currency}',
  // "12 euro e 99" come si dice al banco; "12 euro e 5 centesimi" per non sentire 50.
  PRICE_WITH_MINOR: '{major} e {minor}',
  PRICE_WITH_SMALL_MINOR: '{major} e {minorWords}',
  CURRENCY_USD: { one: '{n} dollaro', other: '{n} dollari' },
  CURRENCY_USD_MINOR: { one: '{n} centesimo', other: '{n} centesimi' },
  CURRENCY_CAD: { one: '{n} dollaro canadese', other: '{n} dollari canadesi' },
  CURRENCY_CAD_MINOR: { one: '{n} centesimo', other: '{n} centesimi' },
  CURRENCY_GBP: { one: '{n} sterlina', other: '{n} sterline' },
  CURRENCY_GBP_MINOR: { one: '{n} penny', other: '{n} pence' },
  // "euro" è invariabile in italiano.
  CURRENCY_EUR: { one: '{n} euro', other: '{n} euro' },
  CURRENCY_EUR_MINOR: { one: '{n} centesimo', other: '{n} centesimi' },
  CURRENCY_JPY: { one: '{n} yen', other: '{n} yen' },
  RATING_AND_A_HALF: '{decimal}',
  QUANTITY_RANGE: 'da {min} a {max}',
  QUANTITY_OR_MORE: '{min} o più',
  PACK_OF: 'confezione da {count}',
  UNIT_OUNCES: { one: '{n} oncia', other: '{n} once' },
  UNIT_FLUID_OUNCES: { one: '{n} oncia liquida', other: '{n} once liquide' },
  UNIT_POUNDS: { one: '{n} libbra', other: '{n} libbre' },
  UNIT_KILOGRAMS: { one: '{n} chilogrammo', other: '{n} chilogrammi' },
  UNIT_GRAMS: { one: '{n} grammo', other: '{n} grammi' },
  UNIT_MILLILITRES: { one: '{n} millilitro', other: '{n} millilitri' },
  UNIT_LITRES: { one: '{n} litro', other: '{n} litri' },
};
