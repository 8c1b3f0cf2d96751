/**
 * A screen as text, for the simulator's screen mode, the transcripts and the README: what each
 * Text shows, images as [image], and every touchable numbered ([1] …) with the `SendEvent`
 * arguments it sends, so `:touch 2` and `:touch AddToCart` can name one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { interfaces } from 'ask-sdk-model';
import { type AplDocument, type InflatedNode, inflate, type Viewport } from './apl';

const DISPLAY = path.resolve(__dirname, '../../skill-package/response/display');

/** The document a `Link` names (`doc://alexa/apl/documents/<name>`), read from the skill package. */
export function linkedDocument(directive: interfaces.alexa.presentation.apl.RenderDocumentDirective): AplDocument {
  const src = (directive.document as { src?: unknown } | undefined)?.src;
  const name = typeof src === 'string' ? /^doc:\/\/alexa\/apl\/documents\/([\w-]+)$/.exec(src)?.[1] : undefined;
  if (name === undefined) throw new Error(`not a link to a skill-package document: ${String(src)}`);
  return JSON.parse(fs.readFileSync(path.join(DISPLAY, name, 'document.json'), 'utf8')) as AplDocument;
}

export interface Touchable {
  label: string;
  arguments: unknown[];
}

export interface ScreenText {
  lines: string[];
  touchables: Touchable[];
}

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function words(node: InflatedNode): string[] {
  if (node.type === 'Text') {
    const text = decode(String(node.props['text'] ?? '')).trim();
    return text === '' ? [] : [text];
  }
  if (node.type === 'Image') return ['[image]'];
  return node.children.flatMap(words);
}

/** What a directive's screen shows on a viewport. */
export function screenText(directive: interfaces.alexa.presentation.apl.RenderDocumentDirective, viewport: Viewport): ScreenText {
  const doc = linkedDocument(directive);
  const nodes = inflate(doc, (directive.datasources ?? {}) as Record<string, unknown>, viewport);
  const lines: string[] = [];
  const touchables: Touchable[] = [];
  const walk = (node: InflatedNode) => {
    if (node.touch !== undefined) {
      const label = words(node).join(' · ');
      touchables.push({ label, arguments: node.touch });
      lines.push(`[${touchables.length}] ${label}  → ${JSON.stringify(node.touch)}`);
      return;
    }
    if (node.type === 'Text' || node.type === 'Image') {
      lines.push(...words(node));
      return;
    }
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return { lines, touchables };
}

/** The touchable `:touch` names: its number on screen, or the first argument it sends. */
export function findTouchable(screen: ScreenText, which: string): Touchable | undefined {
  const n = Number(which);
  if (Number.isInteger(n) && n >= 1) return screen.touchables[n - 1];
  return screen.touchables.find((t) => t.arguments[0] === which);
}

/** The viewport a document's expressions see (dp, lower-case shape and mode) from the request's `Viewport`. */
export function aplViewport(viewport: interfaces.viewport.ViewportState): Viewport {
  const dpi = viewport.dpi ?? 160;
  return {
    width: Math.round(((viewport.currentPixelWidth ?? viewport.pixelWidth ?? 0) * 160) / dpi),
    height: Math.round(((viewport.currentPixelHeight ?? viewport.pixelHeight ?? 0) * 160) / dpi),
    shape: viewport.shape === 'ROUND' ? 'round' : 'rectangle',
    mode: viewport.mode === 'TV' ? 'tv' : 'hub',
    theme: 'dark',
  };
}
