/** Messages for in-skill purchasing, premium features and price watch (en-US). */
export const purchasing = {
  // Product names as the ISP files publish them (a test keeps them in step).
  NAME_PREMIUM_SHOPPER: 'Premium Shopper',
  NAME_OFFER_INSIGHTS: 'Offer Insights',
  NAME_WATCH_SLOTS: 'Price Watch Slots',
  NAME_UNKNOWN_PRODUCT: 'your purchase',
  FEATURE_COMPARE_OFFERS: 'Comparing offers',
  FEATURE_PRICE_WATCH: 'Price watch',
  // What to say next once a product is owned.
  HINT_PREMIUM_SHOPPER: 'After you find a product, say compare offers, or watch the price.',
  HINT_OFFER_INSIGHTS: 'After you find a product, say compare offers.',
  HINT_WATCH_SLOTS: 'Say watch the price on any product you find.',
  HINT_UNKNOWN_PRODUCT: 'You can keep shopping.',
  // Upsell messages: one sentence on what the feature does. Plain text: Alexa speaks it.
  UPSELL_COMPARE_OFFERS: "With {name}, you can hear every seller's price, delivery time and condition for a product before you buy.",
  UPSELL_PRICE_WATCH: 'With {name}, I watch the price of products you choose and tell you when it drops.',
  UPSELL_WATCH_SLOTS: 'All your price-watch slots are in use, and {name} adds five more, so you can watch more products at once.',
  // What can I buy.
  WHAT_CAN_I_BUY: 'You can get {list}. {summary} To get it, say: buy {first}.',
  WHAT_CAN_I_BUY_REPROMPT: 'Which would you like? For example, say: buy {first}.',
  // What one product gives: its summary from the Monetization API; the price is Alexa's to say.
  PREMIUM_INFO: '{name}: {summary} Alexa tells you the price when you say: buy {name}.',
  PREMIUM_INFO_OWNED: 'You have {name}: {summary} {hint}',
  NOTHING_TO_BUY: 'You already have every premium feature I offer. What would you like to find?',
  // Buy and refund.
  ALREADY_OWNED: 'You already have {name}. {hint} What would you like to do?',
  // Connections.Response answers.
  PURCHASE_ACCEPTED: '{name} is all set. {hint} What would you like to do?',
  PURCHASE_DECLINED: 'Okay, no problem. You can keep searching and shopping for free. What would you like to do?',
  UPSELL_DECLINED: "Okay. {feature} isn't on, but you can still search, hear prices, and shop for free. What would you like to do?",
  PURCHASE_ERROR: "Sorry, something went wrong with the purchase, so it didn't go through. You can try again later. What would you like to do?",
  PURCHASE_UNREACHABLE: "Sorry, I couldn't reach Amazon's purchase service just now, so nothing changed. Please try again later. What would you like to do?",
  CANCEL_ACCEPTED: 'Okay, your request to cancel {name} is done. What would you like to do?',
  CANCEL_DECLINED: "Okay, you'll keep {name}. What would you like to do?",
  CANCEL_NOT_ENTITLED: "You don't have {name}, so there's nothing to cancel. What would you like to do?",
  CANCEL_ERROR: "Sorry, I couldn't finish cancelling {name}. Please try again later. What would you like to do?",
  // Refusals.
  PREMIUM_CHECK_FAILED: "Sorry, I can't check your premium features right now, so I can't do that. Searching and shopping still work. What would you like to do?",
  PREMIUM_NOT_IN_LOCALE: "Sorry, premium features aren't available in your country yet. You can still search and shop for free. What would you like to do?",
  PREMIUM_NOT_PURCHASABLE:
    "{feature} is a premium feature, and it isn't available to buy on your account right now. You can still search and shop for free. What would you like to do?",
  PREMIUM_PRODUCT_UNKNOWN: "Sorry, I don't have that premium feature. To hear what you can get, say: what can I buy. What would you like to do?",
  PREMIUM_FREE_REPROMPT: 'What would you like to find?',
  PREMIUM_LIST_REPROMPT: 'To hear the premium features, say: what can I buy?',
  // Price watch.
  WATCH_ADDED:
    "Okay, I'm watching {title} at {price}. Next time you open Voice Shopper, I'll tell you if it got cheaper. You've used {used} of your {capacity} price-watch slots. What would you like to do next?",
  WATCH_ALREADY: "You're already watching {title}. What would you like to do next?",
  WATCH_NO_PRICE: "I don't have a price for {title} right now, so I can't watch it. Would you like to look for something else?",
  WATCH_LIMIT_REACHED: "You're using all {capacity} of your price-watch slots, so I can't watch another product right now. What would you like to do?",
  PRICE_DROPS: {
    '=1': 'Good news: {title} dropped from {was} to {now}.',
    other: 'Good news: {count} of your watched products got cheaper. The biggest drop is {title}, now {now}, down from {was}.',
  },
  PRICE_DROPS_NOT_SAVED: "I couldn't note that down just now, so you may hear it again next time.",
  PERSISTENCE_FAILED: "Sorry, I couldn't save that just now. Please try again in a moment. What would you like to do?",
  PERSISTENCE_READ_FAILED: "Sorry, I couldn't look up what you've saved just now. Please try again in a moment. What would you like to do?",
};
