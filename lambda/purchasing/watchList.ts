/** Pure: reading out and removing price watches, by position or by name. */
import { spokenPrice } from '../i18n/spoken';
import { ssml, type Translator } from '../i18n';
import type { CustomerState, PriceWatch } from '../persistence/state';

/** Watches read out by name; more are counted, so the answer stays short. */
export const MAX_WATCHES_SPOKEN = 4;

/** Stopping a watch gives its slot back: slots count the products watched at once. */
export function removeWatch(state: CustomerState, asin: string): { state?: CustomerState; result: { removed: boolean; used: number } } {
  if (!state.watches.some((w) => w.asin === asin)) return { result: { removed: false, used: state.usedSlots } };
  const watches = state.watches.filter((w) => w.asin !== asin);
  const used = Math.max(watches.length, state.usedSlots - 1);
  return { state: { ...state, watches, usedSlots: used }, result: { removed: true, used } };
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !['the', 'a', 'an', 'of', 'my', 'price', 'on', 'for', 'watch'].includes(w))
    // Singular and plural meet: "batteries"/"battery", "boxes"/"box", "lamps"/"lamp".
    .map((w) =>
      w
        .replace(/ies$/, 'y')
        .replace(/(x|ch|sh|ss)es$/, '$1')
        .replace(/([^s])s$/, '$1'),
    );

/** Watches whose title holds every word said ("printer paper" → "Hammermill Printer Paper"). */
export function watchesNamed(watches: readonly PriceWatch[], spoken: string): PriceWatch[] {
  const said = words(spoken);
  if (said.length === 0) return [];
  return watches.filter((w) => {
    const title = new Set(words(w.title));
    return said.every((word) => title.has(word));
  });
}

/** "1, Duracell AA Batteries at 12 dollars 99, 2, …": numbered as "stop watching the second one" counts. */
export function watchItems(t: Translator, watches: readonly PriceWatch[]): string {
  const spoken = watches.slice(0, MAX_WATCHES_SPOKEN).map((w, i) => t('WATCH_ITEM', { n: i + 1, title: w.title, price: spokenPrice(t, w.price.amount, w.price.currency) }));
  const more = watches.length - MAX_WATCHES_SPOKEN;
  if (more > 0) spoken.push(t('WATCH_LIST_MORE', { count: more }));
  return spoken.join(', ');
}

export function watchListSpeech(t: Translator, state: CustomerState, capacity: number | undefined): string {
  const { watches } = state;
  if (watches.length === 0) return t('WATCH_LIST_NONE');
  const items = ssml(watchItems(t, watches));
  if (capacity === undefined) return t.plural('WATCH_LIST_NO_CAPACITY', watches.length, { count: watches.length, items });
  return t.plural('WATCH_LIST', watches.length, { count: watches.length, items, used: state.usedSlots, capacity });
}
