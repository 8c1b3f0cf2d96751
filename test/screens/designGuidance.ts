/**
 * The floors the documents are held to on each viewport profile, after Alexa's design guidance
 * (Alexa Design Guide, "APL style guide"):
 *  - margins: the guide's table of margins per device class ("Density, grids and spacing": hub
 *    round small 64 dp, hub landscape medium 64 dp, hub landscape large 80 dp); hub landscape
 *    small takes the medium hub's, and the TV keeps 5% of its 960 dp width (48 dp) clear;
 *  - text: the guide asks for text readable from across the room; this skill's floor is 24 dp on
 *    a hub and 28 dp on a TV, which sits further away;
 *  - touch targets: at least 48 × 48 dp wherever a finger (or a TV remote's focus) lands, the
 *    common platform minimum.
 * The margins are the guide's numbers; the text and touch floors are this skill's reading of its
 * advice. A document that draws smaller on a profile fails test/screens/documents.test.ts.
 */
import type { ViewportProfile } from '../../lambda/screens/capabilities';

export interface DesignFloor {
  /** Smallest font size of any Text, in dp. */
  minTextDp: number;
  /** Smallest height (and, for a button, width) of a touch target, in dp. */
  minTouchDp: number;
  /** Smallest horizontal margin between content and the screen's edge, in dp. */
  minMarginDp: number;
}

export const DESIGN_FLOORS: Record<Exclude<ViewportProfile, 'unknown'>, DesignFloor> = {
  hubRoundSmall: { minTextDp: 24, minTouchDp: 48, minMarginDp: 64 },
  hubLandscapeSmall: { minTextDp: 24, minTouchDp: 48, minMarginDp: 64 },
  hubLandscapeMedium: { minTextDp: 24, minTouchDp: 48, minMarginDp: 64 },
  hubLandscapeLarge: { minTextDp: 24, minTouchDp: 48, minMarginDp: 80 },
  tvLandscapeXLarge: { minTextDp: 28, minTouchDp: 48, minMarginDp: 48 },
};
