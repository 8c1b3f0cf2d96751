/** How far an offer comparison has been read, so "more offers" reads the next two. Session only. */
import type { HandlerInput } from 'ask-sdk-core';
import { SessionKeys } from '../constants';
import { sessionAttributes } from '../session';
import { isRecord } from '../util/guards';

export interface OffersRead {
  asin: string;
  /** Index of the next offer to read. */
  next: number;
}

export function setOffersRead(input: HandlerInput, read: OffersRead): void {
  sessionAttributes(input)[SessionKeys.OffersRead] = read;
}

export function getOffersRead(input: HandlerInput): OffersRead | undefined {
  const raw = sessionAttributes(input)[SessionKeys.OffersRead] as Partial<OffersRead> | undefined;
  if (!isRecord(raw) || typeof raw.asin !== 'string' || typeof raw.next !== 'number') return undefined;
  if (!Number.isInteger(raw.next) || raw.next < 0 || raw.next > 100) return undefined;
  return { asin: raw.asin, next: raw.next };
}
