/** fr-CA browsing wording where it differs from fr-FR (see core.ts). */
import type { Localized } from '..';
import type { browsing as en } from '../en-US/browsing';

export const browsing: Partial<Localized<typeof en>> = {
  SEARCH_NO_RESULTS: "Je n'ai rien trouvé pour {query}. Essayez une autre recherche, par exemple du papier d'imprimante.",
};
