/**
 * The screen step of a turn that showed something: a RenderDocument on a device with APL, a
 * Standard card otherwise (lists and details only). Loaded by ScreenInterceptor only when a
 * turn showed something, so a turn that shows nothing never evaluates the builders.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { tr, turnDevice, turnLanguage, turnLocale } from '../turn/context';
import { getShoppingState } from '../session';
import { log } from '../util/log';
import { viewportProfile } from './capabilities';
import { cardFor } from './cards';
import { renderDocument } from './directive';
import { screenFor } from './screen';
import type { Shown } from './shown';

export function addScreen(input: HandlerInput, response: Response, shown: Shown): void {
  // Prices and counts in the request's own locale; the messages' locale when the request names none.
  const words = { t: tr(input), locale: turnLocale(input) || turnLanguage(input).locale };
  const screen = screenFor(words, shown, getShoppingState(input));
  if (screen === undefined) return;
  const device = turnDevice(input);
  if (device.apl) {
    response.directives = [...(response.directives ?? []), renderDocument(screen)];
    log.debug('screen_rendered', { document: screen.document, profile: viewportProfile(device.viewport) });
    return;
  }
  // A card the handler wrote itself is kept.
  const card = cardFor(screen);
  if (card !== undefined && response.card === undefined) response.card = card;
}
