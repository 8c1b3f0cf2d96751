import { type LanguageModel, loadLanguageModel } from './model';
import { FALLBACK_INTENT, IntentResolver } from './nlu';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-0000000000aa';
const enUS = new IntentResolver(loadLanguageModel('en-US'), SKILL_ID);
const enGB = new IntentResolver(loadLanguageModel('en-GB'), SKILL_ID);
const deDE = new IntentResolver(loadLanguageModel('de-DE'), SKILL_ID, true, 'de-DE');
const frFR = new IntentResolver(loadLanguageModel('fr-FR'), SKILL_ID, true, 'fr-FR');
const itIT = new IntentResolver(loadLanguageModel('it-IT'), SKILL_ID, true, 'it-IT');
const esES = new IntentResolver(loadLanguageModel('es-ES'), SKILL_ID, true, 'es-ES');
const esUS = new IntentResolver(loadLanguageModel('es-US'), SKILL_ID, true, 'es-US');
const jaJP = new IntentResolver(loadLanguageModel('ja-JP'), SKILL_ID, true, 'ja-JP');

type Expected = Record<string, string>;

function slotValues(resolver: IntentResolver, utterance: string): { intent: string; slots: Expected } {
  const { intent } = resolver.resolve(utterance);
  const slots: Expected = {};
  for (const slot of Object.values(intent.slots ?? {})) {
    if (slot.value === undefined) continue;
    const resolution = slot.resolutions?.resolutionsPerAuthority?.[0];
    const id = resolution?.values[0]?.value.id;
    slots[slot.name] = id === undefined ? slot.value : `${slot.value} => ${id}`;
  }
  return { intent: intent.name, slots };
}

