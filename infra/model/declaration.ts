/**
 * What customers can say, declared once for every locale: the intents, their slots and the
 * custom slot types (with the value ids the code resolves). Each locale supplies only its
 * words in `lambda/i18n/<locale>/model.json` (samples, slot samples, type values and synonyms,
 * prompts); `infra/model/generate.ts` joins the two into the interaction model Alexa builds.
 * The JSON under `skill-package/interactionModels/custom/` is that output, committed.
 */
import { IntentNames, SlotNames, SlotTypes } from '../../lambda/constants';

export interface DeclaredSlot {
  name: string;
  type: string;
  /** The dialog model elicits this slot (its prompt is `Elicit.Slot.<intent>.<slot>`). */
  elicited?: boolean;
}

export interface DeclaredIntent {
  name: string;
  slots?: readonly DeclaredSlot[];
  /** Samples are the locale's `sortTemplates` filled with its words for this sort order. */
  sortWords?: 'price-asc' | 'price-desc' | 'rating';
}

export interface DeclaredType {
  name: string;
  /** Value ids the code reads (entity resolution); undefined: the values are open data (brands). */
  ids?: readonly string[];
}

const ordinal: DeclaredSlot = { name: SlotNames.Ordinal, type: 'AMAZON.Ordinal' };
const query: DeclaredSlot = { name: SlotNames.Query, type: 'AMAZON.SearchQuery' };
const position: DeclaredSlot = { name: SlotNames.Position, type: SlotTypes.ListPosition };
const sort: DeclaredSlot = { name: SlotNames.Sort, type: SlotTypes.Sort };
/** "number two", "item 3": a listed item by its number. */
const number: DeclaredSlot = { name: SlotNames.Number, type: 'AMAZON.NUMBER' };

