/**
 * Japanese words without spaces: Intl.Segmenter's word boundaries give them spaces, so samples
 * and utterances compare word by word; words said back lose the spaces again. Text in spaced
 * languages passes through untouched.
 */
import { phrasesFor } from '../../../lambda/i18n/phrases';
import { hasUnspacedWords, joinWords, type NumeralWriting, spaceWords } from '../../../lambda/util/words';

/** How Japanese writes numbers inside words: ja-JP's phrase data, not this file's. */
const ja = phrasesFor('ja-JP').numbers.written;

describe('spaceWords', () => {
  it('splits Japanese at its word boundaries, the same way inside a sentence and alone', () => {
    expect(spaceWords('二番目をカートに入れて')).toBe('二 番目 を カート に 入れ て');
    expect(spaceWords('カートに入れて')).toBe('カート に 入れ て');
    expect(spaceWords('コーヒーを探して')).toBe('コーヒー を 探 し て');
  });

  it('keeps digits and Latin words inside Japanese as they are, one space apart', () => {
    expect(spaceWords('2番目をカートに入れて')).toBe('2 番目 を カート に 入れ て');
    expect(spaceWords('USBケーブルを探して')).toBe('USB ケーブル を 探 し て');
  });

  it('keeps a number written in Han numerals whole and splits off the counter after it', () => {
    expect(spaceWords('千円以下のだけ', ja)).toBe('千 円 以下 の だけ');
    expect(spaceWords('千五百円以下', ja)).toBe('千五百 円 以下');
    expect(spaceWords('二千円まで', ja)).toBe('二千 円 まで');
    expect(spaceWords('三千円以下', ja)).toBe('三千 円 以下');
    expect(spaceWords('二つ目の値段は', ja)).toBe('二 つ 目 の 値段 は');
    expect(spaceWords('二十五番目', ja)).toBe('二十五 番目');
    // A numeral inside a word is no number of its own.
    expect(spaceWords('単三電池', ja)).not.toContain('単三 ');
  });

  it('keeps a word that starts with a numeral whole when no counter follows it: 十分 is "enough"', () => {
    expect(ja).toBeDefined();
    expect(spaceWords('十分', ja)).toBe('十分');
    expect(spaceWords('十分です', ja)).toBe('十分 です');
    expect(spaceWords('これで十分です', ja)).toBe('これ で 十分 です');
    expect(spaceWords('十分な量', ja)).toBe('十分 な 量');
    expect(spaceWords('一緒に', ja)).toBe('一緒 に');
    expect(spaceWords('万能ナイフ', ja)).toBe('万能 ナイフ');
    expect(spaceWords('一覧', ja)).toBe('一覧');
  });

  it('holds no numerals of its own: the writing passed decides, and without one the dictionary words stay', () => {
    expect(spaceWords('千円', ja)).toBe('千 円');
    expect(spaceWords('千円')).toBe('千円');
    // Another writing (digits of another language, another counter) is read the same way.
    const other: NumeralWriting = { numerals: ['百', '千'], counters: ['個'] };
    expect(spaceWords('千個', other)).toBe('千 個');
    expect(spaceWords('千円', other)).toBe('千円');
  });

  it('splits the endings off the end the same way whatever stands before them', () => {
    // The dictionary alone splits "ますか" by what precedes it: "ありま すか", "しま すね".
    expect(spaceWords('マスクはありますか')).not.toContain('あり ます か');
    expect(spaceWords('マスクはありますか', ja)).toBe('マスク は あり ます か');
    expect(spaceWords('プレミアムに登録しますね', ja)).toBe('プレミアム に 登録 し ます ね');
    expect(spaceWords('ますか', ja)).toBe('ます か');
    // A request ending is one word, alone or after a verb, and what precedes it splits as it does alone.
    expect(spaceWords('二番目をカートに入れてください', ja)).toBe('二 番目 を カート に 入れ て ください');
    expect(spaceWords('ください', ja)).toBe('ください');
    expect(spaceWords('安い順に並べてくれる', ja).endsWith(`${spaceWords('安い順に並べて', ja)} くれる`)).toBe(true);
    expect(spaceWords('プレミアムを解約したいんですけど', ja)).toBe(`${spaceWords('プレミアムを解約し', ja)} たい ん です けど`);
  });

  it('takes only endings off: a word ending in the same letters inside a sentence, or another writing, stays as it was', () => {
    const other: NumeralWriting = { numerals: [], counters: [], endings: ['です'] };
    expect(spaceWords('電池です', other)).toBe('電池 です');
    expect(spaceWords('ますかけ', { numerals: [], counters: [] })).toBe(spaceWords('ますかけ'));
    expect(joinWords(spaceWords('犬のごはんです', ja))).toBe('犬のごはんです');
  });

  it('returns text in spaced languages unchanged', () => {
    for (const text of ['add the second one to my cart', 'leg das zweite in den Warenkorb', 'ajoute le deuxième au panier']) expect(spaceWords(text)).toBe(text);
    expect(hasUnspacedWords('leg das zweite in den Warenkorb')).toBe(false);
  });

  it('is stable: spacing spaced text changes nothing', () => {
    const once = spaceWords('えっと、単三電池が千五百円以下で欲しいです', ja);
    expect(spaceWords(once, ja)).toBe(once);
  });
});

describe('joinWords', () => {
  it('writes Japanese words together again, and leaves spaces between Latin words', () => {
    expect(joinWords('単 三 電池')).toBe('単三電池');
    expect(joinWords('usb ケーブル')).toBe('usbケーブル');
    expect(joinWords('Lavazza インスタント コーヒー')).toBe('Lavazzaインスタントコーヒー');
    expect(joinWords('aa batteries')).toBe('aa batteries');
  });

  it('undoes spaceWords', () => {
    for (const text of ['単三電池', 'コーヒー豆', 'ドッグフード', '日焼け止め']) expect(joinWords(spaceWords(text))).toBe(text);
  });
});
