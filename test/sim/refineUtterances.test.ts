/**
 * What customers say to narrow a list, ask about a product, set a quantity and manage price
 * watches, resolved by the simulator's NLU over each locale's interaction model: the intent
 * and the slot values (custom slots by their resolved id, numbers as the digits Alexa sends).
 */
import { loadLanguageModel } from './model';
import { IntentResolver } from './nlu';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-0000000000aa';

type Slots = Record<string, string>;
type Row = [utterance: string, intent: string, slots: Slots];

function resolved(resolver: IntentResolver, utterance: string): { intent: string; slots: Slots } {
  const { intent } = resolver.resolve(utterance);
  const slots: Slots = {};
  for (const slot of Object.values(intent.slots ?? {})) {
    if (slot.value === undefined) continue;
    const id = slot.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id;
    slots[slot.name] = id === undefined ? slot.value : `=> ${id}`;
  }
  return { intent: intent.name, slots };
}

// Phrasings from both locales' customers; a few are locale-specific (currency, "basket").
const SHARED: Row[] = [
  // Refinements the Product Search API has.
  ['only prime', 'RefineResultsIntent', { refinement: '=> PRIME' }],
  ['prime only', 'RefineResultsIntent', { refinement: '=> PRIME' }],
  ['which ones are prime', 'RefineResultsIntent', { refinement: '=> PRIME' }],
  ['only the ones with prime delivery', 'RefineResultsIntent', { refinement: '=> PRIME' }],
  ['which ones arrive tomorrow', 'RefineResultsIntent', { refinement: '=> TOMORROW' }],
  ['which ones can arrive today', 'RefineResultsIntent', { refinement: '=> TODAY' }],
  ['only next day delivery', 'RefineResultsIntent', { refinement: '=> TOMORROW' }],
  ['only in stock', 'RefineResultsIntent', { refinement: '=> IN_STOCK' }],
  ['filter by in stock', 'RefineResultsIntent', { refinement: '=> IN_STOCK' }],
  ['only duracell', 'RefineResultsIntent', { brand: '=> Duracell' }],
  ['duracell only', 'RefineResultsIntent', { brand: '=> Duracell' }],
  ['only the amazon basics ones', 'RefineResultsIntent', { brand: '=> Amazon Basics' }],
  ['just the energizer ones', 'RefineResultsIntent', { brand: '=> Energizer' }],
  ['I only want sony', 'RefineResultsIntent', { brand: '=> Sony' }],
  ['four stars and up', 'RefineResultsIntent', { stars: '4' }],
  ['at least 4 stars', 'RefineResultsIntent', { stars: '4' }],
  ['rated three stars or better', 'RefineResultsIntent', { stars: '3' }],
  // Said as a search while a list is open: the search handler narrows by that brand.
  ['show me some amazon basics', 'SearchProductsIntent', { query: 'amazon basics' }],
  // Refinements inside one search: AMAZON.SearchQuery takes them, the skill splits them off.
  ['find AA batteries with Prime delivery', 'SearchProductsIntent', { query: 'aa batteries with prime delivery' }],
  ['search for dog food that arrives tomorrow', 'SearchProductsIntent', { query: 'dog food that arrives tomorrow' }],
  // Sort: the sort words alone reach one intent per order; "sort by {sort}" carries the slot.
  ['the cheapest', 'SortByPriceIntent', {}],
  // "the {position} one" (SelectItemIntent, ProductDetailsIntent) takes these: the position's
  // words go through the understanding step, which finds the sort (lambda/understanding/turn.ts).
  ['the cheapest one', 'SelectItemIntent', { position: 'cheapest' }],
  ["what's the cheapest one", 'ProductDetailsIntent', { position: 'cheapest' }],
  ['which one is the cheapest', 'SortByPriceIntent', {}],
  ['cheapest first', 'SortByPriceIntent', {}],
  ['sort by price', 'SortResultsIntent', { sort: '=> PRICE_ASC' }],
  ['best rated', 'SortByRatingIntent', {}],
  ['the best rated one', 'SelectItemIntent', { position: 'best rated' }],
  ['sort them by rating', 'SortResultsIntent', { sort: '=> RATING' }],
  ['which has the best reviews', 'SortByRatingIntent', {}],
  // Removing refinements.
  ['clear the filters', 'ClearRefinementsIntent', {}],
  ['remove all filters', 'ClearRefinementsIntent', {}],
  ['any brand', 'ClearRefinementsIntent', { refinementKind: '=> BRAND' }],
  ['any price', 'ClearRefinementsIntent', { refinementKind: '=> PRICE' }],
  ['remove the rating filter', 'ClearRefinementsIntent', { refinementKind: '=> RATING' }],
  ['drop the prime filter', 'ClearRefinementsIntent', { refinementKind: '=> PRIME' }],
  ['no price limit', 'ClearRefinementsIntent', { refinementKind: '=> PRICE' }],
  // Quick questions.
  ['how much is it', 'PriceQuestionIntent', {}],
  ['how much is the second one', 'PriceQuestionIntent', { ordinal: '2' }],
  ["what's the price", 'PriceQuestionIntent', {}],
  ['what does the third one cost', 'PriceQuestionIntent', { ordinal: '3' }],
  ["what's the rating", 'RatingQuestionIntent', {}],
  ['how many stars does it have', 'RatingQuestionIntent', {}],
  ['how many reviews does it have', 'RatingQuestionIntent', {}],
  // The open position slot takes it; the question handler reads the question and the product
  // from its words (questionNamedByPosition, ordinalWithin): test/dialogs/question-which-one*.
  ["what's the rating of the second one", 'ProductDetailsIntent', { position: 'rating of the second' }],
  ['how is the second one rated', 'RatingQuestionIntent', { ordinal: '2' }],
  ['who sells it', 'SellerQuestionIntent', {}],
  ['when will it arrive', 'SellerQuestionIntent', {}],
  ['who sells the first one', 'SellerQuestionIntent', { ordinal: '1' }],
  ['how many in a pack', 'PackSizeQuestionIntent', {}],
  ['how many are in the second one', 'PackSizeQuestionIntent', { ordinal: '2' }],
  ['how many per pack', 'PackSizeQuestionIntent', {}],
  ['is it prime', 'PrimeQuestionIntent', {}],
  ['is the second one prime', 'PrimeQuestionIntent', { ordinal: '2' }],
  ['is there a bulk price', 'BulkPriceQuestionIntent', {}],
  ['is it cheaper in bulk', 'BulkPriceQuestionIntent', {}],
  // Quantity.
  ['add two of them', 'AddQuantityIntent', { quantity: '2' }],
  ['add 10 of those', 'AddQuantityIntent', { quantity: '10' }],
  ['add three of the second one', 'AddQuantityIntent', { quantity: '3', ordinal: '2' }],
  ["I'll take twelve of them", 'AddQuantityIntent', { quantity: '12' }],
  // Price watches.
  ['what am I watching', 'ListPriceWatchesIntent', {}],
  ['list my price watches', 'ListPriceWatchesIntent', {}],
  ['what prices am I watching', 'ListPriceWatchesIntent', {}],
  ['stop watching the first one', 'StopPriceWatchIntent', { ordinal: '1' }],
  ['stop watching printer paper', 'StopPriceWatchIntent', { watchedProduct: 'printer paper' }],
  ['stop watching the price of the dog food', 'StopPriceWatchIntent', { watchedProduct: 'the dog food' }],
  ['stop watching it', 'StopPriceWatchIntent', {}],
  ['stop tracking the second one', 'StopPriceWatchIntent', { ordinal: '2' }],
  // What these must not take from the intents that were there first.
  ['add the second one to my cart', 'AddToCartIntent', { ordinal: '2' }],
  ['tell me about the second one', 'ProductDetailsIntent', { ordinal: '2' }],
  ['who else sells it', 'CompareOffersIntent', {}],
  ['watch the price', 'WatchPriceIntent', {}],
  ['stop', 'AMAZON.StopIntent', {}],
  ['find batteries', 'SearchProductsIntent', { query: 'batteries' }],
];

