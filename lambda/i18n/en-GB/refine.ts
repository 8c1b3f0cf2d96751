/** en-GB wording for refinements, quick questions, quantity and price watches. */
export const refine = {
  REFINE_FREE_SHIPPING: 'free delivery',
  KIND_FREE_SHIPPING: 'free delivery',
  KIND_ATTRIBUTE: 'a colour, size or feature',
  REFINE_NOT_UNDERSTOOD: "I didn't catch how to narrow the list. You can say Prime only, under 20 pounds, or the cheapest. What would you like?",
  REFINE_ASK_REPROMPT: 'You can say Prime only, under 20 pounds, or the cheapest.',
  QUESTION_POLICY: "I don't have warranty or returns information for {title}. Its product page in the Amazon app or on amazon.co.uk has it.",
};
