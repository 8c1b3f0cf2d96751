/** Reading slots: the resolved id of a custom slot, the spoken value, ordinals as digits (numbers said as words: understanding/slotValues.ts). */
import { getSlot, type HandlerInput } from 'ask-sdk-core';

/** The entity-resolution id of a custom slot (ER_SUCCESS_MATCH), if it resolved. */
export function resolvedId(input: HandlerInput, name: string): string | undefined {
  const slot = getSlot(input.requestEnvelope, name);
  for (const authority of slot?.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code !== 'ER_SUCCESS_MATCH') continue;
    const id = authority.values?.[0]?.value?.id;
    if (typeof id === 'string' && id !== '') return id;
  }
  return undefined;
}

/** The canonical value name a custom slot resolved to ("amazon basic" → "Amazon Basics"), if it resolved. */
export function resolvedName(input: HandlerInput, name: string): string | undefined {
  const slot = getSlot(input.requestEnvelope, name);
  for (const authority of slot?.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code !== 'ER_SUCCESS_MATCH') continue;
    const value = authority.values?.[0]?.value?.name;
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** What was said for a slot, trimmed; undefined when empty or absurdly long. */
export function spokenValue(input: HandlerInput, name: string): string | undefined {
  const value = getSlot(input.requestEnvelope, name)?.value;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' || trimmed.length > 100 ? undefined : trimmed;
}

/** The ordinal slot as a number: AMAZON.Ordinal resolves "second" to "2". */
export function ordinalFrom(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(\d{1,3})/.exec(value);
  if (match === null || match[1] === undefined) return undefined;
  const n = Number.parseInt(match[1], 10);
  return Number.isFinite(n) ? n : undefined;
}
