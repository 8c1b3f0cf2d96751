/**
 * A third-party client drives the skill: virtual-alexa loads the skill's en-US interaction
 * model and the bundled Lambda handler, and runs a search → add-to-cart conversation,
 * resuming the session after the Shopping Action as Alexa would. It prints one JSON
 * object (what each turn returned) for virtualAlexa.test.ts.
 *
 * Run in its own process: virtual-alexa brings nock 9, which patches Node's http globally.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import { bundleSkill } from '../../infra/bundle';
import { CLOSED_API_ENDPOINT } from '../support/envelopes';
import { modelPath } from './model';
import { prepareEnvironment } from './skill';

interface Turn {
  speech: string;
  directives: unknown[];
  shouldEndSession: boolean | undefined;
}

function turn(response: unknown): Turn {
  const envelope = response as ResponseEnvelope;
  const speech = envelope.response.outputSpeech;
  return {
    speech: speech === undefined ? '' : speech.type === 'SSML' ? speech.ssml : speech.text,
    directives: envelope.response.directives ?? [],
    shouldEndSession: envelope.response.shouldEndSession,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'voice-shopping-va-'));
  try {
    // The sample catalog: this conversation searches the embedded data set.
    const bundle = await bundleSkill(path.join(dir, 'index.js'), { sourcemap: false, logLevel: 'error' }, 'embedded');
    prepareEnvironment();
    const alexa = VirtualAlexa.Builder()
      .handler(`${bundle.replace(/\.js$/, '')}.handler`)
      .interactionModelFile(modelPath('en-US'))
      .locale('en-US')
      .create();
    // Nothing may leave the machine: the skill's API calls go to a closed loopback port.
    const toClosedPort = (request: { context: { System: { apiEndpoint: string } } }): void => {
      request.context.System.apiEndpoint = CLOSED_API_ENDPOINT;
    };
    alexa.filter(toClosedPort);

    const launch = turn(await alexa.launch());
    const search = turn(await alexa.utter('find batteries'));
    // virtual-alexa passes AMAZON.Ordinal words through ("first") where Alexa sends digits
    // ("1"), so the pick is sent the way Alexa resolves it, through virtual-alexa's intend().
    const addToCart = turn(await alexa.intend('AddToCartIntent', { ordinal: '1' }));
    const start = addToCart.directives[0] as { token?: string } | undefined;
    // virtual-alexa has no SessionResumedRequest and adds a session only to the request types
    // it knows: start from an IntentRequest (session and attributes included), then replace
    // the request with the one Alexa sends when the Shopping Action completes.
    const resumed = turn(
      await alexa
        .request()
        .requestType('IntentRequest')
        .set('request', {
          type: 'SessionResumedRequest',
          requestId: 'amzn1.echo-api.request.virtual-alexa-resumed',
          timestamp: new Date().toISOString(),
          locale: 'en-US',
          cause: { type: 'ConnectionCompleted', token: start?.token, status: { code: '200', message: 'OK' } },
        })
        .send(),
    );
    process.stdout.write(`${JSON.stringify({ launch, search, addToCart, resumed })}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
