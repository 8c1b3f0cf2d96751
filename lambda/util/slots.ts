/** Reading refinement slots: the resolved id of a custom slot, numbers as digits or words. */
import { getSlot, type HandlerInput } from 'ask-sdk-core';
import { parseSpokenNumber } from './numbers';

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

/** An AMAZON.NUMBER slot ("4", or words from a test console), or undefined ("?" when Alexa missed it). */
export function numberValue(input: HandlerInput, name: string): number | undefined {
  const n = parseSpokenNumber(spokenValue(input, name));
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}
