/** Messages for choosing among results, order questions, help and fallback (fr-FR, « vous » ; see core.ts). */
import type { Localized } from '..';
import type { conversation as en } from '../en-US/conversation';

export const conversation: Localized<typeof en> = {
  WHICH_DETAILS: 'Lequel voulez-vous découvrir : {choices} ?',
  WHICH_CART: 'Lequel dois-je ajouter à votre {cartName} : {choices} ?',
  WHICH_BUY: 'Lequel voulez-vous acheter : {choices} ?',
  WHICH_WISHLIST: "Lequel dois-je ajouter à votre liste d'envies : {choices} ?",
  WHICH_COMPARE: 'Pour lequel dois-je comparer les offres : {choices} ?',
  WHICH_WATCH: 'Duquel dois-je surveiller le prix : {choices} ?',
  WHICH_REPROMPT: 'Lequel : {choices} ?',
  CHOICES: { '=1': 'le premier', '=2': 'le premier ou le deuxième', '=3': 'le premier, le deuxième ou le troisième', other: "le premier, le dernier, ou un numéro jusqu'à {count}" },
  ONE_CART: "Voulez-vous que je l'ajoute à votre {cartName} ?",
  ONE_BUY: "Voulez-vous l'acheter ?",
  ONE_WISHLIST: "Voulez-vous que je l'ajoute à votre liste d'envies ?",
  ONE_REPROMPT: "Dites oui, ou dites-moi quoi chercher d'autre.",
  NO_THANKS: "Très bien. Voulez-vous en savoir plus sur un autre produit, ou chercher autre chose ?",
  ORDER_HELP: "Je ne vois ni vos commandes ni votre {cartName} d'ici. Pour suivre, annuler ou retourner une commande, ou pour consulter votre {cartName}, utilisez l'application Amazon. Que voulez-vous trouver ?",
  ORDER_HELP_REPROMPT: 'Que voulez-vous trouver ?',
  HELP_LAUNCH: "Je trouve des produits sur Amazon et je vous lis leurs prix et leurs notes. Dites ce qu'il vous faut, par exemple du café, ou dites : ajoute des piles à mon {cartName}. Que voulez-vous trouver ?",
  HELP_LAUNCH_REPROMPT: 'Que voulez-vous trouver ? Dites par exemple : du papier pour imprimante.',
  HELP_LIST: 'Vous êtes dans les résultats pour {query}. Dites : le premier, pour en savoir plus, suivant, pour d’autres résultats, ou : ajoute le deuxième à mon {cartName}. Lequel voulez-vous ?',
  HELP_LIST_REPROMPT: 'Lequel voulez-vous ? Dites : le premier, ou : suivant.',
  HELP_DETAILS: "Vous regardez {title}. Vous pouvez dire : ajoute-le à mon {cartName}, achète-le, compare les offres, ou : prix par quantité. Que voulez-vous faire ?",
  HELP_DETAILS_REPROMPT: "Voulez-vous l'ajouter à votre {cartName}, ou entendre les offres ?",
  HELP_ACTION: 'Votre liste est toujours là. Dites : suivant, pour plus de résultats, parle-moi du premier, ou cherchez autre chose. Que voulez-vous faire ?',
  HELP_PURCHASE: "Vous pouvez reprendre vos achats là où vous en étiez : dites suivant, ou : parle-moi du premier. Pour entendre les fonctionnalités premium, dites : qu'est-ce que je peux acheter. Que voulez-vous faire ?",
  HELP_AFTER_REPROMPT: 'Dites : suivant, ou dites-moi quoi chercher.',
  FALLBACK_LAUNCH: "Désolée, je n'ai pas compris. Dites-moi un produit à chercher, par exemple des piles. Que voulez-vous trouver ?",
  FALLBACK_LIST: "Désolée, je n'ai pas compris. Dites : le premier, le deuxième, ou : suivant. Lequel voulez-vous ?",
  FALLBACK_DETAILS: "Désolée, je n'ai pas compris. Vous pouvez dire : ajoute-le à mon {cartName}, achète-le, ou : compare les offres. Que voulez-vous faire ?",
  FALLBACK_AFTER: "Désolée, je n'ai pas compris. Dites : suivant, pour plus de résultats, ou dites-moi quoi chercher. Que voulez-vous faire ?",
};
