/**
 * Touches (`Alexa.Presentation.APL.UserEvent`): the contract read strictly, the product checked
 * against what is on the customer's screen, and each touch answered by the feature voice reaches.
 * Also: which devices get screens, and as which viewport profile.
 */
import fc from 'fast-check';
import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { AplDirectives, IntentNames, ScreenDocuments, SessionKeys, ShoppingTasks, TouchEvents } from '../../lambda/constants';
import { viewportProfile } from '../../lambda/screens/capabilities';
import type { ListedProduct, ShoppingState } from '../../lambda/session';
import { parseTouch, productOnScreen } from '../../lambda/touch/touches';
import { aplUserEvent, intentRequest, SCREEN_DEVICE_NAMES, screenDevice, speechOf } from '../support/envelopes';
import { testSkill } from '../support/skill';
import { entitledToEverything, entitledToNothing } from '../purchasing/fixtures';

const product = (n: number, extra: Partial<ListedProduct> = {}): ListedProduct => ({
  asin: `B00000000${n}`,
  title: `Product ${n}`,
  price: { amount: 10 + n, currency: 'USD' },
  ...extra,
});
const PRODUCTS = [1, 2, 3, 4, 5, 6].map((n) => product(n));
/** The second page (products 4 to 6) is on the screen. */
const SECOND_PAGE: ShoppingState = { products: PRODUCTS, pageStart: 3, pageSize: 3, query: 'things', totalResults: 6 };
const screen = screenDevice('show10');

function touch(args: unknown[], state: ShoppingState = SECOND_PAGE, token: string | undefined = ScreenDocuments.ProductList): RequestEnvelope {
  return aplUserEvent(args, token, { screen, attributes: { [SessionKeys.Shopping]: state } });
}

const directiveTypes = (out: ResponseEnvelope) => (out.response.directives ?? []).map((d) => d.type);
const connectionUri = (out: ResponseEnvelope) => (out.response.directives ?? []).map((d) => (d as { uri?: string }).uri).find((u) => u !== undefined);

describe('the touch contract', () => {
  it.each([
    [['ShowDetails', 'B000000001'], { kind: 'product', event: 'ShowDetails', asin: 'B000000001' }],
    [['AddToCart', 'B000000001'], { kind: 'product', event: 'AddToCart', asin: 'B000000001' }],
    [['NextPage'], { kind: 'page', event: 'NextPage' }],
    [['PreviousPage'], { kind: 'page', event: 'PreviousPage' }],
  ])('reads %j', (args, expected) => {
    expect(parseTouch(args)).toEqual(expected);
  });

  it.each([
    [undefined],
    ['ShowDetails'],
    [[]],
    [['ShowDetails']],
    [['ShowDetails', 'not-an-asin']],
    [['Checkout', 'B000000001']],
    [['NextPage', 'B000000001']],
    [['AddToCart', 'B000000001', 'extra']],
    [[42]],
  ])('refuses %j', (args) => {
    expect(parseTouch(args)).toBeUndefined();
  });

  it('finds a product on the page on screen, or the product in focus, and nothing else', () => {
    expect(productOnScreen(SECOND_PAGE, 'B000000005')).toEqual({ product: PRODUCTS[4], index: 4 });
    expect(productOnScreen(SECOND_PAGE, 'B000000001')).toBeUndefined();
    expect(productOnScreen({ ...SECOND_PAGE, current: 0 }, 'B000000001')).toEqual({ product: PRODUCTS[0], index: 0 });
    expect(productOnScreen({ products: [], pageStart: 0, pageSize: 3 }, 'B000000001')).toBeUndefined();
  });
});

describe('devices', () => {
  it.each([
    ['show10', 'hubLandscapeLarge'],
    ['show8', 'hubLandscapeMedium'],
    ['show5', 'hubLandscapeSmall'],
    ['spot', 'hubRoundSmall'],
    ['tv', 'tvLandscapeXLarge'],
  ] as const)('the %s device declares APL and is %s', (name, profile) => {
    const device = screenDevice(name);
    expect(device.supportedInterfaces['Alexa.Presentation.APL']).toBeDefined();
    expect(viewportProfile(device.viewport)).toBe(profile);
  });

  it('covers every screen device the tests and the simulator know', () => {
    expect(SCREEN_DEVICE_NAMES.sort()).toEqual(['show10', 'show5', 'show8', 'spot', 'tv']);
  });

  it('a device that reports a viewport but not the APL interface gets a card, never a screen', async () => {
    const { invoke } = testSkill();
    const { viewport } = screenDevice('show10');
    const attributes = { [SessionKeys.Shopping]: SECOND_PAGE };
    const noApl = intentRequest(IntentNames.Previous, {}, { attributes, screen: { supportedInterfaces: {}, viewport } });
    const out = await invoke(noApl);
    // No APL screen: only the open question's listening for free words (conversation/listen.ts).
    expect(directiveTypes(out).filter((t) => t.startsWith('Alexa.Presentation'))).toEqual([]);
    expect(directiveTypes(out)).toEqual(['Dialog.ElicitSlot']);
    expect(out.response.card).toEqual(expect.objectContaining({ type: 'Standard', title: 'Results for things' }));
    expect(viewportProfile(undefined)).toBe('unknown');
  });
});

