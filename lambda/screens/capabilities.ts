/**
 * What the device can show, read from the request: APL only when the device declares
 * `Alexa.Presentation.APL` in `context.System.device.supportedInterfaces` (sending a
 * RenderDocument to any other device fails certification: APL reference, "Alexa.Presentation.APL
 * interface"), and the viewport profile from `context.Viewport`.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { AplInterface } from '../constants';
import { field, isFiniteNumber, isRecord } from '../util/guards';

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

export function supportsApl(envelope: RequestEnvelope): boolean {
  const interfaces = field(field(field(field(envelope, 'context'), 'System'), 'device'), 'supportedInterfaces');
  return isRecord(field(interfaces, AplInterface));
}

/** dp = px × 160 / dpi (APL reference, "Viewport object in the skill request"). */
function dp(px: unknown, dpi: unknown): number | undefined {
  if (!isFiniteNumber(px) || !isFiniteNumber(dpi) || dpi <= 0) return undefined;
  return Math.round((px * 160) / dpi);
}

export function viewportProfile(envelope: RequestEnvelope): ViewportProfile {
  const viewport = field(field(envelope, 'context'), 'Viewport');
  if (!isRecord(viewport)) return 'unknown';
  const width = dp(viewport['pixelWidth'], viewport['dpi']);
  const height = dp(viewport['pixelHeight'], viewport['dpi']);
  if (viewport['mode'] === 'TV') return 'tvLandscapeXLarge';
  if (viewport['shape'] === 'ROUND') return 'hubRoundSmall';
  if (width === undefined || height === undefined) return 'unknown';
  if (width >= 1280 && height >= 800) return 'hubLandscapeLarge';
  if (width >= 960 && height >= 600) return 'hubLandscapeMedium';
  if (width >= 960 && height >= 480) return 'hubLandscapeSmall';
  return 'unknown';
}
