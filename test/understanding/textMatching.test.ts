/**
 * The phrase matchers of lambda/understanding/text.ts compare characters in place instead of
 * building a padded string per phrase tried (a warm search turn's allocation, README,
 * Performance). Their meaning is the padded comparison they replaced: these properties check
 * them against it on text and phrases made of a few words, spaces at either end, doubled
 * spaces, empty phrases and phrases that are the start or end of a word.
 */
import fc from 'fast-check';
import { longestFirst } from '../../lambda/understanding/compiled';
import { containsPhrase, coveredByOf, stripLeadingOf, stripLeadingOnce, stripTrailingOf } from '../../lambda/understanding/text';

/** What the matchers meant before, written the way they were. */
const spec = {
  contains: (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `),
  leading(text: string, phrases: readonly string[]) {
    let rest = text;
    for (let changed = true; changed && rest !== ''; ) {
      changed = false;
      const found = phrases.find((p) => p !== '' && (rest === p || rest.startsWith(`${p} `)));
      if (found !== undefined) {
        rest = rest.slice(found.length).trim();
        changed = true;
      }
    }
    return rest;
  },
  once(text: string, phrases: readonly string[]) {
    const found = phrases.find((p) => p !== '' && (text === p || text.startsWith(`${p} `)));
    return found === undefined ? text : text.slice(found.length).trim();
  },
  trailing(text: string, phrases: readonly string[]) {
    let rest = text;
    for (let changed = true; changed && rest !== ''; ) {
      changed = false;
      const found = phrases.find((p) => p !== '' && (rest === p || rest.endsWith(` ${p}`)));
      if (found !== undefined) {
        rest = rest.slice(0, rest.length - found.length).trim();
        changed = true;
      }
    }
    return rest;
  },
};

// Few, overlapping words so that matches, near misses ("the" in "there") and repeats are common.
const word = fc.constantFrom('the', 'there', 'he', 'oh', 'no', 'never', 'mind', 'a', 'aa', '');
const text = fc
  .array(word, { maxLength: 7 })
  .chain((words) => fc.constantFrom(words.join(' '), ` ${words.join(' ')}`, `${words.join(' ')} `, words.join('  '), words.join(' ').replace(/ /, '  ')));
const phrase = text;
const RUNS = { numRuns: 1000, seed: 20261208 };

describe('phrase matching in place', () => {
  it('containsPhrase is the padded comparison', () => {
    fc.assert(
      fc.property(text, phrase, (t, p) => containsPhrase(t, p) === spec.contains(t, p)),
      RUNS,
    );
  });

  it('stripLeadingOf, stripLeadingOnce and stripTrailingOf take off what the padded comparison took off', () => {
    fc.assert(
      fc.property(text, fc.array(phrase, { maxLength: 5 }), (t, list) => {
        const sorted = longestFirst(list);
        // Twice: a list read again is read through its index by first and last word (text.ts).
        for (let round = 0; round < 2; round++) {
          expect(stripLeadingOf(t, sorted)).toBe(spec.leading(t, sorted));
          expect(stripLeadingOnce(t, sorted)).toBe(spec.once(t, sorted));
          expect(stripTrailingOf(t, sorted)).toBe(spec.trailing(t, sorted));
          expect(coveredByOf(t, sorted)).toBe(t !== '' && spec.leading(t, sorted) === '');
        }
      }),
      RUNS,
    );
  });

  it('matches whole words only, at either edge and in the middle', () => {
    expect(containsPhrase('never mind the coffee', 'mind the')).toBe(true);
    expect(containsPhrase('never mind there', 'mind the')).toBe(false);
    expect(containsPhrase('oh there', 'the')).toBe(false);
    expect(containsPhrase('there the', 'the')).toBe(true);
    expect(containsPhrase('', '')).toBe(true);
    expect(containsPhrase('a', '')).toBe(false);
    const fillers = longestFirst(['oh', 'oh well', 'well']);
    expect(stripLeadingOf('oh well oh coffee', fillers)).toBe('coffee');
    expect(stripLeadingOf('ohm coffee', fillers)).toBe('ohm coffee');
    expect(stripTrailingOf('coffee oh well', fillers)).toBe('coffee');
    expect(stripTrailingOf('coffee swell', fillers)).toBe('coffee swell');
    expect(stripLeadingOnce('oh well oh coffee', fillers)).toBe('oh coffee');
  });
});
