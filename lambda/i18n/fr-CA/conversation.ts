/** fr-CA conversation wording where it differs from fr-FR (see core.ts). */
import type { Localized } from '..';
import type { conversation as en } from '../en-US/conversation';

export const conversation: Partial<Localized<typeof en>> = {
  WHICH_WISHLIST: 'Lequel dois-je ajouter à votre liste de souhaits : {choices} ?',
  ONE_WISHLIST: "Voulez-vous que je l'ajoute à votre liste de souhaits ?",
  ORDER_HELP:
    "Je ne vois ni vos commandes ni votre {cartName} d'ici. Pour suivre, annuler ou retourner une commande, ou pour consulter votre {cartName}, utilisez l'appli Amazon. Que voulez-vous trouver ?",
  HELP_LAUNCH_REPROMPT: "Que voulez-vous trouver ? Dites par exemple : du papier d'imprimante.",
  HELP_PURCHASE:
    "Vous pouvez continuer à magasiner là où vous en étiez : dites suivant, ou : parle-moi du premier. Pour entendre les fonctionnalités premium, dites : qu'est-ce que je peux acheter. Que voulez-vous faire ?",
};
