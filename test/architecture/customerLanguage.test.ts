/**
 * Language is data: no English word list or regular expression of what customers say is left
 * in `lambda/` outside the locale data (`lambda/i18n/<locale>/`). The check knows customer
 * words from the English locales' own phrase data and samples (customerLanguage.ts). What it
 * still finds is data of an API or an identifier, each allowed here with its reason.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Finding, findCustomerLanguage } from './customerLanguage';

interface Allowed {
  /** A file under lambda/, or a folder ending in "/". */
  file: string;
  /** The finding's text starts with this; undefined: anything found in that file. */
  text?: string;
  reason: string;
}

const ALLOWED: readonly Allowed[] = [
  { file: 'browsing/questions.ts', reason: "reads the Product Search API's data (offer availability, pack counts in English titles, product-detail keys), not what customers say" },
  { file: 'browsing/refine/apply.ts', reason: 'matches the display names of the refinements a Product Search response offers (API data)' },
  { file: 'catalog/embedded/', reason: "the embedded catalog emulates the Product Search API's English data (titles, refinement names)" },
  { file: 'catalog/errors.ts', reason: 'API field names (productRegion, locale) in an error message' },
  { file: 'screens/views.ts', reason: 'product-detail keys as the Product Search API names them' },
  { file: 'understanding/understand.ts', text: 'cart,buy,wishlist,details', reason: 'ActionName ids, in the order the step tries them' },
  { file: 'interceptors/StaleCatalogInterceptor.ts', text: '/^<speak>/', reason: 'SSML markup (the speak element), not words a customer says' },
  { file: 'security/tokenKey.ts', text: 'missing or empty', reason: 'an operator error message about the signing secret' },
  { file: 'util/ssml.ts', text: '/^<speak>', reason: 'SSML markup (the speak element), not words a customer says' },
  { file: 'util/redact.ts', reason: 'Amazon id prefixes (amzn1.ask.account…), redacted from logs' },
];

const allowed = (f: Finding) =>
  ALLOWED.some((a) => (a.file.endsWith('/') ? f.where.startsWith(a.file) : f.where.split(':')[0] === a.file) && (a.text === undefined || f.text.startsWith(a.text)));

describe('customer language lives in the locale data', () => {
  it('finds no English customer words or regular expressions in lambda/ outside lambda/i18n/ (file:line)', () => {
    const found = findCustomerLanguage().filter((f) => !allowed(f));
    expect(found.map((f) => `${f.where} ${f.kind} ${f.text}`)).toEqual([]);
  });

  it('every allowance still matches something (none is left over)', () => {
    const found = findCustomerLanguage();
    expect(ALLOWED.filter((a) => !found.some((f) => (a.file.endsWith('/') ? f.where.startsWith(a.file) : f.where.split(':')[0] === a.file))).map((a) => a.file)).toEqual([]);
  });

  it('catches a regular expression, a phrase and a word list of customer language', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'customer-language-'));
    const file = path.join(dir, 'handler.ts');
    try {
      writeFileSync(
        file,
        [
          'const CARRIER = /^(?:find me|search for)\\s+/;',
          "const BYE = 'that is all';",
          "const ORDINALS = ['first', 'second', 'third'];",
          "const ID = 'PRICE_ASC';",
          "const KINDS = ['freeShipping', 'inStock', 'prime'];",
        ].join('\n'),
      );
      expect(findCustomerLanguage([file]).map((f) => [f.where.split(':').at(-1), f.kind])).toEqual([
        ['1', 'regexp'],
        ['2', 'string'],
        ['3', 'word-list'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
