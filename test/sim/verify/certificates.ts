/**
 * The signing certificate behind a normalized SignatureCertChainUrl: downloaded once, checked,
 * cached by URL until the chain's first expiry. The custom-skill hosting docs ("Verify that the
 * request was sent by Alexa") ask for the chain to lead to a trusted root, for every
 * certificate to be within its dates, and for the signing certificate's Subject Alternative
 * Names to hold echo-api.amazon.com.
 *
 * A download is bounded three ways, because its URL comes from an unauthenticated header: a
 * size cap (Amazon's chain is about 6 KB; S3 holds objects of gigabytes), a deadline (an object
 * that never finishes must not hold a socket) and a count of downloads in flight (a thousand
 * requests naming a thousand URLs start a few downloads, the rest are refused at once). Requests
 * for a URL already being fetched share that one download.
 */
import { X509Certificate } from 'node:crypto';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import { Deadline, withDeadline } from '../../../lambda/util/deadline';
import { httpRequest } from '../../../lambda/util/http';
import { PromiseCache } from '../../../lambda/util/promiseCache';
import { CERTIFICATE_HOST } from './certificateUrl';

/** The name Amazon's signing certificate carries (hosting docs). */
export const SIGNING_CERTIFICATE_NAME = 'echo-api.amazon.com';
/** Amazon's chain is a few KB; anything past this is not a certificate chain. */
export const MAX_CHAIN_BYTES = 64 * 1024;
/** S3 answers a few KB in well under a second; a download past this is abandoned. */
export const DOWNLOAD_TIMEOUT_MS = 3000;
/** Downloads in flight at once; a request past them is refused, not queued. */
export const MAX_CONCURRENT_DOWNLOADS = 8;
/** URLs remembered; Amazon uses one at a time, so the oldest beyond this is forgotten. */
export const MAX_CACHED_URLS = 16;
/** Leaf, intermediates and a root: a longer "chain" is refused before any parsing. */
const MAX_CHAIN_LENGTH = 6;

export class CertificateError extends Error {
  constructor(reason: string) {
    super(`signing certificate refused: ${reason}`);
    this.name = 'CertificateError';
  }
}

export interface CertificateSourceOptions {
  /** Where `/echo.api/…` paths are downloaded from (default https://s3.amazonaws.com); tests use a local server. */
  origin?: URL;
  /** CAs the download's TLS trusts (default: Node's); tests pass their throwaway root. */
  downloadCa?: string[];
  /** Roots a signing chain must lead to (PEM; default: Node's bundled Mozilla roots). */
  trustedRoots?: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
  maxConcurrentDownloads?: number;
  /** Epoch milliseconds; certificate dates are checked against it. */
  now?: () => number;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function dates(cert: X509Certificate): { from: number; to: number } {
  return { from: Date.parse(cert.validFrom), to: Date.parse(cert.validTo) };
}

function withinDates(cert: X509Certificate, now: number): boolean {
  const { from, to } = dates(cert);
  return Number.isFinite(from) && Number.isFinite(to) && from <= now && now <= to;
}

function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  return issuer.ca && cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}

/**
 * The signing certificate of `pem` once the chain checks out at `now`: every certificate in
 * its dates, each issued (and signed) by the next, the last one a trusted root or issued by
 * one, and the first naming echo-api.amazon.com among its Subject Alternative Names.
 */
export function checkChain(pem: string, roots: readonly X509Certificate[], now: number): X509Certificate {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new CertificateError('no PEM certificate');
  if (blocks.length > MAX_CHAIN_LENGTH) throw new CertificateError('chain too long');
  let chain: X509Certificate[];
  try {
    chain = blocks.map((block) => new X509Certificate(block));
  } catch {
    throw new CertificateError('unparseable certificate');
  }
  const [leaf] = chain;
  if (leaf === undefined) throw new CertificateError('no PEM certificate');
  if (!chain.every((cert) => withinDates(cert, now))) throw new CertificateError('a certificate is expired or not yet valid');
  const names = (leaf.subjectAltName ?? '').split(/,\s*/);
  if (!names.includes(`DNS:${SIGNING_CERTIFICATE_NAME}`)) throw new CertificateError(`${SIGNING_CERTIFICATE_NAME} is not among its names`);
  for (let i = 0; i + 1 < chain.length; i++) {
    const cert = chain[i];
    const issuer = chain[i + 1];
    if (cert === undefined || issuer === undefined || !issuedBy(cert, issuer)) throw new CertificateError('the chain is broken');
  }
  const last = chain[chain.length - 1] ?? leaf;
  const anchored = roots.some((root) => root.fingerprint256 === last.fingerprint256 || (withinDates(root, now) && issuedBy(last, root)));
  if (!anchored) throw new CertificateError('the chain does not lead to a trusted root');
  return leaf;
}

