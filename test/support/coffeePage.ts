/**
 * The coffee page the conversation tests put in the session: three listed products, as a search
 * for "coffee" reads them, and the products a Shopping Action a turn started is for.
 */
export const COFFEE_PAGE = [
  { asin: 'B00000ASN1', title: 'Folgers Cold Brew Coffee Packs' },
  { asin: 'B00000ASN2', title: 'Lavazza Instant Coffee' },
  { asin: 'B00000ASN3', title: 'Starbucks French Roast Ground Coffee' },
];

/** The `products` input of the Connections.StartConnection a response sent, if any. */
export function startedTask(out: { response: { directives?: Array<{ type: string; input?: unknown }> } }): { products?: Array<{ asin: string }> } | undefined {
  return out.response.directives?.find((d) => d.type === 'Connections.StartConnection')?.input as { products?: Array<{ asin: string }> } | undefined;
}
