/** Messages for choosing among results, order questions, help and fallback (de-DE, "du"; see core.ts). */
import type { Localized } from '..';
import type { conversation as en } from '../en-US/conversation';

export const conversation: Localized<typeof en> = {
  WHICH_DETAILS: 'Über welches möchtest du mehr hören: {choices}?',
  WHICH_CART: 'Welches soll ich in deinen {cartName} legen: {choices}?',
  WHICH_BUY: 'Welches möchtest du kaufen: {choices}?',
  WHICH_WISHLIST: 'Welches soll ich auf deine Wunschliste setzen: {choices}?',
  WHICH_COMPARE: 'Für welches soll ich Angebote vergleichen: {choices}?',
  WHICH_WATCH: 'Bei welchem soll ich den Preis beobachten: {choices}?',
  WHICH_REPROMPT: 'Welches: {choices}?',
  CHOICES: { '=1': 'das erste', '=2': 'das erste oder das zweite', '=3': 'das erste, das zweite oder das dritte', other: 'das erste, das letzte oder eine Nummer bis {count}' },
  ONE_CART: 'Soll ich es in deinen {cartName} legen?',
  ONE_BUY: 'Möchtest du es kaufen?',
  ONE_WISHLIST: 'Soll ich es auf deine Wunschliste setzen?',
  ONE_REPROMPT: 'Sag ja, oder sag mir, was ich sonst suchen soll.',
  NO_THANKS: 'Okay. Möchtest du etwas über ein anderes hören oder nach etwas anderem suchen?',
  ORDER_HELP: 'Deine Bestellungen und deinen {cartName} kann ich von hier aus nicht sehen. Um eine Bestellung zu verfolgen, zu stornieren oder zurückzuschicken, oder um deinen {cartName} anzusehen, nutze bitte die Amazon App. Was möchtest du finden?',
  ORDER_HELP_REPROMPT: 'Was möchtest du finden?',
  HELP_LAUNCH: 'Ich finde Produkte auf Amazon und sage dir Preise und Bewertungen. Sag, was du brauchst, zum Beispiel Kaffee, oder sag: Leg Batterien in meinen {cartName}. Was möchtest du finden?',
  HELP_LAUNCH_REPROMPT: 'Was möchtest du finden? Sag zum Beispiel: Druckerpapier.',
  HELP_LIST: 'Du bist in den Ergebnissen für {query}. Sag: das erste, um mehr zu hören, weiter, für weitere Ergebnisse, oder: leg das zweite in meinen {cartName}. Welches möchtest du?',
  HELP_LIST_REPROMPT: 'Welches möchtest du? Sag: das erste, oder: weiter.',
  HELP_DETAILS: 'Du siehst dir gerade {title} an. Du kannst sagen: leg es in meinen {cartName}, kaufen, Angebote vergleichen oder Staffelpreise. Was möchtest du tun?',
  HELP_DETAILS_REPROMPT: 'Möchtest du es in deinen {cartName} legen oder die Angebote hören?',
  HELP_ACTION: 'Deine Liste ist noch da. Sag: weiter, für mehr Ergebnisse, erzähl mir vom ersten, oder such nach etwas Neuem. Was möchtest du tun?',
  HELP_PURCHASE: 'Du kannst da weitermachen, wo du warst: Sag weiter, oder: erzähl mir vom ersten. Die Premium-Funktionen hörst du, wenn du sagst: Was kann ich kaufen. Was möchtest du tun?',
  HELP_AFTER_REPROMPT: 'Sag: weiter, oder sag mir, was ich suchen soll.',
  FALLBACK_LAUNCH: 'Das habe ich leider nicht verstanden. Nenn mir ein Produkt, zum Beispiel Batterien. Was möchtest du finden?',
  FALLBACK_LIST: 'Das habe ich leider nicht verstanden. Sag: das erste, das zweite, oder: weiter. Welches möchtest du?',
  FALLBACK_DETAILS: 'Das habe ich leider nicht verstanden. Du kannst sagen: leg es in meinen {cartName}, kaufen, oder: Angebote vergleichen. Was möchtest du tun?',
  FALLBACK_AFTER: 'Das habe ich leider nicht verstanden. Sag: weiter, für mehr Ergebnisse, oder sag mir, was ich suchen soll. Was möchtest du tun?',
};
