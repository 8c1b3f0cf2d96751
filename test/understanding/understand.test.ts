/**
 * The understanding step on the words an open slot caught, with each locale's phrase data:
 * a command inside is found, closings end, small talk and fillers are no product, and only
 * what is left is searched. Pure: words in, meaning out.
 */
import { phrasesFor } from '../../lambda/i18n/phrases';
import { understand } from '../../lambda/understanding/understand';
import { parseNumber, parseOrdinal } from '../../lambda/understanding/numbers';
import { normalizeText } from '../../lambda/understanding/text';

const us = phrasesFor('en-US');
const gb = phrasesFor('en-GB');

describe('the product words as said', () => {
  it.each([
    ['Coffee', 'Coffee'],
    ['I need some HP Ink please', 'HP Ink'],
    ["Um, find me Lavazza's Espresso", "Lavazza's Espresso"],
  ])('"%s" is searched as "%s": letters as Alexa sent them, carriers and fillers gone', (said, words) => {
    expect(understand(said, us)).toEqual({ kind: 'product', words });
  });
});

describe('the understanding step (en-US)', () => {
  it.each([
    ['to add the second one to my cart', { kind: 'item', action: 'cart', item: { kind: 'ordinal', n: 2 } }],
    ['the third one', { kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 3 } }],
    ['number 2', { kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 2 } }],
    ['the last one', { kind: 'item', action: 'choose', item: { kind: 'last' } }],
    ['them by price', { kind: 'sort', sort: 'price-asc' }],
    ['the cheapest', { kind: 'sort', sort: 'price-asc' }],
    ["that's all", { kind: 'closing' }],
    ['bye', { kind: 'closing' }],
    ['never mind', { kind: 'cancel' }],
    ["let's start again", { kind: 'start-over' }],
    ['um', { kind: 'not-a-product', why: 'filler' }],
    ["i don't know", { kind: 'not-a-product', why: 'dont-know' }],
    ['tell me a joke', { kind: 'not-a-product', why: 'chit-chat' }],
    ["where's my parcel", { kind: 'order-help' }],
    ['to return it', { kind: 'order-help' }],
    ['premium shopper', { kind: 'premium', product: 'premium_shopper' }],
    ['cancel my premium', { kind: 'premium-cancel' }],
    ['something else', { kind: 'no-query' }],
    ['i need some dog food please', { kind: 'product', words: 'dog food' }],
    ['aa batteries', { kind: 'product', words: 'aa batteries' }],
    ['the cheapest printer paper', { kind: 'product', words: 'cheapest printer paper' }],
  ])('"%s"', (said, expected) => {
    expect(understand(said, us)).toEqual(expected);
  });
});

describe('the understanding step (en-GB words)', () => {
  it.each([
    ['cheers', { kind: 'closing' }],
    ['ta', { kind: 'closing' }],
    ["that's me done", { kind: 'closing' }],
    ['get me the dearest', { kind: 'sort', sort: 'price-desc' }],
    ['pop the first one in my basket', { kind: 'item', action: 'cart', item: { kind: 'ordinal', n: 1 } }],
    ['have you got any biros', { kind: 'product', words: 'biros' }],
  ])('"%s"', (said, expected) => {
    expect(understand(said, gb)).toEqual(expected);
  });
});

describe('commands found in free words, from phrase data', () => {
  it.each([
    ["what's it rated", { kind: 'question', topic: 'rating', item: { kind: 'it' } }],
    ['how much is the second one', { kind: 'question', topic: 'price', item: { kind: 'ordinal', n: 2 } }],
    ['price of the third one', { kind: 'question', topic: 'price', item: { kind: 'ordinal', n: 3 } }],
    ['when can it be delivered', { kind: 'question', topic: 'seller', item: { kind: 'it' } }],
    ['keep an eye on the price', { kind: 'watch', item: { kind: 'it' } }],
    ['stop watching the first one', { kind: 'unwatch', item: { kind: 'ordinal', n: 1 } }],
    ['any other sellers for number one', { kind: 'offers', item: { kind: 'ordinal', n: 1 } }],
    ['any recommendations', { kind: 'recommend' }],
    ['what are the next ones', { kind: 'next' }],
    ['go back', { kind: 'previous' }],
    ['anything less than $10', { kind: 'refine', requested: { maxPrice: 10 } }],
    ['just prime', { kind: 'refine', requested: { prime: true } }],
    ['only ones rated 4.5 or higher', { kind: 'refine', requested: { minRating: 4.5 } }],
    ['only duracell', { kind: 'brand', words: 'duracell' }],
    ["thanks i'm all set", { kind: 'closing' }],
    ["that's weird", { kind: 'not-a-product', why: 'chit-chat' }],
    ['let me think about it', { kind: 'not-a-product', why: 'dont-know' }],
  ])('"%s" → %j', (said, meaning) => {
    expect(understand(said, us)).toEqual(meaning);
  });

  it.each([
    ['size 10 shoes', 'size 10 shoes'],
    ['coffee under 20 dollars', 'coffee under 20 dollars'],
    ['post it notes', 'post it notes'],
  ])('"%s" still names a product', (said, words) => {
    expect(understand(said, us)).toEqual({ kind: 'product', words });
  });

  it.each([
    ["lovely that's me done", { kind: 'closing' }],
    ['ta very much', { kind: 'closing' }],
    ["what's the postage", { kind: 'question', topic: 'seller', item: { kind: 'it' } }],
    ['under a tenner', { kind: 'refine', requested: { maxPrice: 10 } }],
  ])('en-GB: "%s" → %j', (said, meaning) => {
    expect(understand(said, gb)).toEqual(meaning);
  });
});

