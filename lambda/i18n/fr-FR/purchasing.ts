/** Messages for in-skill purchasing, premium features and price watch (fr-FR, « vous » ; see core.ts). */
import type { Localized } from '..';
import type { purchasing as en } from '../en-US/purchasing';

export const purchasing: Localized<typeof en> = {
  // Noms des produits tels que les fichiers ISP les publient (un test les garde alignés).
  NAME_PREMIUM_SHOPPER: 'Premium Shopper',
  NAME_OFFER_INSIGHTS: 'Comparateur d’offres',
  NAME_WATCH_SLOTS: 'Alertes prix supplémentaires',
  NAME_UNKNOWN_PRODUCT: 'votre achat',
  FEATURE_COMPARE_OFFERS: 'La comparaison des offres',
  FEATURE_PRICE_WATCH: 'La surveillance des prix',
  HINT_PREMIUM_SHOPPER: 'Une fois un produit trouvé, dites : compare les offres, ou : surveille le prix.',
  HINT_OFFER_INSIGHTS: 'Une fois un produit trouvé, dites : compare les offres.',
  HINT_WATCH_SLOTS: 'Dites : surveille le prix, pour tout produit que vous trouvez.',
  HINT_UNKNOWN_PRODUCT: 'Vous pouvez continuer vos achats.',
  UPSELL_COMPARE_OFFERS: 'Avec l’option {name}, vous entendez le prix, le délai de livraison et l’état proposés par chaque vendeur avant d’acheter.',
  UPSELL_PRICE_WATCH: 'Avec l’option {name}, je surveille le prix des produits de votre choix et je vous préviens quand il baisse.',
  UPSELL_WATCH_SLOTS: 'Toutes vos alertes prix sont utilisées, et l’option {name} vous en donne cinq de plus, pour surveiller plus de produits à la fois.',
  WHAT_CAN_I_BUY: 'Vous pouvez obtenir {list}. {summary} Pour cela, dites : achète {first}.',
  WHAT_CAN_I_BUY_REPROMPT: 'Lequel vous intéresse ? Dites par exemple : achète {first}.',
  PREMIUM_INFO: '{name} : {summary} Alexa vous en donne le prix si vous dites : achète {name}.',
  PREMIUM_INFO_OWNED: 'Vous avez {name} : {summary} {hint}',
  NOTHING_TO_BUY: 'Vous avez déjà toutes les fonctionnalités premium que je propose. Que voulez-vous trouver ?',
  ALREADY_OWNED: 'Vous avez déjà {name}. {hint} Que voulez-vous faire ?',
  PURCHASE_ACCEPTED: '{name} est prêt. {hint} Que voulez-vous faire ?',
  PURCHASE_DECLINED: 'Très bien, pas de problème. Vous pouvez continuer à chercher et à faire vos achats gratuitement. Que voulez-vous faire ?',
  UPSELL_DECLINED: "Très bien. {feature} n'est pas activée, mais vous pouvez toujours chercher, entendre les prix et faire vos achats gratuitement. Que voulez-vous faire ?",
  PURCHASE_ERROR: "Désolée, un problème est survenu pendant l'achat, il n'a donc pas abouti. Vous pourrez réessayer plus tard. Que voulez-vous faire ?",
  PURCHASE_UNREACHABLE: "Désolée, je n'ai pas pu joindre le service d'achat d'Amazon, rien n'a donc changé. Réessayez plus tard. Que voulez-vous faire ?",
  CANCEL_ACCEPTED: "C'est fait, votre demande d'annulation de {name} est prise en compte. Que voulez-vous faire ?",
  CANCEL_DECLINED: 'Très bien, vous gardez {name}. Que voulez-vous faire ?',
  CANCEL_NOT_ENTITLED: "Vous n'avez pas {name}, il n'y a donc rien à annuler. Que voulez-vous faire ?",
  CANCEL_ERROR: "Désolée, je n'ai pas pu terminer l'annulation de {name}. Réessayez plus tard. Que voulez-vous faire ?",
  PREMIUM_CHECK_FAILED:
    'Désolée, je ne peux pas vérifier vos fonctionnalités premium pour le moment, je ne peux donc pas faire cela. La recherche et les achats fonctionnent toujours. Que voulez-vous faire ?',
  PREMIUM_NOT_IN_LOCALE:
    'Désolée, les fonctionnalités premium ne sont pas encore proposées dans votre pays. Vous pouvez toujours chercher et faire vos achats gratuitement. Que voulez-vous faire ?',
  PREMIUM_NOT_PURCHASABLE:
    '{feature} est une fonctionnalité premium, et elle ne peut pas être achetée sur votre compte pour le moment. Vous pouvez toujours chercher et faire vos achats gratuitement. Que voulez-vous faire ?',
  PREMIUM_PRODUCT_UNKNOWN:
    "Désolée, je n'ai pas cette fonctionnalité premium. Pour entendre ce que vous pouvez obtenir, dites : qu'est-ce que je peux acheter. Que voulez-vous faire ?",
  PREMIUM_FREE_REPROMPT: 'Que voulez-vous trouver ?',
  PREMIUM_LIST_REPROMPT: "Pour entendre les fonctionnalités premium, dites : qu'est-ce que je peux acheter ?",
  WATCH_ADDED:
    "C'est noté, je surveille {title} à {price}. La prochaine fois que vous ouvrirez Voice Shopper, je vous dirai si le prix a baissé. Vous utilisez {used} de vos {capacity} alertes prix. Que voulez-vous faire maintenant ?",
  WATCH_ALREADY: 'Vous surveillez déjà {title}. Que voulez-vous faire maintenant ?',
  WATCH_NO_PRICE: "Je n'ai pas de prix pour {title} en ce moment, je ne peux donc pas le surveiller. Voulez-vous chercher autre chose ?",
  WATCH_LIMIT_REACHED: 'Vous utilisez vos {capacity} alertes prix, je ne peux donc pas surveiller un autre produit pour le moment. Que voulez-vous faire ?',
  PRICE_DROPS: {
    '=1': 'Bonne nouvelle : {title} est passé de {was} à {now}.',
    other: 'Bonne nouvelle : {count} de vos produits surveillés ont baissé. La plus forte baisse concerne {title}, maintenant à {now}, au lieu de {was}.',
  },
  PRICE_DROPS_NOT_SAVED: "Je n'ai pas pu le noter tout de suite, vous l'entendrez peut-être encore la prochaine fois.",
  PERSISTENCE_FAILED: "Désolée, je n'ai pas pu enregistrer cela. Réessayez dans un instant. Que voulez-vous faire ?",
  PERSISTENCE_READ_FAILED: "Désolée, je n'ai pas pu retrouver ce que vous avez enregistré. Réessayez dans un instant. Que voulez-vous faire ?",
};