// [utterance, intent, slots]: from the sample utterances and beyond them.
const TABLE: Array<[string, string, Expected]> = [
  // SearchProductsIntent: AMAZON.SearchQuery takes the words as said.
  ['find batteries', 'SearchProductsIntent', { query: 'batteries' }],
  ['search for AA batteries', 'SearchProductsIntent', { query: 'aa batteries' }],
  ['look for a coffee grinder', 'SearchProductsIntent', { query: 'a coffee grinder' }],
  ["I'm looking for printer paper", 'SearchProductsIntent', { query: 'printer paper' }],
  ['show me some noise cancelling headphones', 'SearchProductsIntent', { query: 'noise cancelling headphones' }],
  ['do you have dog food', 'SearchProductsIntent', { query: 'dog food' }],
  ['I need a phone charger', 'SearchProductsIntent', { query: 'a phone charger' }],
  ['shop for running shoes', 'SearchProductsIntent', { query: 'running shoes' }],
  ['find me some tea', 'SearchProductsIntent', { query: 'tea' }],
  ['find some green tea', 'SearchProductsIntent', { query: 'green tea' }],
  ['what yoga mats do you have', 'SearchProductsIntent', { query: 'yoga mats' }],
  ['Please find USB-C cables.', 'SearchProductsIntent', { query: 'usb c cables' }],
  ['search kitchen scales', 'SearchProductsIntent', { query: 'kitchen scales' }],
  // ProductDetailsIntent: AMAZON.Ordinal sends digits.
  ['tell me more', 'ProductDetailsIntent', {}],
  ['tell me more about the second one', 'ProductDetailsIntent', { ordinal: '2' }],
  ['details on the first one', 'ProductDetailsIntent', { ordinal: '1' }],
  ['what about the 3rd one', 'ProductDetailsIntent', { ordinal: '3' }],
  ['describe the third one', 'ProductDetailsIntent', { ordinal: '3' }],
  ["what's the second one", 'ProductDetailsIntent', { ordinal: '2' }],
  ['give me details on the tenth product', 'ProductDetailsIntent', { ordinal: '10' }],
  // AddToCartIntent.
  ['add it to my cart', 'AddToCartIntent', {}],
  ['add the second one to my cart', 'AddToCartIntent', { ordinal: '2' }],
  ['put the first one in my cart', 'AddToCartIntent', { ordinal: '1' }],
  ['Add that to my basket!', 'AddToCartIntent', {}],
  ['add the 2nd item to my cart please', 'AddToCartIntent', { ordinal: '2' }],
  // BuyProductIntent.
  ['buy it', 'BuyProductIntent', {}],
  ['buy the first one', 'BuyProductIntent', { ordinal: '1' }],
  ["I'll take the third one", 'BuyProductIntent', { ordinal: '3' }],
  ['place an order for the second one', 'BuyProductIntent', { ordinal: '2' }],
  ['order that', 'BuyProductIntent', {}],
  // AddToWishListIntent.
  ['save it for later', 'AddToWishListIntent', {}],
  ['add the second one to my wish list', 'AddToWishListIntent', { ordinal: '2' }],
  ['put the fourth item on my wish list', 'AddToWishListIntent', { ordinal: '4' }],
  // RecommendProductsIntent.
  ['recommend these', 'RecommendProductsIntent', {}],
  ['what do you recommend', 'RecommendProductsIntent', {}],
  ['show me recommendations', 'RecommendProductsIntent', {}],
  ['recommend the first one', 'RecommendProductsIntent', { ordinal: '1' }],
  // CompareOffersIntent and WatchPriceIntent.
  ['compare offers', 'CompareOffersIntent', {}],
  ['who else sells it', 'CompareOffersIntent', {}],
  ['show me other sellers', 'CompareOffersIntent', {}],
  ['compare offers for the second one', 'CompareOffersIntent', { ordinal: '2' }],
  ['watch the price', 'WatchPriceIntent', {}],
  ['track the price of the first one', 'WatchPriceIntent', { ordinal: '1' }],
  ['let me know if it gets cheaper', 'WatchPriceIntent', {}],
  // WhatCanIBuyIntent.
  ['what can I buy', 'WhatCanIBuyIntent', {}],
  ['tell me about premium', 'WhatCanIBuyIntent', {}],
  ['what upgrades are there', 'WhatCanIBuyIntent', {}],
  // BuyPremiumIntent and RefundPremiumIntent: custom type with entity resolution, only after
  // premium words. A product carrier ("buy …", "I want …") goes to the product intents, whose
  // handlers send premium names to the premium flow (lambda/purchasing/premiumRedirect.ts).
  ['buy premium shopper', 'BuyProductIntent', { query: 'premium shopper' }],
  ['subscribe to the premium subscription', 'BuyPremiumIntent', { premiumProduct: 'the premium subscription => premium_shopper' }],
  ['I want offer insights', 'SearchProductsIntent', { query: 'offer insights' }],
  // `get {query}` took commands ("get me the cheapest"): removed from the model (issue 20).
  ['get offer comparison', FALLBACK_INTENT, {}],
  ['upgrade to offer insights', 'BuyPremiumIntent', { premiumProduct: 'offer insights => offer_insights' }],
  ['sign up for extra watch slots', 'BuyPremiumIntent', { premiumProduct: 'extra watch slots => watch_slots' }],
  ['upgrade to premium', 'BuyPremiumIntent', {}],
  ['cancel my premium subscription', 'RefundPremiumIntent', {}],
  ['refund the premium feature insights', 'RefundPremiumIntent', { premiumProduct: 'insights => offer_insights' }],
  ['unsubscribe from shopper premium', 'RefundPremiumIntent', { premiumProduct: 'shopper premium => premium_shopper' }],
  ['cancel my offer insights subscription', 'RefundPremiumIntent', { premiumProduct: 'offer insights => offer_insights' }],
  // Built-in intents: samples in the model and Alexa's own phrases.
  ['help', 'AMAZON.HelpIntent', {}],
  ['what can I say', 'AMAZON.HelpIntent', {}],
  ['I need help', 'AMAZON.HelpIntent', {}],
  ['stop', 'AMAZON.StopIntent', {}],
  ['cancel', 'AMAZON.CancelIntent', {}],
  ['never mind', 'AMAZON.CancelIntent', {}],
  ['start over', 'AMAZON.StartOverIntent', {}],
  ['go home', 'AMAZON.NavigateHomeIntent', {}],
  ['next', 'AMAZON.NextIntent', {}],
  ['show me more', 'AMAZON.NextIntent', {}],
  ['more results', 'AMAZON.NextIntent', {}],
  ['go back', 'AMAZON.PreviousIntent', {}],
  ['previous results', 'AMAZON.PreviousIntent', {}],
  ['say that again', 'AMAZON.RepeatIntent', {}],
  ['repeat', 'AMAZON.RepeatIntent', {}],
  ['yes', 'AMAZON.YesIntent', {}],
  ['Yes please.', 'AMAZON.YesIntent', {}],
  ['sure', 'AMAZON.YesIntent', {}],
  ['no', 'AMAZON.NoIntent', {}],
  ['no thanks', 'AMAZON.NoIntent', {}],
  ["I don't think so", 'AMAZON.NoIntent', {}],
  // Beyond the samples: one word of a long sample replaced, as Alexa generalises.
  ['tell me about the second one', 'ProductDetailsIntent', { ordinal: '2' }],
  ['add the first one to my basket', 'AddToCartIntent', { ordinal: '1' }],
  ['put the third one in my trolley', 'AddToCartIntent', { ordinal: '3' }],
  // Nothing matches: AMAZON.FallbackIntent, never an exception.
  ['tell me about coffee', FALLBACK_INTENT, {}],
  // WhatCanIBuy's carrier takes any words in its custom slot, unresolved: the understanding step
  // reads them on their own (lambda/understanding/turn.ts), so the skill hears no premium question.
  ['what comes with coffee', 'WhatCanIBuyIntent', { premiumProduct: 'coffee' }],
  ["what's the weather like", FALLBACK_INTENT, {}],
  ['play some jazz', FALLBACK_INTENT, {}],
  ['find', FALLBACK_INTENT, {}],
  ['the second one', 'SelectItemIntent', { ordinal: '2' }],
  // A position that is no position: the skill asks which one (conversation/references.ts).
  ['add the eleventy one to my cart', 'AddToCartIntent', { position: 'eleventy' }],
  ['', FALLBACK_INTENT, {}],
  ['!!!', FALLBACK_INTENT, {}],
];

