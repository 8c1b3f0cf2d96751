/**
 * A small XML well-formedness check for SSML, so tests can say "this is valid SSML" without
 * an XML parser dependency. It checks what Alexa rejects in practice: a single <speak> root,
 * balanced tags from the SSML set Alexa supports, quoted attributes, only the five XML
 * entities and numeric references, and no characters XML 1.0 forbids (controls, U+FFFE/F,
 * unpaired surrogates).
 */

/** Tags Alexa's SSML reference lists; anything else in the output means injected markup. */
const ALEXA_SSML_TAGS: ReadonlySet<string> = new Set([
  'speak',
  'amazon:domain',
  'amazon:effect',
  'amazon:emotion',
  'audio',
  'break',
  'emphasis',
  'lang',
  'mark',
  'p',
  'phoneme',
  'prosody',
  's',
  'say-as',
  'sub',
  'voice',
  'w',
]);

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding forbidden control characters is the point
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});/;
const ATTRIBUTE_VALUE = `(?:"(?:[^"<&]|&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});)*"|'(?:[^'<&]|&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});)*')`;
const TAG = new RegExp(`^<(/?)([A-Za-z][\\w:.-]*)((?:\\s+[A-Za-z][\\w:.-]*\\s*=\\s*${ATTRIBUTE_VALUE})*)\\s*(/?)>`);

/** Undefined when `ssml` is well-formed SSML; otherwise what is wrong with it. */
export function ssmlProblem(ssml: string): string | undefined {
  if (!ssml.startsWith('<speak>') || !ssml.endsWith('</speak>')) return 'not wrapped in <speak>…</speak>';
  if (FORBIDDEN_CHARS.test(ssml)) return 'contains a character XML 1.0 forbids';
  if (UNPAIRED_SURROGATE.test(ssml)) return 'contains an unpaired surrogate';
  if (ssml.includes(']]>')) return 'contains "]]>" in text';
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < ssml.length) {
    const ch = ssml[i];
    if (ch === '<') {
      const match = TAG.exec(ssml.slice(i, i + 512));
      if (match === null) return `stray "<" at ${i}`;
      const [whole, closing, name = '', , selfClosing] = match;
      if (!ALEXA_SSML_TAGS.has(name)) return `unknown tag <${name}>`;
      if (closing === '/') {
        if (selfClosing === '/') return `malformed closing tag </${name}/>`;
        const top = open.pop();
        if (top !== name) return `</${name}> closes <${top ?? 'nothing'}>`;
      } else if (selfClosing !== '/') {
        if (open.length === 0) roots += 1;
        open.push(name);
      } else if (open.length === 0) {
        return `<${name}/> outside the root`;
      }
      i += whole.length;
    } else if (ch === '&') {
      const match = ENTITY.exec(ssml.slice(i, i + 12));
      if (match === null) return `unescaped "&" at ${i}`;
      i += match[0].length;
    } else {
      if (open.length === 0) return `text outside the root at ${i}`;
      i += 1;
    }
  }
  if (open.length > 0) return `unclosed <${open.join('>, <')}>`;
  if (roots !== 1) return `${roots} root elements`;
  return undefined;
}
