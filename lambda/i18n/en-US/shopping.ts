/** Messages for Alexa Shopping Actions (en-US). */
export const shopping = {
  NO_PRODUCT_CHOSEN: "I'm not sure which product you mean. Search for something first, for example say: find batteries.",
  NO_PRODUCT_REPROMPT: 'What would you like to find?',
  NO_SUCH_ITEM: "There's no item number {ordinal} in this list. I have {count}. Which one would you like?",
  // More results than the page: say how many were read out of how many, and how to hear more.
  NO_SUCH_ITEM_MORE: "There's no number {ordinal} on this page: I've read out {count} of {total} results. Say next for more, or which one would you like?",
  NO_SUCH_ITEM_REPROMPT: 'Which one would you like? Say, the first one, for example.',
  NOTHING_TO_RECOMMEND: "I don't have any products to recommend yet. Search for something first, like dog food.",
  PRODUCT_NOT_USABLE: "Sorry, I can't use that product with Amazon Shopping. Would you like to look for something else?",
  TOO_MANY_PRODUCTS: 'Sorry, I can only {action} {max} at a time. Which one would you like?',
  ASK_SOMETHING_ELSE_REPROMPT: 'Would you like to look for something else?',
  // Success, by task.
  DONE_CART: "I've added {title} to your {cartName}.",
  DONE_BUY: 'Alexa has placed your order for {title}.',
  DONE_WISHLIST: "I've added {title} to your wish list.",
  DONE_RECOMMEND: 'Those are my recommendations.',
  // Failures, by result code.
  NOT_ELIGIBLE: "Sorry, {title} can't be bought with Alexa. Would you like to look for something else?",
  NO_OFFERS: "Sorry, {title} isn't available right now. It may be out of stock. Would you like to look for something else?",
  NOT_IN_MARKETPLACE: "Sorry, {action} isn't available with Alexa in your country yet.",
  RETRY_LATER: "Amazon Shopping couldn't finish {action} just now. Please try again in a little while.",
  INTERNAL_ERROR: "Sorry, Amazon Shopping had a problem and {action} didn't go through.",
  GENERIC_FAILURE: "Sorry, {action} didn't go through.",
  UNMATCHED_RESULT: "Amazon Shopping finished a request, but I couldn't match it to this conversation. You can check your {cartName} and orders in the Amazon app.",
  // How a task is named inside a sentence.
  ACTION_CART: 'adding to your {cartName}',
  ACTION_BUY: 'buying',
  ACTION_WISHLIST: 'adding to your wish list',
  ACTION_RECOMMEND: 'recommending products',
  ACTION_UNKNOWN: 'your request',
  // "add {max} product", used by TOO_MANY_PRODUCTS.
  THAT_ITEM: 'that item',
  UNAVAILABLE_BLOCKED: "Sorry, {title} can't be ordered here. Would you like to look for something else?",
  UNAVAILABLE_RESTRICTED: "Sorry, {title} has buying restrictions on your account, so I can't order it with Alexa. Would you like to look for something else?",
};
