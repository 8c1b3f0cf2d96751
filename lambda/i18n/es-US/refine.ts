/** es-US refine wording where it differs from es-ES (see core.ts). */
import type { Localized } from '..';
import type { refine as en } from '../en-US/refine';

export const refine: Partial<Localized<typeof en>> = {
  REFINE_IN_STOCK: 'disponibles',
  // "Precio de lista" y "condición", como en las fichas de Amazon.com en español.
  QUESTION_SAVINGS: 'Sí: {title} cuesta {price}, {saving} menos que su precio de lista de {list}.',
  QUESTION_SAVINGS_NONE: '{title} cuesta {price}, y ahora mismo no tiene descuento sobre su precio de lista.',
  QUESTION_CONDITION: 'Condición de {title}: {condition}.',
  REFINE_SORT_RATING: 'primero los mejor calificados',
  SORTED_RATING: 'mejor calificados',
  KIND_RATING: 'la calificación',
  KIND_IN_STOCK: 'solo disponibles',
  REFINED_AFTER: '¿Lo filtro más, o sigo?',
  RESULTS_NEXT_SCANNED: 'También revisé los resultados del {from} al {to}. Aquí tienes los {shown} siguientes: {items}.',
  REFINE_EMPTY: {
    '=1': 'Nada de {query} cumple {culprit}. ¿Quito {culprit}?',
    other: 'Nada de {query} cumple {summary}. Fue {culprit} lo que vació la lista. ¿Lo quito?',
  },
  REFINE_EMPTY_PARTIAL: {
    '=1': 'Nada en los {scanned} primeros de {total} resultados para {query} cumple {culprit}. ¿Quito {culprit}?',
    other: 'Nada en los {scanned} primeros de {total} resultados para {query} cumple {summary}. Fue {culprit} lo que vació la lista. ¿Lo quito?',
  },
  REFINE_KEPT: 'Muy bien, mantengo los filtros. Puedes quitar los filtros, o buscar otra cosa. ¿Qué prefieres?',
  REFINE_NOT_UNDERSTOOD: 'No entendí cómo filtrar la lista. Puedes decir: solo Prime, por menos de 20 dólares, o: los más baratos. ¿Qué quieres?',
  REFINE_ASK_REPROMPT: 'Puedes decir: solo Prime, por menos de 20 dólares, o: los más baratos.',
  REFINE_DROPPED: 'Muy bien, quité {removed}.',
  REFINE_CLEARED: 'Muy bien, sin filtros.',
  QUESTION_PACK_UNKNOWN: 'La descripción de {title} no dice cuántas unidades trae el paquete.',
  QUESTION_NEXT_REPROMPT: 'Puedes preguntar el precio, la calificación, quién lo vende, o agregarlo a tu {cartName}.',
  QUANTITY_NOTE: 'Agrego {title}. Alexa agrega una unidad cada vez, así que cambia la cantidad a {quantity} en tu {cartName}.',
  QUANTITY_INVALID: '¿Cuántos quieres? Di, por ejemplo: agrega dos.',
  WATCH_STOPPED: 'Muy bien, dejé de vigilar {title}. Estás usando {used} de tus {capacity} alertas de precio. ¿Qué quieres hacer ahora?',
  WATCH_STOPPED_NO_CAPACITY: 'Muy bien, dejé de vigilar {title}. ¿Qué quieres hacer ahora?',
  PRICE_DROP_OFFER: '¿Quieres agregar {title} a tu {cartName}?',
  PRICE_DROP_OFFER_REPROMPT: '¿Agrego {title} a tu {cartName}? Di sí, o dime qué buscar.',
  PRICE_DROP_DECLINED: 'Muy bien. ¿Qué quieres encontrar?',
  QUESTION_STOCK_OTHER: '{title} no está en stock: la descripción dice {availability}.',
  QUESTION_STOCK_UNKNOWN: 'La descripción de {title} no dice si está en stock.',
  QUESTION_BRAND_UNKNOWN: 'La descripción de {title} no dice quién lo fabrica.',
  QUESTION_FEATURES_NONE: 'La descripción de {title} no enumera sus características.',
  QUESTION_POLICY: 'No tengo información de garantía ni de devoluciones de {title}. La encontrarás en su página de producto, en la app de Amazon o en amazon.com.',
};
