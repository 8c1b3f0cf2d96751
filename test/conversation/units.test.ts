import { spaceWords } from '../../lambda/util/words';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isOrderQuestion, usableQuery } from '../../lambda/browsing/search';
import { disambiguateTitles } from '../../lambda/browsing/titles';
import type { ProductsResult } from '../../lambda/catalog/types';
import { SUPPORTED_LOCALES } from '../../lambda/constants';
import { ordinalWithin, referenceInText } from '../../lambda/conversation/references';
import { phrasesFor } from '../../lambda/i18n/phrases';
import { premiumNamed } from '../../lambda/understanding/understand';
import { endsWithQuestion } from '../../lambda/turn/respond';

const usPhrases = phrasesFor('en-US');

describe('references to a listed product in free words', () => {
  it.each([
    ['the first one', { kind: 'ordinal', n: 1 }],
    ['second', { kind: 'ordinal', n: 2 }],
    ['the 3rd item', { kind: 'ordinal', n: 3 }],
    ['number two', { kind: 'ordinal', n: 2 }],
    ['item 4', { kind: 'ordinal', n: 4 }],
    ['the last one', { kind: 'last' }],
    ['the very last', { kind: 'last' }],
    ['it', { kind: 'it' }],
    ['that one', { kind: 'it' }],
  ])('"%s" is %j', (text, ref) => {
    expect(referenceInText(text, usPhrases)).toEqual(ref);
  });

  it.each(['coffee', 'first aid kit', 'the one ring', 'AA batteries', 'number nine batteries'])('"%s" is a product name, not a reference', (text) => {
    expect(referenceInText(text, usPhrases)).toBeUndefined();
  });
});

describe('an ordinal inside the words an open position slot took', () => {
  it.each([
    ['price of the second', { kind: 'ordinal', n: 2 }],
    ['rating of the 3rd', { kind: 'ordinal', n: 3 }],
    ['seller of number two', { kind: 'ordinal', n: 2 }],
    ['price of the last', { kind: 'last' }],
  ])('"%s" is %j', (text, ref) => {
    expect(ordinalWithin(text, usPhrases)).toEqual(ref);
  });

  it.each(['cheapest', 'best rated', 'price'])('"%s" names no listed product', (text) => {
    expect(ordinalWithin(text, usPhrases)).toBeUndefined();
  });
});

describe('queries that are not products', () => {
  it.each(['something else', 'for something else', 'anything', 'Something Else!', ''])('"%s" asks what to find', (q) => {
    expect(usableQuery(q, usPhrases)).toBe('');
  });

  it.each(['coffee', 'something sweet', 'else brand socks'])('"%s" is searched', (q) => {
    expect(usableQuery(q, usPhrases)).toBe(q);
  });

  it.each(['to return it', 'to cancel my order', 'a refund', 'my orders'])('"%s" is an order question', (q) => {
    expect(isOrderQuestion(q, usPhrases)).toBe(true);
  });

  it.each(['coffee', 'return address labels', 'canceling headphones'])('"%s" is not', (q) => {
    expect(isOrderQuestion(q, usPhrases)).toBe(q === 'return address labels');
  });
});

describe('premium words in a product query', () => {
  it.each([
    ['premium shopper', 'premium_shopper'],
    ['premium', 'premium_shopper'],
    ['the premium subscription', 'premium_shopper'],
    ['offer insights', 'offer_insights'],
    ['more watch slots', 'watch_slots'],
    ['an upgrade', 'any'],
    ['premium features', 'any'],
    ['coffee', undefined],
    ['premium coffee', undefined],
    ['insightful books', undefined],
  ])('"%s" names %s', (query, ref) => {
    expect(premiumNamed(query, phrasesFor('en-US'))).toBe(ref);
  });

  it.each(SUPPORTED_LOCALES)('are the names and synonyms of PremiumProductType in the %s model', (locale) => {
    const file = path.join(__dirname, '..', '..', 'skill-package', 'interactionModels', 'custom', `${locale}.json`);
    const model = JSON.parse(readFileSync(file, 'utf8')) as {
      interactionModel: { languageModel: { types: Array<{ name: string; values: Array<{ id: string; name: { value: string; synonyms?: string[] } }> }> } };
    };
    const type = model.interactionModel.languageModel.types.find((t) => t.name === 'PremiumProductType');
    // As the understanding step reads them: Japanese split into its words (lambda/util/words.ts).
    const fromModel = Object.fromEntries(
      (type?.values ?? []).map((v) => [v.id, [v.name.value, ...(v.name.synonyms ?? [])].map((w) => spaceWords(w, phrasesFor(locale).numbers.written))]),
    );
    expect(fromModel).toEqual(phrasesFor(locale).premium);
  });
});

describe('titles that would sound the same in one list', () => {
  const result = (asin: string, title: string, brand = 'Hammermill'): ProductsResult => ({ asin, title, byLine: [{ name: brand }] }) as unknown as ProductsResult;

  it('get the part of the full title that tells them apart', () => {
    const results = [
      result('B000000001', 'Hammermill Printer Paper, 8.5 x 11, 20 lb, 500 Sheets'),
      result('B000000002', 'Hammermill Printer Paper, 8.5 x 11, 24 lb, 500 Sheets'),
      result('B000000003', 'Navigator Printer Paper, 8.5 x 11', 'Navigator'),
    ];
    const listed = results.map((r) => ({ asin: r.asin, title: String(r.title).split(',')[0] ?? '' }));
    expect(disambiguateTitles(results, listed).map((p) => p.title)).toEqual(['Hammermill Printer Paper, 20 lb', 'Hammermill Printer Paper, 24 lb', 'Navigator Printer Paper']);
  });

  it('fall back to the brand when the titles are the same whole', () => {
    const results = [result('B000000001', 'AA Batteries', 'Duracell'), result('B000000002', 'AA Batteries', 'Energizer')];
    const listed = results.map((r) => ({ asin: r.asin, title: String(r.title) }));
    expect(disambiguateTitles(results, listed).map((p) => p.title)).toEqual(['AA Batteries, Duracell', 'AA Batteries, Energizer']);
  });
});

describe('a question at the end of an open answer', () => {
  it.each([
    ['What would you like to find?', true],
    ['<speak>Which one?</speak>', true],
    ['Sorry, Amazon Business is busy.', false],
    ['Is it? No.', false],
  ])('"%s" ends with one: %s', (speech, expected) => {
    expect(endsWithQuestion(speech)).toBe(expected);
  });
});
