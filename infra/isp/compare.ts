import { childPath } from './paths';
import { isJsonObject, type JsonObject, type JsonValue } from './types';

/**
 * Fields the service fills in when a file leaves them out, so their presence remotely is not
 * a difference. `*` matches any key (a marketplace). Anything else the remote has and the file
 * lacks is a real difference (a locale or marketplace removed from the file).
 */
const SERVICE_ADDED: readonly (readonly string[])[] = [
  ['version'],
  ['purchasableState'],
  ['promotableState'],
  ['subscriptionInformation', 'subscriptionTrialPeriodDays'],
  ['publishingInformation', 'pricing', '*', 'releaseDate'],
  ['publishingInformation', 'pricing', '*', 'defaultPriceListing', 'primeMemberPrice'],
];

/** Arrays whose order means nothing to the service. */
const UNORDERED: readonly (readonly string[])[] = [['publishingInformation', 'distributionCountries']];

/**
 * The JSON paths where the remote definition differs from the file, ignoring fields the
 * service adds. Empty means "no update needed".
 */
export function diffDefinitions(local: JsonObject, remote: JsonObject): string[] {
  const changes: string[] = [];
  walk(local, remote, [], '', changes);
  return changes;
}

function walk(local: JsonValue | undefined, remote: JsonValue | undefined, segments: string[], path: string, changes: string[]): void {
  if (isJsonObject(local) && isJsonObject(remote)) {
    const keys = new Set([...Object.keys(local), ...Object.keys(remote)]);
    for (const key of [...keys].sort()) {
      const next = [...segments, key];
      const localValue = local[key];
      if (localValue === undefined && matches(SERVICE_ADDED, next)) continue;
      walk(localValue, remote[key], next, childPath(path, key), changes);
    }
    return;
  }
  if (Array.isArray(local) && Array.isArray(remote) && matches(UNORDERED, segments)) {
    if (!sameJson([...local].map(canonical).sort(), [...remote].map(canonical).sort())) changes.push(path);
    return;
  }
  if (!sameJson(local, remote)) changes.push(path);
}

function matches(patterns: readonly (readonly string[])[], segments: readonly string[]): boolean {
  return patterns.some((pattern) => pattern.length === segments.length && pattern.every((part, i) => part === '*' || part === segments[i]));
}

function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with sorted object keys, so key order never counts as a change. */
function canonical(value: JsonValue | undefined): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isJsonObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
