/**
 * Standard cards for the Alexa app, where no screen is drawn: a list or a product's details
 * with its image, so a customer on a phone sees what they heard. Pure. Card limits (title and
 * text 8,000 characters together, image URLs https and at most 2,000 characters) are kept by
 * the views and util/limits.ts.
 */
import type { ui } from 'ask-sdk-model';
import { ScreenDocuments } from '../constants';
import type { DetailView, ListView } from './views';
import type { Screen } from './screen';

function standard(title: string, lines: readonly string[], image: string): ui.StandardCard {
  const card: ui.StandardCard = { type: 'Standard', title, text: lines.filter((line) => line !== '').join('\n') };
  if (image !== '') card.image = { smallImageUrl: image, largeImageUrl: image };
  return card;
}

function listCard(view: ListView): ui.StandardCard {
  const lines = view.items.map((item) => [`${item.position}. ${item.title}`, item.price, item.rating, item.notice].filter((part) => part !== '').join(' · '));
  return standard(view.title, [view.range, ...lines], view.items.find((item) => item.image !== '')?.image ?? '');
}

function detailCard(view: DetailView): ui.StandardCard {
  const price = [view.price, view.savings].filter((part) => part !== '').join(' · ');
  return standard(
    view.title,
    [view.brand, price, `${view.rating}${view.ratings === '' ? '' : ` (${view.ratings})`}`, view.delivery, view.seller, view.packSize, view.notice],
    view.image,
  );
}

/** The card for a list or a product's details; other screens have none (their speech says it all). */
export function cardFor(screen: Screen): ui.StandardCard | undefined {
  if (screen.document === ScreenDocuments.ProductList) return listCard(screen.view);
  if (screen.document === ScreenDocuments.ProductDetail) return detailCard(screen.view);
  return undefined;
}