describe('utterance resolution over the en-US interaction model', () => {
  it('covers at least sixty utterances', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)('resolves "%s" to %s with the expected slots', (utterance, intent, slots) => {
    expect(slotValues(enUS, utterance)).toEqual({ intent, slots });
  });
});

describe('entity resolution', () => {
  it('reports ER_SUCCESS_MATCH with the value id and canonical name for a synonym', () => {
    const slot = enUS.resolve('subscribe to premium shopper').intent.slots?.['premiumProduct'];
    const resolution = slot?.resolutions?.resolutionsPerAuthority?.[0];
    expect(resolution?.status.code).toBe('ER_SUCCESS_MATCH');
    expect(resolution?.values[0]?.value).toEqual({ id: 'premium_shopper', name: 'premium shopper' });
    expect(resolution?.authority).toBe(`amzn1.er-authority.echo-sdk.${SKILL_ID}.PremiumProductType`);
  });

  it('reports ER_SUCCESS_NO_MATCH with no values when the words are not a value or synonym', () => {
    const { intent } = enUS.resolve('upgrade to a unicorn');
    const resolution = intent.slots?.['premiumProduct']?.resolutions?.resolutionsPerAuthority?.[0];
    expect(intent.name).toBe('BuyPremiumIntent');
    expect(intent.slots?.['premiumProduct']?.value).toBe('a unicorn');
    expect(resolution?.status.code).toBe('ER_SUCCESS_NO_MATCH');
    expect(resolution?.values).toEqual([]);
  });

  it('lists every declared slot of the intent, unfilled ones without a value', () => {
    const { intent } = enUS.resolve('add it to my cart');
    expect(intent.slots).toEqual({
      ordinal: { name: 'ordinal', confirmationStatus: 'NONE' },
      number: { name: 'number', confirmationStatus: 'NONE' },
      position: { name: 'position', confirmationStatus: 'NONE' },
      query: { name: 'query', confirmationStatus: 'NONE' },
    });
  });

  it('never lets a near match beat an exact one', () => {
    expect(enUS.resolve('add the second one to my cart').sample).toBe('add the {ordinal} one to my cart');
    expect(enUS.resolve('add the second item to my cart').sample).toBe('add the {ordinal} item to my cart');
  });

  it('does not near-match by replacing the first word, which carries the intent', () => {
    expect(enUS.resolve('remove the first one from my cart').intent.name).toBe(FALLBACK_INTENT);
    expect(enUS.resolve('sell the first one to my cart').intent.name).toBe(FALLBACK_INTENT);
  });

  it('does not near-match by trading a carrier word for one that carries another intent', () => {
    // A model where only BuyProduct's sample is long enough for a near match.
    const model: LanguageModel = {
      invocationName: 'voice shopper',
      intents: [
        { name: 'BuyProductIntent', slots: [{ name: 'query', type: 'AMAZON.SearchQuery' }], samples: ['I would like to buy {query}', 'buy {query}'] },
        { name: 'RefundPremiumIntent', samples: ['cancel my subscription'] },
        { name: 'ProductDetailsIntent', slots: [{ name: 'ordinal', type: 'AMAZON.Ordinal' }], samples: ['tell me about the {ordinal} item'] },
      ],
    };
    const resolver = new IntentResolver(model, SKILL_ID);
    // "cancel" is a word of the refund sample, never of BuyProduct's "I would like to buy {query}".
    expect(resolver.resolve("i'd like to cancel my membership").intent.name).toBe(FALLBACK_INTENT);
    // A word no sample uses may still stand in for one.
    expect(resolver.resolve("i'd like to grab some tea").intent.name).toBe('BuyProductIntent');
    expect(resolver.resolve('tell me about the second gadget').intent.name).toBe('ProductDetailsIntent');
  });

  it("never near-matches by putting a position or another intent's carrier in place of a sample's word", () => {
    const model: LanguageModel = {
      invocationName: 'voice shopper',
      intents: [
        { name: 'BuyPremiumIntent', samples: ["let's do the premium"] },
        { name: 'SelectItemIntent', slots: [{ name: 'position', type: 'ListPositionType' }], samples: ['I will have the {position} one'] },
        { name: 'BuyProductIntent', slots: [{ name: 'query', type: 'AMAZON.SearchQuery' }], samples: ['buy {query}', 'buy it', 'buy them', 'buy that'] },
        { name: 'OrderHelpIntent', samples: ['has my order shipped', ...Array.from({ length: 5 }, (_, i) => `where is order ${i + 1}`)] },
        { name: 'SortByRatingIntent', samples: ['which ones have the best reviews'] },
      ],
      types: [{ name: 'ListPositionType', values: [{ name: { value: 'last' } }] }],
    };
    const resolver = new IntentResolver(model, SKILL_ID);
    // "the first" is what a slot takes: no "let's do the premium".
    expect(resolver.resolve("let's do the first").intent.name).toBe(FALLBACK_INTENT);
    // "buy" is in every BuyProduct sample: it carries that intent, never stands in for "have".
    expect(resolver.resolve("i'll buy the lavazza one").intent.name).toBe(FALLBACK_INTENT);
    expect(resolver.resolve("i'll get the lavazza one").intent.name).toBe('SelectItemIntent');
    // One sample in six holding "has" does not make it OrderHelp's carrier.
    expect(resolver.resolve('which ones has the best reviews').intent.name).toBe('SortByRatingIntent');
  });

  it('prefers the sample whose words match literally over a slot that swallows them', () => {
    expect(enUS.resolve('buy it').intent.name).toBe('BuyProductIntent');
    expect(enUS.resolve('show me more').intent.name).toBe('AMAZON.NextIntent');
  });
});

