/**
 * The skill's SigV4 signer gives the same Authorization header as the AWS SDK's own signer
 * (`@smithy/signature-v4`, what every AWS SDK v3 client signs with; without the optional
 * `x-amz-content-sha256` header, which only S3 requires) for the requests the skill
 * makes: a JSON POST to `/`, with and without a session token.
 */
import { amzDate, canonicalQuery, canonicalUri, signRequest } from '../../../lambda/aws/sigv4';
import { sdkSignedHeaders } from '../../support/sdkSigner';

const DATE = new Date(Date.UTC(2026, 10, 30, 2, 45, 7));

function sdkAuthorization(credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }, service: string, target: string, body: string) {
  return sdkSignedHeaders({
    credentials,
    region: 'eu-west-1',
    service,
    method: 'POST',
    hostname: `${service}.eu-west-1.amazonaws.com`,
    path: '/',
    query: {},
    headers: { host: `${service}.eu-west-1.amazonaws.com`, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target },
    body,
    date: DATE,
  });
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

  it.each([
    ['a path prefix', '/prefix/dynamodb', '', {}],
    ['a path with encoded characters', '/a%20b/c~d/%C3%A9', '', {}],
    ['a query, out of order, with a repeated name and characters to encode', '/', '?b=2&a=x%20y&a=1&c=%2A', { b: '2', a: ['x y', '1'], c: '*' }],
  ] as const)('signs %s exactly as the AWS SDK does', async (_name, path, query, sdkQuery) => {
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
    const body = '{}';
    const headers = { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.GetItem' };
    const ours = signRequest({
      method: 'POST',
      host: 'dynamodb.eu-west-1.amazonaws.com',
      path,
      query,
      headers,
      body,
      service: 'dynamodb',
      region: 'eu-west-1',
      credentials,
      date: DATE,
    });
    const sdk = await sdkSignedHeaders({
      credentials,
      region: 'eu-west-1',
      service: 'dynamodb',
      method: 'POST',
      hostname: 'dynamodb.eu-west-1.amazonaws.com',
      path,
      query: sdkQuery as Record<string, string | string[]>,
      headers: { host: 'dynamodb.eu-west-1.amazonaws.com', ...headers },
      body,
      date: DATE,
    });
    expect(ours['authorization']).toBe(sdk['authorization']);
  });

  it('canonicalizes an empty path as / and sorts the query by name, then value', () => {
    expect(canonicalUri('')).toBe('/');
    expect(canonicalQuery('?z=1&a=2&a=1')).toBe('a=1&a=2&z=1');
    expect(canonicalQuery('')).toBe('');
  });
});
