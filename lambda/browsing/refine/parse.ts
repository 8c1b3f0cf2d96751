/** Refinements as the request names them: what a request adds, and slot ids as requests. Pure. */
import type { RefinementKind, RequestedRefinements } from '../../session/refinements';

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
  if (requested.attribute !== undefined) kinds.push('attribute');
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
    case 'ATTRIBUTE':
      return 'attribute';
    case 'SORT':
      return 'sort';
    case 'ALL':
      return 'all';
    default:
      return undefined;
  }
}
