/**
 * The APL directive that draws a screen: the document by `Link` to the skill package
 * (`doc://alexa/apl/documents/<name>` is `skill-package/response/display/<name>/document.json`,
 * APL reference, "Link to an APL document saved in the authoring tool"), so no document travels
 * in the bundle or the response; the view goes in `datasources`. Pure.
 */
import type { interfaces } from 'ask-sdk-model';
import { AplDirectives, type ScreenDocument } from '../constants';
import type { Screen } from './screen';

/**
 * The mainTemplate parameter every document declares. APL binds a single parameter named
 * `payload` to the whole `datasources` object (APL reference, "mainTemplate"): the documents
 * read `${payload.screen.title}`.
 */
export const SCREEN_DATASOURCE = 'screen';

export function documentLink(name: ScreenDocument): { type: 'Link'; src: string } {
  return { type: 'Link', src: `doc://alexa/apl/documents/${name}` };
}

/** APL Text reads markup: catalog text shows `<`, `>` and `&` as entities (APL reference, "Text", markup). */
export function aplText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Every text of a view escaped for APL; image URLs (checked https where they entered) are not text. */
function aplSafe(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return key === 'image' ? value : aplText(value);
  if (Array.isArray(value)) return value.map((v) => aplSafe(v));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, aplSafe(v, k)]));
  return value;
}

export function datasourcesOf(screen: Screen): Record<string, unknown> {
  return { [SCREEN_DATASOURCE]: aplSafe(screen.view) };
}

/** The token names the document shown, so a touch says which screen it came from. */
export function renderDocument(screen: Screen): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  return {
    type: AplDirectives.RenderDocument,
    token: screen.document,
    document: documentLink(screen.document),
    datasources: datasourcesOf(screen),
  };
}
