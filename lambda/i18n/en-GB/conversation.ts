/** en-GB wording for choosing, order questions, help and fallback where British English differs. */
export const conversation = {
  FALLBACK_LAUNCH: "Sorry, I didn't catch that. Tell me a product to find, like batteries. What would you like me to find?",
  // Ways out and back (issue 20): the rest as en-US says it.
  NOT_A_PRODUCT_DONT_KNOW: 'No problem. You can name any product, like tea or batteries.',
};
