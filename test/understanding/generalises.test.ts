/**
 * Mechanisms of the understanding step that carry beyond the phrasings they were written for,
 * each shown on the locale's data and on made-up data (the code holds no words): a trailer is
 * taken off whole, a command survives the words around it, lead-ins are peeled before words
 * are read again, a closing in a request's frame is a closing, and a listed product is named by
 * its title's words among pointing words.
 */
import { phrasesFor } from '../../lambda/i18n/phrases';
import { understand } from '../../lambda/understanding/understand';

const us = phrasesFor('en-US');
const coffee = ['Folgers Cold Brew Coffee Packs', 'Lavazza Instant Coffee', 'Starbucks French Roast Ground Coffee'];

describe('a trailer that ends in a filler word goes whole', () => {
  it('"as well", "too": the product keeps no half of them', () => {
    expect(understand('washing powder as well', us)).toEqual({ kind: 'product', words: 'washing powder' });
    expect(understand('and some sugar as well please', us)).toEqual({ kind: 'product', words: 'sugar' });
  });

  it('in any words the data gives', () => {
    const made = { ...us, fillers: [...us.fillers, 'zap'], trailers: [...us.trailers, 'bim zap'] };
    expect(understand('soap bim zap', made)).toEqual({ kind: 'product', words: 'soap' });
    expect(understand('soap bim zap', us)).toEqual({ kind: 'product', words: 'soap bim zap' });
  });
});

describe('a command said loosely', () => {
  it.each([
    ['can i hear a few more', { kind: 'next' }],
    ["i didn't quite catch that", { kind: 'repeat' }],
    ['could you please go back', { kind: 'previous' }],
  ])('"%s" is the command inside', (said, meant) => {
    expect(understand(said, us)).toEqual(meant);
  });

  it('a closing in a request frame ends; a frame around other words does not', () => {
    expect(understand("let's just stop here", us)).toEqual({ kind: 'closing' });
    expect(understand('i think i want to stop now', us)).toEqual({ kind: 'closing' });
    expect(understand('i want to stop watching the price', us).kind).not.toBe('closing');
  });
});

describe('lead-ins are peeled and the rest is read again', () => {
  it.each([
    ['hmm not sure, the second one', { kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 2 } }],
    ["i don't know maybe coffee", { kind: 'product', words: 'coffee' }],
    ['no thanks, just add the first one to my cart', { kind: 'item', action: 'cart', item: { kind: 'ordinal', n: 1 } }],
  ])('"%s"', (said, meant) => {
    expect(understand(said, us)).toEqual(meant);
  });

  it('after a hesitation, words that point at nothing or ask for nothing stay a hesitation', () => {
    expect(understand('let me think for a sec', us)).toEqual({ kind: 'not-a-product', why: 'dont-know' });
    expect(understand('let me think about it', us)).toEqual({ kind: 'not-a-product', why: 'dont-know' });
    // Praise starts product names: no lead-in.
    expect(understand('good morning', us)).toEqual({ kind: 'not-a-product', why: 'chit-chat' });
  });
});

describe('a listed product named by its title among pointing and acting words', () => {
  it.each([
    ['the one from lavazza', { kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 2 } }],
    ['um the one by starbucks please', { kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 3 } }],
    ['add the folgers as well', { kind: 'item', action: 'cart', item: { kind: 'ordinal', n: 1 } }],
    ['can i hear more about the starbucks', { kind: 'item', action: 'details', item: { kind: 'ordinal', n: 3 } }],
    ['to hear about the cold brew one', { kind: 'item', action: 'details', item: { kind: 'ordinal', n: 1 } }],
  ])('"%s"', (said, meant) => {
    expect(understand(said, us, coffee)).toEqual(meant);
  });

  it('not words every title holds, not words without a pointing word, not without a list', () => {
    expect(understand('the coffee one', us, coffee).kind).not.toBe('item');
    expect(understand('lavazza coffee', us, coffee)).toEqual({ kind: 'product', words: 'lavazza coffee' });
    expect(understand('the one from lavazza', us)).toEqual({ kind: 'product', words: 'one from lavazza' });
  });

  it('in any language the titles are in (de-DE)', () => {
    const de = phrasesFor('de-DE');
    const kaffee = ['Folgers Cold Brew Kaffee', 'Lavazza Instantkaffee', 'Starbucks French Roast gemahlen'];
    expect(understand('pack den von lavazza in den warenkorb', de, kaffee)).toEqual({ kind: 'item', action: 'cart', item: { kind: 'ordinal', n: 2 } });
    expect(understand('erzähl mir mehr über den starbucks', de, kaffee)).toEqual({ kind: 'item', action: 'details', item: { kind: 'ordinal', n: 3 } });
  });
});

describe('a brand said with its brand noun is a brand, not a product', () => {
  it('the noun behind the name, or in front after a definite article or leading words', () => {
    expect(understand('just the lavazza brand please', us)).toEqual({ kind: 'brand', words: 'lavazza' });
    expect(understand('nada más de la marca lavazza', phrasesFor('es-US'))).toEqual({ kind: 'brand', words: 'lavazza' });
    expect(understand('von der marke lavazza', phrasesFor('de-DE'))).toEqual({ kind: 'brand', words: 'lavazza' });
    expect(understand('de la marque lavazza', phrasesFor('fr-FR'))).toEqual({ kind: 'brand', words: 'lavazza' });
  });

  it('not a noun that only starts a product name, nor a noun alone', () => {
    expect(understand('a brand new phone', us)).toEqual({ kind: 'product', words: 'brand new phone' });
    expect(understand('coffee', us)).toEqual({ kind: 'product', words: 'coffee' });
  });

  it('in any words the data gives', () => {
    const made = { ...us, brandNouns: ['label'] };
    expect(understand('the acme label', made)).toEqual({ kind: 'brand', words: 'acme' });
    expect(understand('the acme label', { ...us, brandNouns: [] })).toEqual({ kind: 'product', words: 'acme label' });
  });
});
