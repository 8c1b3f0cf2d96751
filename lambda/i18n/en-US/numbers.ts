/**
 * How numbers are said (en-US): prices, ratings, counts, quantity ranges and lists. Read by
 * lambda/i18n/spoken.ts only. `{n}` is a number in digits; currency messages are plural forms.
 */
export const numbers = {
  // Intl.ListFormat's locale: the skill's English joins lists without a serial comma ("a, b and c"), as en-GB does.
  LIST_LOCALE: 'en-GB',
  // Counts from zero to ten said as words ("the next three"); larger ones stay digits.
  SMALL_NUMBERS: 'zero one two three four five six seven eight nine ten',
  PRICE_UNKNOWN: 'an unknown price',
  PRICE_OTHER_CURRENCY: '{amount} {currency}',
  // "12 dollars 99": {major} is the amount with its unit, {minor} the cents alone.
  PRICE_WITH_MINOR: '{major} {minor}',
  // "1 dollar and 5 cents": "12 dollars 5" could be heard as 50.
  PRICE_WITH_SMALL_MINOR: '{major} and {minorWords}',
  CURRENCY_USD: { one: '{n} dollar', other: '{n} dollars' },
  CURRENCY_USD_MINOR: { one: '{n} cent', other: '{n} cents' },
  CURRENCY_CAD: { one: '{n} dollar', other: '{n} dollars' },
  CURRENCY_CAD_MINOR: { one: '{n} cent', other: '{n} cents' },
  CURRENCY_GBP: { one: '{n} pound', other: '{n} pounds' },
  CURRENCY_GBP_MINOR: { one: '{n} penny', other: '{n} pence' },
  CURRENCY_EUR: { one: '{n} euro', other: '{n} euros' },
  CURRENCY_EUR_MINOR: { one: '{n} cent', other: '{n} cents' },
  CURRENCY_JPY: { one: '{n} yen', other: '{n} yen' },
  // A rating with a half star, before "stars": "4 and a half" ("4.5" is read "four point five").
  RATING_AND_A_HALF: '{whole} and a half',
  // Quantity tiers: "10-24" and "25+" as said.
  QUANTITY_RANGE: '{min} to {max}',
  QUANTITY_OR_MORE: '{min} or more',
  PACK_OF: 'a pack of {count}',
  // Measures read from a title ("12 oz" → "12 ounces").
  UNIT_OUNCES: { one: '{n} ounce', other: '{n} ounces' },
  UNIT_FLUID_OUNCES: { one: '{n} fluid ounce', other: '{n} fluid ounces' },
  UNIT_POUNDS: { one: '{n} pound', other: '{n} pounds' },
  UNIT_KILOGRAMS: { one: '{n} kilogram', other: '{n} kilograms' },
  UNIT_GRAMS: { one: '{n} gram', other: '{n} grams' },
  UNIT_MILLILITRES: { one: '{n} millilitre', other: '{n} millilitres' },
  UNIT_LITRES: { one: '{n} litre', other: '{n} litres' },
};
