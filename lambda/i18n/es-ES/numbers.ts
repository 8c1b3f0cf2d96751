/** How numbers are said (es-ES): "12 euros con 99", "99 céntimos", "4,5 estrellas", "de 10 a 24". Read by lambda/i18n/spoken.ts. */
import type { Localized } from '..';
import type { numbers as en } from '../en-US/numbers';

export const numbers: Localized<typeof en> = {
  LIST_LOCALE: 'es-ES',
  SMALL_NUMBERS: 'cero uno dos tres cuatro cinco seis siete ocho nueve diez',
  PRICE_UNKNOWN: 'un precio desconocido',
  PRICE_OTHER_CURRENCY: '{amount} {currency}',
  // "12 euros con 99", como se dice en la caja; "12 euros con 5 céntimos" para no oír 50.
  PRICE_WITH_MINOR: '{major} con {minor}',
  PRICE_WITH_SMALL_MINOR: '{major} con {minorWords}',
  CURRENCY_USD: { one: '{n} dólar', other: '{n} dólares' },
  CURRENCY_USD_MINOR: { one: '{n} centavo', other: '{n} centavos' },
  CURRENCY_CAD: { one: '{n} dólar canadiense', other: '{n} dólares canadienses' },
  CURRENCY_CAD_MINOR: { one: '{n} centavo', other: '{n} centavos' },
  CURRENCY_GBP: { one: '{n} libra', other: '{n} libras' },
  CURRENCY_GBP_MINOR: { one: '{n} penique', other: '{n} peniques' },
  CURRENCY_EUR: { one: '{n} euro', other: '{n} euros' },
  CURRENCY_EUR_MINOR: { one: '{n} céntimo', other: '{n} céntimos' },
  CURRENCY_JPY: { one: '{n} yen', other: '{n} yenes' },
  RATING_AND_A_HALF: '{decimal}',
  QUANTITY_RANGE: 'de {min} a {max}',
  QUANTITY_OR_MORE: '{min} o más',
  PACK_OF: 'paquete de {count}',
  UNIT_OUNCES: { one: '{n} onza', other: '{n} onzas' },
  UNIT_FLUID_OUNCES: { one: '{n} onza líquida', other: '{n} onzas líquidas' },
  UNIT_POUNDS: { one: '{n} libra', other: '{n} libras' },
  UNIT_KILOGRAMS: { one: '{n} kilo', other: '{n} kilos' },
  UNIT_GRAMS: { one: '{n} gramo', other: '{n} gramos' },
  UNIT_MILLILITRES: { one: '{n} mililitro', other: '{n} mililitros' },
  UNIT_LITRES: { one: '{n} litro', other: '{n} litros' },
};
