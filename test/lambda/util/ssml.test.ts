/** The one SSML-to-text function and the markup stripper for catalog text. */
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
