/**
 * Pure: finds refinements inside what the customer said ("AA batteries with Prime
 * delivery", "coffee under 20 dollars", "the cheapest printer paper") and returns the words
 * left to search for. Only phrases that cannot name a product are taken; everything else
 * stays in the keywords.
 */
import { NUMBER_SOURCE, parseSpokenNumber } from '../../util/numbers';
import type { RefinementKind, RequestedRefinements, SortOrder } from '../../session/refinements';

const NUM = `(${NUMBER_SOURCE})`;
const CURRENCY = '(?:dollars?|bucks|pounds?|quid|euros?)';

interface Rule {
  /**
   * Words at least one of which the pattern cannot match without. The price and rating
   * patterns embed every spoken number up to 999, and V8 compiles such a pattern on its first
   * run, about 8 ms each in a new process: checked first, a query without any of these words
   * ("batteries") never runs them, so a new container's first search does not pay for them.
   */
  needs?: readonly string[];
  pattern: RegExp;
  apply: (match: RegExpExecArray, into: RequestedRefinements) => boolean;
}

const number = (text: string | undefined): number | undefined => {
  const n = parseSpokenNumber(text);
  return n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined;
};

const sortWords: Array<[RegExp, SortOrder]> = [
  [/\b(?:the )?(?:cheapest|least expensive|lowest priced?)(?: ones?)?(?: first)?\b/, 'price-asc'],
  [/\b(?:sorted |sort )?by (?:lowest )?price\b/, 'price-asc'],
  [/\b(?:the )?most expensive(?: ones?)?(?: first)?\b/, 'price-desc'],
  [/\b(?:the )?(?:best|highest|top)[ -]rated(?: ones?)?(?: first)?\b/, 'rating'],
  [/\b(?:sorted |sort )?by (?:rating|reviews)\b/, 'rating'],
];

// Order matters: "between 10 and 30" before "under 30"; "4 stars and up" before prices.
const RULES: Rule[] = [
  {
    needs: ['between'],
    pattern: new RegExp(`\\b(?:(?:priced |costing )?between) ${NUM} and ${NUM}(?: ${CURRENCY})?`),
    apply: (m, into) => {
      const a = number(m[1]);
      const b = number(m[2]);
      if (a === undefined || b === undefined) return false;
      into.minPrice = Math.min(a, b);
      into.maxPrice = Math.max(a, b);
      return true;
    },
  },
  {
    needs: [' star'],
    pattern: new RegExp(`\\b(?:rated )?(?:at least )?${NUM} stars?(?: (?:and up|and above|or more|or better|or higher|plus))?(?: only)?\\b`),
    apply: (m, into) => {
      const stars = number(m[1]);
      if (stars === undefined || stars < 1 || stars > 5) return false;
      into.minRating = stars;
      return true;
    },
  },
  {
    needs: ['under', 'below', 'less than', 'cheaper than', 'up to', 'no more than', 'at most', 'max'],
    pattern: new RegExp(`\\b(?:for |priced |costing )?(?:under|below|less than|cheaper than|up to|no more than|at most|max(?:imum)?) ${NUM}(?: ${CURRENCY})?`),
    apply: (m, into) => {
      const n = number(m[1]);
      if (n === undefined) return false;
      into.maxPrice = n;
      return true;
    },
  },
  {
    // A floor needs the currency: "over 50 sheets" is a pack size, not a price.
    needs: ['dollar', 'buck', 'pound', 'quid', 'euro'],
    pattern: new RegExp(`\\b(?:for |priced |costing )?(?:over|above|more than|at least|from) ${NUM} ${CURRENCY}`),
    apply: (m, into) => {
      const n = number(m[1]);
      if (n === undefined) return false;
      into.minPrice = n;
      return true;
    },
  },
  {
    pattern: /\b(?:(?:with|that (?:has|have|get|gets)|on) )?free (?:shipping|delivery|postage)\b/,
    apply: (_m, into) => {
      into.freeShipping = true;
      return true;
    },
  },
  {
    pattern: /\b(?:(?:that|which|to) )?(?:arrives?|arriving|delivered|comes?|coming|get it|gets here|can arrive|will arrive)(?: by)? (today|tomorrow)\b|\b(?:with |for )?(?:delivery )?(today|tomorrow)(?: delivery)?$|\b(same|next)[ -]day delivery\b/,
    apply: (m, into) => {
      const said = m[1] ?? m[2] ?? m[3];
      into.delivery = said === 'today' || said === 'same' ? 'today' : 'tomorrow';
      return true;
    },
  },
  {
    pattern: /\b(?:(?:with|that (?:are|is|have|has)|which (?:are|is)|on) )?prime(?: (?:delivery|shipping|eligible|items|products))?(?: only)?\b/,
    apply: (_m, into) => {
      into.prime = true;
      return true;
    },
  },
  {
    pattern: /\b(?:(?:that (?:are|is)|which (?:are|is)) )?(?:in stock|available now)(?: only)?\b/,
    apply: (_m, into) => {
      into.inStock = true;
      return true;
    },
  },
];

