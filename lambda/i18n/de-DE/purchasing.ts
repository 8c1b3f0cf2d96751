/** Messages for in-skill purchasing, premium features and price watch (de-DE, "du"; see core.ts). */
import type { Localized } from '..';
import type { purchasing as en } from '../en-US/purchasing';

export const purchasing: Localized<typeof en> = {
  // Produktnamen wie in den ISP-Dateien (ein Test hält sie gleich).
  NAME_PREMIUM_SHOPPER: 'Premium Shopper',
  NAME_OFFER_INSIGHTS: 'Angebotsvergleich',
  NAME_WATCH_SLOTS: 'Preiswächter-Plätze',
  NAME_UNKNOWN_PRODUCT: 'deinen Kauf',
  FEATURE_COMPARE_OFFERS: 'Angebote vergleichen',
  FEATURE_PRICE_WATCH: 'Preiswächter',
  HINT_PREMIUM_SHOPPER: 'Wenn du ein Produkt gefunden hast, sag: Angebote vergleichen, oder: Preis beobachten.',
  HINT_OFFER_INSIGHTS: 'Wenn du ein Produkt gefunden hast, sag: Angebote vergleichen.',
  HINT_WATCH_SLOTS: 'Sag bei jedem Produkt, das du findest: Preis beobachten.',
  HINT_UNKNOWN_PRODUCT: 'Du kannst weiter einkaufen.',
  UPSELL_COMPARE_OFFERS: 'Mit {name} hörst du vor dem Kauf von jedem Verkäufer den Preis, die Lieferzeit und den Zustand.',
  UPSELL_PRICE_WATCH: 'Mit {name} beobachte ich die Preise von Produkten, die du auswählst, und sage dir, wenn sie sinken.',
  UPSELL_WATCH_SLOTS: 'Alle deine Preiswächter-Plätze sind belegt. {name} bringt dir fünf weitere, damit du mehr Produkte gleichzeitig beobachten kannst.',
  WHAT_CAN_I_BUY: 'Du kannst {list} bekommen. {summary} Sag dazu einfach: Kaufe {first}.',
  WHAT_CAN_I_BUY_REPROMPT: 'Was möchtest du? Sag zum Beispiel: Kaufe {first}.',
  PREMIUM_INFO: '{name}: {summary} Den Preis nennt dir Alexa, wenn du sagst: Kaufe {name}.',
  PREMIUM_INFO_OWNED: 'Du hast {name}: {summary} {hint}',
  NOTHING_TO_BUY: 'Du hast schon alle Premium-Funktionen, die ich anbiete. Was möchtest du finden?',
  ALREADY_OWNED: 'Du hast {name} schon. {hint} Was möchtest du tun?',
  PURCHASE_ACCEPTED: '{name} ist startklar. {hint} Was möchtest du tun?',
  PURCHASE_DECLINED: 'Okay, kein Problem. Du kannst weiter kostenlos suchen und einkaufen. Was möchtest du tun?',
  UPSELL_DECLINED: 'Okay. {feature} ist nicht aktiv, aber du kannst weiter kostenlos suchen, Preise hören und einkaufen. Was möchtest du tun?',
  PURCHASE_ERROR: 'Entschuldige, beim Kauf ist etwas schiefgelaufen, er wurde nicht abgeschlossen. Du kannst es später noch einmal versuchen. Was möchtest du tun?',
  PURCHASE_UNREACHABLE:
    'Entschuldige, ich konnte den Kaufdienst von Amazon gerade nicht erreichen, es hat sich also nichts geändert. Bitte versuch es später noch einmal. Was möchtest du tun?',
  CANCEL_ACCEPTED: 'Okay, deine Kündigung von {name} ist erledigt. Was möchtest du tun?',
  CANCEL_DECLINED: 'Okay, du behältst {name}. Was möchtest du tun?',
  CANCEL_NOT_ENTITLED: 'Du hast {name} nicht, es gibt also nichts zu kündigen. Was möchtest du tun?',
  CANCEL_ERROR: 'Entschuldige, ich konnte die Kündigung von {name} nicht abschließen. Bitte versuch es später noch einmal. Was möchtest du tun?',
  PREMIUM_CHECK_FAILED:
    'Entschuldige, ich kann deine Premium-Funktionen gerade nicht prüfen, deshalb geht das nicht. Suchen und Einkaufen funktionieren weiter. Was möchtest du tun?',
  PREMIUM_NOT_IN_LOCALE: 'Premium-Funktionen gibt es in deinem Land leider noch nicht. Du kannst weiter kostenlos suchen und einkaufen. Was möchtest du tun?',
  PREMIUM_NOT_PURCHASABLE:
    '{feature} ist eine Premium-Funktion und kann mit deinem Konto gerade nicht gekauft werden. Du kannst weiter kostenlos suchen und einkaufen. Was möchtest du tun?',
  PREMIUM_PRODUCT_UNKNOWN: 'Diese Premium-Funktion habe ich leider nicht. Sag: Was kann ich kaufen?, dann zähle ich dir alles auf. Was möchtest du tun?',
  PREMIUM_FREE_REPROMPT: 'Was möchtest du finden?',
  PREMIUM_LIST_REPROMPT: 'Möchtest du die Premium-Funktionen hören? Sag: Was kann ich kaufen?',
  WATCH_ADDED:
    'Okay, ich beobachte {title} zu {price}. Wenn du Voice Shopper das nächste Mal öffnest, sage ich dir, ob es günstiger geworden ist. Du nutzt {used} von {capacity} Preiswächter-Plätzen. Was möchtest du als Nächstes tun?',
  WATCH_ALREADY: 'Du beobachtest {title} schon. Was möchtest du als Nächstes tun?',
  WATCH_NO_PRICE: 'Für {title} habe ich gerade keinen Preis, deshalb kann ich es nicht beobachten. Möchtest du nach etwas anderem suchen?',
  WATCH_LIMIT_REACHED: 'Alle {capacity} Preiswächter-Plätze sind belegt, deshalb kann ich gerade kein weiteres Produkt beobachten. Was möchtest du tun?',
  PRICE_DROPS: {
    '=1': 'Gute Nachricht: {title} ist von {was} auf {now} gefallen.',
    other: 'Gute Nachricht: {count} deiner beobachteten Produkte sind günstiger geworden. Am meisten gefallen ist {title}, jetzt {now} statt {was}.',
  },
  PRICE_DROPS_NOT_SAVED: 'Das konnte ich mir gerade nicht merken, vielleicht hörst du es beim nächsten Mal noch einmal.',
  PERSISTENCE_FAILED: 'Entschuldige, das konnte ich gerade nicht speichern. Bitte versuch es gleich noch einmal. Was möchtest du tun?',
  PERSISTENCE_READ_FAILED: 'Entschuldige, ich konnte gerade nicht nachsehen, was du gespeichert hast. Bitte versuch es gleich noch einmal. Was möchtest du tun?',
};
