/**
 * From what a turn showed to the screen that shows it: which document, and its view. Pure.
 */
import { ScreenDocuments, type ScreenDocument } from '../constants';
import type { ShoppingState } from '../session';
import type { Shown } from './shown';
import {
  type DetailView,
  detailView,
  type ListView,
  listView,
  type OffersView,
  offersView,
  type ScreenWords,
  type WatchesView,
  watchesView,
  type WelcomeView,
  welcomeView,
} from './views';

export type Screen =
  | { document: typeof ScreenDocuments.ProductList; view: ListView }
  | { document: typeof ScreenDocuments.ProductDetail; view: DetailView }
  | { document: typeof ScreenDocuments.Offers; view: OffersView }
  | { document: typeof ScreenDocuments.PriceWatches; view: WatchesView }
  | { document: typeof ScreenDocuments.Welcome; view: WelcomeView };

/** The screen for what was shown; a list with nothing on its page has none. */
export function screenFor(words: ScreenWords, shown: Shown, state: ShoppingState): Screen | undefined {
  switch (shown.kind) {
    case 'list': {
      const view = listView(words, state);
      return view.items.length === 0 ? undefined : { document: ScreenDocuments.ProductList, view };
    }
    case 'detail':
      return { document: ScreenDocuments.ProductDetail, view: detailView(words, shown.product, shown.offer, shown.listed) };
    case 'offers':
      return { document: ScreenDocuments.Offers, view: offersView(words, shown.listed, shown.offers) };
    case 'watches':
      return shown.watches.length === 0 ? undefined : { document: ScreenDocuments.PriceWatches, view: watchesView(words, shown.watches) };
    case 'welcome':
      return { document: ScreenDocuments.Welcome, view: welcomeView(words) };
  }
}

export type { ScreenDocument };
