/**
 * A short conversation in every new locale, through the real skill and the embedded catalog:
 * welcome, a search in the language, the details of the first product, its offers, help,
 * fallback, goodbye. Every open answer ends with a question and nothing English is spoken but
 * brand names and catalog text (the interaction models of these locales come with the later
 * pass; the intents are sent as the model will resolve them).
 */
import { EmbeddedCatalog } from '../../../lambda/catalog/embedded/EmbeddedCatalog';
import { IntentNames, SlotNames } from '../../../lambda/constants';
import { skillWith, conversation } from '../../catalog/helpers';
import { intentRequest, launchRequest, speechOf } from '../../support/envelopes';

/** English a finished answer must not contain (the words every English answer of this flow uses). */
const ENGLISH = /\b(?:what would you like|which one|results? for|here are|would you like|stars?|delivery|sorry|say|help)\b/i;

describe.each([
  ['de-DE', 'Kaffee', /Euro/],
  ['fr-FR', 'café', /euros?/],
  ['fr-CA', 'piles', /dollars?/],
  ['it-IT', 'caffè', /euro/],
  ['es-ES', 'pilas', /euros?/],
  ['es-US', 'café', /dólares?/],
  ['ja-JP', 'コーヒー', /円/],
])('a conversation in %s', (locale, query, currency) => {
  it('welcomes, searches, details, helps, falls back and says goodbye in the language', async () => {
    const turn = conversation(skillWith(new EmbeddedCatalog()));
    const options = { locale };
    const answers = [
      await turn(launchRequest(options)),
      await turn(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: query }, options)),
      await turn(intentRequest(IntentNames.ProductDetails, { [SlotNames.Ordinal]: '1' }, options)),
      await turn(intentRequest(IntentNames.Help, {}, options)),
      await turn(intentRequest(IntentNames.Fallback, {}, options)),
    ];
    const goodbye = await turn(intentRequest(IntentNames.Stop, {}, options));

    expect(speechOf(answers[1] ?? goodbye)).toMatch(currency);
    for (const answer of answers) {
      const speech = speechOf(answer);
      expect(answer.response.shouldEndSession).toBe(false);
      expect(speech).toMatch(/[?？]$/);
      // Catalog titles may keep English words ("Coppertop"): take the listed items out first.
      expect(speech.replace(/\d+[,、]\s?[^.。]*/g, '')).not.toMatch(ENGLISH);
    }
    expect(goodbye.response.shouldEndSession).toBe(true);
    expect(speechOf(goodbye)).not.toMatch(ENGLISH);
  });
});
