/**
 * Every embedded product's list page, details and offers, drawn on a screen device through the
 * real skill: each response stays within Alexa's 24 KB, its document is a skill-package document
 * (apl-suggester clean: documents.test.ts) and every binding of the document that names the
 * payload resolves against the datasources the skill really sent, on every viewport profile.
 * On a voice-only device the same turns carry a Standard card with the product's image instead.
 */
import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { AplDirectives, IntentNames, ScreenDocuments, SessionKeys } from '../../lambda/constants';
import { productRecords, renderProduct } from '../../lambda/catalog/embedded/generate';
import { toListedProduct } from '../../lambda/browsing/listing';
import { MAX_IMAGE_URL_CHARS, MAX_RESPONSE_BYTES, responseBytes } from '../../lambda/util/limits';
import { VIEWPORT_PROFILES } from '../../lambda/screens/capabilities';
import { continueSession, intentRequest, launchRequest, screenDevice } from '../support/envelopes';
import { testSkill } from '../support/skill';
import { entitledToEverything } from '../purchasing/fixtures';
import { binding, inflate, unresolvedBindings, viewportOf } from './apl';
import { linkedDocument } from './text';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;
const PROFILES = Object.keys(VIEWPORT_PROFILES) as (keyof typeof VIEWPORT_PROFILES)[];
const screen = screenDevice('show10');

function renderOf(out: ResponseEnvelope): RenderDocument | undefined {
  return (out.response.directives ?? []).find((d) => d.type === AplDirectives.RenderDocument) as RenderDocument | undefined;
}

/** What is wrong with a turn's screen: its size, its document, a binding that resolves to nothing. */
function screenProblems(turn: string, out: ResponseEnvelope, document: string): string[] {
  const problems: string[] = [];
  const bytes = responseBytes(out);
  if (bytes > MAX_RESPONSE_BYTES) problems.push(`${turn}: ${bytes} bytes`);
  const render = renderOf(out);
  if (render === undefined) return [...problems, `${turn}: no RenderDocument`];
  if (render.token !== document) problems.push(`${turn}: token ${String(render.token)}, not ${document}`);
  const doc = linkedDocument(render);
  const datasources = (render.datasources ?? {}) as Record<string, unknown>;
  for (const profile of PROFILES) {
    const viewport = viewportOf(profile);
    problems.push(...unresolvedBindings(doc, datasources, viewport).map((p) => `${turn} on ${profile}: ${p}`));
    inflate(doc, datasources, viewport);
  }
  const images = JSON.stringify(datasources).match(/"image":"[^"]*"/g) ?? [];
  for (const image of images) {
    const url = image.slice('"image":"'.length, -1);
    if (url !== '' && (!url.startsWith('https://') || url.length > MAX_IMAGE_URL_CHARS)) problems.push(`${turn}: image ${url}`);
  }
  return problems;
}

const records = productRecords().filter((r) => r.regions.includes('US'));
const now = Date.UTC(2026, 10, 22, 12, 0, 0);
const listed = records.map((r) => toListedProduct(renderProduct(r, 'US', 1, now)));

