/** Messages for choosing among results, order questions, help and fallback (it-IT, "tu"; see core.ts). */
import type { Localized } from '..';
import type { conversation as en } from '../en-US/conversation';

export const conversation: Localized<typeof en> = {
  WHICH_DETAILS: 'Di quale vuoi sapere di più: {choices}?',
  WHICH_CART: 'Quale aggiungo al tuo {cartName}: {choices}?',
  WHICH_BUY: 'Quale vuoi comprare: {choices}?',
  WHICH_WISHLIST: 'Quale salvo nella tua lista dei desideri: {choices}?',
  WHICH_COMPARE: 'Per quale confronto le offerte: {choices}?',
  WHICH_WATCH: 'Di quale controllo il prezzo: {choices}?',
  WHICH_REPROMPT: 'Quale: {choices}?',
  CHOICES: { '=1': 'il primo', '=2': 'il primo o il secondo', '=3': 'il primo, il secondo o il terzo', other: 'il primo, l’ultimo, o un numero fino a {count}' },
  ONE_CART: 'Lo aggiungo al tuo {cartName}?',
  ONE_BUY: 'Vuoi comprarlo?',
  ONE_WISHLIST: 'Lo salvo nella tua lista dei desideri?',
  ONE_REPROMPT: 'Di’ sì, oppure dimmi cos’altro cercare.',
  NO_THANKS: 'Va bene. Vuoi sapere di più su un altro, o cercare qualcos’altro?',
  ORDER_HELP: 'Da qui non vedo i tuoi ordini né il tuo {cartName}. Per seguire, annullare o restituire un ordine, o per controllare il tuo {cartName}, usa l’app Amazon. Cosa vuoi trovare?',
  ORDER_HELP_REPROMPT: 'Cosa vuoi trovare?',
  HELP_LAUNCH: 'Trovo prodotti su Amazon e ti dico prezzi e valutazioni. Dimmi cosa ti serve, per esempio caffè, oppure di’: aggiungi pile al mio {cartName}. Cosa vuoi trovare?',
  HELP_LAUNCH_REPROMPT: 'Cosa vuoi trovare? Per esempio, di’: carta per stampante.',
  HELP_LIST: 'Sei nei risultati per {query}. Di’: il primo, per saperne di più, avanti, per altri risultati, oppure: aggiungi il secondo al mio {cartName}. Quale vuoi?',
  HELP_LIST_REPROMPT: 'Quale vuoi? Di’: il primo, oppure: avanti.',
  HELP_DETAILS: 'Stai guardando {title}. Puoi dire: aggiungilo al mio {cartName}, compralo, confronta le offerte, oppure: prezzi per quantità. Cosa vuoi fare?',
  HELP_DETAILS_REPROMPT: 'Vuoi aggiungerlo al tuo {cartName}, o sentire le offerte?',
  HELP_ACTION: 'La tua lista è ancora qui. Di’: avanti, per altri risultati, parlami del primo, oppure cerca qualcosa di nuovo. Cosa vuoi fare?',
  HELP_PURCHASE: 'Puoi continuare da dove eri: di’ avanti, oppure: parlami del primo. Per sentire le funzioni premium, di’: cosa posso comprare. Cosa vuoi fare?',
  HELP_AFTER_REPROMPT: 'Di’: avanti, oppure dimmi cosa cercare.',
  FALLBACK_LAUNCH: 'Scusa, non ho capito. Dimmi un prodotto da cercare, per esempio pile. Cosa vuoi trovare?',
  FALLBACK_LIST: 'Scusa, non ho capito. Di’: il primo, il secondo, oppure: avanti. Quale vuoi?',
  FALLBACK_DETAILS: 'Scusa, non ho capito. Puoi dire: aggiungilo al mio {cartName}, compralo, oppure: confronta le offerte. Cosa vuoi fare?',
  FALLBACK_AFTER: 'Scusa, non ho capito. Di’: avanti, per altri risultati, oppure dimmi cosa cercare. Cosa vuoi fare?',
};
