/** The one SSML-to-text function and the markup stripper for catalog text. */
import fc from 'fast-check';
import { shortTitle } from '../../../lambda/browsing/speech';
import { decodeEntities, ssmlToText, stripMarkup } from '../../../lambda/util/ssml';

describe('ssmlToText', () => {
  /** SSML → what is heard. */
  const heard: Record<string, string> = {
    '<speak>Tom &amp; Jerry&apos;s &quot;Best&quot; &lt;3</speak>': 'Tom & Jerry\'s "Best" <3',
    '<speak>One.<break time="300ms"/>Two.</speak>': 'One. Two.',
    '<speak><p>One.</p><p>Two.</p><s>Three.</s></speak>': 'One. Two. Three.',
    '<speak>un<emphasis level="strong">believ</emphasis>able</speak>': 'unbelievable',
    '<speak>  spaced \n out  </speak>': 'spaced out',
    '<speak>&amp;lt; stays an entity</speak>': '&lt; stays an entity',
  };

  it.each(Object.entries(heard))('reads %s as "%s"', (ssml, text) => {
    expect(ssmlToText(ssml)).toBe(text);
  });
});

describe('decodeEntities', () => {
  it('decodes numeric character references', () => {
    expect(decodeEntities('caf&#233;')).toBe('café');
  });
});

describe('stripMarkup', () => {
  it('turns every tag into a space and collapses whitespace', () => {
    expect(stripMarkup(' Fast<br/>charger <b>2-pack</b> ')).toBe('Fast charger 2-pack');
  });
});

/**
 * stripMarkup and decodeEntities return text they would not change without copying it, and
 * shortTitle finds its cut without splitting the whole title (warm Search turn's allocation,
 * README, Performance): the same results as the definitions they replaced, on text made of
 * words, tags, entities, separators and every kind of whitespace.
 */
describe('the text helpers against their definitions', () => {
  const spec = {
    stripMarkup: (text: string) =>
      text
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    decodeEntities: (text: string) =>
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number.parseInt(code, 10)))
        .replace(/&amp;/g, '&'),
    cut: (plain: string) => plain.split(/\s*(?:,|\s-\s|\s–\s|\(|\[|\||;)\s*/)[0] ?? plain,
  };
  const pieces = [
    'Duracell',
    'AA',
    'x',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u2028',
    '<b>',
    '</i>',
    '<',
    '>',
    '&amp;',
    '&lt;',
    '&#233;',
    '&',
    ',',
    ' - ',
    ' – ',
    '(',
    '[',
    '|',
    ';',
    '-',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));

  it('stripMarkup and decodeEntities', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(stripMarkup(t)).toBe(spec.stripMarkup(t));
        expect(decodeEntities(t)).toBe(spec.decodeEntities(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('shortTitle cuts where the first part of the split ended', () => {
    fc.assert(
      fc.property(text, (t) => {
        const plain = spec.stripMarkup(t);
        const cut = spec.cut(plain);
        const words = (cut.length >= 3 ? cut : plain).split(' ').filter((w) => w.length > 0);
        expect(shortTitle(t)).toBe(words.slice(0, 9).join(' '));
      }),
      { numRuns: 3000 },
    );
  });
});
