/**
 * Verifies that a request was sent by Alexa, following the custom-skill hosting docs ("Verify
 * that the request was sent by Alexa") in order: both headers present; the SignatureCertChainUrl
 * normalized, then checked (certificateUrl.ts); the request's timestamp within tolerance, both
 * ways (checked before any download, since it needs none); the signing certificate downloaded,
 * checked and cached (certificates.ts); the Signature-256 header an RSA SHA-256 signature of
 * the body's exact bytes by that certificate's key.
 *
 * It is an ask-sdk-express-adapter `Verifier`, so the adapter keeps parsing the body and
 * answering 400 when verification fails; the adapter's own verifiers (which check the URL's
 * path before resolving `..`, download without size or time limit, and accept any future
 * timestamp) are not used.
 */
import { type IncomingHttpHeaders } from 'node:http';
import { verify as verifySignature } from 'node:crypto';
import type { Verifier } from 'ask-sdk-express-adapter';
import { isRecord } from '../../../lambda/util/guards';
import { normalizeCertificateUrl } from './certificateUrl';
import { CertificateSource, type CertificateSourceOptions } from './certificates';

/** A request older or newer than this is refused (hosting docs: 150 seconds). */
export const TIMESTAMP_TOLERANCE_MS = 150_000;
/**
 * Skill events (AlexaSkillEvent.*) may reach the endpoint up to an hour after they happened,
 * as the SDK's TimestampVerifier allows; never from the future beyond the normal tolerance.
 */
export const SKILL_EVENT_TOLERANCE_MS = 3_600_000;
const SKILL_EVENT_PREFIX = 'AlexaSkillEvent.';
/** What Alexa sends: ISO 8601 with seconds and a zone. `Date.parse` alone would take "1" as 2001. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
/** Base64 of a signature by a key of up to 8192 bits. */
const SIGNATURE_BASE64 = /^[A-Za-z0-9+/]{1,1400}={0,2}$/;

export const CERT_URL_HEADER = 'signaturecertchainurl';
export const SIGNATURE_HEADER = 'signature-256';

export class RequestVerificationError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RequestVerificationError';
  }
}

export interface AlexaRequestVerifierOptions extends CertificateSourceOptions {}

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  if (typeof value !== 'string' || value === '') throw new RequestVerificationError(`missing or repeated ${name} header`);
  return value;
}

/** The request's timestamp within tolerance of `now`, or RequestVerificationError. */
export function checkTimestamp(body: string, now: number): void {
  let envelope: unknown;
  try {
    envelope = JSON.parse(body);
  } catch {
    throw new RequestVerificationError('the body is not JSON');
  }
  const request = isRecord(envelope) ? envelope['request'] : undefined;
  const timestamp = isRecord(request) ? request['timestamp'] : undefined;
  const at = typeof timestamp === 'string' && ISO_TIMESTAMP.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
  if (!Number.isFinite(at)) throw new RequestVerificationError('the request timestamp is missing or unparseable');
  const type = isRecord(request) ? request['type'] : undefined;
  const pastTolerance = typeof type === 'string' && type.startsWith(SKILL_EVENT_PREFIX) ? SKILL_EVENT_TOLERANCE_MS : TIMESTAMP_TOLERANCE_MS;
  if (at > now + TIMESTAMP_TOLERANCE_MS) throw new RequestVerificationError('the request timestamp is in the future');
  if (at < now - pastTolerance) throw new RequestVerificationError('the request timestamp is too old');
}

export class AlexaRequestVerifier implements Verifier {
  readonly certificates: CertificateSource;
  private readonly now: () => number;

  constructor(options: AlexaRequestVerifierOptions = {}) {
    this.certificates = new CertificateSource(options);
    this.now = options.now ?? Date.now;
  }

  async verify(body: string, headers: IncomingHttpHeaders = {}): Promise<void> {
    const url = normalizeCertificateUrl(header(headers, CERT_URL_HEADER));
    const signature = header(headers, SIGNATURE_HEADER).trim();
    if (!SIGNATURE_BASE64.test(signature)) throw new RequestVerificationError('the signature is not base64');
    checkTimestamp(body, this.now());
    const certificate = await this.certificates.get(url);
    if (!verifySignature('sha256', Buffer.from(body, 'utf8'), certificate.publicKey, Buffer.from(signature, 'base64'))) {
      throw new RequestVerificationError('the signature does not match the body');
    }
  }
}
