/**
 * SSML helpers. Catalog text (titles, brands, merchant names) is untrusted: `escapeSsml`
 * makes it safe inside <speak>. Message templates are trusted SSML; their parameters are
 * escaped by the translator before they are interpolated.
 */

const SSML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// Characters XML 1.0 forbids; Alexa rejects SSML that contains them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Half of a surrogate pair is not a character at all: cutting a title inside an emoji
// leaves one, and Alexa rejects the SSML.
const UNPAIRED_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeSsml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(UNPAIRED_SURROGATES, '')
    .replace(/[&<>"']/g, (ch) => SSML_ESCAPES[ch] ?? ch);
}

/** Alexa's limit on output speech (characters of SSML). */
export const MAX_SPEECH_CHARS = 8000;

/**
 * True when `ssml` is what this skill itself speaks: `<speak>` around escaped text, with no
 * other tag, only the five XML entities, valid characters, within Alexa's length limit. Speech
 * that comes back from session attributes (AMAZON.RepeatIntent) is replayed only if it is.
 */
export function isPlainSpokenSsml(ssml: string): boolean {
  if (ssml.length > MAX_SPEECH_CHARS) return false;
  const inner = /^<speak>([\s\S]*)<\/speak>$/.exec(ssml)?.[1];
  if (inner === undefined || /[<>]/.test(inner)) return false;
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(inner)) return false;
  INVALID_XML_CHARS.lastIndex = 0;
  UNPAIRED_SURROGATES.lastIndex = 0;
  return !INVALID_XML_CHARS.test(inner) && !UNPAIRED_SURROGATES.test(inner);
}

/** Decodes the five XML entities and numeric character references (`&amp;` last, so `&amp;lt;` stays `&lt;`). */
export function decodeEntities(text: string): string {
  // Every reference starts with "&": most text has none, and six scans made six copies of it.
  if (!text.includes('&')) return text;
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number.parseInt(code, 10)))
    .replace(/&amp;/g, '&');
}

/**
 * The words of an SSML document as text: breaks, paragraphs and sentences separate words,
 * other tags are removed, entities decoded, whitespace collapsed. For cards, logs, the
 * tests' readable assertions and word counts.
 */
export function ssmlToText(ssml: string): string {
  return decodeEntities(ssml.replace(/<(?:break|p|s)\b[^>]*>|<\/(?:p|s)>/gi, ' ').replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** What `stripMarkup` would change: a tag's start, whitespace other than one space, or a space at either end. */
const NOT_PLAIN = /<|[^\S ]| {2}|^ | $/;

/** Text from a source that may hold markup (catalog titles, delivery notes): every tag becomes a space, whitespace collapsed. */
export function stripMarkup(text: string): string {
  // Already plain (no tag, only single spaces between words, none at either end): returned as it
  // is rather than copied three times; every listed title goes through here on every search.
  if (!NOT_PLAIN.test(text)) return text;
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
