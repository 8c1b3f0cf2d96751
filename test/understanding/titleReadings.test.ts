/**
 * A listed product named by a word its title writes otherwise (lambda/i18n/phrases.ts
 * `titleReadings`): a Japanese customer says 「ラバッツァ」 or 「スタバ」 for a title's "Lavazza" or
 * "Starbucks". Only naming a listed product reads them; a search keeps the words as said.
 */
import { phrasesFor } from '../../lambda/i18n/phrases';
import { pageTitles, productNamedByTitle } from '../../lambda/understanding/titles';
import { understand } from '../../lambda/understanding/understand';
import type { ShoppingState } from '../../lambda/session';

const titles = ['Folgers 水出しコーヒー パック 4袋', 'Lavazza インスタントコーヒー 瓶 225g', 'Starbucks フレンチロースト 粉コーヒー 570g'];
const state = { products: titles.map((title, i) => ({ asin: `B0000000${i}`, title })), pageStart: 0, pageSize: 3 } as unknown as ShoppingState;
const ja = phrasesFor('ja-JP');

describe('title readings', () => {
  it.each([
    ['ラバッツァ', 1],
    ['スタバの', 2],
    ['スターバックスのやつ', 2],
    ['フォルジャーズ', 0],
  ])('「%s」 names the listed product whose title writes it in Latin letters', (said, index) => {
    expect(productNamedByTitle(said, state, ja)).toBe(index);
  });

  it('chooses, acts on or asks about that item when said with a command', () => {
    const page = pageTitles(state);
    expect(understand('スタバのにして', ja, page)).toEqual({ kind: 'item', action: 'choose', item: { kind: 'ordinal', n: 3 } });
    expect(understand('ラバッツァのやつ教えて', ja, page)).toEqual({ kind: 'item', action: 'details', item: { kind: 'ordinal', n: 2 } });
  });

  it('leaves a search as said, and a locale without readings compares the title words only', () => {
    expect(understand('ラバッツァを探して', ja)).toEqual({ kind: 'product', words: 'ラバッツァ' });
    expect(productNamedByTitle('ダンキン', state, ja)).toBeUndefined();
    expect(productNamedByTitle('スタバ', state, phrasesFor('en-US'))).toBeUndefined();
  });
});
