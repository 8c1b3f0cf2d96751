/** Messages for the always-present handlers (en-US). Templates are SSML; `{name}` parameters are escaped. */
export const core = {
  WELCOME: 'Welcome to Voice Shopper. Tell me a product to find, like batteries or coffee. What would you like to find?',
  WELCOME_REPROMPT: 'What would you like to find? For example, say: find batteries.',
  GOODBYE: 'Goodbye, and happy shopping.',
  FALLBACK: "Sorry, I didn't catch that. You can search for a product, or say help. What would you like to find?",
  FALLBACK_REPROMPT: 'What would you like to find?',
  NAVIGATE_HOME: 'Okay, starting over. What would you like to find?',
  WHAT_NEXT: 'What would you like to do next?',
  NOTHING_TO_REPEAT: "I haven't said anything yet. What would you like to find?",
  GENERIC_ERROR: 'Sorry, something went wrong on my side. Please try that again.',
  GENERIC_ERROR_REPROMPT: 'What would you like to do?',
  NO_CUSTOMER: "Sorry, I can't start that without knowing which Alexa account is asking. What would you like to do?",
  CART_NAME: 'cart',
};
