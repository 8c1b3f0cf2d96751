/**
 * Catalog text is bounded where it enters the skill: every string of a Product Search API
 * answer is cut to MAX_CATALOG_STRING characters (never inside a surrogate pair) before
 * anything reads it. A 9,000-character title or currency code then cannot reach speech,
 * session attributes or tokens, whatever the upstream sends.
 */

/** Longer than any title, feature or merchant name worth hearing. */
export const MAX_CATALOG_STRING = 1000;
/** Deeper than any answer of the reference; deeper values are dropped. */
const MAX_DEPTH = 32;

function boundString(value: string): string {
  if (value.length <= MAX_CATALOG_STRING) return value;
  const cut = value.slice(0, MAX_CATALOG_STRING);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export function boundCatalogText(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return boundString(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) return value.map((v) => boundCatalogText(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[boundString(key)] = boundCatalogText(v, depth + 1);
  return out;
}
