/**
 * Messages for the always-present handlers (de-DE).
 * Anrede: "du". Alexa spricht ihre Kunden in Deutschland selbst mit "du" an ("Was möchtest du
 * hören?"), und ein Skill, der plötzlich siezt, klingt fremd. Jede Nachricht in de-DE duzt.
 * Der Warenkorb heißt "Einkaufswagen", wie auf Amazon.de und in Alexas eigenen Einkaufsantworten.
 */
import type { Localized } from '..';
import type { core as en } from '../en-US/core';

export const core: Localized<typeof en> = {
  WELCOME: 'Willkommen bei Voice Shopper. Sag mir, was ich suchen soll, zum Beispiel Batterien oder Kaffee. Was möchtest du finden?',
  WELCOME_REPROMPT: 'Was möchtest du finden? Sag zum Beispiel: Suche Batterien.',
  GOODBYE: 'Tschüss, und viel Spaß beim Einkaufen.',
  FALLBACK: 'Das habe ich leider nicht verstanden. Du kannst nach einem Produkt suchen oder Hilfe sagen. Was möchtest du finden?',
  FALLBACK_REPROMPT: 'Was möchtest du finden?',
  NAVIGATE_HOME: 'Okay, wir fangen von vorne an. Was möchtest du finden?',
  WHAT_NEXT: 'Was möchtest du als Nächstes tun?',
  NOTHING_TO_REPEAT: 'Ich habe noch nichts gesagt. Was möchtest du finden?',
  GENERIC_ERROR: 'Entschuldige, bei mir ist etwas schiefgelaufen. Bitte versuch es noch einmal.',
  GENERIC_ERROR_REPROMPT: 'Was möchtest du tun?',
  NO_CUSTOMER: 'Entschuldige, das kann ich nicht starten, ohne zu wissen, welches Alexa-Konto fragt. Was möchtest du tun?',
  CART_NAME: 'Einkaufswagen',
};
