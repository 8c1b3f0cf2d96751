import path from 'node:path';
import { runTsx, type TsxRun } from './runTsx';
import { ASIN_PATTERN } from '../../lambda/util/asin';

interface Turn {
  speech: string;
  directives: Array<{ type?: string; uri?: string; token?: string; input?: { products?: Array<{ asin?: string }> } }>;
  shouldEndSession: boolean | undefined;
}

/** virtual-alexa patches Node's http (nock 9): it runs in its own process. */
function runClient(): Promise<TsxRun> {
  return runTsx(path.join(__dirname, 'virtualAlexaClient.ts'));
}

describe('a third-party client (virtual-alexa) driving the bundled skill', () => {
  it('runs search, add-to-cart and the resumed session over the en-US interaction model', async () => {
    const { code, out, err } = await runClient();
    expect({ code, err: code === 0 ? '' : err }).toEqual({ code: 0, err: '' });
    const line = out.trim().split('\n').pop() ?? '';
    const { launch, search, addToCart, resumed } = JSON.parse(line) as Record<'launch' | 'search' | 'addToCart' | 'resumed', Turn>;

    expect(launch.speech).toContain('Welcome to Voice Shopper');
    expect(search.speech).toMatch(/batteries/i);
    expect(search.shouldEndSession).toBe(false);
    const [directive] = addToCart.directives;
    expect(directive).toMatchObject({ type: 'Connections.StartConnection', uri: 'connection://AMAZON.AddToShoppingCart/1' });
    expect(directive?.input?.products?.[0]?.asin).toMatch(ASIN_PATTERN);
    expect(typeof directive?.token).toBe('string');
    expect(resumed.speech).toMatch(/added .* to your cart/);
  }, 90000);
});