const US_ONLY: Row[] = [
  ['under 20 dollars', 'RefineResultsIntent', { maxPrice: '20' }],
  ['under twenty dollars', 'RefineResultsIntent', { maxPrice: '20' }],
  ['over 10 dollars', 'RefineResultsIntent', { minPrice: '10' }],
  ['between 10 and 30 dollars', 'RefineResultsIntent', { minPrice: '10', maxPrice: '30' }],
  ['coffee under 20 dollars', 'RefineResultsIntent', { product: '=> coffee', maxPrice: '20' }],
  ['free shipping only', 'RefineResultsIntent', { refinement: '=> FREE_SHIPPING' }],
  ['any free shipping', 'ClearRefinementsIntent', { refinementKind: '=> FREE_SHIPPING' }],
];

const GB_ONLY: Row[] = [
  ['under 20 pounds', 'RefineResultsIntent', { maxPrice: '20' }],
  ['between 10 and 30 pounds', 'RefineResultsIntent', { minPrice: '10', maxPrice: '30' }],
  ['more than fifteen pounds', 'RefineResultsIntent', { minPrice: '15' }],
  ['coffee under 20 pounds', 'RefineResultsIntent', { product: '=> coffee', maxPrice: '20' }],
  ['sun cream under 10 quid', 'RefineResultsIntent', { product: '=> sunscreen', maxPrice: '10' }],
  ['free delivery only', 'RefineResultsIntent', { refinement: '=> FREE_SHIPPING' }],
  ['remove the free delivery filter', 'ClearRefinementsIntent', { refinementKind: '=> FREE_SHIPPING' }],
];