describe('a touch', () => {
  const { invoke } = testSkill({ entitlements: entitledToEverything() });

  it('on a list item reads its details and draws them; it becomes the product in focus', async () => {
    // An embedded catalog product, second on the page on screen.
    const lavazza = product(0, { asin: 'B05K051569', title: 'Lavazza Instant Coffee' });
    const state: ShoppingState = { products: [product(1), lavazza, product(3)], pageStart: 0, pageSize: 3, query: 'coffee' };
    const out = await invoke(touch([TouchEvents.ShowDetails, 'B05K051569'], state));
    expect(speechOf(out)).toMatch(/^Lavazza Instant Coffee, by Lavazza\. .* You can add it to your cart/);
    expect(directiveTypes(out)).toEqual([AplDirectives.RenderDocument]);
    expect((out.response.directives ?? [])[0]).toEqual(expect.objectContaining({ token: ScreenDocuments.ProductDetail }));
    expect(out.sessionAttributes?.[SessionKeys.Shopping]).toEqual(expect.objectContaining({ current: 1 }));
  });

  it.each([
    [TouchEvents.AddToCart, ShoppingTasks.AddToCart.uri],
    [TouchEvents.Buy, ShoppingTasks.Buy.uri],
    [TouchEvents.AddToWishList, ShoppingTasks.AddToList.uri],
  ])('%s starts the Shopping Action on the product on screen', async (event, uri) => {
    const out = await invoke(touch([event, 'B000000006']));
    expect(connectionUri(out)).toBe(uri);
    const products = ((out.response.directives ?? [])[0] as { input?: { products?: { asin: string }[] } }).input?.products;
    expect(products).toEqual([{ asin: 'B000000006' }]);
  });

  it('on a product of a page no longer on screen starts nothing and says so', async () => {
    const out = await invoke(touch([TouchEvents.AddToCart, 'B000000001']));
    expect(directiveTypes(out)).toEqual([]);
    expect(speechOf(out)).toMatch(/isn't on your screen any more, so I haven't done anything with it/);
    expect(out.response.shouldEndSession).toBe(false);
  });

  it('from a document that is not the skill’s starts nothing', async () => {
    const out = await invoke(touch([TouchEvents.AddToCart, 'B000000006'], SECOND_PAGE, 'someOtherDocument'));
    expect(directiveTypes(out)).toEqual([]);
    expect(speechOf(out)).toMatch(/can't do anything with that/);
  });

  it('on a product that can’t be ordered is refused in words, as "add it to my cart" is', async () => {
    const blocked: ShoppingState = { ...SECOND_PAGE, products: PRODUCTS.map((p) => (p.asin === 'B000000006' ? { ...p, unavailableReason: 'blocked' } : p)) };
    const out = await invoke(touch([TouchEvents.AddToCart, 'B000000006'], blocked));
    expect(directiveTypes(out)).toEqual([]);
    expect(speechOf(out)).toMatch(/Product 6/);
  });

  it('on Next and Previous pages the list, and the new page is drawn', async () => {
    const previous = await invoke(touch([TouchEvents.PreviousPage]));
    const render = (previous.response.directives ?? []).find((d) => d.type === AplDirectives.RenderDocument) as
      | interfaces.alexa.presentation.apl.RenderDocumentDirective
      | undefined;
    expect(speechOf(previous)).toMatch(/previous three: 1, Product 1/);
    if (render === undefined) throw new Error('no screen drawn');
    expect((render.datasources as { screen: { items: { asin: string }[] } }).screen.items.map((i) => i.asin)).toEqual(['B000000001', 'B000000002', 'B000000003']);
    const next = await invoke(touch([TouchEvents.NextPage]));
    expect(speechOf(next)).toMatch(/That's all I found for things/);
  });

  it('on Compare offers without the premium feature offers it (the upsell), as voice does', async () => {
    const { invoke: invokeUnentitled } = testSkill({ entitlements: entitledToNothing() });
    const out = await invokeUnentitled(touch([TouchEvents.CompareOffers, 'B000000006']));
    expect(directiveTypes(out)).toEqual(['Connections.SendRequest']);
  });

  it('of any shape never starts anything for a product that is not on the screen, and always answers', async () => {
    const onScreen = new Set(SECOND_PAGE.products.slice(3).map((p) => p.asin));
    const argument = fc.oneof(fc.constantFrom(...Object.values(TouchEvents), 'B000000001', 'B000000005', ''), fc.string(), fc.integer(), fc.constant(null), fc.object());
    const token = fc.option(fc.constantFrom(...Object.values(ScreenDocuments), 'other'), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(fc.array(argument, { maxLength: 4 }), token, async (args, documentToken) => {
        const out = await invoke(touch(args, SECOND_PAGE, documentToken));
        const started = (out.response.directives ?? []).filter((d) => d.type === 'Connections.StartConnection' || d.type === 'Connections.SendRequest');
        for (const directive of started) {
          const asins = JSON.stringify(directive).match(/B0000000\d\d/g) ?? [];
          expect(asins.every((asin) => onScreen.has(asin))).toBe(true);
        }
        expect(speechOf(out) !== '' || started.length > 0).toBe(true);
      }),
      { numRuns: 150, seed: 23 },
    );
  });
});
