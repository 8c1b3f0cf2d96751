/**
 * The production-configuration cold start: what a customer waits for on the first launch of a
 * new Lambda container. The deployed bundle (infra/bundle.ts, `CATALOG=amazon-business`) runs
 * with state in DynamoDB (dynalite), the Amazon Business catalog and its LWA token endpoint
 * (emulators), and its credentials read from the secret (Secrets Manager emulator), as in
 * Lambda (test/support/production.ts). Against it, in the same interleaved run:
 * - the same bundle with its source map linked and `NODE_OPTIONS=--enable-source-maps`, as
 *   the function was deployed before, to price that flag;
 * - the official samples' way (bench/reference/samples-skill.ts: ask-sdk-core +
 *   ask-sdk-dynamodb-persistence-adapter on aws-sdk v2, state read on launch), loaded from
 *   node_modules as those samples deploy;
 * - the minimal stateless ask-sdk-core skill (bench/reference/minimal-skill.ts);
 * - the deployed layout with its cache again, with DynamoDB and Secrets Manager reached over
 *   TLS, as in Lambda (a local TLS front with a throwaway CA in front of each emulator): what
 *   the loopback HTTP of the rows above leaves out, loading node:tls and a handshake per endpoint.
 * Each run is a fresh `node` process, started with Lambda's flags: `require`, then the first LaunchRequest, reported apart;
 * the skill's processes then time their first search turn too.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { lambdaNodeArgs } from '../infra/compileCache';
import { createThrowawayCa, type Issued } from '../test/support/throwawayCa';
import { type ProductionFixture, startProductionFixture } from '../test/support/production';
import { type ColdProfile, profileColdStart } from './profile';
import { type Summary, summarize } from './stats';

export type ProductionVariant = 'production' | 'productionCompileCache' | 'productionSourceMaps' | 'productionTls' | 'samples' | 'minimal';
export const PRODUCTION_VARIANTS: readonly ProductionVariant[] = ['production', 'productionCompileCache', 'productionSourceMaps', 'productionTls', 'samples', 'minimal'];
export const PRODUCTION_LABELS: Record<ProductionVariant, string> = {
  production: 'this skill, production configuration (as deployed, compiled without a cache)',
  productionCompileCache: 'the same through its loader with a compile cache that matches the runtime (as a build on the runtime’s Node ships it)',
  productionSourceMaps: 'the same with a source map and `NODE_OPTIONS=--enable-source-maps` (not deployed)',
  productionTls: 'the same with a compile cache, DynamoDB and Secrets Manager over TLS as in Lambda (local TLS fronts)',
  samples: "the official samples' way: ask-sdk-core + ask-sdk-dynamodb-persistence-adapter (aws-sdk v2)",
  minimal: 'minimal stateless ask-sdk-core skill',
};

export interface ProductionColdVariant {
  requireMs: Summary;
  firstTurnMs: Summary;
  /** require + first LaunchRequest, per process: what the customer waits for (before the network to Alexa). */
  totalMs: Summary;
  /** CPU time (every thread) of `require` + the first LaunchRequest: less moved by the neighbours than wall time. Absent in older results. */
  totalCpuMs?: Summary;
  firstSearchMs?: Summary;
}

export interface ProductionColdFigures {
  runs: number;
  variants: Record<ProductionVariant, ProductionColdVariant>;
  /** One answer per variant, to show no variant timed an error path. */
  answers: Partial<Record<ProductionVariant, { launch: string; search?: string }>>;
  /** The deployed variant's cold first turn under `--cpu-prof` (bench/profile.ts). */
  profile?: ColdProfile;
  /** The minimal stateless skill's, for comparison. */
  minimalProfile?: ColdProfile;
}

export interface ProductionBundles {
  coldChild: string;
  production: string;
  /** The deployed layout (infra/compileCache.ts): the loader, the same skill bytes and a cache made by this Node. */
  productionCompileCache: string;
  /** The same build with a linked source map. */
  productionWithMap: string;
  samples: string;
  minimal: string;
}

interface Once {
  requireMs: number;
  firstTurnMs: number;
  requireCpuMs: number;
  firstTurnCpuMs: number;
  firstSearchMs?: number;
  launchSpeech?: string;
  searchSpeech?: string;
}

const SAMPLES_TABLE = 'samples-state';

/**
 * Every variant's `node` starts with the flags Lambda's Node.js runtime gives it for the stack's
 * memory size (infra/compileCache.ts, lambdaNodeArgs): they are all Lambda functions, and V8
 * refuses a compile cache made under other flags.
 */
function runChild(args: string[], env: NodeJS.ProcessEnv): Promise<{ stderr: string; status: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...lambdaNodeArgs(), ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ stderr, status }));
  });
}

/**
 * A TLS endpoint in front of a plain-HTTP emulator: each connection is decrypted and piped to
 * `target`. The emulators stay as they are; the client sees an https: endpoint, as in Lambda.
 */
async function tlsFront(target: string, tls: Issued): Promise<{ url: string; close(): Promise<void> }> {
  const { hostname, port } = new URL(target);
  const open = new Set<{ destroy(): void }>();
  const server = createTlsServer({ key: tls.key, cert: tls.cert }, (socket) => {
    const upstream = connect(Number(port), hostname);
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the TLS front has no port');
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of open) socket.destroy();
      server.close(() => resolve());
    });
  return { url: `https://127.0.0.1:${address.port}`, close };
}

