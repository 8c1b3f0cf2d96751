/** Messages for Alexa Shopping Actions (fr-FR, « vous » ; see core.ts). */
import type { Localized } from '..';
import type { shopping as en } from '../en-US/shopping';

export const shopping: Localized<typeof en> = {
  NO_PRODUCT_CHOSEN: "Je ne sais pas de quel produit vous parlez. Cherchez d'abord quelque chose, dites par exemple : cherche des piles.",
  NO_PRODUCT_REPROMPT: 'Que voulez-vous trouver ?',
  NO_SUCH_ITEM: "Il n'y a pas de numéro {ordinal} dans cette liste. J'en ai {count}. Lequel voulez-vous ?",
  NO_SUCH_ITEM_MORE: "Il n'y a pas de numéro {ordinal} sur cette page : je vous ai lu {count} résultats sur {total}. Dites : suivant, pour la suite. Ou lequel voulez-vous ?",
  NO_SUCH_ITEM_REPROMPT: 'Lequel voulez-vous ? Dites par exemple : le premier.',
  NOTHING_TO_RECOMMEND: "Je n'ai pas encore de produit à vous recommander. Cherchez d'abord quelque chose, par exemple des croquettes pour chien.",
  PRODUCT_NOT_USABLE: 'Désolée, je ne peux pas utiliser ce produit avec Amazon Shopping. Voulez-vous chercher autre chose ?',
  TOO_MANY_PRODUCTS: 'Désolée, pour {action}, je ne peux en prendre que {max} à la fois. Lequel voulez-vous ?',
  ASK_SOMETHING_ELSE_REPROMPT: 'Voulez-vous chercher autre chose ?',
  DONE_CART: "J'ai ajouté {title} à votre {cartName}.",
  DONE_BUY: 'Votre commande de {title} est passée.',
  DONE_WISHLIST: "J'ai ajouté {title} à votre liste d'envies.",
  DONE_RECOMMEND: 'Voilà mes recommandations.',
  NOT_ELIGIBLE: 'Désolée, {title} ne peut pas être acheté avec Alexa. Voulez-vous chercher autre chose ?',
  NO_OFFERS: "Désolée, {title} n'est pas disponible pour le moment. Il est peut-être en rupture de stock. Voulez-vous chercher autre chose ?",
  NOT_IN_MARKETPLACE: "Désolée, {action} n'est pas encore possible avec Alexa dans votre pays.",
  RETRY_LATER: "Amazon Shopping n'a pas pu terminer {action} pour l'instant. Réessayez dans un petit moment.",
  INTERNAL_ERROR: "Désolée, Amazon Shopping a rencontré un problème, et {action} n'a pas abouti.",
  GENERIC_FAILURE: "Désolée, {action} n'a pas abouti.",
  UNMATCHED_RESULT:
    "Amazon Shopping a terminé une demande, mais je n'arrive pas à la relier à cette conversation. Vous pouvez vérifier votre {cartName} et vos commandes dans l'application Amazon.",
  // Un nom, pour « {action} n'a pas abouti ».
  ACTION_CART: "l'ajout à votre {cartName}",
  ACTION_BUY: "l'achat",
  ACTION_WISHLIST: "l'ajout à votre liste d'envies",
  ACTION_RECOMMEND: 'la recommandation de produits',
  ACTION_UNKNOWN: 'votre demande',
  THAT_ITEM: 'cet article',
  UNAVAILABLE_BLOCKED: 'Désolée, {title} ne peut pas être commandé ici. Voulez-vous chercher autre chose ?',
  UNAVAILABLE_RESTRICTED: "Désolée, {title} fait l'objet de restrictions d'achat sur votre compte, je ne peux donc pas le commander avec Alexa. Voulez-vous chercher autre chose ?",
};