describe('utterance resolution over the en-GB interaction model', () => {
  it('resolves the en-GB samples', () => {
    expect(slotValues(enGB, 'put the second one in my basket')).toEqual({ intent: 'AddToCartIntent', slots: { ordinal: '2' } });
    expect(slotValues(enGB, 'find tea bags').intent).toBe('SearchProductsIntent');
  });
});

describe('utterance resolution over the de-DE interaction model', () => {
  it('resolves German with its own built-ins, declined ordinals and compound numbers', () => {
    expect(slotValues(deDE, 'pack den dritten in meinen einkaufswagen')).toEqual({ intent: 'AddToCartIntent', slots: { ordinal: '3' } });
    expect(slotValues(deDE, 'ja gerne').intent).toBe('AMAZON.YesIntent');
    expect(slotValues(deDE, 'nein danke').intent).toBe('AMAZON.NoIntent');
    expect(slotValues(deDE, 'stopp').intent).toBe('AMAZON.StopIntent');
    expect(slotValues(deDE, 'hilfe').intent).toBe('AMAZON.HelpIntent');
    expect(slotValues(deDE, 'nummer einundzwanzig')).toEqual({ intent: 'SelectItemIntent', slots: { number: '21' } });
    // English is not German: the built-in "yes" is not one of its phrases.
    expect(slotValues(deDE, 'yes please').intent).toBe(FALLBACK_INTENT);
  });
});

