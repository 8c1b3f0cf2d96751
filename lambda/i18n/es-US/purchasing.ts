/** es-US purchasing wording where it differs from es-ES (see core.ts). */
import type { Localized } from '..';
import type { purchasing as en } from '../en-US/purchasing';

export const purchasing: Partial<Localized<typeof en>> = {
  PURCHASE_DECLINED: 'Muy bien, no hay problema. Puedes seguir buscando y comprando gratis. ¿Qué quieres hacer?',
  UPSELL_DECLINED: 'Muy bien. {feature} no está activada, pero puedes seguir buscando, oír precios y comprar gratis. ¿Qué quieres hacer?',
  PURCHASE_ERROR: 'Lo siento, algo falló con la compra, así que no se realizó. Puedes intentarlo más tarde. ¿Qué quieres hacer?',
  PURCHASE_UNREACHABLE: 'Lo siento, no pude contactar con el servicio de compras de Amazon, así que no cambió nada. Inténtalo más tarde. ¿Qué quieres hacer?',
  CANCEL_ACCEPTED: 'Muy bien, ya quedó registrada tu solicitud para cancelar {name}. ¿Qué quieres hacer?',
  CANCEL_DECLINED: 'Muy bien, te quedas con {name}. ¿Qué quieres hacer?',
  CANCEL_ERROR: 'Lo siento, no pude terminar de cancelar {name}. Inténtalo más tarde. ¿Qué quieres hacer?',
  WATCH_ADDED:
    'Muy bien, vigilo {title} a {price}. La próxima vez que abras Voice Shopper, te diré si bajó. Estás usando {used} de tus {capacity} alertas de precio. ¿Qué quieres hacer ahora?',
  PRICE_DROPS: {
    '=1': 'Buenas noticias: {title} bajó de {was} a {now}.',
    other: 'Buenas noticias: {count} de los productos que vigilas bajaron. La mayor bajada es {title}, ahora a {now}, antes a {was}.',
  },
  PRICE_DROPS_NOT_SAVED: 'No pude anotarlo ahora, así que puede que lo oigas otra vez la próxima vez.',
  PERSISTENCE_FAILED: 'Lo siento, no pude guardarlo ahora. Inténtalo de nuevo en un momento. ¿Qué quieres hacer?',
};
