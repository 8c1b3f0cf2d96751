import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

interface Turn {
  speech: string;
  directives: Array<{ type?: string; uri?: string; token?: string; input?: { products?: Array<{ asin?: string }> } }>;
  shouldEndSession: boolean | undefined;
}

/** virtual-alexa patches Node's http (nock 9): it runs in its own process. */
function runClient(): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(__dirname, 'virtualAlexaClient.ts')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('a third-party client (virtual-alexa) driving the bundled skill', () => {
  it('runs search, add-to-cart and the resumed session over the en-US interaction model', async () => {
    const { code, out, err } = await runClient();
    expect({ code, err: code === 0 ? '' : err }).toEqual({ code: 0, err: '' });
    const line = out.trim().split('\n').pop() ?? '';
    const { launch, search, addToCart, resumed } = JSON.parse(line) as Record<'launch' | 'search' | 'addToCart' | 'resumed', Turn>;

    expect(launch.speech).toContain('Welcome to Voice Shopping');
    expect(search.speech).toMatch(/batteries/i);
    expect(search.shouldEndSession).toBe(false);
    const [directive] = addToCart.directives;
    expect(directive).toMatchObject({ type: 'Connections.StartConnection', uri: 'connection://AMAZON.AddToShoppingCart/1' });
    expect(directive?.input?.products?.[0]?.asin).toMatch(/^[A-Z0-9]{10}$/);
    expect(typeof directive?.token).toBe('string');
    expect(resumed.speech).toMatch(/added .* to your cart/);
  }, 90000);
});
