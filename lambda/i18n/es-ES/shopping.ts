/** Messages for Alexa Shopping Actions (es-ES, "tú"; see core.ts). */
import type { Localized } from '..';
import type { shopping as en } from '../en-US/shopping';

export const shopping: Localized<typeof en> = {
  NO_PRODUCT_CHOSEN: 'No sé bien a qué producto te refieres. Busca algo primero, por ejemplo di: busca pilas.',
  NO_PRODUCT_REPROMPT: '¿Qué quieres encontrar?',
  NO_SUCH_ITEM: 'En esta lista no hay un número {ordinal}. Tengo {count}. ¿Cuál quieres?',
  NO_SUCH_ITEM_MORE: 'En esta página no hay un número {ordinal}: te he leído {count} de {total} resultados. Di: siguiente, para oír más. ¿O cuál quieres?',
  NO_SUCH_ITEM_REPROMPT: '¿Cuál quieres? Di, por ejemplo: el primero.',
  NOTHING_TO_RECOMMEND: 'Todavía no tengo productos que recomendarte. Busca algo primero, como comida para perros.',
  PRODUCT_NOT_USABLE: 'Lo siento, no puedo usar ese producto con Amazon Shopping. ¿Quieres buscar otra cosa?',
  TOO_MANY_PRODUCTS: 'Lo siento, para {action} solo puedo con {max} a la vez. ¿Cuál quieres?',
  ASK_SOMETHING_ELSE_REPROMPT: '¿Quieres buscar otra cosa?',
  DONE_CART: 'He añadido {title} a tu {cartName}.',
  DONE_BUY: 'Alexa ha hecho tu pedido de {title}.',
  DONE_WISHLIST: 'He añadido {title} a tu lista de deseos.',
  DONE_RECOMMEND: 'Esas son mis recomendaciones.',
  NOT_ELIGIBLE: 'Lo siento, {title} no se puede comprar con Alexa. ¿Quieres buscar otra cosa?',
  NO_OFFERS: 'Lo siento, {title} no está disponible ahora mismo. Puede que esté agotado. ¿Quieres buscar otra cosa?',
  NOT_IN_MARKETPLACE: 'Lo siento, todavía no se puede {action} con Alexa en tu país.',
  RETRY_LATER: 'Amazon Shopping no ha podido {action} ahora mismo. Inténtalo de nuevo dentro de un rato.',
  INTERNAL_ERROR: 'Lo siento, Amazon Shopping ha tenido un problema y no se ha podido {action}.',
  GENERIC_FAILURE: 'Lo siento, no se ha podido {action}.',
  UNMATCHED_RESULT:
    'Amazon Shopping ha terminado una solicitud, pero no consigo relacionarla con esta conversación. Puedes revisar tu {cartName} y tus pedidos en la app de Amazon.',
  // Un infinitivo con su objeto, para "no se ha podido {action}" y "no ha podido {action}".
  ACTION_CART: 'añadir el producto a tu {cartName}',
  ACTION_BUY: 'comprar el producto',
  ACTION_WISHLIST: 'añadir el producto a tu lista de deseos',
  ACTION_RECOMMEND: 'recomendar productos',
  ACTION_UNKNOWN: 'atender tu solicitud',
  THAT_ITEM: 'ese artículo',
  UNAVAILABLE_BLOCKED: 'Lo siento, {title} no se puede pedir aquí. ¿Quieres buscar otra cosa?',
  UNAVAILABLE_RESTRICTED: 'Lo siento, {title} tiene restricciones de compra en tu cuenta, así que no puedo pedirlo con Alexa. ¿Quieres buscar otra cosa?',
};
