/**
 * Messages for the always-present handlers (fr-FR).
 * Adresse : « vous ». Alexa vouvoie ses clients en France (« Que puis-je faire pour vous ? ») ;
 * un skill qui tutoie détonnerait. Tous les messages fr-FR vouvoient.
 * Le panier s'appelle « panier », comme sur Amazon.fr.
 */
import type { Localized } from '..';
import type { core as en } from '../en-US/core';

export const core: Localized<typeof en> = {
  WELCOME: 'Bienvenue sur Voice Shopper. Dites-moi quel produit chercher, par exemple des piles ou du café. Que voulez-vous trouver ?',
  WELCOME_REPROMPT: 'Que voulez-vous trouver ? Dites par exemple : cherche des piles.',
  GOODBYE: 'Au revoir, et bonnes courses.',
  FALLBACK: "Désolée, je n'ai pas compris. Vous pouvez chercher un produit, ou dire aide. Que voulez-vous trouver ?",
  FALLBACK_REPROMPT: 'Que voulez-vous trouver ?',
  NAVIGATE_HOME: 'Très bien, on recommence. Que voulez-vous trouver ?',
  WHAT_NEXT: 'Que voulez-vous faire maintenant ?',
  NOTHING_TO_REPEAT: "Je n'ai encore rien dit. Que voulez-vous trouver ?",
  GENERIC_ERROR: 'Désolée, un problème est survenu de mon côté. Pouvez-vous réessayer ?',
  GENERIC_ERROR_REPROMPT: 'Que voulez-vous faire ?',
  NO_CUSTOMER: 'Désolée, je ne peux pas lancer cela sans savoir quel compte Alexa le demande. Que voulez-vous faire ?',
  CART_NAME: 'panier',
};
