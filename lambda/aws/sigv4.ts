/**
 * AWS Signature Version 4 for one JSON request, as the AWS General Reference ("Create a signed
 * AWS API request") describes it: canonical request → string to sign → HMAC chain of date,
 * region, service and `aws4_request` → `Authorization` header. The path and query are signed
 * as the request sends them (an endpoint behind a path prefix signs that path), with a string
 * body and a few headers.
 */
import { createHash, createHmac } from 'node:crypto';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials (Lambda's execution role) carry a session token. */
  sessionToken?: string;
}

export interface SignInput {
  method: string;
  host: string;
  /** The path as sent (already percent-encoded, as URL.pathname gives it). */
  path: string;
  /** The query as sent, with or without its `?` (URL.search); empty for none. */
  query?: string;
  /** Header names in any case; the host and x-amz-date headers are added here. */
  headers: Record<string, string>;
  body: string;
  service: string;
  region: string;
  credentials: AwsCredentials;
  date: Date;
}

const sha256Hex = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** SigV4's URI encoding: RFC 3986's unreserved characters stay, every other byte is %XX in upper case. */
function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The canonical URI: every service but S3 encodes each segment of the path as sent once more
 * (AWS General Reference, "Create a canonical request"); `/` for an empty path.
 */
export function canonicalUri(path: string): string {
  if (path === '' || path === '/') return '/';
  return path.split('/').map(uriEncode).join('/');
}

/** The canonical query string: each name and value decoded as sent, then encoded, sorted by name and value. */
export function canonicalQuery(query: string): string {
  const raw = query.startsWith('?') ? query.slice(1) : query;
  if (raw === '') return '';
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  const pairs = raw
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const at = pair.indexOf('=');
      const name = at === -1 ? pair : pair.slice(0, at);
      const value = at === -1 ? '' : pair.slice(at + 1);
      return `${uriEncode(decode(name))}=${uriEncode(decode(value))}`;
    });
  return pairs.sort().join('&');
}

/** `20150830T123600Z` */
export function amzDate(date: Date): string {
  return date.toISOString().replace(/[:-]|\.\d{3}/g, '');
}

/** The request's headers with `host`, `x-amz-date`, `x-amz-security-token` and `authorization` added. */
export function signRequest(input: SignInput): Record<string, string> {
  const stamp = amzDate(input.date);
  const day = stamp.slice(0, 8);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers)) headers[name.toLowerCase()] = value;
  headers['host'] = input.host;
  headers['x-amz-date'] = stamp;
  if (input.credentials.sessionToken !== undefined) headers['x-amz-security-token'] = input.credentials.sessionToken;

  const names = Object.keys(headers).sort();
  const canonicalHeaders = names.map((name) => `${name}:${(headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = [input.method, canonicalUri(input.path), canonicalQuery(input.query ?? ''), canonicalHeaders, signedHeaders, sha256Hex(input.body)].join('\n');
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256Hex(canonicalRequest)].join('\n');

  const signingKey = hmac(hmac(hmac(hmac(`AWS4${input.credentials.secretAccessKey}`, day), input.region), input.service), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  headers['authorization'] = `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}
