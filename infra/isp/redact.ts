/**
 * Removes secrets from text before it is printed. LWA tokens have recognisable prefixes
 * (`Atza|` access, `Atzr|` refresh); anything after `Bearer` or a token-ish key is also cut.
 * Known secret values (client secret, refresh token) are replaced wherever they appear.
 */
const TOKEN_PATTERNS: readonly RegExp[] = [
  /Atz[ar]\|[^\s"'&,}]+/g,
  /Bearer\s+[^\s"'&,}]+/gi,
  /((?:access_token|refresh_token|client_secret|clientSecret|refreshToken|accessToken)["']?\s*[=:]\s*["']?)[^\s"'&,}]+/gi,
];

export const REDACTED = '[REDACTED]';

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // Short values would blank out ordinary words; real secrets are long.
    if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  for (const pattern of TOKEN_PATTERNS) {
    out = out.replace(pattern, (match: string, prefix?: string) =>
      typeof prefix === 'string' && match.startsWith(prefix) ? `${prefix}${REDACTED}` : REDACTED,
    );
  }
  return out;
}
