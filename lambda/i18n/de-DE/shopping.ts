/** Messages for Alexa Shopping Actions (de-DE, "du"; see core.ts). */
import type { Localized } from '..';
import type { shopping as en } from '../en-US/shopping';

export const shopping: Localized<typeof en> = {
  NO_PRODUCT_CHOSEN: 'Ich weiß nicht genau, welches Produkt du meinst. Such zuerst etwas, sag zum Beispiel: Suche Batterien.',
  NO_PRODUCT_REPROMPT: 'Was möchtest du finden?',
  NO_SUCH_ITEM: 'In dieser Liste gibt es keine Nummer {ordinal}. Ich habe {count}. Welches möchtest du?',
  NO_SUCH_ITEM_MORE: 'Auf dieser Seite gibt es keine Nummer {ordinal}: Ich habe dir {count} von {total} Ergebnissen vorgelesen. Sag: weiter, für mehr. Oder welches möchtest du?',
  NO_SUCH_ITEM_REPROMPT: 'Welches möchtest du? Sag zum Beispiel: das erste.',
  NOTHING_TO_RECOMMEND: 'Ich habe noch keine Produkte, die ich empfehlen kann. Such zuerst etwas, zum Beispiel Hundefutter.',
  PRODUCT_NOT_USABLE: 'Dieses Produkt kann ich leider nicht mit Amazon Shopping verwenden. Möchtest du nach etwas anderem suchen?',
  TOO_MANY_PRODUCTS: 'Entschuldige, beim {action} geht nur {max} auf einmal. Welches möchtest du?',
  ASK_SOMETHING_ELSE_REPROMPT: 'Möchtest du nach etwas anderem suchen?',
  DONE_CART: 'Ich habe {title} in deinen {cartName} gelegt.',
  DONE_BUY: 'Deine Bestellung von {title} ist aufgegeben.',
  DONE_WISHLIST: 'Ich habe {title} auf deine Wunschliste gesetzt.',
  DONE_RECOMMEND: 'Das waren meine Empfehlungen.',
  NOT_ELIGIBLE: '{title} kann man leider nicht mit Alexa kaufen. Möchtest du nach etwas anderem suchen?',
  NO_OFFERS: '{title} ist gerade leider nicht verfügbar. Vielleicht ist es ausverkauft. Möchtest du nach etwas anderem suchen?',
  NOT_IN_MARKETPLACE: 'Das {action} ist mit Alexa in deinem Land leider noch nicht möglich.',
  RETRY_LATER: 'Amazon Shopping konnte das {action} gerade nicht abschließen. Bitte versuch es gleich noch einmal.',
  INTERNAL_ERROR: 'Entschuldige, bei Amazon Shopping gab es ein Problem, und das {action} hat nicht geklappt.',
  GENERIC_FAILURE: 'Entschuldige, das {action} hat nicht geklappt.',
  UNMATCHED_RESULT:
    'Amazon Shopping hat eine Anfrage abgeschlossen, aber ich kann sie diesem Gespräch nicht zuordnen. Deinen {cartName} und deine Bestellungen siehst du in der Amazon-App.',
  // Substantiviert, damit es in "beim {action}" und "das {action}" passt.
  ACTION_CART: 'Hinzufügen zum {cartName}',
  ACTION_BUY: 'Kaufen',
  ACTION_WISHLIST: 'Hinzufügen zur Wunschliste',
  ACTION_RECOMMEND: 'Empfehlen von Produkten',
  ACTION_UNKNOWN: 'Erledigen deiner Anfrage',
  THAT_ITEM: 'dieser Artikel',
  UNAVAILABLE_BLOCKED: '{title} kann hier leider nicht bestellt werden. Möchtest du nach etwas anderem suchen?',
  UNAVAILABLE_RESTRICTED: 'Für {title} gelten bei deinem Konto Kaufbeschränkungen, deshalb kann ich es nicht mit Alexa bestellen. Möchtest du nach etwas anderem suchen?',
};