/** Fetches and checks signing certificates; one per verifier, shared by its requests. */
export class CertificateSource {
  private readonly origin: URL;
  private readonly agent: https.Agent | undefined;
  private readonly maxBytes: number;
  private readonly timeoutMs: number;
  private readonly maxConcurrent: number;
  private readonly now: () => number;
  private readonly rootPems: readonly string[];
  private roots: X509Certificate[] | undefined;
  /** Checked chains by URL. */
  private readonly cache = new Map<string, PromiseCache<X509Certificate>>();
  /** Downloads under way by URL (never more than the concurrency bound). */
  private readonly pending = new Map<string, Promise<X509Certificate>>();
  private inFlight = 0;
  /** Downloads started, for tests and the benchmark: a cached URL starts none. */
  downloads = 0;

  constructor(options: CertificateSourceOptions = {}) {
    this.origin = options.origin ?? new URL(`https://${CERTIFICATE_HOST}`);
    this.agent = options.downloadCa === undefined ? undefined : new https.Agent({ ca: options.downloadCa, keepAlive: false });
    this.maxBytes = options.maxBytes ?? MAX_CHAIN_BYTES;
    this.timeoutMs = options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS;
    this.maxConcurrent = options.maxConcurrentDownloads ?? MAX_CONCURRENT_DOWNLOADS;
    this.now = options.now ?? Date.now;
    this.rootPems = options.trustedRoots ?? rootCertificates;
  }

  /** The checked signing certificate for a normalized URL (normalizeCertificateUrl). */
  get(url: URL): Promise<X509Certificate> {
    const key = url.href;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached.get(() => this.download(url));
    // One download per URL at a time, shared by every request naming it.
    const pending = this.pending.get(key);
    if (pending !== undefined) return pending;
    // Served until the first certificate of the chain expires; downloaded and checked again after that.
    const entry = new PromiseCache<X509Certificate>({ expiresAt: (leaf) => dates(leaf).to, now: this.now });
    const loading = entry.get(() => this.download(url));
    this.pending.set(key, loading);
    loading.then(
      () => {
        this.pending.delete(key);
        // Only a chain that checked out is remembered, so URLs that fail (any number of them)
        // never push Alexa's own out of the cache.
        const oldest = this.cache.keys().next();
        if (this.cache.size >= MAX_CACHED_URLS && oldest.done !== true) this.cache.delete(oldest.value);
        this.cache.set(key, entry);
      },
      () => this.pending.delete(key),
    );
    return loading;
  }

  private trusted(): X509Certificate[] {
    this.roots ??= this.rootPems.map((pem) => new X509Certificate(pem));
    return this.roots;
  }

  private async download(url: URL): Promise<X509Certificate> {
    if (this.inFlight >= this.maxConcurrent) throw new CertificateError('too many certificate downloads in flight');
    this.inFlight++;
    this.downloads++;
    const deadline = Deadline.after(this.timeoutMs);
    try {
      const answer = await withDeadline(
        deadline,
        (signal) =>
          httpRequest({
            url: new URL(url.pathname, this.origin),
            method: 'GET',
            headers: {},
            signal,
            maxBodyBytes: this.maxBytes,
            ...(this.agent === undefined ? {} : { agent: this.agent }),
          }),
        () => new CertificateError(`download took longer than ${this.timeoutMs} ms`),
      );
      if (answer.status !== 200) throw new CertificateError(`download answered ${answer.status}`);
      return checkChain(answer.text, this.trusted(), this.now());
    } catch (error) {
      // The HTTP client's own words (the size cap) say what went wrong; nothing of the body is kept.
      throw error instanceof CertificateError ? error : new CertificateError(`download failed: ${error instanceof Error ? error.message : 'error'}`);
    } finally {
      deadline.dispose();
      this.inFlight--;
    }
  }
}
