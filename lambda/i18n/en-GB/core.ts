/** en-GB wording where British English differs. */
export const core = {
  CART_NAME: 'basket',
};
