/**
 * `npm run serve`: the skill as an HTTPS-ready endpoint on 127.0.0.1, through
 * ask-sdk-express-adapter. Put it behind a tunnel that terminates TLS and point the
 * developer console's endpoint at the tunnel. Request signature and timestamp are verified
 * (verify/alexaRequestVerifier.ts, not the adapter's own verifiers) unless `--no-verify` is
 * given (then with a warning): without verification anyone who finds the tunnel can call the
 * skill.
 *
 *   npm run serve -- [--port 3000] [--no-verify]
 */
import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { type CliSpec, printHelpIfAsked } from '../../infra/cli';
import { Skill, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { type Handler, loadHandler, prepareEnvironment } from './skill';
import { AlexaRequestVerifier } from './verify/alexaRequestVerifier';

export const SKILL_PATH = '/';
export const DEFAULT_PORT = 3000;

/**
 * The adapter takes an ask-sdk `Skill`; this one's `invoke` is the Lambda's own `handler`,
 * so the endpoint runs exactly what Lambda runs (its envelope guard included).
 */
class HandlerSkill extends Skill {
  constructor(private readonly handler: Handler) {
    super(SkillBuilders.custom().getSkillConfiguration());
  }

  override invoke(requestEnvelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
    return this.handler(requestEnvelope, context);
  }
}

export interface ServeOptions {
  /** Verify the request signature and timestamp (default true). */
  verify?: boolean;
  /** The verifier used when `verify` is on (default: one trusting S3 and Node's root CAs). */
  verifier?: AlexaRequestVerifier;
  handler: Handler;
}

export function createServeApp(options: ServeOptions): Express {
  const verify = options.verify ?? true;
  const verifiers = verify ? [options.verifier ?? new AlexaRequestVerifier()] : [];
  const adapter = new ExpressAdapter(new HandlerSkill(options.handler), false, false, verifiers);
  const app = express();
  app.disable('x-powered-by');
  app.post(SKILL_PATH, adapter.getRequestHandlers());
  app.get(SKILL_PATH, (_req, res) => {
    res.type('text/plain').send(`Voice Shopper skill endpoint: POST Alexa requests here. Verification ${verify ? 'on' : 'OFF'}.\n`);
  });
  app.use(jsonErrors);
  return app;
}

/**
 * Errors raised before the skill runs (a 5 MB body, unparseable JSON) get a short JSON answer
 * with their status. Express's own error page is HTML with a stack trace and absolute paths.
 */
function jsonErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(err);
    return;
  }
  const fields = typeof err === 'object' && err !== null ? (err as { status?: unknown; statusCode?: unknown; type?: unknown }) : {};
  const raw = typeof fields.status === 'number' ? fields.status : fields.statusCode;
  const status = typeof raw === 'number' && raw >= 400 && raw < 600 ? raw : 500;
  const reason = typeof fields.type === 'string' && /^[\w.]{1,64}$/.test(fields.type) ? fields.type : status >= 500 ? 'internal.error' : 'bad.request';
  res.status(status).json({ error: reason, status });
}

/**
 * A connection that has not sent its headers within this is closed (Node waits 60 s): behind a
 * public tunnel, slow senders must not pile up sockets for a minute each.
 */
export const HEADERS_TIMEOUT_MS = 10_000;
/** A whole request (headers and body) must arrive within this; Alexa sends a few KB at once. */
export const REQUEST_TIMEOUT_MS = 15_000;

export function listen(app: Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, '127.0.0.1', () => resolve(server));
    server.headersTimeout = HEADERS_TIMEOUT_MS;
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.on('error', reject);
  });
}

export const NO_VERIFY_WARNING =
  'WARNING: request signature and timestamp verification is OFF (--no-verify). Anyone who can reach this endpoint can call the skill. Use it only for local requests, never behind a public tunnel.';

export const SERVE_CLI: CliSpec = {
  command: 'npm run serve --',
  summary: 'Serve the skill as an HTTP endpoint on 127.0.0.1, for an HTTPS tunnel, with Alexa request verification.',
  options: [
    { flag: '--port PORT', text: `port on 127.0.0.1 (default PORT, else ${DEFAULT_PORT}; 0 picks a free one)` },
    { flag: '--no-verify', text: 'turn request signature and timestamp verification off (local curl tests only; prints a warning)' },
  ],
  examples: ['npm run serve', 'npm run serve -- --port 8080', 'cloudflared tunnel --url http://127.0.0.1:3000   # in another terminal'],
  exitCodes: [
    [0, 'stopped by SIGINT or SIGTERM'],
    [1, 'an unknown option, a bad port, or the port is taken'],
  ],
};

async function main(): Promise<void> {
  if (printHelpIfAsked(SERVE_CLI, process.argv.slice(2))) return;
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      port: { type: 'string', default: process.env['PORT'] ?? String(DEFAULT_PORT) },
      'no-verify': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number.parseInt(values.port, 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad --port ${values.port}`);
  const verify = !values['no-verify'];
  prepareEnvironment({ logLevel: 'info' });
  const app = createServeApp({ verify, handler: await loadHandler() });
  const server = await listen(app, port);
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  if (!verify) console.warn(NO_VERIFY_WARNING);
  console.log(`Skill endpoint listening on http://127.0.0.1:${bound}${SKILL_PATH} (verification ${verify ? 'on' : 'off'})`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
