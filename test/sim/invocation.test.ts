/**
 * How customers open the skill, per language: the verb before the name ("open voice shopper",
 * "öffne voice shopper") or, in Japanese, the name first and no spaces
 * ("ボイスショッパーを開いて", "ボイスショッパーで電池を探して").
 */
import { parseInvocation } from './invocation';

describe('opening the skill', () => {
  it('in English and German, verb first', () => {
    expect(parseInvocation('Alexa, open voice shopper', 'voice shopper')).toEqual({ kind: 'launch' });
    expect(parseInvocation('öffne voice shopper', 'voice shopper', 'de-DE')).toEqual({ kind: 'launch' });
    expect(parseInvocation('ask voice shopper for coffee', 'voice shopper')).toEqual({ kind: 'one-shot', utterances: ['coffee', 'for coffee'] });
  });

  it('in Japanese, name first, without spaces, with or without the wake word', () => {
    expect(parseInvocation('アレクサ、ボイスショッパーを開いて', 'ボイスショッパー', 'ja-JP')).toEqual({ kind: 'launch' });
    expect(parseInvocation('ボイスショッパーを起動して', 'ボイスショッパー', 'ja-JP')).toEqual({ kind: 'launch' });
    expect(parseInvocation('アレクサ、ボイスショッパーで電池を探して', 'ボイスショッパー', 'ja-JP')).toEqual({ kind: 'one-shot', utterances: ['電池 を 探 し て'] });
    // Another skill's name, or the name inside another word, opens nothing.
    expect(parseInvocation('ボイスショッパーズを開いて', 'ボイスショッパー', 'ja-JP').kind).toBe('utterance');
    expect(parseInvocation('open voice shopper', 'ボイスショッパー', 'ja-JP').kind).toBe('utterance');
  });
});
