/** es-US shopping wording where it differs from es-ES (see core.ts). */
import type { Localized } from '..';
import type { shopping as en } from '../en-US/shopping';

export const shopping: Partial<Localized<typeof en>> = {
  DONE_CART: 'Agregué {title} a tu {cartName}.',
  DONE_WISHLIST: 'Agregué {title} a tu lista de deseos.',
  RETRY_LATER: 'Amazon Shopping no pudo {action} ahora mismo. Inténtalo de nuevo en un rato.',
  INTERNAL_ERROR: 'Lo siento, Amazon Shopping tuvo un problema y no se pudo {action}.',
  GENERIC_FAILURE: 'Lo siento, no se pudo {action}.',
  UNMATCHED_RESULT: 'Amazon Shopping terminó una solicitud, pero no consigo relacionarla con esta conversación. Puedes revisar tu {cartName} y tus pedidos en la app de Amazon.',
  // Un infinitivo, para "no se pudo {action}".
  ACTION_CART: 'agregar el producto a tu {cartName}',
  ACTION_WISHLIST: 'agregar el producto a tu lista de deseos',
};
