/** Messages for choosing among results, order questions, and state-specific help and fallback (en-US). */
export const conversation = {
  // "Which one…?" after a request that names no single product.
  WHICH_DETAILS: 'Which one would you like to hear about: {choices}?',
  WHICH_CART: 'Which one should I add to your {cartName}: {choices}?',
  WHICH_BUY: 'Which one would you like to buy: {choices}?',
  WHICH_WISHLIST: 'Which one should I save to your wish list: {choices}?',
  WHICH_COMPARE: 'Which one should I compare offers for: {choices}?',
  WHICH_WATCH: 'Which one should I watch the price of: {choices}?',
  WHICH_REPROMPT: 'Which one: {choices}?',
  CHOICES: { '=1': 'the first one', '=2': 'the first or the second', '=3': 'the first, the second, or the third', other: 'the first, the last, or a number up to {count}' },
  // A product action by name found exactly one result.
  ONE_CART: 'Should I add it to your {cartName}?',
  ONE_BUY: 'Would you like to buy it?',
  ONE_WISHLIST: 'Should I save it to your wish list?',
  ONE_REPROMPT: 'Say yes, or tell me what else to find.',
  NO_THANKS: 'Okay. Would you like to hear about another one, or search for something else?',
  // Orders and cart: the skill can't see them.
  ORDER_HELP: "I can't see your orders or your {cartName} from here. To track, cancel or return an order, or to check your {cartName}, please use the Amazon app. What would you like to find?",
  ORDER_HELP_REPROMPT: 'What would you like to find?',
  // Help, by where the customer is.
  HELP_LAUNCH: 'I find products on Amazon and read their prices and ratings. Say what you need, like coffee, or say: add batteries to my {cartName}. What would you like to find?',
  HELP_LAUNCH_REPROMPT: 'What would you like to find? For example, say: printer paper.',
  HELP_LIST: "You're in the results for {query}. Say the first one to hear more, next for more results, or add the second one to my {cartName}. Which one would you like?",
  HELP_LIST_REPROMPT: 'Which one would you like? Say the first one, or next.',
  HELP_DETAILS: "You're looking at {title}. You can say add it to my {cartName}, buy it, compare offers, or bulk prices. What would you like to do?",
  HELP_DETAILS_REPROMPT: 'Would you like to add it to your {cartName}, or hear the offers?',
  HELP_ACTION: 'Your list is still here. Say next for more results, tell me about the first one, or search for something new. What would you like to do?',
  HELP_PURCHASE: 'You can go on shopping where you were: say next, or tell me about the first one. To hear the premium features, say: what can I buy. What would you like to do?',
  HELP_AFTER_REPROMPT: 'Say next, or tell me what to find.',
  // Fallback, by where the customer is.
  FALLBACK_LAUNCH: "Sorry, I didn't catch that. Tell me a product to find, like batteries. What would you like to find?",
  FALLBACK_LIST: "Sorry, I didn't catch that. Say the first one, the second one, or next. Which one would you like?",
  FALLBACK_DETAILS: "Sorry, I didn't catch that. You can say add it to my {cartName}, buy it, or compare offers. What would you like to do?",
  FALLBACK_AFTER: "Sorry, I didn't catch that. Say next for more results, or tell me what to find. What would you like to do?",
};
