/**
 * The deployed bundle holds no language's messages: each locale's are a JSON file beside it
 * (`i18n/<locale>/messages.json`, infra/bundle.ts), read on that locale's first request. Proved
 * on the bundle `npm run build` makes, in a fresh process as Lambda loads it: an en-US first
 * turn reads en-US's messages and no other file, an intent then en-US's phrase data, a de-DE
 * turn de-DE's and answers in German, and no locale's text is compiled into the bundle. The
 * phrase data (`phrases.json`, lambda/i18n/phrases.ts) ships beside the bundle the same way. That every locale's file ships in the CDK
 * asset is proved by test/infra/bundling.test.ts on the synthesized stack.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundleSkill } from '../../infra/bundle';
import { IntentNames } from '../../lambda/constants';
import { catalogFor, LOCALE_DATA_DIR, MESSAGE_LOCALES, MESSAGES_FILE, PHRASES_FILE, translator } from '../../lambda/i18n';
import { resolveOverlay } from '../../lambda/i18n/overlay';
import { intentRequest, launchRequest, speechOf } from '../support/envelopes';

const run = promisify(execFile);
const SOURCE = path.resolve(__dirname, '../../lambda/i18n');

/**
 * Records every file the bundle reads under its i18n folder (the bundle calls node:fs's
 * readFileSync through the module object, so replacing it there sees every read), then answers
 * the launches given in order and prints what was read before each answer.
 */
const PROBE = `
const fs = require('node:fs');
const path = require('node:path');
const [bundle, ...envelopes] = process.argv.slice(1);
const dataDir = path.join(path.dirname(bundle), ${JSON.stringify(LOCALE_DATA_DIR)}) + path.sep;
const read = [];
const original = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (typeof file === 'string' && file.startsWith(dataDir)) read.push(path.relative(dataDir, file).split(path.sep).join('/'));
  return original.call(this, file, ...rest);
};
const { handler } = require(bundle);
(async () => {
  console.log(JSON.stringify({ afterRequire: [...read] }));
  for (const envelope of envelopes) {
    const answer = await handler(JSON.parse(envelope));
    console.log(JSON.stringify({ read: [...read], answer }));
  }
})().catch((err) => { console.log(JSON.stringify({ failed: String(err && err.message) })); });
`;

/** The longest message of a locale: a sentence no code or other locale would hold by chance. */
function longestMessage(locale: string): string {
  const { catalog } = catalogFor(locale);
  const texts = Object.values(catalog)
    .flatMap((value): unknown[] => (typeof value === 'string' ? [value] : Object.values(value)))
    .filter((text): text is string => typeof text === 'string');
  return texts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

describe('locale data beside the deployed bundle', () => {
  let dir: string;
  let bundle: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'locale-data-'));
    bundle = await bundleSkill(path.join(dir, 'index.js'));
  }, 60_000);

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes every locale’s messages and phrase data beside the bundle, as the sources hold them (an overlay resolved)', () => {
    for (const locale of MESSAGE_LOCALES) {
      const file = path.join(dir, LOCALE_DATA_DIR, locale, MESSAGES_FILE);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(catalogFor(locale).catalog);
    }
    const withPhrases = MESSAGE_LOCALES.filter((locale) => fs.existsSync(path.join(SOURCE, locale, PHRASES_FILE)));
    expect(withPhrases).toEqual(expect.arrayContaining(['en-US', 'en-GB', 'de-DE']));
    for (const locale of withPhrases) {
      const shipped = JSON.parse(fs.readFileSync(path.join(dir, LOCALE_DATA_DIR, locale, PHRASES_FILE), 'utf8'));
      expect(shipped).toEqual(resolveOverlay(PHRASES_FILE, locale, (name) => JSON.parse(fs.readFileSync(path.join(SOURCE, name, PHRASES_FILE), 'utf8'))));
    }
  });

  it('compiles no locale’s messages or phrase data into the bundle', () => {
    const text = fs.readFileSync(bundle, 'utf8');
    for (const locale of MESSAGE_LOCALES) expect({ locale, inBundle: text.includes(longestMessage(locale)) }).toEqual({ locale, inBundle: false });
    // A phrase list as esbuild would print it inlined: `["bye","goodbye",…]`.
    for (const locale of ['en-US', 'de-DE']) {
      const { closings } = JSON.parse(fs.readFileSync(path.join(SOURCE, locale, PHRASES_FILE), 'utf8')) as { closings: string[] };
      expect(closings.length).toBeGreaterThan(3);
      expect({ locale, inBundle: text.includes(JSON.stringify(closings)) }).toEqual({ locale, inBundle: false });
    }
  });

  it('reads only en-US’s files for en-US turns, and de-DE’s when a de-DE request comes', async () => {
    const envelopes = [launchRequest({ locale: 'en-US' }), intentRequest(IntentNames.Help, {}, { locale: 'en-US' }), intentRequest(IntentNames.Help, {}, { locale: 'de-DE' })];
    // The deployed configuration's catalog; these turns call no API, and state stays in memory.
    const env = {
      PATH: process.env['PATH'] ?? '',
      CATALOG: 'amazon-business',
      PRODUCT_SEARCH_USER_EMAIL: 'buyer@example.com',
      LWA_CLIENT_ID: 'id',
      LWA_CLIENT_SECRET: 'secret',
      LWA_REFRESH_TOKEN: 'token',
      LOG_LEVEL: 'error',
    };
    const { stdout } = await run(process.execPath, ['-e', PROBE, bundle, ...envelopes.map((e) => JSON.stringify(e))], { env });
    const lines = stdout
      .split('\n')
      .filter((line) => line.startsWith('{"afterRequire"') || line.startsWith('{"read"') || line.startsWith('{"failed"'))
      .map((line) => JSON.parse(line) as { afterRequire?: string[]; read?: string[]; answer?: Parameters<typeof speechOf>[0]; failed?: string });
    expect(lines.map((l) => l.failed)).toEqual([undefined, undefined, undefined, undefined]);
    const [loaded, launch, help, german] = lines;
    const speech = (line: typeof launch) => speechOf(line?.answer as Parameters<typeof speechOf>[0]);
    // Loading the module reads no language at all; the launch, en-US's messages only.
    expect(loaded?.afterRequire).toEqual([]);
    expect(launch?.read).toEqual([`en-US/${MESSAGES_FILE}`]);
    expect(speech(launch)).toContain(catalogFor('en-US').catalog.WELCOME);
    // An intent is understood with the locale's phrase data: en-US's, read once it is needed.
    expect(help?.read).toEqual([`en-US/${MESSAGES_FILE}`, `en-US/${PHRASES_FILE}`]);
    // A German request reads German messages and phrases, and answers in German.
    expect(german?.read?.slice(2).sort()).toEqual([`de-DE/${MESSAGES_FILE}`, `de-DE/${PHRASES_FILE}`]);
    expect(speech(german)).toContain(translator('de-DE')('HELP_LAUNCH'));
  });
});