describe('every embedded product on a screen (en-US, Echo Show)', () => {
  const { invoke } = testSkill({ entitlements: entitledToEverything() });

  it('covers the whole catalog', () => {
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.every((p) => p.image?.startsWith('https://'))).toBe(true);
  });

  it('draws every page of three as a list within 24 KB, every binding resolved', async () => {
    const problems: string[] = [];
    let largest = 0;
    for (let start = 0; start < listed.length; start += 3) {
      // The page before, then "next": the page of three is drawn as the speech reads it.
      const products = [...listed.slice(Math.max(0, start - 3), start), ...listed.slice(start, start + 3)];
      const shopping = { products, pageStart: 0, pageSize: 3, query: 'everything', totalResults: listed.length };
      const request = intentRequest(IntentNames.Next, {}, { screen, attributes: { [SessionKeys.Shopping]: shopping } });
      const out = await invoke(start === 0 ? intentRequest(IntentNames.Previous, {}, { screen, attributes: { [SessionKeys.Shopping]: shopping } }) : request);
      largest = Math.max(largest, responseBytes(out));
      problems.push(...screenProblems(`page at ${start}`, out, ScreenDocuments.ProductList));
    }
    expect(problems).toEqual([]);
    expect(largest).toBeGreaterThan(2000);
  });

  it("draws every product's details and offers within 24 KB, every binding resolved", async () => {
    const problems: string[] = [];
    let offerScreens = 0;
    for (const product of listed) {
      const attributes = { [SessionKeys.Shopping]: { products: [product], pageStart: 0, pageSize: 3, query: 'everything' } };
      const details = await invoke(intentRequest(IntentNames.ProductDetails, { ordinal: '1' }, { screen, attributes }));
      problems.push(...screenProblems(`${product.asin} details`, details, ScreenDocuments.ProductDetail));
      const offers = await invoke(continueSession(details, intentRequest(IntentNames.CompareOffers, {}, { screen })));
      // A product with no offer has no offers to show: the details stay on screen.
      if (renderOf(offers) === undefined) continue;
      offerScreens += 1;
      problems.push(...screenProblems(`${product.asin} offers`, offers, ScreenDocuments.Offers));
    }
    expect(problems).toEqual([]);
    expect(offerScreens).toBeGreaterThan(listed.length / 2);
  });

  it('gives a voice-only device a Standard card with the image instead, for a list and for details', async () => {
    const [product] = listed;
    if (product === undefined) throw new Error('no product');
    const attributes = { [SessionKeys.Shopping]: { products: [product], pageStart: 0, pageSize: 3, query: 'everything' } };
    const details = await invoke(intentRequest(IntentNames.ProductDetails, { ordinal: '1' }, { attributes }));
    const list = await invoke(intentRequest(IntentNames.Previous, {}, { attributes }));
    for (const out of [details, list]) {
      expect(renderOf(out)).toBeUndefined();
      expect(out.response.card).toEqual(expect.objectContaining({ type: 'Standard', image: { smallImageUrl: product.image, largeImageUrl: product.image } }));
    }
    expect(details.response.card).toEqual(expect.objectContaining({ title: product.title, text: expect.stringMatching(/^by .*\n\$\d+\.\d\d/) }));
  });
});

describe('the welcome and the price watches on a screen', () => {
  it('draw within 24 KB with every binding resolved', async () => {
    const { invoke } = testSkill({ entitlements: entitledToEverything() });
    const userId = 'amzn1.ask.account.SCREENSWATCHER';
    const welcome = await invoke(launchRequest({ screen, userId }));
    const [first, second] = listed;
    if (first === undefined || second === undefined) throw new Error('no products');
    for (const product of [first, second]) {
      const attributes = { [SessionKeys.Shopping]: { products: [product], pageStart: 0, pageSize: 3, current: 0 } };
      await invoke(intentRequest(IntentNames.WatchPrice, {}, { screen, userId, attributes }));
    }
    const watches = await invoke(intentRequest(IntentNames.ListPriceWatches, {}, { screen, userId }));
    expect([...screenProblems('welcome', welcome, ScreenDocuments.Welcome), ...screenProblems('watches', watches, ScreenDocuments.PriceWatches)]).toEqual([]);
    const render = renderOf(watches);
    if (render === undefined) throw new Error('no screen drawn');
    const items = (render.datasources as { screen: { items: { title: string }[] } }).screen.items;
    expect(items.map((i) => i.title)).toEqual([first.title, second.title]);
  });
});

describe('a binding that names nothing', () => {
  it('is found (the binding check can fail)', async () => {
    const { invoke } = testSkill();
    const [product] = listed;
    if (product === undefined) throw new Error('no product');
    const request: RequestEnvelope = intentRequest(
      IntentNames.Previous,
      {},
      { screen, attributes: { [SessionKeys.Shopping]: { products: [product], pageStart: 0, pageSize: 3 } } },
    );
    const render = renderOf(await invoke(request));
    if (render === undefined) throw new Error('no screen');
    const datasources = render.datasources as { screen: { items: Record<string, unknown>[] } };
    for (const item of datasources.screen.items) delete item['rating'];
    delete (datasources.screen as Record<string, unknown>)['hint'];
    expect(unresolvedBindings(linkedDocument(render), datasources, viewportOf('hubLandscapeLarge'))).toEqual([
      `${binding('data.rating')}: data.rating is not defined`,
      `${binding('payload.screen.hint')}: payload.screen.hint is not defined`,
    ]);
  });
});
