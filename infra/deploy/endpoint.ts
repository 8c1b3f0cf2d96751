/**
 * Writes the Lambda ARN into the skill manifest's endpoint (`manifest.apis.custom.endpoint.uri`,
 * `manifest.apis.custom.regions.<NA|EU|FE>.endpoint.uri` where those are configured, and the
 * skill events' `manifest.events.endpoint.uri`).
 *
 * `ask deploy` with no `code` section deploys the skill package only, so the manifest must
 * already name the function (ASK CLI documentation, "ask deploy"; ask-cli issue #365). The edit is textual:
 * only the characters of each `uri` string change, so indentation, key order and the final
 * newline stay as the author wrote them. When the endpoint object does not exist yet, it is
 * added by re-serializing with the file's own indentation.
 */
import fs from 'node:fs';
import { InvalidLambdaArnError, ManifestError } from './errors';
import { isRecord } from '../../lambda/util/guards';
import type { AlexaRegion } from '../regions';

/** arn:<partition>:lambda:<region>:<account>:function:<name>[:<version or alias>] */
export const LAMBDA_ARN_PATTERN =
  /^arn:aws(?:-cn|-us-gov|-iso|-iso-b)?:lambda:[a-z]{2}(?:-gov|-iso|-isob)?-[a-z]+-\d:\d{12}:function:[A-Za-z0-9_-]{1,64}(?::(?:\$LATEST|[A-Za-z0-9_-]{1,128}))?$/;

/**
 * The committed skill.json's endpoint is a well-formed ARN in no real account
 * (`arn:aws:lambda:us-east-1:000000000000:function:voice-shopping-skill-REPLACED-AT-DEPLOY`), so
 * the package validates offline. It is never uploaded: the deploy stages the package with the
 * stack's ARN, or with no endpoint at all.
 */
export function isPlaceholderArn(value: string): boolean {
  return value.includes(':000000000000:') || value.includes('REPLACED-AT-DEPLOY');
}

export function assertLambdaArn(value: string): void {
  if (isPlaceholderArn(value)) throw new InvalidLambdaArnError(value, true);
  if (!LAMBDA_ARN_PATTERN.test(value)) throw new InvalidLambdaArnError(value);
}

/**
 * The manifest without any endpoint (default, regional and skill events'): what the first upload of a new
 * skill carries, before the stack, and so the function, exists. Re-serialized in the file's
 * own indentation (the staged copy only).
 */
export function removeEndpoint(manifestText: string, manifestPath = 'skill.json'): string {
  const { root, custom } = parseCustomSkill(manifestText, manifestPath);
  delete custom['endpoint'];
  // Skill events need an endpoint too, and there is none yet: the first upload subscribes to
  // none, the next one (with the function's ARN) carries the committed subscriptions.
  const manifest = at(root, ['manifest']);
  if (isRecord(manifest)) delete manifest['events'];
  const regions = custom['regions'];
  if (isRecord(regions)) for (const config of Object.values(regions)) if (isRecord(config)) delete config['endpoint'];
  return `${JSON.stringify(root, null, detectIndent(manifestText))}${manifestText.endsWith('\n') ? '\n' : ''}`;
}

export interface EndpointChange {
  /** JSON path of the changed `uri`, e.g. `manifest.apis.custom.endpoint.uri`. */
  readonly path: string;
  readonly from: string | undefined;
}

export interface EndpointResult {
  readonly text: string;
  readonly changes: readonly EndpointChange[];
}

/** Returns the manifest text with every configured endpoint set to `arn`. Pure; throws on a bad ARN or manifest. */
export function setEndpoint(manifestText: string, arn: string, manifestPath = 'skill.json'): EndpointResult {
  assertLambdaArn(arn);
  const { root, custom } = parseCustomSkill(manifestText, manifestPath);

  const targets: string[][] = [['manifest', 'apis', 'custom', 'endpoint', 'uri']];
  const regions = custom['regions'];
  if (isRecord(regions)) {
    for (const [region, config] of Object.entries(regions)) {
      if (isRecord(config) && isRecord(config['endpoint'])) targets.push(['manifest', 'apis', 'custom', 'regions', region, 'endpoint', 'uri']);
    }
  }

  // Skill events (AlexaSkillEvent.SkillDisabled) go to the same function.
  if (isRecord(at(root, ['manifest', 'events', 'endpoint']))) targets.push(['manifest', 'events', 'endpoint', 'uri']);

  const defaultUri = at(root, targets[0] ?? []);
  if (defaultUri === undefined) {
    // No endpoint yet: add it, in the file's own indentation.
    const endpoint = isRecord(custom['endpoint']) ? custom['endpoint'] : {};
    custom['endpoint'] = { ...endpoint, uri: arn };
    const text = `${JSON.stringify(root, null, detectIndent(manifestText))}${manifestText.endsWith('\n') ? '\n' : ''}`;
    return setEndpointTextually(text, arn, targets.slice(1), manifestPath, [{ path: targets[0]?.join('.') ?? '', from: undefined }]);
  }
  return setEndpointTextually(manifestText, arn, targets, manifestPath, []);
}

