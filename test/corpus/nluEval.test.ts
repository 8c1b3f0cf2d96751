/**
 * Every corpus line exports as an NLU evaluation annotation whose expected intents and slots
 * the locale's model declares (a set Alexa would reject otherwise).
 */
import { loadLanguageModel } from '../sim/model';
import { corpusLocales, readCorpus } from './corpus';
import { annotationSet, expectedFor } from './nluEval';

describe('the corpus as NLU evaluation annotation sets', () => {
  it.each(corpusLocales())('%s: every line exports, naming only declared intents and slots', (locale) => {
    const model = loadLanguageModel(locale);
    const declared = new Map(model.intents.map((i) => [i.name, new Set((i.slots ?? []).map((s) => s.name))]));
    for (const part of ['dev', 'heldout'] as const) {
      const body = annotationSet(readCorpus(locale, part));
      expect(body.data.length).toBeGreaterThan(0);
      const problems = body.data.flatMap((entry) =>
        entry.expected.flatMap((e) => {
          const slots = declared.get(e.intent?.name ?? '');
          if (slots === undefined) return [`${entry.inputs.utterance}: undeclared intent ${e.intent?.name}`];
          return Object.keys(e.intent?.slots ?? {})
            .filter((s) => !slots.has(s))
            .map((s) => `${entry.inputs.utterance}: ${e.intent?.name} has no slot ${s}`);
        }),
      );
      expect(problems).toEqual([]);
    }
  });

  it('maps an outcome to the intents that carry it out, and refuses one it does not know', () => {
    expect(expectedFor('cart 2')).toEqual([{ intent: { name: 'AddToCartIntent', slots: { ordinal: { value: '2' } } } }]);
    expect(expectedFor('ends')).toEqual([{ intent: { name: 'AMAZON.StopIntent' } }]);
    expect(() => expectedFor('dance')).toThrow(/no NLU expectation/);
  });
});
