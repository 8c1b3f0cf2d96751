/**
 * The APL documents of skill-package/response/display, checked offline: Amazon's static
 * validator (`apl-suggester`) finds nothing in them, they use APL base components only (no
 * `import`: nothing here could fetch or check an imported package), every touch sends the
 * public touch contract, and on every viewport profile they keep the design floors
 * (designGuidance.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { StaticAplTemplateValidator } from 'apl-suggester';
import { ScreenDocuments, TouchEvents } from '../../lambda/constants';
import { VIEWPORT_PROFILES } from '../../lambda/screens/capabilities';
import { type AplDocument, binding, type Component, resourcesFor, viewportOf } from './apl';
import { DESIGN_FLOORS, type DesignFloor } from './designGuidance';

const DISPLAY = path.resolve(__dirname, '../../skill-package/response/display');
const NAMES = Object.values(ScreenDocuments);
const load = (name: string): AplDocument => JSON.parse(fs.readFileSync(path.join(DISPLAY, name, 'document.json'), 'utf8')) as AplDocument;
const PROFILES = Object.keys(VIEWPORT_PROFILES) as (keyof typeof DESIGN_FLOORS)[];

/** APL's base components the documents may use (APL reference, "Components"). */
const BASE_COMPONENTS = new Set(['Container', 'Frame', 'Image', 'Text', 'TouchWrapper', 'Sequence', 'GridSequence', 'ScrollView', 'Pager']);

function components(doc: AplDocument): Component[] {
  const all: Component[] = [];
  const walk = (c: Component) => {
    all.push(c);
    const children = c['items'] ?? c['item'];
    for (const child of (Array.isArray(children) ? children : children === undefined ? [] : [children]) as Component[]) walk(child);
  };
  doc.mainTemplate.items.forEach(walk);
  return all;
}

function commands(doc: AplDocument): Record<string, unknown>[] {
  return components(doc).flatMap((c) => (Array.isArray(c['onPress']) ? (c['onPress'] as Record<string, unknown>[]) : []));
}

async function validatorFindings(doc: unknown): Promise<string[]> {
  // The validator prints "No mixin for component: TouchWrapper" (and Frame, ScrollView) to the
  // console: it has no extra schema for them beyond the common one, which it still checks.
  const quiet = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const findings = await new StaticAplTemplateValidator().validate(doc as object);
    return findings.map((f) => `${f.level ?? '?'} ${f.path}: ${f.errorMessage}`);
  } finally {
    quiet.mockRestore();
  }
}

function dp(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^(\d+(?:\.\d+)?)dp$/.exec(value) : undefined;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** Where a document draws below the floors on a profile (statically: every branch, whatever `when` says). */
function designProblems(doc: AplDocument, profile: keyof typeof DESIGN_FLOORS, floor: DesignFloor = DESIGN_FLOORS[profile]): string[] {
  const resources = resourcesFor(doc, viewportOf(profile));
  const size = (value: unknown) => dp(typeof value === 'string' && value.startsWith('@') ? resources[value.slice(1)] : value);
  const problems: string[] = [];
  const all = components(doc);
  for (const c of all) {
    if (c.type === 'Text') {
      const font = size(c['fontSize']);
      if (font === undefined || font < floor.minTextDp) problems.push(`Text "${String(c['text'])}" is ${String(font ?? c['fontSize'])} dp`);
    }
    if (c.type === 'TouchWrapper') {
      const height = size(c['minHeight'] ?? c['height']);
      if (height === undefined || height < floor.minTouchDp) problems.push(`a touch target is ${String(height)} dp high`);
      if (c['width'] !== '100%') {
        const width = size(c['minWidth'] ?? c['width']);
        if (width === undefined || width < floor.minTouchDp) problems.push(`a touch target is ${String(width)} dp wide`);
      }
    }
  }
  const padded = all.find((c) => c['paddingLeft'] !== undefined);
  for (const side of ['paddingLeft', 'paddingRight']) {
    const margin = size(padded?.[side]);
    if (margin === undefined || margin < floor.minMarginDp) problems.push(`the ${side} margin is ${String(margin)} dp`);
  }
  return problems;
}

describe('the screen documents', () => {
  it('are one per screen the skill draws, and no more', () => {
    expect(fs.readdirSync(DISPLAY).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s: apl-suggester finds nothing (no ERROR, no WARNING)', async (name) => {
    expect(await validatorFindings(load(name))).toEqual([]);
  });

  it('a document apl-suggester would reject is reported (the check can fail)', async () => {
    const broken = load(ScreenDocuments.ProductList);
    const [root] = broken.mainTemplate.items;
    if (root === undefined) throw new Error('no root component');
    root['item'] = { type: 'Text', text: 'x', fontSize: 'tiny', textAlign: 'middle' };
    expect(await validatorFindings(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/fontSize/), expect.stringMatching(/textAlign/)]));
  });

  it.each(NAMES)('%s: APL base components only, no import, commands are SendEvent', (name) => {
    const doc = load(name);
    expect(doc.import).toBeUndefined();
    expect(doc.version).toBe('2024.2');
    expect(doc.mainTemplate.parameters).toEqual(['payload']);
    expect(
      components(doc)
        .map((c) => c.type)
        .filter((type) => !BASE_COMPONENTS.has(type)),
    ).toEqual([]);
    expect(
      commands(doc)
        .map((c) => c['type'])
        .filter((type) => type !== 'SendEvent'),
    ).toEqual([]);
  });

  it.each(NAMES)('%s: every touch sends the touch contract', (name) => {
    const contract: string[] = Object.values(TouchEvents);
    for (const command of commands(load(name))) {
      const args = command['arguments'] as unknown[];
      const [event] = args;
      // A button bound from the datasources sends its event (views.ts: ButtonView.event) and the ASIN.
      if (event === binding('data.event')) expect(args).toEqual([binding('data.event'), binding('payload.screen.asin')]);
      else expect(contract).toContain(event);
      if (event === TouchEvents.NextPage || event === TouchEvents.PreviousPage) expect(args).toHaveLength(1);
      if (event === TouchEvents.ShowDetails) expect(args).toEqual([TouchEvents.ShowDetails, binding('data.asin')]);
    }
  });

  describe.each(PROFILES)('on %s', (profile) => {
    it.each(NAMES)('%s keeps the design floors (text, touch targets, margins)', (name) => {
      expect(designProblems(load(name), profile)).toEqual([]);
    });
  });

  it('a document drawn below the floors is reported (the check can fail)', () => {
    const doc = load(ScreenDocuments.ProductDetail);
    expect(designProblems(doc, 'hubRoundSmall', { minTextDp: 30, minTouchDp: 80, minMarginDp: 100 })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Text .* is 24 dp$/), expect.stringMatching(/touch target is 56 dp high/), 'the paddingLeft margin is 64 dp']),
    );
  });
});