describe('utterance resolution over the fr-FR interaction model', () => {
  it('resolves French with its built-ins, written ordinals and elided words kept in a slot value', () => {
    expect(slotValues(frFR, 'ajoute le troisième à mon panier')).toEqual({ intent: 'AddToCartIntent', slots: { ordinal: '3' } });
    expect(slotValues(frFR, 'le 2e')).toEqual({ intent: 'SelectItemIntent', slots: { ordinal: '2' } });
    expect(slotValues(frFR, 'la première')).toEqual({ intent: 'SelectItemIntent', slots: { ordinal: '1' } });
    expect(slotValues(frFR, 'numéro soixante-dix')).toEqual({ intent: 'SelectItemIntent', slots: { number: '70' } });
    expect(slotValues(frFR, "cherche du papier d'imprimante")).toEqual({ intent: 'SearchProductsIntent', slots: { query: "du papier d'imprimante" } });
    expect(slotValues(frFR, 'oui vas-y').intent).toBe('AMAZON.YesIntent');
    expect(slotValues(frFR, 'non merci').intent).toBe('AMAZON.NoIntent');
    expect(slotValues(frFR, 'yes please').intent).toBe(FALLBACK_INTENT);
  });

  it('reads a German ordinal written with its full stop', () => {
    expect(slotValues(deDE, 'das 3.')).toEqual({ intent: 'SelectItemIntent', slots: { ordinal: '3' } });
  });
});

describe('utterance resolution over the it-IT interaction model', () => {
  it('resolves Italian with its own built-ins, ordinals in either gender and numbers written as one word', () => {
    expect(slotValues(itIT, 'aggiungi il terzo al mio carrello')).toEqual({ intent: 'AddToCartIntent', slots: { ordinal: '3' } });
    expect(slotValues(itIT, 'la seconda')).toEqual({ intent: 'SelectItemIntent', slots: { ordinal: '2' } });
    expect(slotValues(itIT, 'numero ventidue')).toEqual({ intent: 'SelectItemIntent', slots: { number: '22' } });
    expect(slotValues(itIT, 'sì grazie').intent).toBe('AMAZON.YesIntent');
    expect(slotValues(itIT, 'no grazie').intent).toBe('AMAZON.NoIntent');
    expect(slotValues(itIT, 'aiuto').intent).toBe('AMAZON.HelpIntent');
    expect(slotValues(itIT, 'stop').intent).toBe('AMAZON.StopIntent');
    expect(slotValues(itIT, 'yes please').intent).toBe(FALLBACK_INTENT);
  });
});

describe('utterance resolution over the es-ES interaction model', () => {
  it('resolves Spanish with its own built-ins, shortened and feminine ordinals and numbers with "y"', () => {
    expect(slotValues(esES, 'añade el tercero a mi cesta')).toEqual({ intent: 'AddToCartIntent', slots: { ordinal: '3' } });
    expect(slotValues(esES, 'mete el primer producto en el carrito')).toEqual({ intent: 'AddToCartIntent', slots: { ordinal: '1' } });
    expect(slotValues(esES, 'la segunda')).toEqual({ intent: 'SelectItemIntent', slots: { ordinal: '2' } });
    expect(slotValues(esES, 'número treinta y dos')).toEqual({ intent: 'SelectItemIntent', slots: { number: '32' } });
    expect(slotValues(esES, 'vale sí').intent).toBe('AMAZON.YesIntent');
    expect(slotValues(esES, 'no gracias').intent).toBe('AMAZON.NoIntent');
    expect(slotValues(esES, 'ayuda').intent).toBe('AMAZON.HelpIntent');
    expect(slotValues(esES, 'para').intent).toBe('AMAZON.StopIntent');
    expect(slotValues(esES, 'yes please').intent).toBe(FALLBACK_INTENT);
  });
});

describe('utterance resolution over the es-US interaction model', () => {
  it('resolves US Spanish: carrito and agregar, "nomás" for only, its own built-ins', () => {
    expect(slotValues(esUS, 'agrega el segundo a mi carrito')).toEqual({ intent: 'AddToCartIntent', slots: { ordinal: '2' } });
    expect(slotValues(esUS, 'nomás prime').intent).toBe('RefineResultsIntent');
    expect(slotValues(esUS, 'órale').intent).toBe('AMAZON.YesIntent');
    expect(slotValues(esUS, 'mande').intent).toBe('AMAZON.RepeatIntent');
    // Spain's basket is not in the US model's cart samples.
    expect(slotValues(esUS, 'añádelo a la cesta').intent).not.toBe('AddToCartIntent');
  });
});

