/** How numbers are said (fr-FR): « 12 euros 99 », « 99 centimes », « 4,5 étoiles », « 10 à 24 ». Read by lambda/i18n/spoken.ts. */
import type { Localized } from '..';
import type { numbers as en } from '../en-US/numbers';

export const numbers: Localized<typeof en> = {
  LIST_LOCALE: 'fr-FR',
  SMALL_NUMBERS: 'zéro un deux trois quatre cinq six sept huit neuf dix',
  PRICE_UNKNOWN: 'un prix inconnu',
  PRICE_OTHER_CURRENCY: '{amount} {currency}',
  // « 12 euros 99 » ; « 12 euros et 5 centimes », car « 12 euros 5 » s'entend comme 50.
  PRICE_WITH_MINOR: '{major} {minor}',
  PRICE_WITH_SMALL_MINOR: '{major} et {minorWords}',
  CURRENCY_USD: { one: '{n} dollar', other: '{n} dollars' },
  CURRENCY_USD_MINOR: { one: '{n} cent', other: '{n} cents' },
  CURRENCY_CAD: { one: '{n} dollar', other: '{n} dollars' },
  CURRENCY_CAD_MINOR: { one: '{n} cent', other: '{n} cents' },
  CURRENCY_GBP: { one: '{n} livre', other: '{n} livres' },
  CURRENCY_GBP_MINOR: { one: '{n} penny', other: '{n} pence' },
  CURRENCY_EUR: { one: '{n} euro', other: '{n} euros' },
  CURRENCY_EUR_MINOR: { one: '{n} centime', other: '{n} centimes' },
  CURRENCY_JPY: { one: '{n} yen', other: '{n} yens' },
  RATING_AND_A_HALF: '{decimal}',
  QUANTITY_RANGE: '{min} à {max}',
  QUANTITY_OR_MORE: '{min} ou plus',
  PACK_OF: 'paquet de {count}',
  UNIT_OUNCES: { one: '{n} once', other: '{n} onces' },
  UNIT_FLUID_OUNCES: { one: '{n} once liquide', other: '{n} onces liquides' },
  UNIT_POUNDS: { one: '{n} livre', other: '{n} livres' },
  UNIT_KILOGRAMS: { one: '{n} kilogramme', other: '{n} kilogrammes' },
  UNIT_GRAMS: { one: '{n} gramme', other: '{n} grammes' },
  UNIT_MILLILITRES: { one: '{n} millilitre', other: '{n} millilitres' },
  UNIT_LITRES: { one: '{n} litre', other: '{n} litres' },
};
