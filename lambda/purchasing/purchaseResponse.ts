/**
 * Turns a `Connections.Response` to Buy, Upsell or Cancel into one decision. Pure: the
 * handler reads the request and the token, this decides. Rules (Alexa Skills Kit documentation, "Add In-Skill Purchases to a Custom Skill"):
 * `status.code` is a string and anything but "200" means the flow itself failed;
 * `payload.purchaseResult` is read only then, and an unknown value counts as ERROR.
 * ALREADY_PURCHASED gets exactly one answer: the continuation when there is a request to
 * continue, else "you already have it" (the sample bug was saying both).
 */
import type { interfaces } from 'ask-sdk-model';
import { type PurchaseRequestName, PurchaseRequestNames, type PurchaseResult, PurchaseResults } from '../constants';
import { isRecord } from '../util/guards';

export interface PurchaseResponseParts {
  name: PurchaseRequestName | undefined;
  statusCode: string | undefined;
  purchaseResult: PurchaseResult;
  productId: string | undefined;
  token: string | undefined;
}

const NAMES: readonly string[] = Object.values(PurchaseRequestNames);
const RESULTS: readonly string[] = Object.values(PurchaseResults);

export function readPurchaseResponse(request: interfaces.connections.ConnectionsResponse): PurchaseResponseParts {
  const payload: unknown = request.payload;
  const p = isRecord(payload) ? payload : {};
  const result = p.purchaseResult;
  const status: unknown = request.status;
  const code = isRecord(status) ? status['code'] : undefined;
  return {
    name: typeof request.name === 'string' && NAMES.includes(request.name) ? (request.name as PurchaseRequestName) : undefined,
    statusCode: code === undefined || code === null ? undefined : String(code),
    purchaseResult: typeof result === 'string' && RESULTS.includes(result) ? (result as PurchaseResult) : PurchaseResults.Error,
    productId: typeof p.productId === 'string' && p.productId !== '' ? p.productId : undefined,
    token: typeof request.token === 'string' ? request.token : undefined,
  };
}

export type PurchaseDecision =
  | 'unreachable'
  | 'continue'
  | 'accepted'
  | 'already-owned'
  | 'declined'
  | 'upsell-declined'
  | 'error'
  | 'cancel-accepted'
  | 'cancel-declined'
  | 'cancel-not-entitled'
  | 'cancel-error';

export function decidePurchase(name: PurchaseRequestName | undefined, statusCode: string | undefined, result: PurchaseResult, hasPending: boolean): PurchaseDecision {
  if (statusCode !== '200') return 'unreachable';
  if (name === PurchaseRequestNames.Cancel) {
    if (result === PurchaseResults.Accepted) return 'cancel-accepted';
    if (result === PurchaseResults.Declined) return 'cancel-declined';
    if (result === PurchaseResults.NotEntitled) return 'cancel-not-entitled';
    return 'cancel-error';
  }
  switch (result) {
    case PurchaseResults.Accepted:
      return hasPending ? 'continue' : 'accepted';
    case PurchaseResults.AlreadyPurchased:
      return hasPending ? 'continue' : 'already-owned';
    case PurchaseResults.Declined:
      return hasPending && name === PurchaseRequestNames.Upsell ? 'upsell-declined' : 'declined';
    default:
      // NOT_ENTITLED after a Buy or Upsell, ERROR, or a value we do not know.
      return 'error';
  }
}
