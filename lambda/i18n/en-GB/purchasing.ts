/** en-GB wording for in-skill purchasing where British English differs. */
export const purchasing = {
  PURCHASE_DECLINED: 'Okay, no problem. You can carry on searching and shopping for free. What would you like to do?',
  UPSELL_DECLINED: "Okay. {feature} isn't on, but you can still search, hear prices and shop for free. What would you like to do?",
};