describe.each([
  ['en-US', [...SHARED, ...US_ONLY]],
  ['en-GB', [...SHARED, ...GB_ONLY]],
] as const)('the %s model', (locale, rows) => {
  const resolver = new IntentResolver(loadLanguageModel(locale), SKILL_ID);

  it.each(rows)('"%s" → %s %j', (utterance, intent, slots) => {
    expect(resolved(resolver, utterance)).toEqual({ intent, slots });
  });

  it('never takes a price in the other currency as a refinement (it is not what this locale says)', () => {
    const foreign = locale === 'en-US' ? 'under 20 pounds' : 'under 20 dollars';
    expect(resolved(resolver, foreign).intent).not.toBe('RefineResultsIntent');
  });
});

/**
 * The new intents must not steal what the others were built for: no sample of theirs with an
 * open slot (a custom type or AMAZON.SearchQuery, which Alexa fills with any words) matches a
 * sample of another intent, with that intent's slots filled as a customer would fill them.
 */
const NEW_INTENTS = [
  'RefineResultsIntent',
  'ClearRefinementsIntent',
  'SortResultsIntent',
  'SortByPriceIntent',
  'SortByPriceDescendingIntent',
  'SortByRatingIntent',
  'PriceQuestionIntent',
  'RatingQuestionIntent',
  'SellerQuestionIntent',
  'PackSizeQuestionIntent',
  'PrimeQuestionIntent',
  'BulkPriceQuestionIntent',
  'AddQuantityIntent',
  'ListPriceWatchesIntent',
  'StopPriceWatchIntent',
];
const EXAMPLE_BY_TYPE: Record<string, string> = { 'AMAZON.Ordinal': 'second', 'AMAZON.NUMBER': 'two', 'AMAZON.SearchQuery': 'printer paper' };

describe.each(['en-US', 'en-GB'])('the new %s intents', (locale) => {
  const model = loadLanguageModel(locale);
  const fill = (sample: string, slots: { name: string; type: string }[]) =>
    sample.replace(/\{(\w+)\}/g, (_, name: string) => {
      const type = slots.find((s) => s.name === name)?.type ?? '';
      return EXAMPLE_BY_TYPE[type] ?? model.types?.find((t) => t.name === type)?.values[0]?.name.value ?? 'thing';
    });
  const open = (type: string) => type === 'AMAZON.SearchQuery' || (model.types ?? []).some((t) => t.name === type);

  const patternOf = (sample: string) =>
    new RegExp(
      `^${sample
        .toLowerCase()
        .split(/(\{\w+\})/)
        .map((part) => (/^\{\w+\}$/.test(part) ? '(.+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('')}$`,
    );

  it('have no sample that another intent’s open-slot sample would take', () => {
    const conflicts: string[] = [];
    for (const other of model.intents.filter((i) => !NEW_INTENTS.includes(i.name))) {
      for (const theirs of other.samples ?? []) {
        const slots = other.slots ?? [];
        if (!slots.some((s) => theirs.includes(`{${s.name}}`) && open(s.type))) continue;
        const pattern = patternOf(theirs);
        for (const intent of model.intents.filter((i) => NEW_INTENTS.includes(i.name))) {
          for (const sample of intent.samples ?? []) {
            const said = fill(sample, intent.slots ?? []).toLowerCase();
            if (pattern.test(said)) conflicts.push(`${other.name} "${theirs}" takes ${intent.name} "${said}"`);
          }
        }
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('have no open-slot sample that matches another intent’s sample', () => {
    const conflicts: string[] = [];
    for (const intent of model.intents.filter((i) => NEW_INTENTS.includes(i.name))) {
      for (const sample of intent.samples ?? []) {
        const slots = intent.slots ?? [];
        if (!slots.some((s) => sample.includes(`{${s.name}}`) && open(s.type))) continue;
        const pattern = new RegExp(
          `^${sample
            .toLowerCase()
            .split(/(\{\w+\})/)
            .map((part) => (/^\{\w+\}$/.test(part) ? '(.+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
            .join('')}$`,
        );
        for (const other of model.intents.filter((i) => i.name !== intent.name)) {
          for (const theirs of other.samples ?? []) {
            const said = fill(theirs, other.slots ?? []).toLowerCase();
            if (pattern.test(said)) conflicts.push(`${intent.name} "${sample}" takes ${other.name} "${said}"`);
          }
        }
      }
    }
    expect(conflicts).toEqual([]);
  });
});
