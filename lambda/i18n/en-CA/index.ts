/**
 * The en-CA messages. Amazon.ca's English shops with the same words as Amazon.com ("cart",
 * "shipping", "wish list"), and Canadian spelling agrees with every en-US message (it writes
 * "organization" and "cancelling" too), so en-CA speaks en-US wording; prices are Canadian
 * dollars because the marketplace's catalog prices in CAD, not because a message says so.
 * A Canadian difference goes here as an overlay, as en-GB's do.
 */
import type { Catalog } from '..';
import { enUS } from '../en-US';

export const enCA: Catalog = {
  ...enUS,
  QUESTION_POLICY: "I don't have warranty or returns information for {title}. Its product page in the Amazon app or on amazon.ca has it.",
};
