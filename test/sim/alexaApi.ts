/**
 * The Alexa APIs the skill calls back (`context.System.apiEndpoint`): Monetization for
 * entitlements and the directive service for progressive responses. The simulator runs
 * the local emulators and adapts them to what the engine needs; with none running, the
 * endpoint is a closed loopback port and nothing is remembered.
 */
import { CLOSED_API_ENDPOINT } from './envelopes';
import { type EntitlementControl, NO_ENTITLEMENTS } from './purchases';

export interface AlexaApiSide {
  apiEndpoint: string;
  entitlements: EntitlementControl;
  /** Speech of the progressive responses received since the last call. */
  drainProgressive: () => string[];
  close: () => Promise<void>;
}

export async function startAlexaApi(): Promise<AlexaApiSide> {
  return { apiEndpoint: CLOSED_API_ENDPOINT, entitlements: NO_ENTITLEMENTS, drainProgressive: () => [], close: async () => undefined };
}
