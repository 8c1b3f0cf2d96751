/** es-US screen wording where it differs from es-ES (see core.ts): Amazon.com en español's words. */
import type { screens as es } from '../es-ES/screens';

export const screens: Partial<typeof es> = {
  SCREEN_NOT_RATED: 'Todavía sin calificaciones',
  SCREEN_RATINGS_COUNT: '{count} calificaciones',
  SCREEN_ADD_TO_CART: 'Agregar a tu {cartName}',
  SCREEN_ADD_TO_WISH_LIST: 'Agregar a la lista de deseos',
};
