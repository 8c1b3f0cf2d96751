/**
 * Two results that would sound the same ("Hammermill Printer Paper" twice, the pack size cut
 * off by the short title) get the detail that tells them apart: the next part of the full
 * title (usually the size or count), else the brand. Pure.
 */
import type { ListedProduct } from '../session';
import type { ProductsResult } from '../catalog/types';
import { stripMarkup } from '../util/ssml';
import { plainWords } from '../util/text';

const MAX_DETAIL_WORDS = 6;

/** The parts of a full title after the short one: "8.5 x 11", "20 lb", "500 Sheets". */
function detailsOf(fullTitle: string): string[] {
  const plain = stripMarkup(fullTitle);
  return plain
    .split(/\s*(?:,|\s-\s|\s–\s|\(|\)|\[|\]|\||;)\s*/)
    .slice(1)
    .map((p) => p.trim())
    .filter((p) => p !== '' && p.split(' ').length <= MAX_DETAIL_WORDS);
}

function key(title: string): string {
  return plainWords(title);
}

export function disambiguateTitles(results: readonly ProductsResult[], listed: ListedProduct[]): ListedProduct[] {
  const groups = new Map<string, number[]>();
  listed.forEach((p, i) => {
    const k = key(p.title);
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  const out = listed.map((p) => ({ ...p }));
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const details = indexes.map((i) => detailsOf(String(results[i]?.title ?? '')));
    // The first title part that differs within the group is the one worth saying.
    const width = Math.max(...details.map((d) => d.length));
    let column = -1;
    for (let c = 0; c < width && column < 0; c += 1) {
      const values = new Set(details.map((d) => (d[c] ?? '').toLowerCase()));
      if (values.size > 1) column = c;
    }
    indexes.forEach((i, n) => {
      const product = out[i];
      if (product === undefined) return;
      const detail = column >= 0 ? details[n]?.[column] : undefined;
      const brand = results[i]?.byLine?.find((c) => typeof c?.name === 'string' && c.name.trim() !== '')?.name;
      const extra = detail !== undefined && detail !== '' ? detail : brand !== undefined && !key(product.title).includes(key(brand)) ? brand : undefined;
      if (extra !== undefined) product.title = `${product.title}, ${extra}`;
    });
  }
  return out;
}
