/** es-US browsing wording where it differs from es-ES (see core.ts). */
import type { Localized } from '..';
import type { browsing as en } from '../en-US/browsing';

export const browsing: Partial<Localized<typeof en>> = {
  SEARCH_NO_RESULTS: 'No encontré nada para {query}. Prueba con otra búsqueda, como papel para impresora.',
  SEARCH_ONLY_RESULT: 'Encontré un resultado para {query}.',
  SEARCH_RESULTS: {
    '=1': 'Encontré un resultado para {query}: {items}.',
    other: 'Encontré {count} resultados para {query}. Aquí tienes los {shown} primeros: {items}.',
  },
  // Amazon.com en español dice "calificaciones"; "valoraciones" es de España.
  DETAILS_RATINGS: { '=0': 'ninguna calificación todavía', '=1': 'una calificación', other: '{count} calificaciones' },
  COMPARE_RATING: 'Calificaciones: el {a}, {ratingA}; el {b}, {ratingB}.',
  COMPARE_NO_RATINGS: 'ninguna calificación todavía',
  COMPARE_BETTER_RATED: 'El {which} tiene mejor calificación.',
  COMPARE_SAME_RATING: 'Tienen la misma calificación.',
  CONDITION_OTHER: 'otra condición',
  AFTER_RESULTS_REPROMPT: 'Di: el primero, para los detalles, siguiente, para ver más, o: agrega el segundo a mi {cartName}.',
  END_OF_RESULTS: 'Eso es todo lo que encontré para {query}. ¿Quieres saber más de alguno, o buscar otra cosa?',
  NOTHING_LISTED: 'Todavía no encontré ningún producto. ¿Qué quieres que busque?',
  DETAILS_NEXT: 'Puedes agregarlo a tu {cartName}, comprarlo o comparar ofertas. ¿Qué quieres hacer?',
  DETAILS_NEXT_REPROMPT: '¿Quieres agregarlo a tu {cartName}, comprarlo o comparar ofertas?',
  OFFERS_NEXT: '¿Lo agrego a tu {cartName}?',
  OFFERS_NEXT_MORE: 'Di: más ofertas, para oír las demás. ¿Lo agrego a tu {cartName}?',
  OFFERS_NEXT_REPROMPT: '¿Lo agrego a tu {cartName}? O di: más ofertas.',
  OFFERS_NO_MORE: 'Esas son todas las ofertas que tengo para {title}. ¿Lo agrego a tu {cartName}?',
  CONDITION_USED: 'usado',
  CATALOG_AUTH: 'Lo siento, esta skill no puede acceder a su cuenta de Amazon Business ahora mismo. Ya se le avisó al responsable. Inténtalo más tarde.',
  CATALOG_INVALID_REQUEST: 'Lo siento, Amazon Business no pudo procesar esa búsqueda. Prueba a decirlo de otra forma.',
  CATALOG_MARKETPLACE_REFUSED: 'Lo siento, Amazon Business todavía no busca productos en tu país para esta skill. Ya se le avisó al responsable.',
  CATALOG_STALE: {
    '=1': 'No pude contactar con Amazon Business, así que esto es de hace una hora; puede que los precios hayan cambiado.',
    other: 'No pude contactar con Amazon Business, así que esto es de hace unas {hours} horas; puede que los precios hayan cambiado.',
  },
  SEARCH_RESULTS_ALL: 'Encontré {count} resultados para {query}: {items}.',
  COMPARE_PACK_ONE: 'El {a} viene en {pack}; la descripción del {b} no lo dice.',
};
