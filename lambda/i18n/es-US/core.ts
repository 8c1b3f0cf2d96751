/**
 * Messages for the always-present handlers (es-US).
 * Tratamiento: "tú". Alexa en español de Estados Unidos tutea a sus clientes ("¿Qué quieres
 * escuchar?"), así que todos los mensajes es-US tutean. El español es el de Amazon.com en
 * español: "carrito" y "agregar al carrito", pretérito ("Encontré", no "He encontrado"),
 * dólares y centavos.
 */
import type { Localized } from '..';
import type { core as en } from '../en-US/core';

export const core: Partial<Localized<typeof en>> = {
  FALLBACK: 'Lo siento, no te entendí. Puedes buscar un producto, o decir ayuda. ¿Qué quieres encontrar?',
  NAVIGATE_HOME: 'Muy bien, empezamos de nuevo. ¿Qué quieres encontrar?',
  NOTHING_TO_REPEAT: 'Todavía no dije nada. ¿Qué quieres encontrar?',
  GENERIC_ERROR: 'Lo siento, algo falló de mi lado. Inténtalo de nuevo, por favor.',
  CART_NAME: 'carrito',
};
