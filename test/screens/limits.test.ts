/**
 * A screen never costs the answer: a response over Alexa's 24 KB loses its APL screen first,
 * before the session's list or the speech is shortened (util/limits.ts).
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { AplDirectives, SessionKeys } from '../../lambda/constants';
import { fitResponse, MAX_RESPONSE_BYTES, responseBytes } from '../../lambda/util/limits';

function envelope(datasourceBytes: number): ResponseEnvelope {
  const products = [{ asin: 'B000000001', title: 'Product 1' }];
  return {
    version: '1.0',
    sessionAttributes: { [SessionKeys.Shopping]: { products, pageStart: 0, pageSize: 3 } },
    response: {
      outputSpeech: { type: 'SSML', ssml: '<speak>Here it is. What would you like to do?</speak>' },
      directives: [
        {
          type: AplDirectives.RenderDocument,
          token: 'productList',
          document: { type: 'Link', src: 'doc://alexa/apl/documents/productList' },
          datasources: { screen: { title: 'x'.repeat(datasourceBytes) } },
        },
        { type: 'Dialog.ElicitSlot', slotToElicit: 'query' },
      ],
      shouldEndSession: false,
    },
  };
}

describe('a response with a screen', () => {
  it('within 24 KB is sent whole', () => {
    const small = envelope(1000);
    expect(fitResponse(structuredClone(small))).toEqual(small);
  });

  it('over 24 KB loses the screen, and keeps the speech, the session list and the other directives', () => {
    const large = fitResponse(envelope(MAX_RESPONSE_BYTES));
    expect(responseBytes(large)).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
    expect((large.response.directives ?? []).map((d) => d.type)).toEqual(['Dialog.ElicitSlot']);
    expect(large.response.outputSpeech).toEqual(envelope(0).response.outputSpeech);
    expect(large.sessionAttributes).toEqual(envelope(0).sessionAttributes);
  });
});