describe('utterance resolution over the ja-JP interaction model: Japanese without spaces', () => {
  it('matches samples and utterances word by word, and sends slot values written together', () => {
    // 二 is a number word and 番目 a literal of the sample: the item number, as an ordinal would give it.
    expect(slotValues(jaJP, '二番目をカートに入れて')).toEqual({ intent: 'AddToCartIntent', slots: { number: '2' } });
    expect(slotValues(jaJP, '最後のをカートに入れて')).toEqual({ intent: 'AddToCartIntent', slots: { position: '最後 => last' } });
    expect(slotValues(jaJP, '3番目の詳細を教えて')).toEqual({ intent: 'ProductDetailsIntent', slots: { number: '3' } });
    expect(slotValues(jaJP, '単三電池を探して')).toEqual({ intent: 'SearchProductsIntent', slots: { query: '単三電池' } });
    expect(slotValues(jaJP, 'USBケーブルが欲しいです')).toEqual({ intent: 'SearchProductsIntent', slots: { query: 'usbケーブル' } });
    expect(slotValues(jaJP, 'プライム対象だけ')).toEqual({ intent: 'RefineResultsIntent', slots: { refinement: 'プライム対象 => PRIME' } });
  });

  it('takes punctuation and polite endings as Alexa does, and its own built-ins', () => {
    expect(slotValues(jaJP, 'コーヒーを探してください。')).toEqual({ intent: 'SearchProductsIntent', slots: { query: 'コーヒー' } });
    // A filler before the product falls into the slot, as it would on a device; the skill's understanding step drops it.
    expect(slotValues(jaJP, 'えっと、コーヒーを探して')).toEqual({ intent: 'SearchProductsIntent', slots: { query: 'えっとコーヒー' } });
    expect(slotValues(jaJP, 'はい、お願いします').intent).toBe('AMAZON.YesIntent');
    expect(slotValues(jaJP, 'いいえ結構です').intent).toBe('AMAZON.NoIntent');
    expect(slotValues(jaJP, 'ヘルプ').intent).toBe('AMAZON.HelpIntent');
    expect(slotValues(jaJP, 'yes please').intent).toBe(FALLBACK_INTENT);
  });

  it('reads Han numerals and counters as AMAZON.NUMBER and AMAZON.Ordinal send them: digits', () => {
    expect(slotValues(jaJP, '二つ目の値段は')).toEqual({ intent: 'PriceQuestionIntent', slots: { ordinal: '2' } });
    expect(slotValues(jaJP, '千円以下のだけ').slots).toMatchObject({ maxPrice: '1000' });
    expect(slotValues(jaJP, '千五百円以下のだけ').slots).toMatchObject({ maxPrice: '1500' });
    // A number in a literal sample ("次の三件") is heard written either way.
    expect(slotValues(jaJP, '次の3件').intent).toBe('AMAZON.NextIntent');
  });

  it('does not match a sample by characters across a word boundary', () => {
    // "次" (next) is a sample; "次元" (dimension) holds its character but is another word.
    expect(slotValues(jaJP, '次').intent).toBe('AMAZON.NextIntent');
    expect(slotValues(jaJP, '次元').intent).not.toBe('AMAZON.NextIntent');
  });
});

describe('near matches keep what a sample is about', () => {
  const model: LanguageModel = {
    invocationName: 'voice shopper',
    intents: [
      { name: 'BuyPremiumIntent', slots: [{ name: 'premiumProduct', type: 'PremiumProductType' }], samples: ['how much is the shiny subscription', 'buy the shiny upgrade now'] },
      { name: 'ProductDetailsIntent', slots: [{ name: 'ordinal', type: 'AMAZON.Ordinal' }], samples: ['tell me more about the {ordinal} item'] },
    ],
    types: [{ name: 'PremiumProductType', values: [{ name: { value: 'shiny subscription' } }] }],
  };
  const resolver = new IntentResolver(model, SKILL_ID);
  const brands = [{ name: 'ListValueType', values: [{ id: 'BRAND.lavazza', name: { value: 'Lavazza' } }] }];

  it("never replaces a word of the intent's own slot values", () => {
    expect(resolver.resolve('how much is the shiny lavazza').intent.name).toBe(FALLBACK_INTENT);
    // Another word of the sample may still be replaced.
    expect(resolver.resolve('how much was the shiny subscription').intent.name).toBe('BuyPremiumIntent');
  });

  it('never puts a word of a dynamic entity the skill sent in place of a sample word', () => {
    expect(resolver.resolve('buy the shiny lavazza now', brands).intent.name).toBe(FALLBACK_INTENT);
    // The same word, not sent as an entity, stands in as before.
    expect(resolver.resolve('buy the shiny lavazza now').intent.name).toBe('BuyPremiumIntent');
    expect(resolver.resolve('tell me more about the second gadget', brands).intent.name).toBe('ProductDetailsIntent');
  });
});

