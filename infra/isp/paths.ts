/**
 * JSON paths for messages: `publishingInformation.pricing["amazon.com"].defaultPriceListing.price`.
 * Keys that are not plain identifiers (marketplaces, locales) are bracketed so the path stays
 * unambiguous.
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}
