/** en-GB wording for product search where British English differs. */
export const browsing = {
  DETAILS_BLOCKED: "Your organisation's buying policy blocks this product, so I can't order it.",
  CATALOG_AUTH: "Sorry, this skill can't reach its Amazon Business account at the moment. The skill's owner has been told. Please try again later.",
};
