/**
 * Japanese numbers and counters read with ja-JP's phrase data: Han numerals written positionally
 * (一〜九 with 十, 百, 千, 万) or digits, as amounts ("千五百" → 1500) and, before an ordinal
 * counter, as list positions ("二つ目" → 2, "3個目" → 3). The same data gives the simulator what
 * Alexa's AMAZON.NUMBER and AMAZON.Ordinal resolve.
 */
import { phrasesFor } from '../../lambda/i18n/phrases';
import { numberAt, parseNumber, parseOrdinal } from '../../lambda/understanding/numbers';
import { wholeReference } from '../../lambda/understanding/references';
import { spaceWords } from '../../lambda/util/words';
import { simLanguage } from '../sim/language';

const ja = phrasesFor('ja-JP');
const en = phrasesFor('en-US');

describe('Japanese numbers', () => {
  it.each([
    ['千', 1000],
    ['千五百', 1500],
    ['二千', 2000],
    ['三千九百八十', 3980],
    ['二十五', 25],
    ['百二十', 120],
    ['一万', 10000],
    ['一万二千', 12000],
    ['万', 10000],
    ['十万', 100000],
    ['3千', 3000],
    ['1500', 1500],
  ])('reads %s as %d', (written, value) => {
    expect(parseNumber(written, ja)).toBe(value);
  });

  it('reads no number from words that hold none', () => {
    expect(parseNumber('円', ja)).toBeUndefined();
    expect(parseNumber('千円', ja)).toBeUndefined();
    expect(parseNumber('単三', ja)).toBeUndefined();
  });

  it('reads no number from 十分 ("enough"), alone or in a sentence', () => {
    const written = ja.numbers.written;
    expect(parseNumber('十分', ja)).toBeUndefined();
    for (const said of ['十分', '十分です', 'これで十分です', 'もう十分']) {
      const words = spaceWords(said, written).split(' ');
      expect(words.map((_, i) => numberAt(words, i, ja))).toEqual(words.map(() => undefined));
      expect(wholeReference(spaceWords(said, written), ja)).toBeUndefined();
    }
  });

  it('leaves a language without powers as it was', () => {
    expect(parseNumber('twenty five', en)).toBe(25);
    expect(parseNumber('千五百', en)).toBeUndefined();
  });

  it('finds an amount at the start of spaced words', () => {
    expect(numberAt(spaceWords('千五百円以下', ja.numbers.written).split(' '), 0, ja)).toEqual({ value: 1500, length: 1 });
  });
});

describe('Japanese ordinals with counters', () => {
  it.each([
    ['一つ目', 1],
    ['二つ目', 2],
    ['3つ目', 3],
    ['2個目', 2],
    ['三番目', 3],
    ['十二番目', 12],
    ['4件目', 4],
  ])('names item %s as %d', (said, n) => {
    expect(wholeReference(spaceWords(said, ja.numbers.written), ja)).toEqual({ kind: 'ordinal', n });
  });

  it('reads an ordinal word with its counter', () => {
    expect(parseOrdinal(spaceWords('二つ目', ja.numbers.written), ja)).toBe(2);
    expect(parseOrdinal(spaceWords('十五番目', ja.numbers.written), ja)).toBe(15);
    expect(parseOrdinal(spaceWords('一番', ja.numbers.written), ja)).toBeUndefined();
  });
});

describe("the simulator's Japanese AMAZON.NUMBER and AMAZON.Ordinal", () => {
  const language = simLanguage('ja-JP');
  const number = new RegExp(`^(?:${language.numberPattern})$`);
  const ordinal = new RegExp(`^(?:${language.ordinalPattern})$`);

  it('send the digits for an amount written in Han numerals', () => {
    for (const [said, digits] of [
      ['千', '1000'],
      ['千五百', '1500'],
      ['二千', '2000'],
      ['一万二千', '12000'],
    ] as const) {
      expect(number.test(said)).toBe(true);
      expect(language.numberValue(said)).toBe(digits);
    }
  });

  it('send the digits for a position said with a counter', () => {
    for (const [said, digits] of [
      ['二つ目', '2'],
      ['3つ目', '3'],
      ['2個目', '2'],
      ['三番目', '3'],
    ] as const) {
      const spaced = spaceWords(said, ja.numbers.written);
      expect(ordinal.test(spaced)).toBe(true);
      expect(language.ordinalValue(spaced)).toBe(digits);
    }
    expect(ordinal.test(spaceWords('単三', ja.numbers.written))).toBe(false);
  });
});