function setEndpointTextually(text: string, arn: string, targets: string[][], manifestPath: string, initial: EndpointChange[]): EndpointResult {
  const changes = [...initial];
  let out = text;
  for (const target of targets) {
    const span = locate(out, target);
    if (span === undefined || out[span.start] !== '"') throw new ManifestError(manifestPath, `${target.join('.')} is not a string`);
    const from = JSON.parse(out.slice(span.start, span.end)) as string;
    out = `${out.slice(0, span.start)}${JSON.stringify(arn)}${out.slice(span.end)}`;
    changes.push({ path: target.join('.'), from });
  }
  return { text: out, changes };
}

/**
 * Sets `manifest.apis.custom.regions.<code>.endpoint.uri` for each region given, adding the
 * region objects that do not exist yet (re-serialized in the file's own indentation) and leaving
 * other regions and fields as they were. When the manifest subscribes to skill events, their
 * `manifest.events.regions.<code>.endpoint.uri` too: each region's stack has its own state
 * table, so a customer's SkillDisabled event must reach the function of the region that holds
 * their state (`ask-smapi-model` `v1.skill.Manifest.SkillManifestEvents.regions`). The default
 * endpoints are `setEndpoint`'s business. Pure; throws on a bad ARN or manifest before changing
 * anything.
 */
export function setRegionalEndpoints(manifestText: string, arns: Partial<Record<AlexaRegion, string>>, manifestPath = 'skill.json'): EndpointResult {
  const entries = Object.entries(arns).filter((pair): pair is [AlexaRegion, string] => pair[1] !== undefined);
  for (const [, arn] of entries) assertLambdaArn(arn);
  const { root, custom } = parseCustomSkill(manifestText, manifestPath);
  const events = at(root, ['manifest', 'events']);
  const owners: Array<{ path: string; owner: Record<string, unknown> }> = [{ path: 'manifest.apis.custom', owner: custom }];
  if (isRecord(events) && isRecord(events['endpoint'])) owners.push({ path: 'manifest.events', owner: events });
  const changes: EndpointChange[] = [];
  for (const { path, owner } of owners) {
    if (owner['regions'] !== undefined && !isRecord(owner['regions'])) throw new ManifestError(manifestPath, `${path}.regions is not an object`);
    const regions: Record<string, unknown> = isRecord(owner['regions']) ? owner['regions'] : {};
    for (const [code, arn] of entries) {
      const config = isRecord(regions[code]) ? regions[code] : {};
      const endpoint = isRecord(config['endpoint']) ? config['endpoint'] : {};
      const from = endpoint['uri'];
      regions[code] = { ...config, endpoint: { ...endpoint, uri: arn } };
      changes.push({ path: `${path}.regions.${code}.endpoint.uri`, from: typeof from === 'string' ? from : undefined });
    }
    if (entries.length > 0) owner['regions'] = regions;
  }
  if (entries.length === 0) return { text: manifestText, changes };
  return { text: `${JSON.stringify(root, null, detectIndent(manifestText))}${manifestText.endsWith('\n') ? '\n' : ''}`, changes };
}

/** Reads, edits and writes the manifest file; returns what changed. */
export function writeEndpoint(manifestPath: string, arn: string): EndpointResult {
  assertLambdaArn(arn);
  let text: string;
  try {
    text = fs.readFileSync(manifestPath, 'utf8');
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : 'unknown error';
    throw new ManifestError(manifestPath, `cannot be read (${code})`);
  }
  const result = setEndpoint(text, arn, manifestPath);
  if (result.text !== text) fs.writeFileSync(manifestPath, result.text);
  return result;
}

/** Where the manifest says whether Shopping Actions carry an Amazon Associates id (`ask-smapi-model` `v1.skill.Manifest.ShoppingKit`). */
export const ASSOCIATES_FLAG_PATH = ['manifest', 'privacyAndCompliance', 'shoppingKit', 'isAmazonAssociatesOnAlexaEnabled'] as const;

