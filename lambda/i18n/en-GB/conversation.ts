/** en-GB wording for choosing, order questions, help and fallback where British English differs. */
export const conversation = {
  FALLBACK_LAUNCH: "Sorry, I didn't catch that. Tell me a product to find, like batteries. What would you like me to find?",
  // Ways out and back (issue 20): cancel keeps the list, small talk gets an honest answer.
  CANCELLED: 'Okay.',
  STAGE_LAUNCH: 'What would you like to find?',
  STAGE_LIST: 'Which one would you like to hear about?',
  STAGE_DETAILS: 'What would you like to do with it?',
  STAGE_AFTER: 'What would you like to do next?',
  NOT_A_PRODUCT_FILLER: 'Take your time.',
  NOT_A_PRODUCT_DONT_KNOW: 'No problem. You can name any product, like tea or batteries.',
  NOT_A_PRODUCT_CHIT_CHAT: "I can't help with that here: I only help with shopping.",
  NOT_A_PRODUCT_QUESTION: "I can't answer that, but I can find products and read their prices.",
  FALLBACK_OFFER_LAUNCH: 'Sorry, I still didn\'t get that. You can say a product, like printer paper, or say: what can I buy. What would you like to find?',
  FALLBACK_OFFER_LIST: 'Sorry, I still didn\'t get that. You can say: the second one, next, or the cheapest. Which one would you like?',
  FALLBACK_OFFER_DETAILS: 'Sorry, I still didn\'t get that. You can say: add it to my {cartName}, how much is it, or go back. What would you like to do?',
  FALLBACK_OFFER_AFTER: 'Sorry, I still didn\'t get that. You can say: next, tell me about the first one, or find something else. What would you like to do?',
  FALLBACK_HELP_OR_STOP: "I'm having trouble understanding you. Say help to hear what I can do, or stop to finish. Which would you like?",
  FALLBACK_HELP_OR_STOP_REPROMPT: 'Say help, or stop.',
};
