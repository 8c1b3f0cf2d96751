/**
 * Reads refinements back from session attributes (which come from the device) defensively:
 * each field is checked and dropped when malformed, so a bad value never reaches a request.
 */
import {
  type AppliedRefinements,
  type AttributeFilter,
  MAX_OFFERED_BRANDS,
  MAX_OFFERED_VALUES,
  MAX_VALUE_CHARS,
  type OfferedRefinements,
  REFINEMENT_KINDS,
  type RefinementKind,
  type RefinementState,
} from './refinements';
import { isRecord } from '../util/guards';

/** Ids and refinement values are short; anything longer did not come from the API. */
const MAX_ID_LENGTH = 200;

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH;
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e7;
const isKind = (v: unknown): v is RefinementKind => typeof v === 'string' && (REFINEMENT_KINDS as readonly string[]).includes(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e7;

function named(v: unknown): { name: string; value: string } | undefined {
  if (!isRecord(v) || !isId(v['name']) || !isId(v['value'])) return undefined;
  return { name: v['name'], value: v['value'] };
}

function stars(v: unknown): { stars: number; value: string } | undefined {
  if (!isRecord(v) || !isAmount(v['stars']) || (v['stars'] as number) > 5 || !isId(v['value'])) return undefined;
  return { stars: v['stars'] as number, value: v['value'] };
}

/** Spoken back and matched: short plain words only, as the skill wrote them. */
const MAX_ATTRIBUTE_CHARS = 100;
const MAX_ATTRIBUTE_FORMS = 16;
const isWords = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_ATTRIBUTE_CHARS && !/[<>{}&]/.test(v);

function parseAttribute(raw: unknown): AttributeFilter | undefined {
  if (!isRecord(raw) || !isWords(raw['said']) || !Array.isArray(raw['anyOf'])) return undefined;
  const anyOf = raw['anyOf'].slice(0, MAX_ATTRIBUTE_FORMS).filter(isWords);
  if (anyOf.length === 0) return undefined;
  const filter: AttributeFilter = { said: raw['said'], anyOf };
  const pack = raw['pack'];
  if (typeof pack === 'number' && Number.isInteger(pack) && pack > 0 && pack < 100_000) filter.pack = pack;
  return filter;
}

function parseApplied(raw: unknown): AppliedRefinements {
  const applied: AppliedRefinements = {};
  if (!isRecord(raw)) return applied;
  if (isId(raw['prime'])) applied.prime = raw['prime'];
  const delivery = raw['delivery'];
  if (isRecord(delivery) && (delivery['day'] === 'today' || delivery['day'] === 'tomorrow') && isId(delivery['id'])) {
    applied.delivery = { day: delivery['day'], id: delivery['id'] };
  }
  if (isId(raw['freeShipping'])) applied.freeShipping = raw['freeShipping'];
  if (isId(raw['inStock'])) applied.inStock = raw['inStock'];
  const brand = named(raw['brand']);
  if (brand !== undefined) applied.brand = brand;
  const rating = stars(raw['rating']);
  if (rating !== undefined) applied.rating = rating;
  const price = raw['price'];
  if (isRecord(price)) {
    const p: { min?: number; max?: number } = {};
    if (isAmount(price['min'])) p.min = price['min'];
    if (isAmount(price['max'])) p.max = price['max'];
    if (p.min !== undefined || p.max !== undefined) applied.price = p;
  }
  const attribute = parseAttribute(raw['attribute']);
  if (attribute !== undefined) applied.attribute = attribute;
  const sort = raw['sort'];
  if (sort === 'price-asc' || sort === 'price-desc' || sort === 'rating') applied.sort = sort;
  return applied;
}

function parseOffered(raw: unknown): OfferedRefinements {
  const offered: OfferedRefinements = { brands: [], ratings: [] };
  if (!isRecord(raw)) return offered;
  for (const key of ['prime', 'today', 'tomorrow', 'freeShipping', 'inStock'] as const) {
    const v = raw[key];
    if (isId(v)) offered[key] = v;
  }
  const brands = Array.isArray(raw['brands']) ? raw['brands'].slice(0, MAX_OFFERED_BRANDS) : [];
  offered.brands = brands.map(named).filter((b): b is { name: string; value: string } => b !== undefined);
  const ratings = Array.isArray(raw['ratings']) ? raw['ratings'].slice(0, 10) : [];
  offered.ratings = ratings.map(stars).filter((r): r is { stars: number; value: string } => r !== undefined);
  const values = Array.isArray(raw['values']) ? raw['values'].slice(0, MAX_OFFERED_VALUES).filter((v): v is string => isWords(v) && v.length <= MAX_VALUE_CHARS) : [];
  if (values.length > 0) offered.values = values;
  return offered;
}

/** The refinement state, or undefined when there is none or it is unusable. */
export function parseRefinementState(raw: unknown): RefinementState | undefined {
  if (!isRecord(raw)) return undefined;
  const applied = parseApplied(raw['applied']);
  const order = (Array.isArray(raw['order']) ? raw['order'] : []).filter(isKind).filter((k, i, all) => all.indexOf(k) === i && applied[k] !== undefined);
  // A kind applied but missing from the order still counts; it goes first (oldest).
  for (const kind of REFINEMENT_KINDS) if (applied[kind] !== undefined && !order.includes(kind)) order.unshift(kind);
  const state: RefinementState = { applied, order, offered: parseOffered(raw['offered']) };
  if (isCount(raw['scanned'])) state.scanned = raw['scanned'];
  if (isCount(raw['matching'])) state.matching = raw['matching'];
  if (isKind(raw['emptiedBy']) && applied[raw['emptiedBy']] !== undefined) state.emptiedBy = raw['emptiedBy'];
  return state;
}
