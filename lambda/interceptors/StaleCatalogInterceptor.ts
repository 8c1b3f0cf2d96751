import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { staleServedMs } from '../catalog/cache/staleness';
import { tr, turnDeadline } from '../turn/context';

const HOUR_MS = 3600_000;

/**
 * Says once, first, that the answer comes from the catalog cache past its freshness, when the
 * API could not answer and the data is old enough to matter (the cache decides: it notes only
 * ages past CATALOG_STALE_NOTICE_SECONDS). Runs before LastAnswerInterceptor, so "repeat" says
 * it again.
 */
export class StaleCatalogInterceptor implements ResponseInterceptor {
  process(input: HandlerInput, response?: Response): void {
    const speech = response?.outputSpeech;
    if (speech?.type !== 'SSML') return;
    const ageMs = staleServedMs(turnDeadline(input));
    if (ageMs === undefined) return;
    const hours = Math.max(1, Math.round(ageMs / HOUR_MS));
    const t = tr(input);
    const notice = t.plural('CATALOG_STALE', hours, { hours });
    speech.ssml = speech.ssml.replace(/^<speak>/, `<speak>${notice} `);
  }
}
