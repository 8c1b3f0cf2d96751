/** fr-CA refine wording where it differs from fr-FR (see core.ts). */
import type { Localized } from '..';
import type { refine as en } from '../en-US/refine';

export const refine: Partial<Localized<typeof en>> = {
  REFINE_NOT_UNDERSTOOD: "Je n'ai pas compris comment affiner la liste. Vous pouvez dire : Prime uniquement, moins de 20 dollars, ou : les moins chers. Que voulez-vous ?",
  REFINE_ASK_REPROMPT: 'Vous pouvez dire : Prime uniquement, moins de 20 dollars, ou : les moins chers.',
  QUESTION_POLICY: "Je n'ai pas d'informations sur la garantie ou les retours de {title}. Vous les trouverez sur sa page produit, dans l'application Amazon ou sur amazon.ca.",
};