export const INTENTS: readonly DeclaredIntent[] = [
  { name: IntentNames.SearchProducts, slots: [{ ...query, elicited: true }] },
  { name: IntentNames.ProductDetails, slots: [ordinal, number, position] },
  { name: IntentNames.SelectItem, slots: [ordinal, number, position] },
  { name: IntentNames.AddToCart, slots: [ordinal, number, position, query] },
  { name: IntentNames.BuyProduct, slots: [ordinal, number, position, query] },
  { name: IntentNames.AddToWishList, slots: [ordinal, number, position, query] },
  { name: IntentNames.RecommendProducts, slots: [ordinal] },
  { name: IntentNames.CompareOffers, slots: [ordinal, number] },
  { name: IntentNames.MoreOffers },
  { name: IntentNames.WatchPrice, slots: [ordinal, number] },
  // The slot names the product asked about ("what do I get with premium"); without it, what can be bought.
  { name: IntentNames.WhatCanIBuy, slots: [{ name: SlotNames.PremiumProduct, type: SlotTypes.PremiumProduct }] },
  { name: IntentNames.BuyPremium, slots: [{ name: SlotNames.PremiumProduct, type: SlotTypes.PremiumProduct }] },
  { name: IntentNames.RefundPremium, slots: [{ name: SlotNames.PremiumProduct, type: SlotTypes.PremiumProduct }] },
  { name: IntentNames.OrderHelp },
  {
    name: IntentNames.Refine,
    slots: [
      { name: SlotNames.Refinement, type: SlotTypes.Refinement },
      { name: SlotNames.Brand, type: SlotTypes.Brand },
      { name: SlotNames.Stars, type: 'AMAZON.NUMBER' },
      { name: SlotNames.MinPrice, type: 'AMAZON.NUMBER' },
      { name: SlotNames.MaxPrice, type: 'AMAZON.NUMBER' },
      { name: SlotNames.Product, type: SlotTypes.ProductKind },
      // Amounts said as words ("under a tenner"): AmountType ids are the amounts.
      { name: SlotNames.MinAmount, type: SlotTypes.Amount },
      { name: SlotNames.MaxAmount, type: SlotTypes.Amount },
    ],
  },
  { name: IntentNames.ClearRefinements, slots: [{ name: SlotNames.RefinementKind, type: SlotTypes.RefinementKind }] },
  { name: IntentNames.SortResults, slots: [sort] },
  // Samples generated from phrases.json's sort words and model.json's sortTemplates.
  { name: IntentNames.SortByPrice, sortWords: 'price-asc' },
  { name: IntentNames.SortByPriceDescending, sortWords: 'price-desc' },
  { name: IntentNames.SortByRating, sortWords: 'rating' },
  { name: IntentNames.PriceQuestion, slots: [ordinal, number] },
  { name: IntentNames.RatingQuestion, slots: [ordinal, number] },
  { name: IntentNames.SellerQuestion, slots: [ordinal, number] },
  { name: IntentNames.PackSizeQuestion, slots: [ordinal, number] },
  { name: IntentNames.PrimeQuestion, slots: [ordinal, number] },
  { name: IntentNames.BulkPriceQuestion, slots: [ordinal, number] },
  { name: IntentNames.StockQuestion, slots: [ordinal, number] },
  { name: IntentNames.VariationsQuestion, slots: [ordinal] },
  { name: IntentNames.BrandQuestion, slots: [ordinal] },
  { name: IntentNames.FeaturesQuestion, slots: [ordinal] },
  { name: IntentNames.SavingsQuestion, slots: [ordinal] },
  { name: IntentNames.ConditionQuestion, slots: [ordinal] },
  { name: IntentNames.PolicyQuestion, slots: [ordinal] },
  { name: IntentNames.ChooseVariation, slots: [{ name: SlotNames.VariationValue, type: SlotTypes.VariationValue }] },
  {
    name: IntentNames.CompareProducts,
    slots: [ordinal, { name: SlotNames.OtherOrdinal, type: 'AMAZON.Ordinal' }, { name: SlotNames.CompareAspect, type: SlotTypes.CompareAspect }],
  },
  { name: IntentNames.ResumeShopping },
  { name: IntentNames.AnotherOne },
  { name: IntentNames.TryAgain },
  // "no, the other one", "the cheaper one", "something similar": one intent per relation, no slots.
  { name: IntentNames.OtherItem },
  { name: IntentNames.PreviousItem },
  { name: IntentNames.NextItem },
  { name: IntentNames.CheaperItem },
  { name: IntentNames.DearerItem },
  { name: IntentNames.BetterRatedItem },
  { name: IntentNames.SimilarItem },
  { name: IntentNames.AddQuantity, slots: [{ name: SlotNames.Quantity, type: 'AMAZON.NUMBER' }, ordinal] },
  { name: IntentNames.ListPriceWatches },
  { name: IntentNames.StopPriceWatch, slots: [ordinal, { name: SlotNames.WatchedProduct, type: 'AMAZON.SearchQuery' }] },
  { name: IntentNames.Cancel },
  { name: IntentNames.Help },
  { name: IntentNames.Stop },
  { name: IntentNames.StartOver },
  { name: IntentNames.NavigateHome },
  { name: IntentNames.Fallback },
  { name: IntentNames.Next },
  { name: IntentNames.Previous },
  { name: IntentNames.Repeat },
  { name: IntentNames.Yes },
  { name: IntentNames.No },
];

export const TYPES: readonly DeclaredType[] = [
  { name: SlotTypes.PremiumProduct, ids: ['premium_shopper', 'offer_insights', 'watch_slots'] },
  { name: SlotTypes.ListPosition, ids: ['last', 'other', 'previous', 'next', 'cheaper', 'dearer', 'better-rated', 'similar'] },
  { name: SlotTypes.Sort, ids: ['PRICE_ASC', 'PRICE_DESC', 'RATING'] },
  { name: SlotTypes.Refinement, ids: ['PRIME', 'FREE_SHIPPING', 'IN_STOCK', 'TODAY', 'TOMORROW'] },
  { name: SlotTypes.Amount },
  { name: SlotTypes.CompareAspect, ids: ['PRICE', 'RATING'] },
  { name: SlotTypes.VariationValue },
  { name: SlotTypes.Brand },
  { name: SlotTypes.ProductKind },
  { name: SlotTypes.RefinementKind, ids: ['BRAND', 'PRICE', 'RATING', 'PRIME', 'DELIVERY', 'FREE_SHIPPING', 'IN_STOCK', 'SORT', 'ALL'] },
];
