/**
 * The SMAPI emulator's skill-package side, over HTTP: the rules `ask deploy` meets there
 * (presigned upload, import of a new skill, import status, enablement) and the packages it
 * refuses, so a deploy test cannot pass on a broken package.
 */
import { crc32 } from 'node:zlib';
import { EMULATOR_CREDENTIALS, type SmapiEmulator, startSmapiEmulator } from '../emulators/smapi';
import { readZip } from '../emulators/smapi/zip';

/** A zip with stored (uncompressed) entries: local headers, central directory, end record. */
function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MANIFEST = JSON.stringify({ manifest: { manifestVersion: '1.0', privacyAndCompliance: { shoppingKit: { isShoppingActionsEnabled: true } } } });

describe('the SMAPI emulator, skill packages', () => {
  let emulator: SmapiEmulator;
  let token: string;
  beforeEach(async () => {
    emulator = await startSmapiEmulator();
    const answer = await fetch(`${emulator.url}/auth/o2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'refresh_token',
        refresh_token: EMULATOR_CREDENTIALS.refreshToken,
        client_id: EMULATOR_CREDENTIALS.clientId,
        client_secret: EMULATOR_CREDENTIALS.clientSecret,
      }),
    });
    token = ((await answer.json()) as { access_token: string }).access_token;
  });
  afterEach(async () => {
    await emulator.close();
  });

  // The ASK CLI sends the bare access token as `authorization`.
  const smapi = (method: string, path: string, body?: object) =>
    fetch(`${emulator.url}${path}`, {
      method,
      headers: { authorization: token, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  async function importPackage(files: Record<string, string>): Promise<{ status: string; errors: { message: string }[]; skill: { skillId: string } }> {
    const upload = (await (await smapi('POST', '/v1/skills/uploads')).json()) as { uploadUrl: string };
    const put = await fetch(upload.uploadUrl, { method: 'PUT', body: zipOf(files) });
    expect(put.status).toBe(200);
    const started = await smapi('POST', '/v1/skills/imports', { vendorId: EMULATOR_CREDENTIALS.vendorId, location: upload.uploadUrl });
    expect(started.status).toBe(202);
    const location = started.headers.get('location') ?? '';
    return (await (await smapi('GET', location)).json()) as { status: string; errors: { message: string }[]; skill: { skillId: string } };
  }

  it('reads back the zip it was given', () => {
    expect([...readZip(zipOf({ 'skill.json': MANIFEST, 'a/b.json': '{}' }))].map(([name, data]) => [name, data.toString()])).toEqual([
      ['skill.json', MANIFEST],
      ['a/b.json', '{}'],
    ]);
  });

  it('imports a valid package as a new skill, serves its manifest, and enables it once', async () => {
    // Act
    const result = await importPackage({ 'skill.json': MANIFEST });
    const skillId = result.skill.skillId;
    const manifest = await smapi('GET', `/v1/skills/${skillId}/stages/development/manifest`);
    const before = await smapi('GET', `/v1/skills/${skillId}/stages/development/enablement`);
    const enable = await smapi('PUT', `/v1/skills/${skillId}/stages/development/enablement`);
    const after = await smapi('GET', `/v1/skills/${skillId}/stages/development/enablement`);

    // Assess
    expect(result.status).toBe('SUCCEEDED');
    expect(await manifest.json()).toEqual(JSON.parse(MANIFEST));
    expect([before.status, enable.status, after.status]).toEqual([404, 204, 204]);
    expect(emulator.skills().map((skill) => [...skill.files.keys()])).toEqual([['skill.json']]);
  });

  it.each([
    ['no skill.json', { 'interactionModels/custom/en-US.json': '{}' }, 'skill.json is missing from the root of the package'],
    ['a file that is not JSON', { 'skill.json': MANIFEST, 'interactionModels/custom/en-US.json': '{ nope' }, 'interactionModels/custom/en-US.json is not valid JSON'],
    [
      'a manifest field SMAPI does not have',
      { 'skill.json': JSON.stringify({ manifest: { privacyAndCompliance: { isAlexaShoppingActionsEnabled: true } } }) },
      'skill.json: manifest.privacyAndCompliance.isAlexaShoppingActionsEnabled',
    ],
  ])('fails the import of a package with %s, keeping nothing of it', async (_case, files, message) => {
    // Act
    const result = await importPackage(files);

    // Assess
    expect(result.status).toBe('FAILED');
    expect(result.errors.map((error) => error.message).join('\n')).toContain(message);
    expect(emulator.skills().every((skill) => skill.files.size === 0)).toBe(true);
  });

  it('refuses an import from a location it never handed out, and a request without a token', async () => {
    // Act
    const unknown = await smapi('POST', '/v1/skills/imports', { vendorId: EMULATOR_CREDENTIALS.vendorId, location: 'https://example.com/package.zip' });
    const anonymous = await fetch(`${emulator.url}/v1/skills/uploads`, { method: 'POST' });

    // Assess
    expect(unknown.status).toBe(400);
    expect(anonymous.status).toBe(401);
  });
});
