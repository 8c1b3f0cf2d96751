/** es-US conversation wording where it differs from es-ES (see core.ts). */
import type { Localized } from '..';
import type { conversation as en } from '../en-US/conversation';

export const conversation: Partial<Localized<typeof en>> = {
  WHICH_CART: '¿Cuál agrego a tu {cartName}: {choices}?',
  ONE_CART: '¿Lo agrego a tu {cartName}?',
  NO_THANKS: 'Muy bien. ¿Quieres saber más de otro, o buscar otra cosa?',
  HELP_LAUNCH: 'Busco productos en Amazon y te digo sus precios y calificaciones. Dime qué necesitas, como café, o di: agrega pilas a mi {cartName}. ¿Qué quieres encontrar?',
  HELP_LIST: 'Estás en los resultados para {query}. Di: el primero, para saber más, siguiente, para ver más resultados, o: agrega el segundo a mi {cartName}. ¿Cuál quieres?',
  HELP_DETAILS: 'Estás viendo {title}. Puedes decir: agrégalo a mi {cartName}, cómpralo, compara las ofertas, o: precios por cantidad. ¿Qué quieres hacer?',
  HELP_DETAILS_REPROMPT: '¿Quieres agregarlo a tu {cartName}, u oír las ofertas?',
  FALLBACK_LAUNCH: 'Lo siento, no te entendí. Dime un producto que buscar, como pilas. ¿Qué quieres encontrar?',
  FALLBACK_LIST: 'Lo siento, no te entendí. Di: el primero, el segundo, o: siguiente. ¿Cuál quieres?',
  FALLBACK_DETAILS: 'Lo siento, no te entendí. Puedes decir: agrégalo a mi {cartName}, cómpralo, o: compara las ofertas. ¿Qué quieres hacer?',
  FALLBACK_AFTER: 'Lo siento, no te entendí. Di: siguiente, para más resultados, o dime qué buscar. ¿Qué quieres hacer?',
};