describe('near matches never trade one value of a slot type for another', () => {
  const model: LanguageModel = {
    invocationName: 'voice shopper',
    intents: [
      { name: 'SortByPriceIntent', samples: ['what is the least expensive one'] },
      { name: 'SortResultsIntent', slots: [{ name: 'sort', type: 'SortType' }], samples: ['sort them by {sort}'] },
    ],
    types: [
      {
        name: 'SortType',
        values: [
          { id: 'PRICE_ASC', name: { value: 'least expensive', synonyms: ['cheapest'] } },
          { id: 'PRICE_DESC', name: { value: 'most expensive', synonyms: ['priciest'] } },
        ],
      },
    ],
  };
  const resolver = new IntentResolver(model, SKILL_ID);

  it('says another value of the type than the sample: no near match', () => {
    expect(resolver.resolve('what is the most expensive one').intent.name).toBe(FALLBACK_INTENT);
  });

  it('a word of the same value, or of no value, still stands in', () => {
    expect(resolver.resolve('what was the least expensive one').intent.name).toBe('SortByPriceIntent');
    expect(resolver.resolve('what is the least pricey one').intent.name).toBe('SortByPriceIntent');
  });
});

describe('never mind said with thanks declines (ASSUMPTION)', () => {
  const model: LanguageModel = {
    invocationName: 'voice shopper',
    intents: [
      { name: 'AMAZON.CancelIntent', samples: [] },
      { name: 'AMAZON.NoIntent', samples: [] },
    ],
  };

  it('is AMAZON.NoIntent, in the language of the locale', () => {
    expect(new IntentResolver(model, SKILL_ID).resolve('never mind thanks').intent.name).toBe('AMAZON.NoIntent');
    expect(new IntentResolver(model, SKILL_ID, true, 'es-ES').resolve('olvídalo gracias').intent.name).toBe('AMAZON.NoIntent');
    expect(new IntentResolver(model, SKILL_ID, true, 'es-ES').resolve('olvídalo').intent.name).toBe('AMAZON.CancelIntent');
  });

  it('without thanks, or with the assumptions off, it stays a cancel', () => {
    expect(new IntentResolver(model, SKILL_ID).resolve('never mind').intent.name).toBe('AMAZON.CancelIntent');
    expect(new IntentResolver(model, SKILL_ID, false).resolve('never mind thanks').intent.name).toBe('AMAZON.CancelIntent');
  });
});

describe('two samples of one intent said one after the other (ASSUMPTION)', () => {
  const model: LanguageModel = {
    invocationName: 'voice shopper',
    intents: [
      { name: 'AMAZON.StopIntent', samples: ['all good', 'bye'] },
      { name: 'AMAZON.CancelIntent', samples: ['forget it'] },
      { name: 'SearchProductsIntent', slots: [{ name: 'query', type: 'AMAZON.SearchQuery' }], samples: ['find {query}'] },
    ],
  };

  it('are that intent', () => {
    expect(new IntentResolver(model, SKILL_ID).resolve('all good thanks bye').intent.name).toBe('AMAZON.StopIntent');
  });

  it('not two intents, nor a slot on either side, nor with the assumptions off', () => {
    const resolver = new IntentResolver(model, SKILL_ID);
    expect(resolver.resolve('never mind bye').intent.name).toBe(FALLBACK_INTENT);
    expect(resolver.resolve('find tea bye').intent.name).toBe('SearchProductsIntent');
    expect(resolver.resolve('find tea bye').intent.slots?.query?.value).toBe('tea bye');
    expect(new IntentResolver(model, SKILL_ID, false).resolve('all good bye').intent.name).toBe(FALLBACK_INTENT);
  });
});
