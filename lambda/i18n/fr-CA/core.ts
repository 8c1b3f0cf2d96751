/**
 * Messages for the always-present handlers (fr-CA).
 * Adresse : « vous », comme Alexa au Canada français et comme fr-FR. Le panier reste le
 * « panier » (Amazon.ca en français) ; on « magasine », la liste est une « liste de souhaits »,
 * les prix sont en dollars canadiens.
 */
import type { Localized } from '..';
import type { core as en } from '../en-US/core';

export const core: Partial<Localized<typeof en>> = {
  GOODBYE: 'Au revoir, et bon magasinage.',
};
