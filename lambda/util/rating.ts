/** Star rating rounded to the nearest half, as it is spoken and shown: 4.3 → 4.5, 4.2 → 4. */
export function roundRating(rating: number): number {
  return Math.round(rating * 2) / 2;
}
