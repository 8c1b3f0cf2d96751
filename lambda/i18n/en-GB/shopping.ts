/** en-GB wording where British English differs: Amazon.co.uk calls the cart a basket. */
export const shopping = {
  DONE_BUY: 'Your order for {title} has been placed.',
};
