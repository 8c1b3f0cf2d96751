/** fr-CA shopping wording where it differs from fr-FR (see core.ts). */
import type { Localized } from '..';
import type { shopping as en } from '../en-US/shopping';

export const shopping: Partial<Localized<typeof en>> = {
  NOTHING_TO_RECOMMEND: "Je n'ai pas encore de produit à vous recommander. Cherchez d'abord quelque chose, par exemple de la nourriture pour chien.",
  DONE_WISHLIST: "J'ai ajouté {title} à votre liste de souhaits.",
  UNMATCHED_RESULT:
    "Amazon Shopping a terminé une demande, mais je n'arrive pas à la relier à cette conversation. Vous pouvez vérifier votre {cartName} et vos commandes dans l'appli Amazon.",
  ACTION_WISHLIST: "l'ajout à votre liste de souhaits",
};
