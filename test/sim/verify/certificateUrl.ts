/**
 * The signing certificate's URL (the SignatureCertChainUrl header), normalized before it is
 * checked, as the custom-skill hosting docs ("Verify that the request was sent by Alexa") ask:
 * the scheme is https and the host s3.amazonaws.com (both case-insensitive), a port if any is
 * 443, and the path starts with /echo.api/ (case-sensitive) once dot segments are resolved.
 *
 * The WHATWG URL parser resolves `..` and `.` segments, their percent-encoded spellings
 * (`%2e%2e`, `.%2E`) and backslashes, so `/echo.api/../x` and `/echo.api/%2e%2e/x` become
 * `/x` and fail the prefix check. What is downloaded is the normalized URL, never the header's
 * text. A path that still holds a percent escape afterwards (`..%2f`, which S3 would decode to
 * a key of its own choosing) is refused outright: Amazon's certificate URLs have none.
 */
export const CERTIFICATE_HOST = 's3.amazonaws.com';
export const CERTIFICATE_PATH_PREFIX = '/echo.api/';
/** Longer than any URL Amazon sends; a header of megabytes is not parsed. */
const MAX_URL_LENGTH = 2048;

export class CertificateUrlError extends Error {
  constructor(reason: string) {
    super(`SignatureCertChainUrl refused: ${reason}`);
    this.name = 'CertificateUrlError';
  }
}

/** The normalized certificate URL, or CertificateUrlError naming the rule it breaks. */
export function normalizeCertificateUrl(raw: string): URL {
  if (raw.length > MAX_URL_LENGTH) throw new CertificateUrlError('too long');
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new CertificateUrlError('not a URL');
  }
  if (url.protocol !== 'https:') throw new CertificateUrlError('the scheme is not https');
  // URL lower-cases the host and drops the default port (443 for https): any port left is another.
  if (url.hostname !== CERTIFICATE_HOST) throw new CertificateUrlError(`the host is not ${CERTIFICATE_HOST}`);
  if (url.port !== '') throw new CertificateUrlError('the port is not 443');
  if (url.username !== '' || url.password !== '') throw new CertificateUrlError('it carries credentials');
  if (url.search !== '' || url.hash !== '') throw new CertificateUrlError('it carries a query or a fragment');
  if (!url.pathname.startsWith(CERTIFICATE_PATH_PREFIX)) throw new CertificateUrlError(`the path does not start with ${CERTIFICATE_PATH_PREFIX}`);
  if (url.pathname.includes('%')) throw new CertificateUrlError('the path holds a percent escape');
  return url;
}
