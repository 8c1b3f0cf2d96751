/** en-GB wording where British English differs: Amazon.co.uk calls the cart a basket. */
export const shopping = {
  DONE_BUY: 'Alexa has placed your order for {title}.',
};
