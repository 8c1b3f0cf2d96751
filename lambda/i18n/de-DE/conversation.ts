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
  // A product named by how it relates to another ("the cheaper one") when there is none such.
  RELATIVE_NO_PREVIOUS: '{title} ist das erste, das ich habe. Über welches möchtest du mehr hören?',
  RELATIVE_NO_NEXT: '{title} ist bisher das letzte, das ich habe. Sag weiter für mehr Ergebnisse. Über welches möchtest du mehr hören?',
  RELATIVE_NO_CHEAPER: '{title} ist das günstigste der {count} Ergebnisse, die ich mir angesehen habe. Möchtest du etwas über ein anderes hören?',
  RELATIVE_NO_DEARER: '{title} ist das teuerste der {count} Ergebnisse, die ich mir angesehen habe. Möchtest du etwas über ein anderes hören?',
  RELATIVE_NO_BETTER_RATED: 'Keins der {count} Ergebnisse, die ich mir angesehen habe, ist besser bewertet als {title}. Möchtest du etwas über ein anderes hören?',
  RELATIVE_NO_SIMILAR: 'Ich habe nichts gefunden, das {title} in Preis und Bewertung nahekommt. Wonach soll ich suchen?',
  RELATIVE_NONE_REPROMPT: 'Über welches möchtest du mehr hören? Oder sag mir, was ich sonst suchen soll.',
  // Coming back to a list: offered at launch, and on "what was I looking at".
  RESUME_OFFER: 'Willkommen zurück. Zuletzt hast du dir {query} angesehen. Möchtest du dorthin zurück?',
  RESUME_OFFER_REPROMPT: 'Möchtest du zurück zu {query}, oder etwas anderes finden?',
  RESUME_BACK: 'Zurück zu {query}: {items}.',
  RESUME_BACK_FOCUS: 'Zurück zu {query}. Du hast dir {title} angesehen. Was möchtest du damit machen?',
  RESUME_LIST: 'Hier warst du stehen geblieben: {items}.',
  RESUME_NOTHING: 'Ich habe keine aktuelle Liste für dich. Wonach soll ich suchen?',
  ONE_CART: 'Soll ich es in deinen {cartName} legen?',
  ONE_BUY: 'Möchtest du es kaufen?',
  ONE_WISHLIST: 'Soll ich es auf deine Wunschliste setzen?',
  ONE_REPROMPT: 'Sag ja, oder sag mir, was ich sonst suchen soll.',
  NO_THANKS: 'Okay. Möchtest du etwas über ein anderes hören oder nach etwas anderem suchen?',
  ORDER_HELP:
    'Deine Bestellungen und deinen {cartName} kann ich von hier aus nicht sehen. Um eine Bestellung zu verfolgen, zu stornieren oder zurückzuschicken, oder um deinen {cartName} anzusehen, nutze bitte die Amazon-App. Was möchtest du finden?',
  ORDER_HELP_REPROMPT: 'Was möchtest du finden?',
  HELP_LAUNCH:
    'Ich finde Produkte auf Amazon und sage dir Preise und Bewertungen. Sag, was du brauchst, zum Beispiel Kaffee, oder sag: Leg Batterien in meinen {cartName}. Was möchtest du finden?',
  HELP_LAUNCH_REPROMPT: 'Was möchtest du finden? Sag zum Beispiel: Druckerpapier.',
  HELP_LIST:
    'Du bist in den Ergebnissen für {query}. Sag: das erste, um mehr zu hören, weiter, für weitere Ergebnisse, oder: leg das zweite in meinen {cartName}. Welches möchtest du?',
  HELP_LIST_REPROMPT: 'Welches möchtest du? Sag: das erste, oder: weiter.',
  HELP_DETAILS: 'Du siehst dir gerade {title} an. Du kannst sagen: leg es in meinen {cartName}, kaufen, Angebote vergleichen oder Staffelpreise. Was möchtest du tun?',
  HELP_DETAILS_REPROMPT: 'Möchtest du es in deinen {cartName} legen oder die Angebote hören?',
  HELP_ACTION: 'Deine Liste ist noch da. Sag: weiter, für mehr Ergebnisse, erzähl mir vom ersten, oder such nach etwas Neuem. Was möchtest du tun?',
  HELP_PURCHASE:
    'Du kannst da weitermachen, wo du warst: Sag weiter, oder: erzähl mir vom ersten. Die Premium-Funktionen hörst du, wenn du sagst: Was kann ich kaufen. Was möchtest du tun?',
  HELP_AFTER_REPROMPT: 'Sag: weiter, oder sag mir, was ich suchen soll.',
  FALLBACK_LAUNCH: 'Das habe ich leider nicht verstanden. Nenn mir ein Produkt, zum Beispiel Batterien. Was möchtest du finden?',
  FALLBACK_LIST: 'Das habe ich leider nicht verstanden. Sag: das erste, das zweite, oder: weiter. Welches möchtest du?',
  FALLBACK_DETAILS: 'Das habe ich leider nicht verstanden. Du kannst sagen: leg es in meinen {cartName}, kaufen, oder: Angebote vergleichen. Was möchtest du tun?',
  FALLBACK_AFTER: 'Das habe ich leider nicht verstanden. Sag: weiter, für mehr Ergebnisse, oder sag mir, was ich suchen soll. Was möchtest du tun?',
  // Ways out and back (issue 20): cancel keeps the list, small talk gets an honest answer.
  CANCELLED: 'Alles klar.',
  STAGE_LAUNCH: 'Was möchtest du finden?',
  STAGE_LIST: 'Über welches möchtest du mehr hören?',
  STAGE_DETAILS: 'Was möchtest du damit machen?',
  STAGE_AFTER: 'Was möchtest du als Nächstes tun?',
  NOT_A_PRODUCT_FILLER: 'Lass dir Zeit.',
  NOT_A_PRODUCT_DONT_KNOW: 'Kein Problem. Du kannst jedes Produkt nennen, zum Beispiel Kaffee oder Batterien.',
  NOT_A_PRODUCT_CHIT_CHAT: 'Dabei kann ich hier nicht helfen: Ich helfe nur beim Einkaufen.',
  NOT_A_PRODUCT_QUESTION: 'Das kann ich nicht beantworten, aber ich kann Produkte finden und dir ihre Preise sagen.',
  FALLBACK_OFFER_LAUNCH: 'Das habe ich leider wieder nicht verstanden. Nenn ein Produkt, zum Beispiel Druckerpapier, oder sag: Was kann ich kaufen. Was möchtest du finden?',
  FALLBACK_OFFER_LIST: 'Das habe ich leider wieder nicht verstanden. Sag: das zweite, weiter, oder: das günstigste. Welches möchtest du?',
  FALLBACK_OFFER_DETAILS: 'Das habe ich leider wieder nicht verstanden. Sag: leg es in meinen {cartName}, was kostet es, oder: zurück. Was möchtest du tun?',
  FALLBACK_OFFER_AFTER: 'Das habe ich leider wieder nicht verstanden. Sag: weiter, erzähl mir vom ersten, oder such etwas anderes. Was möchtest du tun?',
  FALLBACK_HELP_OR_STOP: 'Ich verstehe dich gerade nicht gut. Sag Hilfe, um zu hören, was ich kann, oder Stopp, um aufzuhören. Was möchtest du?',
  FALLBACK_HELP_OR_STOP_REPROMPT: 'Sag Hilfe oder Stopp.',
};
