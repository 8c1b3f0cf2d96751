import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runConsole as consoleMain } from './console';
import { runTsx, type TsxRun } from './runTsx';

/**
 * Runs `npm start`'s console in this process with scripted lines on stdin; resolves with what
 * it printed. One test starts it as `npm start` does, in a child process.
 */
async function runConsole(lines: string[], args: string[] = []): Promise<TsxRun> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  stdin.end(lines.length === 0 ? '' : `${lines.join('\n')}\n`);
  const code = await consoleMain(args, {
    stdin,
    stdout,
    error: (line) => {
      err += `${line}\n`;
    },
  });
  return { code, out, err };
}

describe('the interactive console driven through stdin', () => {
  it('runs a full session from launch through search and add-to-cart to exit, as a child process like npm start', async () => {
    const { code, out } = await runTsx(path.join(__dirname, 'console.ts'), [], `${['open voice shopper', 'find batteries', 'add the first one to my cart', 'exit'].join('\n')}\n`);

    expect(code).toBe(0);
    expect(out).toMatch(/→ LaunchRequest\nSkill: Welcome to Voice Shopper/);
    expect(out).toMatch(/→ IntentRequest SearchProductsIntent query="batteries"\nSkill: .*batteries/);
    expect(out).toMatch(/→ IntentRequest AddToCartIntent ordinal="1"/);
    expect(out).toMatch(/directive: Connections\.StartConnection AddToShoppingCart\/1 \[[A-Z0-9]{10}\] token=/);
    expect(out).toMatch(/Alexa: added .* to your cart\./);
    expect(out).toMatch(/→ SessionResumedRequest status=200 no result \(success\)\nSkill: I've added .* to your cart\./);
    expect(out).toMatch(/→ SessionEndedRequest USER_INITIATED/);
    expect(out).toContain('session ended (by customer)');
  }, 60000);

  it('plays the Alexa side of slot elicitation: "open voice shopper" then a bare "coffee" searches', async () => {
    const { code, out } = await runConsole(['open voice shopper', 'coffee', 'the second one', 'exit']);

    expect(code).toBe(0);
    expect(out).toMatch(/directive: Dialog\.ElicitSlot/);
    expect(out).toMatch(/→ IntentRequest SearchProductsIntent query="coffee"[^\n]*\nSkill: I found \d+ results for coffee/);
    expect(out).toMatch(/→ IntentRequest SelectItemIntent ordinal="2"/);
  });

  it('sends the result chosen with :next-result and shows raw envelopes with --json', async () => {
    const { code, out } = await runConsole(['ask voice shopper to find coffee', ':next-result NoOffersFound', 'add the second one to my cart', ':quit'], ['--json']);

    expect(code).toBe(0);
    expect(out).toContain('"type": "SessionResumedRequest"');
    expect(out).toContain('"code": "AlexaShopping.NoOffersFound"');
    expect(out).toMatch(/Skill: Sorry, .* isn't available right now/);
  });

  it('--device show prints each screen the skill draws and takes :touch by number and by event', async () => {
    const { code, out } = await runConsole(['open voice shopper', 'coffee', ':touch 2', ':touch AddToCart', ':touch Checkout', 'exit'], ['--device', 'show']);

    expect(code).toBe(0);
    expect(out).toMatch(/┌─ screen\n {2}│ Voice Shopper\n/);
    expect(out).toMatch(/│ \[2\] 2 · \[image\] · Lavazza Instant Coffee · \$9\.03 · prime · 4 out of 5 stars {2}→ \["ShowDetails","B05K051569"\]/);
    expect(out).toMatch(/\(touch \["ShowDetails","B05K051569"\]\)\n {2}→ Alexa\.Presentation\.APL\.UserEvent\nSkill: Lavazza Instant Coffee, by Lavazza/);
    expect(out).toMatch(/\(touch \["AddToCart","B05K051569"\]\)[\s\S]*Alexa: added Lavazza Instant Coffee \(B05K051569\) to your cart\./);
    expect(out).toContain('(nothing on the screen answers to "Checkout")');
  });

  it('without a screen device, :touch touches nothing and no screen is printed', async () => {
    const { code, out } = await runConsole(['open voice shopper', 'coffee', ':touch 2', 'exit']);

    expect(code).toBe(0);
    expect(out).not.toContain('┌─ screen');
    expect(out).not.toContain('RenderDocument');
    expect(out).toContain('(nothing on the screen to touch)');
  });

  it('rejects an unknown device with the devices it knows and exit code 2', async () => {
    const { code, err } = await runConsole([], ['--device', 'toaster']);

    expect(code).toBe(2);
    expect(err).toContain('--device takes voice, show, show10, show8, show5, spot, tv');
  });

  it('rejects an unknown flag with usage and exit code 2', async () => {
    const { code, err } = await runConsole([], ['--bogus']);

    expect(code).toBe(2);
    expect(err).toContain('Usage:\n  npm start -- [options]');
  });
});

describe('the console module', () => {
  it("leaves the process's stdin alone until the console really runs (an opened stdin pipe keeps a Jest worker alive)", async () => {
    const stdinRead = jest.spyOn(process, 'stdin', 'get');
    try {
      jest.isolateModules(() => {
        require('./console');
      });
      // A test's streams given: the process's are never looked at.
      await runConsole([], ['--help']);
      expect(stdinRead).not.toHaveBeenCalled();
    } finally {
      stdinRead.mockRestore();
    }
  });
});
