/**
 * Issue 21's small things in the understanding step, read with the English locales' phrase
 * data: premium questions (what it includes, what it costs), refund and cancel phrasings, and
 * the product words without the carrier people put before them ("i'm out of printer ink").
 */
import { phrasesFor } from '../../lambda/i18n/phrases';
import { understand } from '../../lambda/understanding/understand';

describe.each(['en-US', 'en-GB', 'en-CA'])('premium words and carriers (%s)', (locale) => {
  const phrases = phrasesFor(locale);

  it.each([
    ['what do i get with premium', 'premium_shopper'],
    ['what does premium include', 'premium_shopper'],
    ['what comes with offer insights', 'offer_insights'],
    ["what's included in the premium subscription", 'premium_shopper'],
  ])('"%s" asks what %s gives (its summary), not to buy it', (said, product) => {
    expect(understand(said, phrases)).toEqual({ kind: 'premium-info', product });
  });

  it('asks what premium features there are when no product is named', () => {
    expect(understand('tell me about the premium features', phrases)).toEqual({ kind: 'premium-info', product: 'any' });
  });

  it.each([
    ['how much is premium', 'premium_shopper'],
    ['what does premium cost', 'premium_shopper'],
    ['how much does offer insights cost', 'offer_insights'],
    // No product named: the subscription is the one to price.
    ['how much are the upgrades', 'premium_shopper'],
  ])('"%s" is a price question for %s: the purchase flow, where Alexa says the price', (said, product) => {
    expect(understand(said, phrases)).toEqual({ kind: 'premium', product });
  });

  it.each(['how much is it', 'how much is the second one', 'how much is the premium coffee'])('"%s" stays a question about a product\'s price', (said) => {
    expect(understand(said, phrases)).toMatchObject({ kind: 'question', topic: 'price' });
  });

  it.each(['refund my subscription', 'i want my money back for premium', 'cancel premium', 'stop my subscription', 'cancel my membership'])(
    '"%s" reaches the cancel flow',
    (said) => {
      expect(understand(said, phrases)).toEqual({ kind: 'premium-cancel' });
    },
  );

  it('leaves "cancel" alone to drop the question and "stop" to end', () => {
    expect(understand('cancel', phrases)).toEqual({ kind: 'cancel' });
    expect(understand('stop', phrases)).toEqual({ kind: 'closing' });
  });

  it.each([
    ["i'm out of printer ink", 'printer ink'],
    ['i need some dog food please', 'dog food'],
    ["we've run out of coffee", 'coffee'],
    ['i ran out of paper towels', 'paper towels'],
    ["i'm all out of batteries", 'batteries'],
    ["we're running low on dish soap", 'dish soap'],
  ])('"%s" searches "%s": the carrier and fillers are not the product', (said, words) => {
    expect(understand(said, phrases)).toEqual({ kind: 'product', words });
  });
});
