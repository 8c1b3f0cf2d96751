/**
 * SSML as a person hears it, written as plain text for the console: breaks become pauses
 * ("…"), `say-as` is read out (characters spelled, digits one by one, expletives bleeped),
 * `sub` speaks its alias, `audio` is named, every other tag is removed and entities decoded.
 */
import { decodeEntities } from '../../lambda/util/ssml';

const PAUSE = '…';
/** Marks a pause while rendering, so an ellipsis in the text itself is never collapsed. */
const MARK = '\u0001';

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match === null ? undefined : (match[2] ?? match[3]);
}

function sayAs(interpretAs: string | undefined, content: string): string {
  switch ((interpretAs ?? '').toLowerCase()) {
    case 'characters':
    case 'spell-out':
      return [...content.replace(/\s+/g, '')].join(' ');
    case 'digits':
      return [...content.replace(/\D+/g, '')].join(' ');
    case 'expletive':
      return 'beep';
    default:
      return content;
  }
}

/** Plain text for a whole SSML document (or a fragment; `<speak>` is optional). */
export function renderSsml(ssml: string): string {
  let text = ssml
    .replace(/<break\b[^>]*\/?>/gi, ` ${MARK} `)
    .replace(/<say-as\b([^>]*)>([\s\S]*?)<\/say-as>/gi, (_m, attrs: string, content: string) => sayAs(attribute(attrs, 'interpret-as'), content))
    .replace(/<sub\b([^>]*)>[\s\S]*?<\/sub>/gi, (_m, attrs: string) => attribute(attrs, 'alias') ?? '')
    .replace(/<audio\b[^>]*\/?>(?:[\s\S]*?<\/audio>)?/gi, ' [audio] ')
    // Paragraph and sentence ends are pauses too, but a sentence usually ends in punctuation.
    .replace(/<\/p>/gi, ` ${MARK} `)
    .replace(/<[^>]+>/g, '');
  text = decodeEntities(text);
  return text
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`(?:\\s*${MARK}\\s*)+`, 'g'), ` ${MARK} `)
    .replace(new RegExp(`^\\s*${MARK}\\s*|\\s*${MARK}\\s*$`, 'g'), '')
    .trim()
    .replaceAll(MARK, PAUSE);
}
