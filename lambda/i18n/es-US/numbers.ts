/** es-US numbers where they differ from es-ES: US Spanish says "centavos" for every currency. */
import type { Localized } from '..';
import type { numbers as en } from '../en-US/numbers';

export const numbers: Partial<Localized<typeof en>> = {
  LIST_LOCALE: 'es-US',
  CURRENCY_EUR_MINOR: { one: '{n} centavo', other: '{n} centavos' },
};