/**
 * Sets the manifest's Associates switch to match the function's configuration (ASSOCIATE_ID set
 * or not). Textual like the endpoint edit when the field exists; added otherwise.
 */
export function setAssociatesFlag(manifestText: string, enabled: boolean, manifestPath = 'skill.json'): { text: string; from: boolean | undefined } {
  const root = parseManifest(manifestText, manifestPath);
  const current = at(root, ASSOCIATES_FLAG_PATH);
  if (typeof current === 'boolean') {
    const span = locate(manifestText, ASSOCIATES_FLAG_PATH);
    if (span === undefined) throw new ManifestError(manifestPath, `${ASSOCIATES_FLAG_PATH.join('.')} cannot be located`);
    return { text: `${manifestText.slice(0, span.start)}${String(enabled)}${manifestText.slice(span.end)}`, from: current };
  }
  if (current !== undefined) throw new ManifestError(manifestPath, `${ASSOCIATES_FLAG_PATH.join('.')} is not a boolean`);
  const manifest = at(root, ['manifest']);
  if (!isRecord(manifest)) throw new ManifestError(manifestPath, 'has no manifest object');
  const privacy = isRecord(manifest['privacyAndCompliance']) ? manifest['privacyAndCompliance'] : {};
  const kit = isRecord(privacy['shoppingKit']) ? privacy['shoppingKit'] : {};
  manifest['privacyAndCompliance'] = { ...privacy, shoppingKit: { ...kit, isAmazonAssociatesOnAlexaEnabled: enabled } };
  return { text: `${JSON.stringify(root, null, detectIndent(manifestText))}${manifestText.endsWith('\n') ? '\n' : ''}`, from: undefined };
}

/** Reads, edits and writes the manifest's Associates switch. */
export function writeAssociatesFlag(manifestPath: string, enabled: boolean): { from: boolean | undefined } {
  const text = fs.readFileSync(manifestPath, 'utf8');
  const result = setAssociatesFlag(text, enabled, manifestPath);
  if (result.text !== text) fs.writeFileSync(manifestPath, result.text);
  return { from: result.from };
}

function parseManifest(manifestText: string, manifestPath: string): unknown {
  try {
    return JSON.parse(manifestText);
  } catch {
    throw new ManifestError(manifestPath, 'is not valid JSON');
  }
}

/** The parsed manifest and its `manifest.apis.custom` object (mutable: the callers edit it in place). */
function parseCustomSkill(manifestText: string, manifestPath: string): { root: unknown; custom: Record<string, unknown> } {
  const root = parseManifest(manifestText, manifestPath);
  const custom = at(root, ['manifest', 'apis', 'custom']);
  if (!isRecord(custom)) throw new ManifestError(manifestPath, 'has no manifest.apis.custom object (is this a custom skill?)');
  return { root, custom };
}

function detectIndent(text: string): string | number {
  const match = /\n([ \t]+)"/.exec(text);
  return match?.[1] ?? 2;
}

function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * Finds the character span of the value at `path` in JSON text (already known to be valid).
 * A small scanner rather than a parser: it walks objects, skipping every value it does not need.
 */
function locate(text: string, path: readonly string[]): { start: number; end: number } | undefined {
  let pos = 0;
  const skipWs = (): void => {
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
  };
  const readString = (): string => {
    const start = pos;
    pos++; // opening quote
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    pos++; // closing quote
    return JSON.parse(text.slice(start, pos)) as string;
  };
  const skipValue = (): void => {
    skipWs();
    const ch = text[pos];
    if (ch === '"') {
      readString();
      return;
    }
    if (ch === '{' || ch === '[') {
      let depth = 0;
      while (pos < text.length) {
        const c = text[pos];
        if (c === '"') {
          readString();
          continue;
        }
        if (c === '{' || c === '[') depth++;
        if (c === '}' || c === ']') depth--;
        pos++;
        if (depth === 0) return;
      }
      return;
    }
    while (pos < text.length && !/[\s,}\]]/.test(text.charAt(pos))) pos++;
  };

  for (const key of path) {
    skipWs();
    if (text[pos] !== '{') return undefined;
    pos++;
    let found = false;
    while (pos < text.length) {
      skipWs();
      if (text[pos] === '}') return undefined;
      const name = readString();
      skipWs();
      pos++; // colon
      skipWs();
      if (name === key) {
        found = true;
        break;
      }
      skipValue();
      skipWs();
      if (text[pos] === ',') pos++;
    }
    if (!found) return undefined;
  }
  skipWs();
  const start = pos;
  skipValue();
  return { start, end: pos };
}
