/** fr-CA purchasing wording where it differs from fr-FR (see core.ts). */
import type { Localized } from '..';
import type { purchasing as en } from '../en-US/purchasing';

export const purchasing: Partial<Localized<typeof en>> = {
  HINT_UNKNOWN_PRODUCT: 'Vous pouvez continuer à magasiner.',
  PURCHASE_DECLINED: 'Très bien, pas de problème. Vous pouvez continuer à chercher et à magasiner gratuitement. Que voulez-vous faire ?',
  UPSELL_DECLINED: "Très bien. {feature} n'est pas activée, mais vous pouvez toujours chercher, entendre les prix et magasiner gratuitement. Que voulez-vous faire ?",
  PREMIUM_NOT_IN_LOCALE:
    'Désolée, les fonctionnalités premium ne sont pas encore proposées dans votre pays. Vous pouvez toujours chercher et magasiner gratuitement. Que voulez-vous faire ?',
  PREMIUM_NOT_PURCHASABLE:
    '{feature} est une fonctionnalité premium, et elle ne peut pas être achetée sur votre compte pour le moment. Vous pouvez toujours chercher et magasiner gratuitement. Que voulez-vous faire ?',
};