export async function measureProductionCold(bundles: ProductionBundles, runs: number, baseEnv: NodeJS.ProcessEnv): Promise<ProductionColdFigures> {
  const fixture: ProductionFixture = await startProductionFixture();
  const ca = createThrowawayCa();
  const caDir = mkdtempSync(path.join(os.tmpdir(), 'bench-tls-'));
  const caFile = path.join(caDir, 'root.pem');
  writeFileSync(caFile, ca.root.cert);
  const dynamoTls = await tlsFront(fixture.environment['DYNAMODB_ENDPOINT'] ?? '', ca.server);
  const secretsTls = await tlsFront(fixture.environment['AWS_ENDPOINT_URL_SECRETS_MANAGER'] ?? '', ca.server);
  try {
    await fixture.createTable(SAMPLES_TABLE);
    const { NODE_OPTIONS: _inherited, ...base } = baseEnv;
    // What Lambda sets for every function: with it the skill refuses a missing or short token
    // key (lambda/security/tokenKey.ts). The key is read by the first turn that needs a token,
    // so the first launch reads no secret here or in Lambda; the first search reads it for the
    // catalog's credentials.
    const production = { ...base, ...fixture.environment, AWS_LAMBDA_FUNCTION_NAME: 'voice-shopping-skill-bench' };
    const setups: Record<ProductionVariant, { args: string[]; env: NodeJS.ProcessEnv }> = {
      production: { args: [bundles.coldChild, bundles.production, 'search'], env: production },
      productionCompileCache: { args: [bundles.coldChild, bundles.productionCompileCache, 'search'], env: production },
      productionSourceMaps: { args: [bundles.coldChild, bundles.productionWithMap, 'search'], env: { ...production, NODE_OPTIONS: '--enable-source-maps' } },
      productionTls: {
        args: [bundles.coldChild, bundles.productionCompileCache, 'search'],
        // The throwaway root is trusted the way Node trusts any extra CA; the catalog endpoints stay as they are.
        env: { ...production, DYNAMODB_ENDPOINT: dynamoTls.url, AWS_ENDPOINT_URL_SECRETS_MANAGER: secretsTls.url, NODE_EXTRA_CA_CERTS: caFile },
      },
      samples: {
        args: [bundles.coldChild, bundles.samples],
        env: {
          ...base,
          TABLE_NAME: SAMPLES_TABLE,
          DYNAMODB_ENDPOINT: fixture.dynamoEndpoint,
          AWS_ACCESS_KEY_ID: fixture.environment['AWS_ACCESS_KEY_ID'],
          AWS_SECRET_ACCESS_KEY: fixture.environment['AWS_SECRET_ACCESS_KEY'],
          AWS_SESSION_TOKEN: fixture.environment['AWS_SESSION_TOKEN'],
          AWS_REGION: fixture.environment['AWS_REGION'],
        },
      },
      minimal: { args: [bundles.coldChild, bundles.minimal], env: base },
    };
    const samples = Object.fromEntries(PRODUCTION_VARIANTS.map((v) => [v, [] as Once[]])) as unknown as Record<ProductionVariant, Once[]>;
    for (let i = 0; i < runs; i++) {
      // Interleaved, in a rotating order: a noisy neighbour slows every variant alike.
      for (let k = 0; k < PRODUCTION_VARIANTS.length; k++) {
        const variant = PRODUCTION_VARIANTS[(i + k) % PRODUCTION_VARIANTS.length] ?? 'minimal';
        const { args, env } = setups[variant];
        const child = await runChild(args, env);
        const line = child.stderr.split('\n').find((l) => l.startsWith('BENCH '));
        if (child.status !== 0 || line === undefined) throw new Error(`production cold start of ${variant} failed: ${child.stderr.slice(0, 800)}`);
        samples[variant].push(JSON.parse(line.slice('BENCH '.length)) as Once);
      }
    }
    const variants = {} as Record<ProductionVariant, ProductionColdVariant>;
    const answers: ProductionColdFigures['answers'] = {};
    for (const v of PRODUCTION_VARIANTS) {
      const rows = samples[v];
      const searches = rows.map((r) => r.firstSearchMs).filter((n): n is number => n !== undefined);
      variants[v] = {
        requireMs: summarize(rows.map((r) => r.requireMs)),
        firstTurnMs: summarize(rows.map((r) => r.firstTurnMs)),
        totalMs: summarize(rows.map((r) => r.requireMs + r.firstTurnMs)),
        totalCpuMs: summarize(rows.map((r) => r.requireCpuMs + r.firstTurnCpuMs)),
        ...(searches.length > 0 ? { firstSearchMs: summarize(searches) } : {}),
      };
      const first = rows[0];
      if (first !== undefined) answers[v] = { launch: first.launchSpeech ?? '', ...(first.searchSpeech === undefined ? {} : { search: first.searchSpeech }) };
    }
    for (const [v, a] of Object.entries(answers)) {
      if (!/Welcome/i.test(a.launch)) throw new Error(`${v} did not welcome the customer: ${a.launch}`);
      if (a.search !== undefined && !/^I found/.test(a.search)) throw new Error(`${v} did not find products: ${a.search}`);
    }
    const profile = await profileColdStart({ coldChild: bundles.coldChild, bundle: bundles.production, env: production, runs: 5 });
    const minimalProfile = await profileColdStart({ coldChild: bundles.coldChild, bundle: bundles.minimal, env: base, runs: 5 });
    return { runs, variants, answers, profile, minimalProfile };
  } finally {
    await dynamoTls.close();
    await secretsTls.close();
    rmSync(caDir, { recursive: true, force: true });
    await fixture.close();
  }
}
