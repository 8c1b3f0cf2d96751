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
  CHOICES: {
    '=1': 'le premier',
    '=2': 'le premier ou le deuxième',
    '=3': 'le premier, le deuxième ou le troisième',
    other: "le premier, le dernier, ou un numéro jusqu'à {count}",
  },
  // A product named by how it relates to another ("the cheaper one") when there is none such.
  RELATIVE_NO_PREVIOUS: "{title} est le premier que j'ai. Lequel voulez-vous découvrir ?",
  RELATIVE_NO_NEXT: "{title} est le dernier que j'ai pour l'instant. Dites suivant pour d'autres résultats. Lequel voulez-vous découvrir ?",
  RELATIVE_NO_CHEAPER: "{title} est le moins cher des {count} résultats que j'ai regardés. Voulez-vous en découvrir un autre ?",
  RELATIVE_NO_DEARER: "{title} est le plus cher des {count} résultats que j'ai regardés. Voulez-vous en découvrir un autre ?",
  RELATIVE_NO_BETTER_RATED: "Aucun des {count} résultats que j'ai regardés n'est mieux noté que {title}. Voulez-vous en découvrir un autre ?",
  RELATIVE_NO_SIMILAR: "Je n'ai rien trouvé de proche de {title} en prix et en note. Que voulez-vous que je cherche ?",
  RELATIVE_NONE_REPROMPT: "Lequel voulez-vous découvrir ? Ou dites-moi quoi chercher d'autre.",
  // Coming back to a list: offered at launch, and on "what was I looking at".
  RESUME_OFFER: 'Bon retour. La dernière fois, vous regardiez {query}. Voulez-vous y revenir ?',
  RESUME_OFFER_REPROMPT: 'Voulez-vous revenir à {query}, ou chercher autre chose ?',
  RESUME_BACK: 'Retour à {query} : {items}.',
  RESUME_BACK_FOCUS: 'Retour à {query}. Vous regardiez {title}. Que voulez-vous en faire ?',
  RESUME_LIST: 'Voici où vous en étiez : {items}.',
  RESUME_NOTHING: "Je n'ai pas de liste récente pour vous. Que voulez-vous que je cherche ?",
  ONE_CART: "Voulez-vous que je l'ajoute à votre {cartName} ?",
  ONE_BUY: "Voulez-vous l'acheter ?",
  ONE_WISHLIST: "Voulez-vous que je l'ajoute à votre liste d'envies ?",
  ONE_REPROMPT: "Dites oui, ou dites-moi quoi chercher d'autre.",
  NO_THANKS: 'Très bien. Voulez-vous en savoir plus sur un autre produit, ou chercher autre chose ?',
  ORDER_HELP:
    "Je ne vois ni vos commandes ni votre {cartName} d'ici. Pour suivre, annuler ou retourner une commande, ou pour consulter votre {cartName}, utilisez l'application Amazon. Que voulez-vous trouver ?",
  ORDER_HELP_REPROMPT: 'Que voulez-vous trouver ?',
  HELP_LAUNCH:
    "Je trouve des produits sur Amazon et je vous lis leurs prix et leurs notes. Dites ce qu'il vous faut, par exemple du café, ou dites : ajoute des piles à mon {cartName}. Que voulez-vous trouver ?",
  HELP_LAUNCH_REPROMPT: 'Que voulez-vous trouver ? Dites par exemple : du papier pour imprimante.',
  HELP_LIST:
    'Vous êtes dans les résultats pour {query}. Dites : le premier, pour en savoir plus, suivant, pour d’autres résultats, ou : ajoute le deuxième à mon {cartName}. Lequel voulez-vous ?',
  HELP_LIST_REPROMPT: 'Lequel voulez-vous ? Dites : le premier, ou : suivant.',
  HELP_DETAILS: 'Vous regardez {title}. Vous pouvez dire : ajoute-le à mon {cartName}, achète-le, compare les offres, ou : prix par quantité. Que voulez-vous faire ?',
  HELP_DETAILS_REPROMPT: "Voulez-vous l'ajouter à votre {cartName}, ou entendre les offres ?",
  HELP_ACTION: 'Votre liste est toujours là. Dites : suivant, pour plus de résultats, ou : parle-moi du premier. Vous pouvez aussi chercher autre chose. Que voulez-vous faire ?',
  HELP_PURCHASE:
    "Vous pouvez reprendre vos achats là où vous en étiez : dites suivant, ou : parle-moi du premier. Pour entendre les fonctionnalités premium, dites : qu'est-ce que je peux acheter. Que voulez-vous faire ?",
  HELP_AFTER_REPROMPT: 'Dites : suivant, ou dites-moi quoi chercher.',
  FALLBACK_LAUNCH: "Désolée, je n'ai pas compris. Dites-moi un produit à chercher, par exemple des piles. Que voulez-vous trouver ?",
  FALLBACK_LIST: "Désolée, je n'ai pas compris. Dites : le premier, le deuxième, ou : suivant. Lequel voulez-vous ?",
  FALLBACK_DETAILS: "Désolée, je n'ai pas compris. Vous pouvez dire : ajoute-le à mon {cartName}, achète-le, ou : compare les offres. Que voulez-vous faire ?",
  FALLBACK_AFTER: "Désolée, je n'ai pas compris. Dites : suivant, pour plus de résultats, ou dites-moi quoi chercher. Que voulez-vous faire ?",
  // Ways out and back (issue 20): cancel keeps the list, small talk gets an honest answer.
  CANCELLED: "D'accord.",
  STAGE_LAUNCH: 'Que voulez-vous trouver ?',
  STAGE_LIST: 'Lequel voulez-vous découvrir ?',
  STAGE_DETAILS: 'Que voulez-vous en faire ?',
  STAGE_AFTER: 'Que voulez-vous faire maintenant ?',
  NOT_A_PRODUCT_FILLER: 'Prenez votre temps.',
  NOT_A_PRODUCT_DONT_KNOW: "Pas de souci. Vous pouvez citer n'importe quel produit, par exemple du café ou des piles.",
  NOT_A_PRODUCT_CHIT_CHAT: "Là, je ne peux pas vous aider : ici, je m'occupe seulement de vos achats.",
  NOT_A_PRODUCT_QUESTION: 'Je ne peux pas répondre à ça, mais je peux trouver des produits et vous donner leurs prix.',
  FALLBACK_OFFER_LAUNCH:
    "Désolée, je n'ai toujours pas compris. Dites un produit, par exemple du papier d'imprimante, ou dites : qu'est-ce que je peux acheter. Que voulez-vous trouver ?",
  FALLBACK_OFFER_LIST: "Désolée, je n'ai toujours pas compris. Dites : le deuxième, suivant, ou : le moins cher. Lequel voulez-vous ?",
  FALLBACK_OFFER_DETAILS: "Désolée, je n'ai toujours pas compris. Dites : ajoute-le à mon {cartName}, combien ça coûte, ou : retour. Que voulez-vous faire ?",
  FALLBACK_OFFER_AFTER: "Désolée, je n'ai toujours pas compris. Dites : suivant, ou : parle-moi du premier, ou bien dites-moi quoi chercher. Que voulez-vous faire ?",
  FALLBACK_HELP_OR_STOP: "J'ai du mal à vous comprendre. Dites aide pour savoir ce que je sais faire, ou stop pour arrêter. Que préférez-vous ?",
  FALLBACK_HELP_OR_STOP_REPROMPT: 'Dites aide, ou stop.',
};
