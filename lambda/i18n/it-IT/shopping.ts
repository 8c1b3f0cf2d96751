/** Messages for Alexa Shopping Actions (it-IT, "tu"; see core.ts). */
import type { Localized } from '..';
import type { shopping as en } from '../en-US/shopping';

export const shopping: Localized<typeof en> = {
  NO_PRODUCT_CHOSEN: 'Non so bene quale prodotto intendi. Prima cerca qualcosa, per esempio di’: cerca pile.',
  NO_PRODUCT_REPROMPT: 'Cosa vuoi trovare?',
  NO_SUCH_ITEM: "In questa lista non c'è il numero {ordinal}. Ne ho {count}. Quale vuoi?",
  NO_SUCH_ITEM_MORE: "In questa pagina non c'è il numero {ordinal}: ti ho letto {count} risultati su {total}. Di’: avanti, per sentirne altri. Oppure quale vuoi?",
  NO_SUCH_ITEM_REPROMPT: 'Quale vuoi? Di’, per esempio: il primo.',
  NOTHING_TO_RECOMMEND: 'Non ho ancora prodotti da consigliarti. Prima cerca qualcosa, per esempio cibo per cani.',
  PRODUCT_NOT_USABLE: 'Scusa, non posso usare questo prodotto con Amazon Shopping. Vuoi cercare qualcos’altro?',
  TOO_MANY_PRODUCTS: 'Scusa, per {action} posso usarne solo {max} alla volta. Quale vuoi?',
  ASK_SOMETHING_ELSE_REPROMPT: 'Vuoi cercare qualcos’altro?',
  DONE_CART: 'Ho aggiunto {title} al tuo {cartName}.',
  DONE_BUY: 'Il tuo ordine di {title} è stato effettuato.',
  DONE_WISHLIST: 'Ho aggiunto {title} alla tua lista dei desideri.',
  DONE_RECOMMEND: 'Ecco i miei consigli.',
  NOT_ELIGIBLE: 'Scusa, {title} non si può acquistare con Alexa. Vuoi cercare qualcos’altro?',
  NO_OFFERS: 'Scusa, {title} al momento non è disponibile. Forse è esaurito. Vuoi cercare qualcos’altro?',
  NOT_IN_MARKETPLACE: 'Scusa, nel tuo paese non è ancora possibile {action} con Alexa.',
  RETRY_LATER: 'Al momento Amazon Shopping non è riuscito a {action}. Riprova tra poco.',
  INTERNAL_ERROR: 'Scusa, Amazon Shopping ha avuto un problema e non è riuscito a {action}.',
  GENERIC_FAILURE: 'Scusa, non è stato possibile {action}.',
  UNMATCHED_RESULT:
    'Amazon Shopping ha completato una richiesta, ma non riesco a collegarla a questa conversazione. Puoi controllare il tuo {cartName} e i tuoi ordini nell’app Amazon.',
  // Un infinito con il suo oggetto, per "non è stato possibile {action}" e "non è riuscito a
  // {action}": un verbo non ha genere (con "l'aggiunta" e "l'acquisto" il participio cambiava),
  // e ogni verbo comincia per consonante, così "a {action}" non chiede mai "ad".
  ACTION_CART: 'mettere il prodotto nel tuo {cartName}',
  ACTION_BUY: 'comprare il prodotto',
  ACTION_WISHLIST: 'salvare il prodotto nella tua lista dei desideri',
  ACTION_RECOMMEND: 'consigliarti dei prodotti',
  ACTION_UNKNOWN: 'gestire la tua richiesta',
  THAT_ITEM: 'questo articolo',
  UNAVAILABLE_BLOCKED: 'Scusa, {title} non si può ordinare qui. Vuoi cercare qualcos’altro?',
  UNAVAILABLE_RESTRICTED: 'Scusa, {title} ha delle restrizioni d’acquisto sul tuo account, quindi non posso ordinarlo con Alexa. Vuoi cercare qualcos’altro?',
};
