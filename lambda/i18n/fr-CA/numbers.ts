/** fr-CA numbers where they differ from fr-FR. */
import type { Localized } from '..';
import type { numbers as en } from '../en-US/numbers';

export const numbers: Partial<Localized<typeof en>> = {
  LIST_LOCALE: 'fr-CA',
};
