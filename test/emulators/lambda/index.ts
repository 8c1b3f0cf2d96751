/**
 * A tiny AWS Lambda control plane on 127.0.0.1: the three operations the stage tools use, over
 * the REST-JSON protocol the real SDK speaks, as the AWS Lambda API Reference describes them:
 *
 * - `GetAlias`               GET /2015-03-31/functions/{FunctionName}/aliases/{Name}
 * - `UpdateAlias`            PUT /2015-03-31/functions/{FunctionName}/aliases/{Name}
 *                            (`FunctionVersion`, `Description`, `RevisionId`)
 * - `ListVersionsByFunction` GET /2015-03-31/functions/{FunctionName}/versions?Marker=&MaxItems=
 * - `GetFunctionConfiguration` GET /2015-03-31/functions/{FunctionName}/configuration?Qualifier=
 *                            (the version's `CodeSha256`: the SHA-256 of its deployment package)
 *
 * `FunctionName` may be a name, an ARN or a partial ARN. Errors carry their type in the
 * `x-amzn-ErrorType` header and `{"Type":"User","Message":…}` in the body:
 * ResourceNotFoundException 404 (function, alias or version), PreconditionFailedException 412
 * (a RevisionId that is not the alias's latest), InvalidParameterValueException 400,
 * ValidationException 400 (a description over 256 characters, MaxItems outside 1–10000).
 * Point the SDK at it with `AWS_ENDPOINT_URL_LAMBDA` and fake credentials.
 *
 * Lambda is a regional service: one emulator is one region (`{ region }`), its ARNs name it, and
 * like the real endpoint it refuses a request signed for another region (403
 * InvalidSignatureException, "Credential should be scoped to a valid region"), so a tool that
 * talks to several regions is proven to sign each call for the region it meant.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from '../closeServer';

export const LAMBDA_EMULATOR_REGION = 'us-east-1';
export const LAMBDA_EMULATOR_ACCOUNT = '123456789012';

export interface EmulatedAlias {
  readonly name: string;
  readonly functionVersion: string;
  readonly description: string;
  readonly revisionId: string;
}

export interface RecordedLambdaRequest {
  readonly method: string;
  readonly path: string;
  /** Whether the request carried a SigV4 Authorization header (the SDK signs every call). */
  readonly signed: boolean;
}

export interface LambdaEmulator {
  readonly url: string;
  /** The AWS region this emulator is. */
  readonly region: string;
  close(): Promise<void>;
  /** Creates a function with `versions` published versions (1 … versions), each of package `codeSha256` (default DEFAULT_CODE_SHA256), and no aliases. */
  addFunction(name: string, versions?: number, codeSha256?: string): void;
  /** Publishes the next version of a function (what CloudFormation does for a changed `AWS::Lambda::Version`); returns its number. */
  publishVersion(name: string, codeSha256?: string): string;
  /** Creates or moves an alias directly (what CloudFormation does for `AWS::Lambda::Alias`). */
  setAlias(name: string, alias: string, functionVersion: string, description?: string): void;
  alias(name: string, alias: string): EmulatedAlias | undefined;
  /** The next `count` requests fail with this HTTP status and Lambda error type. */
  failNext(count: number, status?: number, type?: string): void;
  readonly requests: readonly RecordedLambdaRequest[];
}

/** The package every version has unless told otherwise: one release deployed everywhere. */
export const DEFAULT_CODE_SHA256 = 'c2FtZS1idW5kbGUtaW4tZXZlcnktcmVnaW9uLi4uLi4=';

interface EmulatedFunction {
  readonly versions: string[];
  /** Each published version's CodeSha256. */
  readonly code: Map<string, string>;
  readonly aliases: Map<string, EmulatedAlias>;
}

/** AWS Lambda API Reference, "UpdateAlias": Description, length 0–256. */
const MAX_DESCRIPTION = 256;
/** "ListVersionsByFunction": MaxItems 1–10000; the service returns up to 50 by default. */
const MAX_ITEMS = 10_000;
const DEFAULT_ITEMS = 50;
/** "GetAlias": FunctionName, with an optional ARN prefix; Name must not be all digits. */
const FUNCTION_NAME = /^(?:arn:aws[a-zA-Z-]*:lambda:[a-z]{2}(?:-gov)?-[a-z]+-\d:)?(?:\d{12}:)?(?:function:)?([a-zA-Z0-9_-]{1,64})(?::(\$LATEST|[a-zA-Z0-9_-]+))?$/;
const ALIAS_NAME = /^(?!^[0-9]+$)[a-zA-Z0-9_-]{1,128}$/;

