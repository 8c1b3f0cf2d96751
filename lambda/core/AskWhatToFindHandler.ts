import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { askWhatToFind } from '../conversation/elicit';
import { tr } from '../turn/respond';
import type { RoutedHandler } from '../routing/router';

/** "search for something else", "find something": asks what, and listens for a bare product name. */
export class AskWhatToFindHandler implements RoutedHandler {
  handle(input: HandlerInput): Response {
    const t = tr(input);
    return askWhatToFind(input, t('SEARCH_ASK_QUERY'), t('SEARCH_ASK_QUERY_REPROMPT'));
  }
}
