/**
 * A small client for the AWS JSON protocol (DynamoDB speaks JSON 1.0, Secrets Manager JSON
 * 1.1): one signed `POST` per attempt over node:http(s) with keep-alive (lambda/util/http.ts). It exists
 * for the cold start: the AWS SDK v3 clients cost about 100 ms to load before the first
 * request, and the skill needs two operations of each service, not the SDK.
 *
 * What it does that the skill relies on:
 * - a per-attempt timeout that rejects and destroys the socket (AWS SDK v3's `requestTimeout`
 *   only logs a warning and leaves the request running);
 * - an optional AbortSignal per call: it destroys the request in flight, cuts a backoff wait
 *   short, and the call rejects with the signal's reason, as `fetch` does;
 * - retries by the project's one policy (lambda/util/retry.ts): throttling, 429, 500, 502,
 *   503, 504, timeouts, network errors and untrustworthy 2xx answers; any other AWS error (a
 *   failed condition, a missing table) is thrown at once;
 * - no 2xx taken on trust: the body must be the JSON object the operation returns, matching
 *   its x-amz-crc32 when one is sent;
 * - the endpoint's path and query signed as sent.
 *
 * Credentials come from the environment, where Lambda puts the execution role's:
 * `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`; the region from `AWS_REGION`.
 */
import { crc32 } from './crc32';
import { isRecord } from '../util/guards';
import { httpRequest } from '../util/http';
import { retry } from '../util/retry';
import { type AwsCredentials, signRequest } from './sigv4';

export interface AwsJsonServiceOptions {
  /** The signing name: `dynamodb`, `secretsmanager`. */
  service: string;
  /** The `X-Amz-Target` prefix: `DynamoDB_20120810`, `secretsmanager`. */
  targetPrefix: string;
  jsonVersion: '1.0' | '1.1';
  /** Full URL, a path and query included (signed as sent); default `https://<service>.<region>.amazonaws.com`. */
  endpoint?: string | undefined;
  /** Default: AWS_REGION, then AWS_DEFAULT_REGION. */
  region?: string | undefined;
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

export interface AwsCallOptions<T> {
  /** Aborts the request in flight (and any further attempt); the call rejects with `signal.reason`. */
  signal?: AbortSignal | undefined;
  /**
   * Reads the operation's answer (a JSON object) into what the caller uses, or throws an
   * AwsAnswerError when it is not that operation's shape: the same validation for reads and
   * writes, inside the attempt, so a wrong answer is retried. @default the object as is
   */
  parse?: (answer: Record<string, unknown>) => T;
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

/**
 * A 2xx the client cannot trust: a body that is empty, not JSON, not an object, not the
 * operation's shape, or whose x-amz-crc32 does not match. Retried as a server fault: a
 * corrupted or cut answer says nothing about whether a write happened, and the writes the
 * skill makes are conditional, so doing one again is safe.
 */
export class AwsAnswerError extends Error {
  override readonly name = 'AwsAnswerError';
  readonly retryable = true;
}

/** No credentials or no region: nothing was sent. */
export class AwsConfigError extends Error {
  override readonly name = 'AwsConfigError';
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
    const parsed = JSON.parse(text) as { __type?: unknown; message?: unknown; Message?: unknown } | null;
    if (typeof parsed?.__type === 'string') type = parsed.__type;
    const m = parsed?.message ?? parsed?.Message;
    if (typeof m === 'string') message = m;
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  // `com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException` → the part after '#'.
  const name = (type ?? `Http${status}`).split('#').pop()?.split(':')[0] ?? `Http${status}`;
  return new AwsServiceError(name, status, message);
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The JSON object of a 2xx answer, checked: DynamoDB sends `x-amz-crc32`, the CRC32 of the body's
 * bytes (DynamoDB developer guide, "Error handling": CRC32 checksums), and every operation of
 * the JSON protocol answers an object, `{}` at least.
 */
function answerObject(bytes: Buffer, text: string, checksum: string | undefined): Record<string, unknown> {
  if (checksum !== undefined && String(crc32(bytes)) !== checksum.trim()) throw new AwsAnswerError('the answer does not match its x-amz-crc32');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AwsAnswerError(text === '' ? 'an empty answer' : 'an answer that is not JSON');
  }
  if (!isRecord(parsed)) throw new AwsAnswerError('an answer that is not a JSON object');
  return parsed;
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

  /** Calls `operation` with `input`; resolves with the answer, parsed and checked. */
  async call<T = Record<string, unknown>>(operation: string, input: unknown, callOptions: AwsCallOptions<T> = {}): Promise<T> {
    const { signal } = callOptions;
    const credentials = this.options.credentials ?? environmentCredentials();
    if (credentials === undefined) throw new AwsConfigError(`no AWS credentials for ${this.options.service} (AWS_ACCESS_KEY_ID is not set)`);
    const body = JSON.stringify(input);
    const parse = callOptions.parse ?? ((answer: Record<string, unknown>) => answer as T);
    const attempt = async (): Promise<T> => {
      // Signed per attempt: the signature carries the time.
      const headers = signRequest({
        method: 'POST',
        host: this.url.host,
        path: this.url.pathname,
        query: this.url.search,
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
      const answer = await httpRequest({ url: this.url, method: 'POST', headers, body, timeoutMs: this.options.attemptTimeoutMs, signal });
      if (answer.status >= 200 && answer.status < 300) return parse(answerObject(answer.bytes, answer.text, header(answer.headers, 'x-amz-crc32')));
      throw errorFrom(answer.status, answer.text, header(answer.headers, 'x-amzn-errortype'));
    };
    return retry(attempt, {
      policy: { maxAttempts: this.options.maxAttempts, baseDelayMs: this.options.baseDelayMs ?? 50, maxDelayMs: this.options.maxDelayMs ?? 500 },
      signal,
      ...(this.options.random === undefined ? {} : { random: this.options.random }),
    });
  }
}
