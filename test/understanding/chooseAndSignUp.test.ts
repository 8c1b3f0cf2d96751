/**
 * Mechanisms of this round, each shown on the locale's data, on made-up data (the code holds
 * no words) and where it must not fire: a verb that only chooses (`chooseVerbs`), small talk
 * said before what is wanted, and asking for premium with a sign-up word (`premiumBuy`) unless
 * the request is turned round (`negations`).
 */
import { phrasesFor } from '../../lambda/i18n/phrases';
import { understand } from '../../lambda/understanding/understand';

const us = phrasesFor('en-US');
const coffee = ['Folgers Cold Brew Coffee Packs', 'Lavazza Instant Coffee', 'Starbucks French Roast Ground Coffee'];

describe('a verb that only chooses', () => {
  it.each([
    ["i'll take number three", 3],
    ['let me have the third', 3],
    ["i'll go with the second one", 2],
  ])('"%s" chooses item %i, the answer to the question asked', (said, n) => {
    expect(understand(said, us)).toEqual({ kind: 'item', action: 'choose', item: { kind: 'ordinal', n } });
  });

  it('chooses a listed product named by its title too', () => {
    expect(understand("i'll take the lavazza", us, coffee)).toEqual({ kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 2 } });
  });

  it('still buys when said of the product in focus, and other buy verbs still buy', () => {
    expect(understand("i'll take it", us)).toEqual({ kind: 'item', action: 'buy', item: { kind: 'it' } });
    expect(understand('buy the third one', us)).toEqual({ kind: 'item', action: 'buy', item: { kind: 'ordinal', n: 3 } });
    expect(understand("i'll grab the third one", us)).toEqual({ kind: 'item', action: 'buy', item: { kind: 'ordinal', n: 3 } });
  });

  it('reads the verbs from the data: without the field every buy verb buys', () => {
    const { chooseVerbs: _left, ...without } = us;
    expect(understand("i'll take number three", without)).toEqual({ kind: 'item', action: 'buy', item: { kind: 'ordinal', n: 3 } });
    const made = { ...us, actions: { ...us.actions, buy: [...us.actions.buy, 'zork'] }, chooseVerbs: ['zork'] };
    expect(understand('zork the second one', made)).toEqual({ kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 2 } });
    expect(understand('zork it', made)).toEqual({ kind: 'item', action: 'buy', item: { kind: 'it' } });
  });
});

describe('small talk said before what is wanted', () => {
  it.each([
    ['good morning i need dish soap', 'dish soap'],
    ['hello can you find me batteries', 'batteries'],
  ])('"%s" asks for %s', (said, words) => {
    expect(understand(said, us)).toEqual({ kind: 'product', words });
  });

  it('a command after it is carried out', () => {
    expect(understand('hi there the second one', us)).toEqual({ kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 2 } });
  });

  it('stays small talk when nothing is asked for with a carrier after it', () => {
    for (const said of ['play some music', 'good morning', 'how are you', 'call my mom', 'tell me a joke about coffee']) {
      expect({ said, understood: understand(said, us).kind }).toEqual({ said, understood: 'not-a-product' });
    }
  });

  it('in any words the data gives', () => {
    const made = { ...us, chitChat: [...us.chitChat, 'zip zap'] };
    expect(understand('zip zap i need dish soap', made)).toEqual({ kind: 'product', words: 'dish soap' });
  });
});

describe('premium asked for with a sign-up word', () => {
  it.each(["i'd like to sign up for premium please", 'how do i sign up for premium'])('"%s" buys the subscription', (said) => {
    expect(understand(said, us)).toEqual({ kind: 'premium', product: 'premium_shopper' });
  });

  it('not when asked what it gives, nor turned round', () => {
    expect(understand('what do i get if i sign up for premium', us)).toEqual({ kind: 'premium-info', product: 'premium_shopper' });
    expect(understand("i don't want to sign up for premium", us).kind).not.toBe('premium');
  });

  it('reads the words from the data', () => {
    const { premiumBuy: _buy, ...without } = us;
    expect(understand('how do i sign up for premium', without).kind).not.toBe('premium');
    const made = { ...us, premiumBuy: ['zorp'] };
    expect(understand('can i zorp premium', made)).toEqual({ kind: 'premium', product: 'premium_shopper' });
  });
});

describe('a question said after words that point', () => {
  it('"and that one, how much is it" asks about the product in focus', () => {
    expect(understand('and that one how much is it', us)).toEqual({ kind: 'question', topic: 'price', item: { kind: 'it' } });
    expect(understand('y eso cuánto cuesta', phrasesFor('es-ES'))).toEqual({ kind: 'question', topic: 'price', item: { kind: 'it' } });
  });

  it('a filler word that ends a question’s words stays: "¿cuánto vale?" ("vale" is also "okay")', () => {
    const es = phrasesFor('es-ES');
    expect(understand('y eso cuánto vale', es)).toEqual({ kind: 'question', topic: 'price', item: { kind: 'it' } });
    // Elsewhere the filler still goes.
    expect(understand('café vale', es)).toEqual({ kind: 'product', words: 'café' });
  });

  it('not when the words after them are no question', () => {
    expect(understand('that is weird', us).kind).toBe('not-a-product');
    expect(understand('the second one', us)).toEqual({ kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 2 } });
  });
});
