/**
 * Pure: the brands and variation values of the list or product just heard, as dynamic
 * entities for the model's ListValueType (Dialog.UpdateDynamicEntities), so "only Anker" or
 * "the blue one" resolve to what was listed (ER_SUCCESS_MATCH, dynamic authority) without a
 * slot being elicited.
 *
 * Bounds, from Alexa's "Use Dynamic Entities for Customized Interactions" and the Dialog
 * Interface Reference: only custom slot types of the model take dynamic entities; REPLACE
 * replaces every dynamic entity sent before; they last 30 minutes at most, and a skill clears
 * them (CLEAR) when its session ends. The 100-entity cap is from the guide as remembered, not
 * re-read against the current page: it is kept in this one constant for that reason.
 * The skill's own bound is tighter: the directive travels in a response of at most 24 KB
 * (util/limits.ts) beside the session attributes and a screen, so it is kept under
 * MAX_DIRECTIVE_BYTES, dropping values from the end.
 */
import type { dialog, er } from 'ask-sdk-model';
import { SlotTypes } from '../constants';
import { MAX_VALUE_CHARS } from '../session/refinements';

/** Entities one directive may carry, across all its types (Alexa's dynamic entities limit). */
export const MAX_DYNAMIC_ENTITIES = 100;
/** The skill's own share of the 24 KB response for this directive. */
export const MAX_DIRECTIVE_BYTES = 4 * 1024;
/** Brands sent: the list's own, the most a customer names. */
export const MAX_SENT_BRANDS = 30;
/** Ids say what an entity is: a brand filters by brand, a value by attribute or variation. */
export const ENTITY_ID_PREFIX = { brand: 'BRAND.', value: 'VALUE.' } as const;

export type ListEntity = { kind: 'brand' | 'value'; name: string };

const DIRECTIVE = 'Dialog.UpdateDynamicEntities';

/** "Amazon Basics" is also said "amazonbasics"; "Hamilton & Co." "hamilton and co". */
function synonymsOf(name: string): string[] {
  const spoken = name.replace(/&/g, ' and ').replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
  const synonyms = new Set([spoken, spoken.replace(/ /g, '')].filter((s) => s !== '' && s !== name));
  return [...synonyms];
}

function isSendable(name: string): boolean {
  return name.trim() !== '' && name.length <= MAX_VALUE_CHARS && !/[<>{}]/.test(name);
}

/**
 * The REPLACE directive for what the customer just heard, or undefined when there is
 * nothing to send. Brands first, then values, each once; within Alexa's and the skill's bounds.
 */
export function listEntitiesDirective(brands: readonly string[], values: readonly string[]): dialog.DynamicEntitiesDirective | undefined {
  const seen = new Set<string>();
  const entities: ListEntity[] = [];
  const add = (kind: ListEntity['kind'], name: string) => {
    const key = name.trim().toLowerCase();
    if (!isSendable(name) || seen.has(key) || entities.length >= MAX_DYNAMIC_ENTITIES) return;
    seen.add(key);
    entities.push({ kind, name: name.trim() });
  };
  for (const brand of brands.slice(0, MAX_SENT_BRANDS)) add('brand', brand);
  for (const value of values) add('value', value);
  let directive = build(entities);
  while (entities.length > 0 && Buffer.byteLength(JSON.stringify(directive), 'utf8') > MAX_DIRECTIVE_BYTES) {
    entities.pop();
    directive = build(entities);
  }
  return entities.length === 0 ? undefined : directive;
}

function build(entities: readonly ListEntity[]): dialog.DynamicEntitiesDirective {
  const values: er.dynamic.Entity[] = entities.map((e, i) => {
    const synonyms = synonymsOf(e.name);
    return { id: `${ENTITY_ID_PREFIX[e.kind]}${i}`, name: synonyms.length === 0 ? { value: e.name } : { value: e.name, synonyms } };
  });
  return { type: DIRECTIVE, updateBehavior: 'REPLACE', types: [{ name: SlotTypes.ListValue, values }] };
}

/** The directive that forgets them: sent with the answer that ends the session. */
export function clearEntitiesDirective(): dialog.DynamicEntitiesDirective {
  return { type: DIRECTIVE, updateBehavior: 'CLEAR' };
}

/** What a resolved ListValueType id names: a brand or a value; undefined for a static value. */
export function entityKind(id: string | undefined): ListEntity['kind'] | undefined {
  if (id?.startsWith(ENTITY_ID_PREFIX.brand)) return 'brand';
  if (id?.startsWith(ENTITY_ID_PREFIX.value)) return 'value';
  return undefined;
}

/** A short digest of a directive, so the same entities are not sent again turn after turn. */
export function digestOf(directive: dialog.DynamicEntitiesDirective): string {
  const text = JSON.stringify(directive.types ?? []);
  // FNV-1a, 32 bits: a change detector, not a security measure.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
