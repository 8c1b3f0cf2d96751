/**
 * The skill's SigV4 signer gives the same Authorization header as the AWS SDK's own signer
 * (`@smithy/signature-v4`, what every AWS SDK v3 client signs with; without the optional
 * `x-amz-content-sha256` header, which only S3 requires) for the requests the skill
 * makes: a JSON POST to `/`, with and without a session token.
 */
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { amzDate, signRequest } from '../../../lambda/aws/sigv4';

/** The SDK signer's hash interface, on node:crypto. */
class NodeSha256 {
  private readonly hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', Buffer.from(secret as ArrayBuffer));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(typeof data === 'string' ? data : Buffer.from(data as ArrayBuffer));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(this.hash.digest());
  }
}

const DATE = new Date(Date.UTC(2026, 10, 30, 2, 45, 7));

async function sdkAuthorization(credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }, service: string, target: string, body: string) {
  const signer = new SignatureV4({ credentials, region: 'eu-west-1', service, sha256: NodeSha256, applyChecksum: false });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'https:',
      hostname: `${service}.eu-west-1.amazonaws.com`,
      path: '/',
      query: {},
      headers: { host: `${service}.eu-west-1.amazonaws.com`, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target },
      body,
    },
    { signingDate: DATE },
  );
  return signed.headers;
}

describe('signRequest', () => {
  it('formats the signing time as the basic ISO 8601 form SigV4 uses', () => {
    expect(amzDate(DATE)).toBe('20261130T024507Z');
  });

  it.each([
    ['long-term keys', { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }],
    ['a Lambda role’s temporary keys', { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'tmp-secret', sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE//token==' }],
  ])('signs a DynamoDB call exactly as the AWS SDK does, with %s', async (_name, credentials) => {
    const body = JSON.stringify({ TableName: 'state', Key: { id: { S: 'abc' } }, ConsistentRead: true });

    const ours = signRequest({
      method: 'POST',
      host: 'dynamodb.eu-west-1.amazonaws.com',
      path: '/',
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'DynamoDB_20120810.GetItem' },
      body,
      service: 'dynamodb',
      region: 'eu-west-1',
      credentials,
      date: DATE,
    });
    const sdk = await sdkAuthorization(credentials, 'dynamodb', 'DynamoDB_20120810.GetItem', body);

    expect(ours['authorization']).toBe(sdk['authorization']);
    expect(ours['x-amz-date']).toBe(sdk['x-amz-date']);
    expect(ours['x-amz-security-token']).toBe(sdk['x-amz-security-token']);
  });

  it('gives a different signature for a different body, so a tampered request is refused', () => {
    const base = {
      method: 'POST',
      host: 'dynamodb.eu-west-1.amazonaws.com',
      path: '/',
      headers: { 'content-type': 'application/x-amz-json-1.0' },
      service: 'dynamodb',
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      date: DATE,
    };
    expect(signRequest({ ...base, body: '{"a":1}' })['authorization']).not.toBe(signRequest({ ...base, body: '{"a":2}' })['authorization']);
  });
});