/** Connecting words left dangling at either end once a refinement is taken out. */
const DANGLING = /^(?:(?:with|that|which|and|only|just|please|ones?|for|are|is|the|some|me|show|any)\s+)+|(?:\s+(?:with|that|which|and|only|please|ones?|for|are|is|the))+$/g;

export interface SplitQuery {
  keywords: string;
  requested: RequestedRefinements;
}

/** Splits a spoken query into search keywords and refinements. */
export function splitQuery(spoken: string): SplitQuery {
  let text = ` ${spoken.toLowerCase().replace(/[,.!?]/g, ' ').replace(/\s+/g, ' ').trim()} `;
  const requested: RequestedRefinements = {};
  for (const [pattern, order] of sortWords) {
    const match = pattern.exec(text.trim());
    if (match !== null) {
      requested.sort = order;
      text = ` ${text.trim().replace(pattern, ' ')} `;
      break;
    }
  }
  for (const rule of RULES) {
    if (rule.needs !== undefined && !rule.needs.some((word) => text.includes(word))) continue;
    const trimmed = text.trim();
    const match = rule.pattern.exec(trimmed);
    if (match !== null && rule.apply(match, requested)) text = ` ${trimmed.slice(0, match.index)} ${trimmed.slice(match.index + match[0].length)} `;
  }
  let keywords = text.replace(/\s+/g, ' ').trim();
  // Strip connectors repeatedly: "batteries that are with" → "batteries".
  for (let i = 0; i < 3; i++) keywords = keywords.replace(DANGLING, '').trim();
  return { keywords, requested };
}

export function hasRequests(requested: RequestedRefinements): boolean {
  return Object.keys(requested).length > 0;
}

/** The kinds a request names: what it adds to (or replaces in) the applied refinements. */
export function requestedKinds(requested: RequestedRefinements): RefinementKind[] {
  const kinds: RefinementKind[] = [];
  if (requested.prime !== undefined) kinds.push('prime');
  if (requested.delivery !== undefined) kinds.push('delivery');
  if (requested.freeShipping !== undefined) kinds.push('freeShipping');
  if (requested.inStock !== undefined) kinds.push('inStock');
  if (requested.brand !== undefined) kinds.push('brand');
  if (requested.minRating !== undefined) kinds.push('rating');
  if (requested.minPrice !== undefined || requested.maxPrice !== undefined) kinds.push('price');
  if (requested.sort !== undefined) kinds.push('sort');
  return kinds;
}

/** Slot values (RefinementType ids) as a request. */
export function requestFromRefinementId(id: string | undefined): RequestedRefinements {
  switch (id) {
    case 'PRIME':
      return { prime: true };
    case 'FREE_SHIPPING':
      return { freeShipping: true };
    case 'IN_STOCK':
      return { inStock: true };
    case 'TODAY':
      return { delivery: 'today' };
    case 'TOMORROW':
      return { delivery: 'tomorrow' };
    default:
      return {};
  }
}

/** RefinementKindType ids ("any brand", "remove the price filter") as kinds. */
export function kindFromId(id: string | undefined): RefinementKind | 'all' | undefined {
  switch (id) {
    case 'PRIME':
      return 'prime';
    case 'DELIVERY':
      return 'delivery';
    case 'FREE_SHIPPING':
      return 'freeShipping';
    case 'IN_STOCK':
      return 'inStock';
    case 'BRAND':
      return 'brand';
    case 'RATING':
      return 'rating';
    case 'PRICE':
      return 'price';
    case 'SORT':
      return 'sort';
    case 'ALL':
      return 'all';
    default:
      return undefined;
  }
}