describe('numbers and ordinals from phrase data', () => {
  it('reads digits, words and written ordinals', () => {
    expect(parseNumber('twenty five', us)).toBe(25);
    expect(parseNumber('a hundred and fifty', us)).toBe(150);
    expect(parseNumber('4.5', us)).toBe(4.5);
    expect(parseNumber('tenner', us)).toBeUndefined();
    expect(parseOrdinal('second', us)).toBe(2);
    expect(parseOrdinal('2nd', us)).toBe(2);
    expect(parseOrdinal('twoth', us)).toBeUndefined();
  });

  it('reads an ordinal in every case German declines it, and only a listed one', () => {
    const de = phrasesFor('de-DE');
    expect(['zweite', 'zweiten', 'zweiter', 'zweites', 'zweitem'].map((w) => parseOrdinal(w, de))).toEqual([2, 2, 2, 2, 2]);
    expect(parseOrdinal('ersten', de)).toBe(1);
    expect(parseOrdinal('zweitex', de)).toBeUndefined();
    expect(parseOrdinal('zweiten', us)).toBeUndefined();
    expect(parseNumber('zwanzig', de)).toBe(20);
  });

  it('reads French numbers that do not add up word by word, and ordinals that are not one listed form', () => {
    const fr = phrasesFor('fr-FR');
    expect(parseNumber('soixante-dix', fr)).toBe(70);
    expect(parseNumber('soixante et onze', fr)).toBe(71);
    expect(parseNumber('quatre-vingt', fr)).toBe(80);
    expect(parseNumber('quatre-vingt-dix-neuf', fr)).toBe(99);
    expect(parseNumber('quatre vingt', us)).toBeUndefined();
    expect(['premier', 'première', 'deuxième', 'second', 'seconde', '2e', '3ème', '1er'].map((w) => parseOrdinal(w, fr))).toEqual([1, 1, 2, 2, 2, 2, 3, 1]);
    expect(parseOrdinal('première', us)).toBeUndefined();
  });

  it('drops an elided article written onto the product word, and only an elided one', () => {
    const fr = phrasesFor('fr-FR');
    expect(understand("de l'huile d'olive", fr)).toEqual({ kind: 'product', words: "huile d'olive" });
    expect(understand('du papier pour imprimante', fr)).toEqual({ kind: 'product', words: 'papier pour imprimante' });
    expect(understand("l'huile", us)).toEqual({ kind: 'product', words: "l'huile" });
  });

  it('reads Italian ordinals in every gender and number, and numbers written as one word', () => {
    const it = phrasesFor('it-IT');
    expect(['secondo', 'seconda', 'secondi', 'seconde', 'terza', 'prima'].map((w) => parseOrdinal(w, it))).toEqual([2, 2, 2, 2, 3, 1]);
    expect(parseOrdinal('secondx', it)).toBeUndefined();
    expect(parseOrdinal('seconda', us)).toBeUndefined();
    expect(['venti', 'ventuno', 'ventitré', 'trentotto', 'novantanove', 'cento'].map((w) => parseNumber(w, it))).toEqual([20, 21, 23, 38, 99, 100]);
    expect(parseNumber('cento venti', it)).toBe(120);
    expect(parseNumber('ventuno', us)).toBeUndefined();
  });

  it('reads Spanish ordinals shortened before a noun and in the feminine, and numbers joined by "y"', () => {
    const es = phrasesFor('es-ES');
    expect(['primero', 'primer', 'primera', 'tercer', 'tercera', 'segundas'].map((w) => parseOrdinal(w, es))).toEqual([1, 1, 1, 3, 3, 2]);
    expect(['veinte', 'veintidós', 'treinta y cinco', 'cien', 'ciento veinte', 'doscientos cincuenta'].map((w) => parseNumber(w, es))).toEqual([20, 22, 35, 100, 120, 250]);
    expect(parseNumber('y', es)).toBeUndefined();
  });

  it('says a searched product back with the capitals the transcription gave it', () => {
    expect(understand('ich suche Kaffee', phrasesFor('de-DE'))).toEqual({ kind: 'product', words: 'Kaffee' });
    expect(understand('find me some coffee', us)).toEqual({ kind: 'product', words: 'coffee' });
  });

  it('reads Japanese, written without spaces, word by word with its own phrase data', () => {
    const ja = phrasesFor('ja-JP');
    expect(understand('えっとコーヒー', ja)).toEqual({ kind: 'product', words: 'コーヒー' });
    expect(understand('単三電池', ja)).toEqual({ kind: 'product', words: '単三電池' });
    expect(understand('ありがとうございました', ja)).toEqual({ kind: 'closing' });
    expect(understand('わからない', ja)).toEqual({ kind: 'not-a-product', why: 'dont-know' });
    expect(understand('キャンセル', ja)).toEqual({ kind: 'cancel' });
    expect(normalizeText('二番目を、カートに入れて！', ja)).toBe('二 番目 を カート に 入れ て');
    expect(parseOrdinal('二 番目', ja)).toBe(2);
  });

  it('keeps a decimal point and splits a currency sign from its number', () => {
    expect(normalizeText('Under $10, please!', us)).toBe('under $ 10 please');
    expect(normalizeText('rated 4.5 or higher.', us)).toBe('rated 4.5 or higher');
  });
});

