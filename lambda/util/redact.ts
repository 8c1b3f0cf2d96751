/**
 * The one redactor: the skill's logger (util/log.ts) and the ISP sync tool (infra/isp/) cut
 * secrets from text with it before the text is written anywhere. It has no imports, so a
 * deploy-time tool can load it without the skill's configuration.
 */

/** What a secret is replaced with. */
export const REDACTED = '[redacted]';

// Every token format the skill and its tools issue or receive, and what names a person: LWA tokens (Atza| access,
// Atzr| refresh), JWTs (three parts: the Alexa apiAccessToken), the skill's own signed
// connection and purchase tokens (two parts: base64url JSON "eyJ…" and a 43-character
// HMAC), bearer values and named fields (query strings, JSON, headers; snake and camel case).
export const TOKEN_PATTERNS: readonly RegExp[] = [
  /Atz[ar]\|[\w\-.~+/=|]+/g,
  /eyJ[\w-]+\.[\w-]+\.[\w-]+/g,
  /eyJ[\w-]+\.[\w-]+/g,
  /[\w-]{16,}\.[\w-]{43}(?![\w-])/g,
  // Alexa account, person and device ids, and Amazon account ids (Login with Amazon
  // profiles), are not tokens, but they name a customer.
  /amzn1\.ask\.(?:account|person|device)\.[\w.-]+/g,
  /amzn1\.account\.[\w.-]+/g,
  // Email addresses: the Product Search user's, or one echoed in Alexa's error.message.
  // Parts bounded as RFC 5321 bounds them, so a long run without an @ costs linear time.
  /[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g,
  // AWS access key ids (long-term AKIA…, temporary ASIA…).
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /(bearer\s+)[\w\-.~+/=]+/gi,
  // A named field needs its assignment (`=` or `:`, quotes and spaces around it allowed): a
  // name followed by a space is prose ("set ASK_REFRESH_TOKEN (and ASK_CLIENT_ID…)"), not a value.
  /((?:access_token|refresh_token|client_secret|accessToken|refreshToken|clientSecret|apiAccessToken|x-amz-access-token|x-amz-security-token|sessionToken|secretAccessKey|password|connectionTokenSecret)["'\s]*[=:][\s"']*)[^"'&\s,}]+/gi,
];

/** Known secrets shorter than this are not replaced: they would blank out ordinary words. */
export const MIN_KNOWN_SECRET_LENGTH = 8;

/**
 * `text` with every recognisable token replaced by REDACTED, and every occurrence of the
 * `known` secret values (a client secret, a refresh token: whatever their format) too.
 */
/**
 * What every pattern above needs somewhere in the text: a `.`, `|`, `=` or `:`, or the letters
 * of an AWS key id prefix or "bearer" (an email address has its domain's dot). Most log fields
 * (event names, intents, locales, reasons) hold none of them and skip the ten scans: every
 * log line of every turn goes through here, and they showed in the warm search turn's profile
 * (test/security/redaction.test.ts checks the claim against every pattern).
 */
export const MAY_HOLD_TOKEN = /[.|=:]|AKIA|ASIA|bearer/i;

export function redact(text: string, known: readonly string[] = []): string {
  let out = text;
  for (const secret of known) {
    if (secret.length >= MIN_KNOWN_SECRET_LENGTH) out = out.split(secret).join(REDACTED);
  }
  if (!MAY_HOLD_TOKEN.test(out)) return out;
  for (const pattern of TOKEN_PATTERNS) {
    out = out.replace(pattern, (_match: string, prefix?: string) => (typeof prefix === 'string' && prefix.length > 0 ? `${prefix}${REDACTED}` : REDACTED));
  }
  return out;
}
