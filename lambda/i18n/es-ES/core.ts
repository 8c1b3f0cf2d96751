/**
 * Messages for the always-present handlers (es-ES).
 * Tratamiento: "tú". Alexa tutea a sus clientes en España ("¿Qué quieres escuchar?"); una skill
 * que hablara de usted sonaría ajeno. Todos los mensajes es-ES tutean.
 * La cesta se llama "cesta", como en Amazon.es ("Añadir a la cesta").
 */
import type { Localized } from '..';
import type { core as en } from '../en-US/core';

export const core: Localized<typeof en> = {
  WELCOME: 'Te doy la bienvenida a Voice Shopper. Dime qué producto buscar, por ejemplo pilas o café. ¿Qué quieres encontrar?',
  WELCOME_REPROMPT: '¿Qué quieres encontrar? Por ejemplo, di: busca pilas.',
  GOODBYE: 'Adiós, y felices compras.',
  FALLBACK: 'Lo siento, no te he entendido. Puedes buscar un producto, o decir ayuda. ¿Qué quieres encontrar?',
  FALLBACK_REPROMPT: '¿Qué quieres encontrar?',
  NAVIGATE_HOME: 'Vale, empezamos de nuevo. ¿Qué quieres encontrar?',
  WHAT_NEXT: '¿Qué quieres hacer ahora?',
  NOTHING_TO_REPEAT: 'Todavía no he dicho nada. ¿Qué quieres encontrar?',
  GENERIC_ERROR: 'Lo siento, algo ha fallado por mi parte. Inténtalo de nuevo, por favor.',
  GENERIC_ERROR_REPROMPT: '¿Qué quieres hacer?',
  NO_CUSTOMER: 'Lo siento, no puedo hacerlo sin saber qué cuenta de Alexa lo pide. ¿Qué quieres hacer?',
  CART_NAME: 'cesta',
};