describe('phrase data loading', () => {
  it('falls back to the nearest locale, then the default', () => {
    expect(phrasesFor('en-AU')).toBe(gb);
    expect(phrasesFor('xx-YY')).toBe(us);
    expect(phrasesFor('../../etc')).toBe(us);
  });

  it('loads only the locale a request asks for', () => {
    jest.isolateModules(() => {
      const fresh = require('../../lambda/i18n/phrases') as typeof import('../../lambda/i18n/phrases');
      expect(fresh.loadedPhraseLocales()).toEqual([]);
      fresh.phrasesFor('en-GB');
      expect(fresh.loadedPhraseLocales()).toEqual(['en-GB']);
    });
  });
});

describe('the same Shopping Action again, from an open slot', () => {
  it.each([
    ['again', us, { kind: 'try-again' }],
    ['that again please', us, { kind: 'try-again' }],
    ['once more', gb, { kind: 'try-again' }],
    ['another one', us, { kind: 'another' }],
    ['one more', gb, { kind: 'another' }],
    ['another blue mug', us, { kind: 'product', words: 'another blue mug' }],
  ])('"%s" is %j', (said, phrases, meaning) => {
    expect(understand(said, phrases)).toEqual(meaning);
  });
});

describe('closings, reactions and split ordinals (en-CA, ja-JP)', () => {
  const ca = phrasesFor('en-CA');
  const ja = phrasesFor('ja-JP');
  it.each([
    // A closing is read before a trailing filler ("now") is taken off it.
    ['bye for now', ca, { kind: 'closing' }],
    ['okay done for now', ca, { kind: 'closing' }],
    // A reaction alone is no product; with a product word it still is one.
    ['neat', ca, { kind: 'not-a-product', why: 'filler' }],
    ['no worries', ca, { kind: 'not-a-product', why: 'filler' }],
    ['sweet potato', ca, { kind: 'product', words: 'sweet potato' }],
    ['nice', us, { kind: 'not-a-product', why: 'filler' }],
    ['へえ、そうなんだ', ja, { kind: 'not-a-product', why: 'filler' }],
    // Digits or kanji, and the ordinal suffix Intl.Segmenter splits off.
    ['3番目', ja, { kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 3 } }],
    ['じゃあ3番目で', ja, { kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 3 } }],
    ['1番目のにして', ja, { kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 1 } }],
    ['2番目のやつ', ja, { kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 2 } }],
    // "Tell me" asks about the product in focus; another verb is a command.
    ['値段を教えて', ja, { kind: 'question', topic: 'price', item: { kind: 'it' } }],
    ['tell me the price', us, { kind: 'question', topic: 'price', item: { kind: 'it' } }],
    ['もういいや', ja, { kind: 'closing' }],
    ['やっぱりやめとく', ja, { kind: 'cancel' }],
  ])('"%s" is %j', (said, phrases, meaning) => {
    expect(understand(said, phrases)).toEqual(meaning);
  });
});
