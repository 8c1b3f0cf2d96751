import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { shownThisTurn } from './shown';

/**
 * The one place a turn's answer gets its screen or card: after the handler, from what the
 * answer builders recorded (shown.ts). A turn that showed nothing loads no screen code
 * (esbuild keeps the dynamic import lazy inside the bundle).
 */
export class ScreenInterceptor implements ResponseInterceptor {
  async process(input: HandlerInput, response?: Response): Promise<void> {
    const shown = shownThisTurn(input);
    if (shown === undefined || response === undefined) return;
    const { addScreen } = await import('./render');
    addScreen(input, response, shown);
  }
}
