/**
 * Plain JSON values ↔ DynamoDB AttributeValues (the DynamoDB API reference, "AttributeValue"),
 * the way `@aws-sdk/lib-dynamodb` converts them with `removeUndefinedValues`: strings S,
 * finite numbers N, booleans BOOL, null NULL, arrays L, objects M; undefined members are
 * dropped. Items written by the earlier SDK-based adapter read back unchanged.
 */

export type AttributeValue =
  | { S: string }
  | { N: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> }
  | { SS: string[] }
  | { NS: string[] };

export class UnsupportedValueError extends Error {
  override readonly name = 'UnsupportedValueError';
}

export function toAttributeValue(value: unknown, path = '$'): AttributeValue {
  if (value === null) return { NULL: true };
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'boolean':
      return { BOOL: value };
    case 'number':
      if (!Number.isFinite(value)) throw new UnsupportedValueError(`${path} is not a finite number`);
      return { N: String(value) };
    case 'object': {
      if (Array.isArray(value)) return { L: value.filter((v) => v !== undefined).map((v, i) => toAttributeValue(v, `${path}[${i}]`)) };
      return { M: toAttributeMap(value as Record<string, unknown>, path) };
    }
    default:
      throw new UnsupportedValueError(`${path} is a ${typeof value}`);
  }
}

export function toAttributeMap(record: Record<string, unknown>, path = '$'): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [key, v] of Object.entries(record)) {
    if (v !== undefined) out[key] = toAttributeValue(v, `${path}.${key}`);
  }
  return out;
}

export function fromAttributeValue(value: AttributeValue): unknown {
  if ('S' in value) return value.S;
  if ('N' in value) return Number(value.N);
  if ('BOOL' in value) return value.BOOL;
  if ('NULL' in value) return null;
  if ('L' in value) return value.L.map(fromAttributeValue);
  if ('M' in value) return fromAttributeMap(value.M);
  // Sets are never written by the skill; read as arrays so a hand-edited item still parses.
  if ('SS' in value) return [...value.SS];
  if ('NS' in value) return value.NS.map(Number);
  throw new UnsupportedValueError(`unsupported attribute value ${Object.keys(value as object).join(',')}`);
}

export function fromAttributeMap(map: Record<string, AttributeValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(map)) out[key] = fromAttributeValue(v);
  return out;
}
