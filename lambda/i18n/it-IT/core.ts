/**
 * Messages for the always-present handlers (it-IT).
 * Forma di cortesia: "tu". Alexa in Italia dà del tu ai clienti ("Cosa vuoi ascoltare?",
 * "Scusa, non ho capito"); un skill che desse del Lei suonerebbe estraneo. Tutti i messaggi
 * it-IT danno del tu. Il carrello si chiama "carrello", come su Amazon.it.
 */
import type { Localized } from '..';
import type { core as en } from '../en-US/core';

export const core: Localized<typeof en> = {
  WELCOME: 'Ti do il benvenuto in Voice Shopper. Dimmi un prodotto da cercare, per esempio pile o caffè. Cosa vuoi trovare?',
  WELCOME_REPROMPT: 'Cosa vuoi trovare? Per esempio, di’: cerca pile.',
  GOODBYE: 'Ciao, e buono shopping.',
  FALLBACK: 'Scusa, non ho capito. Puoi cercare un prodotto, oppure dire aiuto. Cosa vuoi trovare?',
  FALLBACK_REPROMPT: 'Cosa vuoi trovare?',
  NAVIGATE_HOME: 'Va bene, ricominciamo. Cosa vuoi trovare?',
  WHAT_NEXT: 'Cosa vuoi fare adesso?',
  NOTHING_TO_REPEAT: 'Non ho ancora detto niente. Cosa vuoi trovare?',
  GENERIC_ERROR: 'Scusa, qualcosa è andato storto da parte mia. Riprova, per favore.',
  GENERIC_ERROR_REPROMPT: 'Cosa vuoi fare?',
  NO_CUSTOMER: 'Scusa, non posso farlo senza sapere quale account Alexa lo chiede. Cosa vuoi fare?',
  CART_NAME: 'carrello',
};
