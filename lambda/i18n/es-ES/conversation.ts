/** Messages for choosing among results, order questions, help and fallback (es-ES, "tú"; see core.ts). */
import type { Localized } from '..';
import type { conversation as en } from '../en-US/conversation';

export const conversation: Localized<typeof en> = {
  WHICH_DETAILS: '¿De cuál quieres saber más: {choices}?',
  WHICH_CART: '¿Cuál añado a tu {cartName}: {choices}?',
  WHICH_BUY: '¿Cuál quieres comprar: {choices}?',
  WHICH_WISHLIST: '¿Cuál guardo en tu lista de deseos: {choices}?',
  WHICH_COMPARE: '¿De cuál comparo las ofertas: {choices}?',
  WHICH_WATCH: '¿De cuál vigilo el precio: {choices}?',
  WHICH_REPROMPT: '¿Cuál: {choices}?',
  CHOICES: { '=1': 'el primero', '=2': 'el primero o el segundo', '=3': 'el primero, el segundo o el tercero', other: 'el primero, el último, o un número hasta el {count}' },
  ONE_CART: '¿Lo añado a tu {cartName}?',
  ONE_BUY: '¿Quieres comprarlo?',
  ONE_WISHLIST: '¿Lo guardo en tu lista de deseos?',
  ONE_REPROMPT: 'Di sí, o dime qué otra cosa busco.',
  NO_THANKS: 'Vale. ¿Quieres saber más de otro, o buscar otra cosa?',
  ORDER_HELP: 'Desde aquí no veo tus pedidos ni tu {cartName}. Para seguir, cancelar o devolver un pedido, o para ver tu {cartName}, usa la app de Amazon. ¿Qué quieres encontrar?',
  ORDER_HELP_REPROMPT: '¿Qué quieres encontrar?',
  HELP_LAUNCH: 'Busco productos en Amazon y te digo sus precios y valoraciones. Dime qué necesitas, como café, o di: añade pilas a mi {cartName}. ¿Qué quieres encontrar?',
  HELP_LAUNCH_REPROMPT: '¿Qué quieres encontrar? Por ejemplo, di: papel para impresora.',
  HELP_LIST: 'Estás en los resultados para {query}. Di: el primero, para saber más, siguiente, para ver más resultados, o: añade el segundo a mi {cartName}. ¿Cuál quieres?',
  HELP_LIST_REPROMPT: '¿Cuál quieres? Di: el primero, o: siguiente.',
  HELP_DETAILS: 'Estás viendo {title}. Puedes decir: añádelo a mi {cartName}, cómpralo, compara las ofertas, o: precios por cantidad. ¿Qué quieres hacer?',
  HELP_DETAILS_REPROMPT: '¿Quieres añadirlo a tu {cartName}, u oír las ofertas?',
  HELP_ACTION: 'Tu lista sigue aquí. Di: siguiente, para más resultados, háblame del primero, o busca algo nuevo. ¿Qué quieres hacer?',
  HELP_PURCHASE: 'Puedes seguir comprando donde lo dejaste: di siguiente, o: háblame del primero. Para oír las funciones premium, di: qué puedo comprar. ¿Qué quieres hacer?',
  HELP_AFTER_REPROMPT: 'Di: siguiente, o dime qué buscar.',
  FALLBACK_LAUNCH: 'Lo siento, no te he entendido. Dime un producto que buscar, como pilas. ¿Qué quieres encontrar?',
  FALLBACK_LIST: 'Lo siento, no te he entendido. Di: el primero, el segundo, o: siguiente. ¿Cuál quieres?',
  FALLBACK_DETAILS: 'Lo siento, no te he entendido. Puedes decir: añádelo a mi {cartName}, cómpralo, o: compara las ofertas. ¿Qué quieres hacer?',
  FALLBACK_AFTER: 'Lo siento, no te he entendido. Di: siguiente, para más resultados, o dime qué buscar. ¿Qué quieres hacer?',
};
