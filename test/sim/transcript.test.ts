import { meets, parseExpectation, parseTranscript, TranscriptSyntaxError } from './transcript';

describe('transcript files', () => {
  it('parses turns, expectations and the commands that precede a turn', () => {
    const transcript = parseTranscript(
      ['# comment', '@locale en-GB', 'U: open voice shopper', 'A: welcome', 'R: /find/', ':next-result NoOffersFound', 'U: add it', 'S: open'].join('\n'),
    );
    expect(transcript.locale).toBe('en-GB');
    expect(transcript.turns).toHaveLength(2);
    expect(transcript.turns[0]).toMatchObject({ line: 3, utterance: 'open voice shopper', commands: [] });
    expect(transcript.turns[1]).toMatchObject({ commands: [{ kind: 'next-result', code: 'AlexaShopping.NoOffersFound' }], session: 'open' });
  });

  it('parses the device, a touch turn and what the screen shows', () => {
    const transcript = parseTranscript(['@device show', 'U: coffee', 'D: results for coffee', 'U: (touch 2)', 'D: (none)'].join('\n'));
    expect(transcript.device).toBe('show');
    expect(transcript.turns[0]?.display).toEqual([expect.objectContaining({ kind: 'words', words: ['results', 'for', 'coffee'] })]);
    expect(transcript.turns[1]).toMatchObject({ utterance: '(touch 2)', display: [{ kind: 'silence', source: '(none)' }] });
    expect(() => parseTranscript('U: hi\n@device show')).toThrow(/@device must come before the first turn/);
  });

  it('rejects an answer before any turn and an unknown line', () => {
    expect(() => parseTranscript('A: hello')).toThrow(TranscriptSyntaxError);
    expect(() => parseTranscript('U: hi\nX: what')).toThrow(/line 2/);
    expect(() => parseTranscript('U: hi\n:next-result Nonsense')).toThrow(/unknown result/);
  });

  it('matches words in order, ignoring case, punctuation and words in between', () => {
    const expected = parseExpectation('added batteries to cart', 1);
    expect(meets(expected, "I've ADDED the AA Batteries to your cart.")).toBe(true);
    expect(meets(expected, 'I added it to your cart.')).toBe(false);
    expect(meets(expected, 'to your cart I added batteries')).toBe(false);
  });

  it('matches regular expressions and silence', () => {
    expect(meets(parseExpectation('/added .* cart/i', 1), 'Added X to the cart')).toBe(true);
    expect(meets(parseExpectation('/^Added$/', 1), 'Added X')).toBe(false);
    expect(meets(parseExpectation('(silence)', 1), '')).toBe(true);
    expect(meets(parseExpectation('(silence)', 1), 'hello')).toBe(false);
  });
});
