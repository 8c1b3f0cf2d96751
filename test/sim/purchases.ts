/**
 * Alexa's side of in-skill purchasing: the skill sends `Connections.SendRequest` (Buy,
 * Upsell or Cancel); Alexa runs its purchase flow, asks the customer, changes the
 * entitlement, and answers with a `Connections.Response` carrying `purchaseResult`
 * (Alexa Skills Kit documentation, "Add In-Skill Purchases to a Custom Skill"). Entitlements live in whatever implements
 * `EntitlementControl`: the local Monetization emulator, or nothing at all.
 */

export type PurchaseAnswer = 'accept' | 'decline' | 'error';
export type PurchaseResult = 'ACCEPTED' | 'DECLINED' | 'ALREADY_PURCHASED' | 'NOT_ENTITLED' | 'ERROR';
export type PurchaseRequestName = 'Buy' | 'Upsell' | 'Cancel';

export interface ProductFacts {
  name: string;
  /** ENTITLEMENT | SUBSCRIPTION | CONSUMABLE */
  type: string;
  entitled: boolean;
  /** The price Alexa states before a purchase, as the locale writes it; unknown when absent. */
  price?: string;
}

/** What the purchase flow needs from wherever entitlements are kept. */
export interface EntitlementControl {
  /** The product as the customer's account sees it, or undefined when unknown. */
  describe(productId: string, locale: string): Promise<ProductFacts | undefined>;
  grant(productId: string): Promise<void>;
  revoke(productId: string): Promise<void>;
}

/** No entitlement store: the flow still answers, nothing is remembered. */
export const NO_ENTITLEMENTS: EntitlementControl = {
  describe: async () => undefined,
  grant: async () => undefined,
  revoke: async () => undefined,
};

export interface PurchaseRequest {
  name: PurchaseRequestName;
  productId: string;
  upsellMessage?: string;
}

export interface PurchaseOutcome {
  result: PurchaseResult;
  /** What Alexa says in its own voice during the flow. */
  alexaSays: string;
}

export function isPurchaseRequestName(name: unknown): name is PurchaseRequestName {
  return name === 'Buy' || name === 'Upsell' || name === 'Cancel';
}

/** Reads a `Connections.SendRequest` directive's fields without trusting their types. */
export function readPurchaseRequest(directive: { name?: unknown; payload?: unknown }): PurchaseRequest | undefined {
  if (!isPurchaseRequestName(directive.name)) return undefined;
  const payload = typeof directive.payload === 'object' && directive.payload !== null ? (directive.payload as Record<string, unknown>) : {};
  const product = payload['InSkillProduct'];
  const productId = typeof product === 'object' && product !== null ? (product as { productId?: unknown }).productId : undefined;
  if (typeof productId !== 'string') return undefined;
  const upsellMessage = payload['upsellMessage'];
  return typeof upsellMessage === 'string' ? { name: directive.name, productId, upsellMessage } : { name: directive.name, productId };
}

/** Whether the flow needs the customer's answer at all (an owned product needs none). */
export async function needsAnswer(request: PurchaseRequest, control: EntitlementControl, locale: string): Promise<boolean> {
  const facts = await control.describe(request.productId, locale).catch(() => undefined);
  if (facts === undefined) return true;
  if (request.name === 'Cancel') return facts.entitled;
  return !(facts.entitled && facts.type !== 'CONSUMABLE');
}

/** Runs Alexa's purchase flow for one request and one customer answer. */
export async function runPurchaseFlow(request: PurchaseRequest, answer: PurchaseAnswer, control: EntitlementControl, locale: string): Promise<PurchaseOutcome> {
  try {
    const facts = await control.describe(request.productId, locale);
    const name = facts?.name ?? request.productId;
    if (answer === 'error') return { result: 'ERROR', alexaSays: `Sorry, I couldn't complete the purchase of ${name}.` };
    if (request.name === 'Cancel') {
      if (facts !== undefined && !facts.entitled) return { result: 'NOT_ENTITLED', alexaSays: `You don't own ${name}.` };
      if (answer === 'decline') return { result: 'DECLINED', alexaSays: `Okay, ${name} stays active.` };
      await control.revoke(request.productId);
      return { result: 'ACCEPTED', alexaSays: `Okay, I've cancelled ${name}.` };
    }
    if (facts?.entitled === true && facts.type !== 'CONSUMABLE') {
      return { result: 'ALREADY_PURCHASED', alexaSays: `You already own ${name}.` };
    }
    // Alexa, not the skill, states the price of what is offered (ISP purchase flow).
    const offer = facts?.price === undefined ? '' : `${name} is ${facts.price}. `;
    if (answer === 'decline') return { result: 'DECLINED', alexaSays: `${offer}Okay, no purchase of ${name}.` };
    await control.grant(request.productId);
    return { result: 'ACCEPTED', alexaSays: `${offer}Great, you now have ${name}.` };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { result: 'ERROR', alexaSays: `Sorry, the purchase flow failed (${reason}).` };
  }
}
