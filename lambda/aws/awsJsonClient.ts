/**
 * A small client for the AWS JSON protocol (DynamoDB speaks JSON 1.0, Secrets Manager JSON
 * 1.1): one signed `POST /` per attempt over node:http(s) with keep-alive (lambda/util/http.ts). It exists
 * for the cold start: the AWS SDK v3 clients cost about 100 ms to load before the first
 * request, and the skill needs two operations of each service, not the SDK.
 *
 * What it does that the skill relies on:
 * - a per-attempt timeout that rejects and destroys the socket (AWS SDK v3's `requestTimeout`
 *   only logs a warning and leaves the request running);
 * - an optional AbortSignal per call: it destroys the request in flight, cuts a backoff wait
 *   short, and the call rejects with the signal's reason, as `fetch` does;
 * - retries of throttling, 5xx, timeouts and network errors with full-jitter exponential
 *   backoff; any other AWS error (a failed condition, a missing table) is thrown at once.
 *
 * Credentials come from the environment, where Lambda puts the execution role's:
 * `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`; the region from `AWS_REGION`.
 */
import { sleep } from '../util/deadline';
import { abortReason, httpRequest } from '../util/http';
import { backoffDelayMs } from '../util/retry';
import { type AwsCredentials, signRequest } from './sigv4';

export interface AwsJsonServiceOptions {
  /** The signing name: `dynamodb`, `secretsmanager`. */
  service: string;
  /** The `X-Amz-Target` prefix: `DynamoDB_20120810`, `secretsmanager`. */
  targetPrefix: string;
  jsonVersion: '1.0' | '1.1';
  /** Full URL; default `https://<service>.<region>.amazonaws.com`. */
  endpoint?: string;
  /** Default: AWS_REGION, then AWS_DEFAULT_REGION. */
  region?: string;
  /** Default: the environment's (Lambda's execution role). */
  credentials?: AwsCredentials;
  /** Per attempt; the attempt is destroyed when it runs out. */
  attemptTimeoutMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Full-jitter backoff: a wait between 0 and min(maxDelayMs, baseDelayMs × 2^retry). @default 50 */
  baseDelayMs?: number;
  /** @default 500 */
  maxDelayMs?: number;
  /** @default Math.random */
  random?: () => number;
  /** Signing clock: AWS refuses a signature more than 5 minutes off. @default Date.now */
  now?: () => number;
}

export interface AwsCallOptions {
  /** Aborts the request in flight (and any further attempt); the call rejects with `signal.reason`. */
  signal?: AbortSignal;
}

/** An error answer from the service, named by its AWS error type (`ConditionalCheckFailedException`). */
export class AwsServiceError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

/** One attempt ran out of time; its socket was destroyed. */
export class AwsTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/** No credentials or no region: nothing was sent. */
export class AwsConfigError extends Error {
  override readonly name = 'AwsConfigError';
}

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
]);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Whether another attempt may succeed where this one failed. */
export function isRetryable(err: unknown): boolean {
  if (err instanceof AwsServiceError) return THROTTLING.has(err.type) || err.status === 429 || err.status >= 500;
  if (err instanceof AwsTimeoutError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && NETWORK_CODES.has(code);
}

/** Credentials from the environment, or undefined when there are none. */
export function environmentCredentials(environment: NodeJS.ProcessEnv = process.env): AwsCredentials | undefined {
  const accessKeyId = environment['AWS_ACCESS_KEY_ID'];
  const secretAccessKey = environment['AWS_SECRET_ACCESS_KEY'];
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = environment['AWS_SESSION_TOKEN'];
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}

function errorFrom(status: number, text: string, headerType: string | undefined): AwsServiceError {
  let type = headerType;
  let message = `HTTP ${status}`;
  try {
    const parsed = JSON.parse(text) as { __type?: unknown; message?: unknown; Message?: unknown };
    if (typeof parsed.__type === 'string') type = parsed.__type;
    const m = parsed.message ?? parsed.Message;
    if (typeof m === 'string') message = m;
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  // `com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException` → the part after '#'.
  const name = (type ?? `Http${status}`).split('#').pop()?.split(':')[0] ?? `Http${status}`;
  return new AwsServiceError(name, status, message);
}

export class AwsJsonClient {
  private readonly url: URL;
  private readonly region: string;

  constructor(private readonly options: AwsJsonServiceOptions) {
    const region = options.region ?? process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'];
    if (region === undefined || region === '') {
      // A local endpoint (dynalite, an emulator) ignores the region; AWS needs it in the host and the signature.
      if (options.endpoint === undefined) throw new AwsConfigError(`no region for ${options.service} (AWS_REGION is not set)`);
      this.region = 'us-east-1';
    } else {
      this.region = region;
    }
    this.url = new URL(options.endpoint ?? `https://${options.service}.${this.region}.amazonaws.com`);
  }

  /** Calls `operation` with `input`; resolves with the parsed JSON answer. */
  async call<T>(operation: string, input: unknown, callOptions: AwsCallOptions = {}): Promise<T> {
    const { signal } = callOptions;
    const credentials = this.options.credentials ?? environmentCredentials();
    if (credentials === undefined) throw new AwsConfigError(`no AWS credentials for ${this.options.service} (AWS_ACCESS_KEY_ID is not set)`);
    const body = JSON.stringify(input);
    const random = this.options.random ?? Math.random;
    const backoff = { baseDelayMs: this.options.baseDelayMs ?? 50, maxDelayMs: this.options.maxDelayMs ?? 500 };
    for (let attempt = 1; ; attempt += 1) {
      if (signal?.aborted) throw abortReason(signal);
      // Signed per attempt: the signature carries the time.
      const headers = signRequest({
        method: 'POST',
        host: this.url.host,
        path: '/',
        headers: {
          'content-type': `application/x-amz-json-${this.options.jsonVersion}`,
          // Signed, so set here; httpRequest sets the same value.
          'content-length': String(Buffer.byteLength(body)),
          'x-amz-target': `${this.options.targetPrefix}.${operation}`,
        },
        body,
        service: this.options.service,
        region: this.region,
        credentials,
        date: new Date((this.options.now ?? Date.now)()),
      });
      let failure: unknown;
      try {
        const timeoutMs = this.options.attemptTimeoutMs;
        const answer = await httpRequest({
          url: this.url,
          method: 'POST',
          headers,
          body,
          timeoutMs,
          timeoutError: () => new AwsTimeoutError(timeoutMs),
          ...(signal === undefined ? {} : { signal }),
        });
        if (answer.status >= 200 && answer.status < 300) return (answer.text === '' ? {} : JSON.parse(answer.text)) as T;
        const typeHeader = answer.headers['x-amzn-errortype'];
        failure = errorFrom(answer.status, answer.text, Array.isArray(typeHeader) ? typeHeader[0] : typeHeader);
      } catch (err) {
        failure = err;
      }
      if (signal?.aborted) throw abortReason(signal);
      if (attempt >= this.options.maxAttempts || !isRetryable(failure)) throw failure;
      // Retry number `attempt` follows attempt `attempt`; an abort cuts the wait short and the loop's check throws its reason.
      const delay = backoffDelayMs(attempt, backoff, random());
      if (delay > 0) await sleep(delay, signal);
    }
  }
}
