/**
 * The deployed bundle holds no language's messages: each locale's are a JSON file beside it
 * (`i18n/<locale>/messages.json`, infra/bundle.ts), read on that locale's first request. Proved
 * on the bundle `npm run build` makes, in a fresh process as Lambda loads it: an en-US first
 * turn reads en-US's file and no other, a de-DE turn then reads de-DE's and answers in German,
 * and no locale's text is compiled into the bundle. That every locale's file ships in the CDK
 * asset is proved by test/infra/bundling.test.ts on the synthesized stack.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundleSkill } from '../../infra/bundle';
import { catalogFor, LOCALE_DATA_DIR, MESSAGE_LOCALES, MESSAGES_FILE } from '../../lambda/i18n';
import { launchRequest, speechOf } from '../support/envelopes';

const run = promisify(execFile);

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

  it('writes every locale’s messages beside the bundle, as the source catalogs hold them', () => {
    for (const locale of MESSAGE_LOCALES) {
      const file = path.join(dir, LOCALE_DATA_DIR, locale, MESSAGES_FILE);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(catalogFor(locale).catalog);
    }
  });

  it('compiles no locale’s messages into the bundle', () => {
    const text = fs.readFileSync(bundle, 'utf8');
    for (const locale of MESSAGE_LOCALES) expect({ locale, inBundle: text.includes(longestMessage(locale)) }).toEqual({ locale, inBundle: false });
  });

  it('reads only en-US’s messages for an en-US first turn, and de-DE’s when a de-DE request comes', async () => {
    const envelopes = [launchRequest({ locale: 'en-US' }), launchRequest({ locale: 'de-DE' })].map((e) => JSON.stringify(e));
    // The deployed configuration's catalog; the launch calls no API, and state stays in memory.
    const env = { PATH: process.env['PATH'] ?? '', CATALOG: 'amazon-business', PRODUCT_SEARCH_USER_EMAIL: 'buyer@example.com', LWA_CLIENT_ID: 'id', LWA_CLIENT_SECRET: 'secret', LWA_REFRESH_TOKEN: 'token', LOG_LEVEL: 'error' };
    const { stdout } = await run(process.execPath, ['-e', PROBE, bundle, ...envelopes], { env });
    const lines = stdout
      .split('\n')
      .filter((line) => line.startsWith('{"afterRequire"') || line.startsWith('{"read"') || line.startsWith('{"failed"'))
      .map((line) => JSON.parse(line) as { afterRequire?: string[]; read?: string[]; answer?: Parameters<typeof speechOf>[0]; failed?: string });
    expect(lines.map((l) => l.failed)).toEqual([undefined, undefined, undefined]);
    const [loaded, english, german] = lines;
    // Loading the module reads no language at all.
    expect(loaded?.afterRequire).toEqual([]);
    expect(english?.read).toEqual([`en-US/${MESSAGES_FILE}`]);
    expect(speechOf(english?.answer as Parameters<typeof speechOf>[0])).toContain(catalogFor('en-US').catalog.WELCOME);
    expect(german?.read).toEqual([`en-US/${MESSAGES_FILE}`, `de-DE/${MESSAGES_FILE}`]);
    expect(speechOf(german?.answer as Parameters<typeof speechOf>[0])).toContain(catalogFor('de-DE').catalog.WELCOME);
  });
});
