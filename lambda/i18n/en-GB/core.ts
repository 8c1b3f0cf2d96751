/** en-GB wording where British English differs. */
export const core = {
  CART_NAME: 'basket',
  FALLBACK: "Sorry, I didn't catch that. You can search for a product, or say help.",
};
