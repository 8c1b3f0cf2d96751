/**
 * A tiny Systems Manager Parameter Store on 127.0.0.1: just `GetParameter`, over the AWS JSON
 * 1.1 protocol the SDK speaks (`POST /`, `X-Amz-Target: AmazonSSM.GetParameter`, body
 * `{"Name": ...}`; a missing name is 400 `ParameterNotFound`, as the AWS Systems Manager API
 * Reference says). Enough for the deploy's check of the CDK bootstrap version parameter. Point
 * the SDK at it with `AWS_ENDPOINT_URL_SSM` and fake credentials.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from '../closeServer';

export interface SsmEmulator {
  readonly url: string;
  close(): Promise<void>;
  /** The names asked for, in order. */
  readonly requested: readonly string[];
}

export async function startSsmEmulator(parameters: Record<string, string> = {}): Promise<SsmEmulator> {
  const requested: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let name: unknown;
      try {
        name = (JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { Name?: unknown }).Name;
      } catch {
        return reply(res, 400, { __type: 'SerializationException', message: 'body is not JSON' });
      }
      if (req.headers['x-amz-target'] !== 'AmazonSSM.GetParameter' || typeof name !== 'string') {
        return reply(res, 400, { __type: 'ValidationException', message: 'only GetParameter with a Name is emulated' });
      }
      requested.push(name);
      const value = parameters[name];
      if (value === undefined) return reply(res, 400, { __type: 'ParameterNotFound', message: '' });
      return reply(res, 200, { Parameter: { Name: name, Type: 'String', Value: value, Version: 1, DataType: 'text' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => closeServer(server), requested };
}

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'content-length': Buffer.byteLength(text), 'x-amzn-requestid': 'emulator' });
  res.end(text);
}