class LambdaError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export interface LambdaEmulatorOptions {
  /** @default LAMBDA_EMULATOR_REGION */
  readonly region?: string;
}

/** The region of a SigV4 `Authorization` header's credential scope (`Credential=<key>/<date>/<region>/<service>/aws4_request`). */
const CREDENTIAL_REGION = /Credential=[^/,]+\/\d{8}\/([a-z0-9-]+)\/lambda\/aws4_request/;

export async function startLambdaEmulator(options: LambdaEmulatorOptions = {}): Promise<LambdaEmulator> {
  const region = options.region ?? LAMBDA_EMULATOR_REGION;
  const functions = new Map<string, EmulatedFunction>();
  const requests: RecordedLambdaRequest[] = [];
  let failures = { remaining: 0, status: 500, type: 'ServiceException' };

  const arn = (name: string, qualifier?: string) => `arn:aws:lambda:${region}:${LAMBDA_EMULATOR_ACCOUNT}:function:${name}${qualifier === undefined ? '' : `:${qualifier}`}`;
  const functionNamed = (raw: string): { name: string; fn: EmulatedFunction } => {
    const match = FUNCTION_NAME.exec(raw);
    if (match === null || match[1] === undefined)
      throw new LambdaError(400, 'ValidationException', `1 validation error detected: Value '${raw}' at 'functionName' failed to satisfy constraint`);
    if (match[2] !== undefined) throw new LambdaError(400, 'InvalidParameterValueException', 'Unsupported qualifier: the function name must not carry a version or alias here');
    const fn = functions.get(match[1]);
    if (fn === undefined) throw new LambdaError(404, 'ResourceNotFoundException', `Function not found: ${arn(match[1])}`);
    return { name: match[1], fn };
  };
  const aliasNamed = (name: string, fn: EmulatedFunction, alias: string): EmulatedAlias => {
    if (!ALIAS_NAME.test(alias)) throw new LambdaError(400, 'ValidationException', `1 validation error detected: Value '${alias}' at 'name' failed to satisfy constraint`);
    const found = fn.aliases.get(alias);
    if (found === undefined) throw new LambdaError(404, 'ResourceNotFoundException', `Alias not found: ${arn(name, alias)}`);
    return found;
  };
  const aliasBody = (name: string, alias: EmulatedAlias) => ({
    AliasArn: arn(name, alias.name),
    Name: alias.name,
    FunctionVersion: alias.functionVersion,
    Description: alias.description,
    RevisionId: alias.revisionId,
  });

  const handle = (method: string, url: URL, body: unknown): { status: number; body: unknown } => {
    const segments = url.pathname.split('/').map((segment) => decodeURIComponent(segment));
    // ['', '2015-03-31', 'functions', name, 'aliases' | 'versions', alias?]
    if (segments[1] !== '2015-03-31' || segments[2] !== 'functions' || segments[3] === undefined) {
      throw new LambdaError(404, 'UnknownOperationException', `no such operation ${method} ${url.pathname}`);
    }
    const { name, fn } = functionNamed(segments[3]);
    if (segments[4] === 'aliases' && segments[5] !== undefined && segments.length === 6) {
      const alias = aliasNamed(name, fn, segments[5]);
      if (method === 'GET') return { status: 200, body: aliasBody(name, alias) };
      if (method === 'PUT') {
        const update = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
        if (update['RevisionId'] !== undefined && update['RevisionId'] !== alias.revisionId) {
          throw new LambdaError(
            412,
            'PreconditionFailedException',
            'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/the GetAlias API to retrieve the latest Revision Id',
          );
        }
        const version = update['FunctionVersion'];
        if (version !== undefined && (typeof version !== 'string' || !fn.versions.includes(version))) {
          throw new LambdaError(404, 'ResourceNotFoundException', `Function not found: ${arn(name, String(version))}`);
        }
        const description = update['Description'];
        if (description !== undefined && (typeof description !== 'string' || description.length > MAX_DESCRIPTION)) {
          throw new LambdaError(
            400,
            'ValidationException',
            `1 validation error detected: Value at 'description' failed to satisfy constraint: Member must have length less than or equal to ${MAX_DESCRIPTION}`,
          );
        }
        const updated: EmulatedAlias = {
          name: alias.name,
          functionVersion: typeof version === 'string' ? version : alias.functionVersion,
          description: typeof description === 'string' ? description : alias.description,
          revisionId: randomUUID(),
        };
        fn.aliases.set(alias.name, updated);
        return { status: 200, body: aliasBody(name, updated) };
      }
    }
    if (segments[4] === 'versions' && segments.length === 5 && method === 'GET') {
      const maxText = url.searchParams.get('MaxItems');
      const max = maxText === null ? DEFAULT_ITEMS : Number(maxText);
      if (!Number.isInteger(max) || max < 1 || max > MAX_ITEMS) {
        throw new LambdaError(
          400,
          'ValidationException',
          `1 validation error detected: Value '${maxText ?? ''}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and ${MAX_ITEMS}`,
        );
      }
      const all = ['$LATEST', ...fn.versions];
      const marker = url.searchParams.get('Marker');
      const start = marker === null ? 0 : Number(marker);
      if (!Number.isInteger(start) || start < 0 || start > all.length) throw new LambdaError(400, 'InvalidParameterValueException', 'Invalid Marker');
      const page = all.slice(start, start + max);
      const next = start + max < all.length ? String(start + max) : undefined;
      return {
        status: 200,
        body: {
          Versions: page.map((version) => ({
            FunctionName: name,
            FunctionArn: arn(name, version),
            Version: version,
            Runtime: 'nodejs24.x',
            Description: '',
            CodeSha256: fn.code.get(version) ?? DEFAULT_CODE_SHA256,
          })),
          ...(next === undefined ? {} : { NextMarker: next }),
        },
      };
    }
    if (segments[4] === 'configuration' && segments.length === 5 && method === 'GET') {
      const qualifier = url.searchParams.get('Qualifier') ?? '$LATEST';
      if (qualifier !== '$LATEST' && !fn.versions.includes(qualifier)) throw new LambdaError(404, 'ResourceNotFoundException', `Function not found: ${arn(name, qualifier)}`);
      return {
        status: 200,
        body: { FunctionName: name, FunctionArn: arn(name, qualifier), Version: qualifier, Runtime: 'nodejs24.x', CodeSha256: fn.code.get(qualifier) ?? DEFAULT_CODE_SHA256 },
      };
    }
    throw new LambdaError(404, 'UnknownOperationException', `no such operation ${method} ${url.pathname}`);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method ?? 'GET';
      requests.push({ method, path: url.pathname, signed: typeof req.headers.authorization === 'string' && req.headers.authorization.startsWith('AWS4-HMAC-SHA256') });
      try {
        const scoped = CREDENTIAL_REGION.exec(req.headers.authorization ?? '')?.[1];
        if (scoped !== undefined && scoped !== region) throw new LambdaError(403, 'InvalidSignatureException', `Credential should be scoped to a valid region. `);
        if (failures.remaining > 0) {
          failures = { ...failures, remaining: failures.remaining - 1 };
          throw new LambdaError(failures.status, failures.type, 'injected failure');
        }
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = {};
        try {
          body = text === '' ? {} : JSON.parse(text);
        } catch {
          throw new LambdaError(400, 'InvalidRequestContentException', 'Could not parse request body into json');
        }
        const result = handle(method, url, body);
        reply(res, result.status, result.body);
      } catch (err) {
        if (!(err instanceof LambdaError)) throw err;
        reply(res, err.status, { Type: err.status >= 500 ? 'Service' : 'User', Message: err.message }, err.type);
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    region,
    close: () => closeServer(server),
    addFunction: (name, versions = 0, codeSha256 = DEFAULT_CODE_SHA256) => {
      const numbers = Array.from({ length: versions }, (_, index) => String(index + 1));
      functions.set(name, { versions: numbers, code: new Map(numbers.map((version) => [version, codeSha256])), aliases: new Map() });
    },
    publishVersion: (name, codeSha256 = DEFAULT_CODE_SHA256) => {
      const fn = functions.get(name);
      if (fn === undefined) throw new Error(`no function ${name}`);
      const next = String(fn.versions.length + 1);
      fn.versions.push(next);
      fn.code.set(next, codeSha256);
      return next;
    },
    setAlias: (name, alias, functionVersion, description = '') => {
      const fn = functions.get(name);
      if (fn === undefined || !fn.versions.includes(functionVersion)) throw new Error(`no version ${functionVersion} of ${name}`);
      fn.aliases.set(alias, { name: alias, functionVersion, description, revisionId: randomUUID() });
    },
    alias: (name, alias) => functions.get(name)?.aliases.get(alias),
    failNext: (count, status = 500, type = 'ServiceException') => {
      failures = { remaining: count, status, type };
    },
    requests,
  };
}

function reply(res: http.ServerResponse, status: number, body: unknown, errorType?: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': 'emulator',
    ...(errorType === undefined ? {} : { 'x-amzn-errortype': errorType }),
  });
  res.end(text);
}
