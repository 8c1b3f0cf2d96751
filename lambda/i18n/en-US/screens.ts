/**
 * What screens and cards show (en-US): titles, labels and buttons, shown and never spoken (the
 * product facts themselves come from the same objects the speech is built from); and what is
 * said to a touch the skill can't act on.
 */
export const screens = {
  SCREEN_LIST_TITLE: 'Results for {query}',
  SCREEN_LIST_TITLE_PLAIN: 'Products',
  SCREEN_LIST_COUNT: '{first} to {last} of {total}',
  SCREEN_LIST_HINT: 'Try “Alexa, tell me about the second one”',
  SCREEN_NO_PRICE: 'No price right now',
  SCREEN_RATING: '{stars} out of 5 stars',
  SCREEN_NOT_RATED: 'Not yet rated',
  SCREEN_RATINGS_COUNT: '{count} ratings',
  SCREEN_PRIME: 'prime',
  SCREEN_CANNOT_ORDER: "Can't be ordered here",
  SCREEN_NEXT: 'Next',
  SCREEN_PREVIOUS: 'Previous',
  SCREEN_ADD_TO_CART: 'Add to {cartName}',
  SCREEN_BUY: 'Buy now',
  SCREEN_ADD_TO_WISH_LIST: 'Add to wish list',
  SCREEN_COMPARE_OFFERS: 'Compare offers',
  SCREEN_SAVINGS: 'You save {amount}',
  SCREEN_SOLD_BY: 'Sold by {merchant}',
  SCREEN_BY_BRAND: 'by {brand}',
  SCREEN_PACK_SIZE: 'Pack of {count}',
  SCREEN_DETAIL_HINT: 'Try “Alexa, add it to my {cartName}”',
  SCREEN_OFFERS_TITLE: 'Offers for {title}',
  SCREEN_WATCHES_TITLE: 'Your price watches',
  SCREEN_WATCH_PRICE: 'Watching at {price}',
  SCREEN_WATCHES_HINT: 'Try “Alexa, stop watching the first one”',
  SCREEN_WELCOME_TITLE: 'Voice Shopper',
  SCREEN_WELCOME_TEXT: 'What would you like to find?',
  SCREEN_WELCOME_HINT: 'Try “Alexa, find batteries”',
  // Spoken: a touch the skill can't act on.
  TOUCH_NOT_ON_SCREEN: "That product isn't on your screen any more, so I haven't done anything with it.",
  TOUCH_UNKNOWN: "Sorry, I can't do anything with that.",
  TOUCH_REPROMPT: 'Touch a product or tell me which one, like the second one. What would you like to do?',
};
