/**
 * The understanding step's reading is made once per turn (understanding/readOnce.ts): the same
 * words against the same phrases and page are read once, anything else is read anew, and a
 * reading never outlives its turn.
 */
import { AttributesManagerFactory, type HandlerInput, ResponseFactory } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { IntentNames } from '../../lambda/constants';
import { phrasesFor } from '../../lambda/i18n/phrases';
import { TurnContextInterceptor } from '../../lambda/interceptors/TurnContextInterceptor';
import { understandInTurn } from '../../lambda/understanding/readOnce';
import { understand } from '../../lambda/understanding/understand';
import { DEFAULT_TURN_BUDGETS } from '../../lambda/util/deadline';
import { intentRequest } from '../support/envelopes';

function turn(envelope: RequestEnvelope): HandlerInput {
  const input: HandlerInput = {
    requestEnvelope: envelope,
    attributesManager: AttributesManagerFactory.init({ requestEnvelope: envelope }),
    responseBuilder: ResponseFactory.init(),
  };
  new TurnContextInterceptor(DEFAULT_TURN_BUDGETS).process(input);
  return input;
}

const PAGE = ['Lavazza Espresso Beans', 'Folgers Classic Roast'];

describe('understandInTurn', () => {
  it('reads the same words, phrases and page once a turn, as understand reads them', () => {
    const input = turn(intentRequest(IntentNames.SearchProducts, { query: 'the lavazza one' }));
    const phrases = phrasesFor('en-US');
    const first = understandInTurn(input, 'the lavazza one', phrases, PAGE);
    expect(first).toEqual(understand('the lavazza one', phrases, PAGE));
    expect(understandInTurn(input, 'the lavazza one', phrases, [...PAGE])).toBe(first);
  });

  it('reads other words, another page or another locale anew', () => {
    const input = turn(intentRequest(IntentNames.SearchProducts, { query: 'the lavazza one' }));
    const enUS = phrasesFor('en-US');
    const first = understandInTurn(input, 'the lavazza one', enUS, PAGE);
    const otherPage = understandInTurn(input, 'the lavazza one', enUS, ['Anker Power Bank']);
    expect(otherPage).not.toBe(first);
    expect(otherPage).toEqual(understand('the lavazza one', enUS, ['Anker Power Bank']));
    expect(understandInTurn(input, 'batteries', enUS, PAGE)).toEqual(understand('batteries', enUS, PAGE));
    const enGB = phrasesFor('en-GB');
    expect(understandInTurn(input, 'batteries', enGB, PAGE)).toEqual(understand('batteries', enGB, PAGE));
  });

  it('keeps no reading past its turn', () => {
    const phrases = phrasesFor('en-US');
    const one = understandInTurn(turn(intentRequest(IntentNames.SearchProducts, { query: 'coffee' })), 'coffee', phrases, PAGE);
    const next = understandInTurn(turn(intentRequest(IntentNames.SearchProducts, { query: 'coffee' })), 'coffee', phrases, PAGE);
    expect(next).toEqual(one);
    expect(next).not.toBe(one);
  });
});
