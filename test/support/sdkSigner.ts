/**
 * The AWS SDK's own SigV4 signer (`@smithy/signature-v4`, what every AWS SDK v3 client signs
 * with), as the independent check of the skill's signer: the tests compare Authorization
 * headers with it, and the signature-checking server signs what it received with it.
 */
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';

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

export interface SdkSignInput {
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region: string;
  service: string;
  method: string;
  hostname: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: string;
  date: Date;
}

/** The headers the SDK would send for this request, `authorization` among them. */
export async function sdkSignedHeaders(input: SdkSignInput): Promise<Record<string, string>> {
  const signer = new SignatureV4({ credentials: input.credentials, region: input.region, service: input.service, sha256: NodeSha256, applyChecksum: false });
  const signed = await signer.sign(
    { method: input.method, protocol: 'https:', hostname: input.hostname, path: input.path, query: input.query, headers: input.headers, body: input.body },
    { signingDate: input.date },
  );
  return signed.headers;
}
