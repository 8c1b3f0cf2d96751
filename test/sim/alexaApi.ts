/**
 * The Alexa APIs the skill calls back through `context.System.apiEndpoint`, played by the
 * local emulator (test/emulators/alexa-api): Monetization for entitlements, the directive
 * service for progressive responses. The simulator adapts it to what the engine needs: an
 * `EntitlementControl` the purchase flow changes, and the speech of progressive responses.
 */
import { sleep } from '../../lambda/util/deadline';
import { startAlexaApiEmulator } from '../emulators/alexa-api/server';
import { SIM_ACCESS_TOKEN } from './envelopes';
import type { EntitlementControl } from './purchases';
import { renderSsml } from './ssml';

export interface AlexaApiSide {
  apiEndpoint: string;
  entitlements: EntitlementControl;
  /** Speech of the progressive responses received since the last call. */
  drainProgressive: () => Promise<string[]>;
  close: () => Promise<void>;
}

/** The speech of a progressive response (`VoicePlayer.Speak`), or undefined. */
export function progressiveSpeech(request: unknown): string | undefined {
  const directive = typeof request === 'object' && request !== null ? (request as { directive?: unknown }).directive : undefined;
  const speech = typeof directive === 'object' && directive !== null ? (directive as { speech?: unknown }).speech : undefined;
  return typeof speech === 'string' ? renderSsml(speech) : undefined;
}

/**
 * A progressive response is sent without waiting for it: it may still be on the wire when
 * the skill's response arrives. A short pause lets it land in the same turn.
 */
const PROGRESSIVE_SETTLE_MS = 5;

export async function startAlexaApi(): Promise<AlexaApiSide> {
  const emulator = await startAlexaApiEmulator({ accessToken: SIM_ACCESS_TOKEN });
  let seen = 0;
  const { monetization, directives } = emulator;
  return {
    apiEndpoint: emulator.url,
    entitlements: {
      describe: (productId, locale) => monetization.describe(productId, locale),
      grant: (productId) => monetization.grant(productId),
      revoke: (productId) => monetization.revokeById(productId),
    },
    drainProgressive: async () => {
      await sleep(PROGRESSIVE_SETTLE_MS);
      const received = directives.received();
      const fresh = received.slice(seen);
      seen = received.length;
      return fresh.map(progressiveSpeech).filter((speech): speech is string => speech !== undefined);
    },
    close: () => emulator.close(),
  };
}
