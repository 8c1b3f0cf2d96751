/**
 * Every product of the embedded catalog, in both locales, through search (every page of
 * every kind of product), details, offer comparison, more offers and bulk prices: no answer
 * runs over 75 words (about 30 seconds), and every answer that keeps the session open ends
 * with a question and has a reprompt.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { IntentNames, SessionKeys } from '../../lambda/constants';
import { productRecords } from '../../lambda/catalog/embedded/generate';
import { shortTitle } from '../../lambda/browsing/speech';
import { dropsSpeech } from '../../lambda/purchasing/priceDrops';
import { translator } from '../../lambda/i18n';
import { continueSession, intentRequest, repromptOf, speechOf } from '../support/envelopes';
import { testSkill } from '../support/skill';
import { entitledToEverything } from '../purchasing/fixtures';

const MAX_WORDS = 75;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

interface Problem {
  turn: string;
  problem: string;
  speech: string;
}

function check(turn: string, out: ResponseEnvelope): Problem[] {
  const speech = speechOf(out);
  const problems: Problem[] = [];
  if (words(speech) > MAX_WORDS) problems.push({ turn, problem: `${words(speech)} words`, speech });
  if (out.response.shouldEndSession === false) {
    if (!/\?\s*$/.test(speech)) problems.push({ turn, problem: 'open answer without a question', speech });
    if (repromptOf(out) === '') problems.push({ turn, problem: 'open answer without a reprompt', speech });
  }
  return problems;
}

const LOCALES = [
  { locale: 'en-US', region: 'US' },
  { locale: 'en-GB', region: 'UK' },
] as const;

describe.each(LOCALES)('every embedded product in $locale', ({ locale, region }) => {
  const records = productRecords().filter((r) => r.regions.includes(region));
  const { invoke } = testSkill({ entitlements: entitledToEverything() });

  it('covers the whole catalog of the region', () => {
    expect(records.length).toBeGreaterThan(100);
  });

  it('pages through every search result of every kind of product within the limits', async () => {
    const problems: Problem[] = [];
    const kinds = [...new Set(records.map((r) => r.category.synonyms[0] ?? r.category.key))];
    const heard = new Set<string>();
    for (const kind of kinds) {
      let out = await invoke(intentRequest(IntentNames.SearchProducts, { query: kind }, { locale }));
      problems.push(...check(`find ${kind}`, out));
      for (let page = 0; page < 20; page += 1) {
        const state = (out.sessionAttributes?.[SessionKeys.Shopping] ?? { products: [] }) as { products: Array<{ asin: string }> };
        for (const p of state.products) heard.add(p.asin);
        const next: RequestEnvelope = continueSession(out, intentRequest(IntentNames.Next, {}, { locale }));
        out = await invoke(next);
        problems.push(...check(`${kind}: next`, out));
        if (/That's all I found/.test(speechOf(out))) break;
      }
    }
    expect(problems).toEqual([]);
    expect(heard.size).toBeGreaterThan(records.length / 2);
  });

  it('reads details, two offers, more offers and bulk prices of each product within the limits', async () => {
    const problems: Problem[] = [];
    for (const record of records) {
      const listed = { products: [{ asin: record.asin, title: shortTitle(record.title) }], pageStart: 0, pageSize: 3, query: record.category.key };
      const attributes = { [SessionKeys.Shopping]: listed };
      const details = await invoke(intentRequest(IntentNames.ProductDetails, { ordinal: '1' }, { locale, attributes }));
      problems.push(...check(`${record.asin} details`, details));
      const offers = await invoke(continueSession(details, intentRequest(IntentNames.CompareOffers, {}, { locale })));
      problems.push(...check(`${record.asin} compare offers`, offers));
      const more = await invoke(continueSession(offers, intentRequest(IntentNames.MoreOffers, {}, { locale })));
      problems.push(...check(`${record.asin} more offers`, more));
      const bulk = await invoke(continueSession(more, intentRequest(IntentNames.BulkPriceQuestion, {}, { locale })));
      problems.push(...check(`${record.asin} bulk prices`, bulk));
      // Each step really answered about the product (not an apology that is short by luck).
      expect(speechOf(details)).toContain(shortTitle(record.title).split(' ')[0] ?? '');
      expect(speechOf(offers)).toMatch(/offers? for /);
      expect(speechOf(bulk)).toMatch(/bulk price|each for/);
      // A product that can't be ordered never gets an action menu after its details.
      if (record.guidance === 'BLOCKED' || record.restricted) expect(speechOf(details)).not.toMatch(/You can add it/);
    }
    expect(problems).toEqual([]);
  });
});

describe('price drops on launch', () => {
  it('are grouped: four drops take one sentence, not four', () => {
    const t = translator('en-US');
    const drop = (title: string, was: number, now: number) => ({ asin: 'B000000AA1', title, was: { amount: was, currency: 'USD' }, now: { amount: now, currency: 'USD' } });
    const speech = dropsSpeech(t, [
      drop('Quiet Comfort Headphones', 199.99, 149.99),
      drop('Duracell AA Batteries', 18.99, 15.99),
      drop('Hammermill Paper', 9.99, 8.99),
      drop('Lavazza Coffee', 9.5, 9.0),
    ]);
    expect(speech).toBe('Good news: 4 of your watched products got cheaper. The biggest drop is Quiet Comfort Headphones, now 149 dollars 99, down from 199 dollars 99.');
    expect(words(`${speech} ${t('WELCOME')}`)).toBeLessThanOrEqual(MAX_WORDS);
  });
});
