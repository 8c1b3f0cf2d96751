/**
 * The four Alexa Shopping Actions tasks and their limits, in one table. Each limit names its
 * source and whether it is confirmed (Alexa Shopping Actions API reference).
 */
import type { interfaces } from 'ask-sdk-model';
import { type ShoppingTaskName, ShoppingTasks } from '../constants';

export interface TaskSpec {
  name: ShoppingTaskName;
  uri: string;
  /** Token code, see constants.ShoppingTasks. */
  code: string;
  maxProducts: number;
  minProducts: number;
  /** Omitted for RESUME_SESSION, the default, as the reference's examples do. */
  onCompletion?: interfaces.connections.OnCompletion;
}

export const TASKS: Record<ShoppingTaskName, TaskSpec> = {
  // Confirmed: Amazon's page says AddToList takes 1 product and listType WISHLIST only
  // (developer preview). The reference's AddToList example carries no attribution.
  AddToList: { name: 'AddToList', ...ShoppingTasks.AddToList, minProducts: 1, maxProducts: 1 },
  // Unconfirmed for today: an older reference says AddToShoppingCart "supports a single item".
  AddToCart: { name: 'AddToCart', ...ShoppingTasks.AddToCart, minProducts: 1, maxProducts: 1 },
  // Unconfirmed: no published limit for BuyShoppingProducts; treated as 1 (one order, one product).
  Buy: { name: 'Buy', ...ShoppingTasks.Buy, minProducts: 1, maxProducts: 1 },
  // Confirmed: RecommendShoppingProducts takes up to 10 products. The reference's example
  // asks for SEND_ERRORS_ONLY: failures come back as System.ExceptionEncountered.
  Recommend: {
    name: 'Recommend',
    ...ShoppingTasks.Recommend,
    minProducts: 1,
    maxProducts: 10,
    onCompletion: 'SEND_ERRORS_ONLY',
  },
};

export function taskByCode(code: string): TaskSpec | undefined {
  return Object.values(TASKS).find((task) => task.code === code);
}
