/**
 * What the device can show. Whether it draws APL at all is the turn context's to say
 * (`turnDevice(input).apl`, lambda/turn/context.ts: the request's
 * `context.System.device.supportedInterfaces['Alexa.Presentation.APL']`; sending a RenderDocument
 * to any other device fails certification, APL reference, "Alexa.Presentation.APL interface").
 * Here: which viewport profile its `context.Viewport` is.
 */
import type { interfaces } from 'ask-sdk-model';
import { isFiniteNumber } from '../util/guards';

/**
 * The viewport profiles the documents are designed for (APL reference, "Viewport profiles"),
 * each with its size in dp. `unknown`: a screen the documents still draw on, with the
 * landscape hub layout.
 */
export const VIEWPORT_PROFILES = {
  hubRoundSmall: { mode: 'HUB', shape: 'ROUND', width: 480, height: 480 },
  hubLandscapeSmall: { mode: 'HUB', shape: 'RECTANGLE', width: 960, height: 480 },
  hubLandscapeMedium: { mode: 'HUB', shape: 'RECTANGLE', width: 960, height: 600 },
  hubLandscapeLarge: { mode: 'HUB', shape: 'RECTANGLE', width: 1280, height: 800 },
  tvLandscapeXLarge: { mode: 'TV', shape: 'RECTANGLE', width: 960, height: 540 },
} as const;
export type ViewportProfile = keyof typeof VIEWPORT_PROFILES | 'unknown';

/** dp = px × 160 / dpi (APL reference, "Viewport object in the skill request"). */
function dp(px: unknown, dpi: unknown): number | undefined {
  if (!isFiniteNumber(px) || !isFiniteNumber(dpi) || dpi <= 0) return undefined;
  return Math.round((px * 160) / dpi);
}

export function viewportProfile(viewport: interfaces.viewport.ViewportState | undefined): ViewportProfile {
  if (viewport === undefined) return 'unknown';
  if (viewport.mode === 'TV') return 'tvLandscapeXLarge';
  if (viewport.shape === 'ROUND') return 'hubRoundSmall';
  const width = dp(viewport.pixelWidth, viewport.dpi);
  const height = dp(viewport.pixelHeight, viewport.dpi);
  if (width === undefined || height === undefined) return 'unknown';
  if (width >= 1280 && height >= 800) return 'hubLandscapeLarge';
  if (width >= 960 && height >= 600) return 'hubLandscapeMedium';
  if (width >= 960 && height >= 480) return 'hubLandscapeSmall';
  return 'unknown';
}
