/**
 * dynalite (in-memory DynamoDB) on 127.0.0.1, started by the test itself, with the table the
 * CDK stack creates: partition key `id` (string). Fake credentials: nothing reaches AWS.
 */
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';

interface DynaliteServer {
  listen(port: number, host: string, cb: (err?: Error) => void): void;
  close(cb: (err?: Error) => void): void;
  address(): AddressInfo;
}

export interface LocalDynamo {
  endpoint: string;
  client: DynamoDBClient;
  createTable(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startDynalite(): Promise<LocalDynamo> {
  process.env.AWS_ACCESS_KEY_ID = 'AKIDLOCALTESTONLY';
  process.env.AWS_SECRET_ACCESS_KEY = 'local-test-secret-not-a-real-key';
  process.env.AWS_REGION = 'us-east-1';
  const dynalite = require('dynalite') as (options: { createTableMs: number }) => DynaliteServer;
  const server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve, reject) => server.listen(0, '127.0.0.1', (err) => (err ? reject(err) : resolve())));
  const endpoint = `http://127.0.0.1:${server.address().port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1' });
  return {
    endpoint,
    client,
    createTable: async (name) => {
      await client.send(
        new CreateTableCommand({
          TableName: name,
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      // Even with createTableMs 0 the table is CREATING until dynalite's next tick, as a real
      // table is for seconds: a write in between is ResourceNotFoundException.
      while ((await client.send(new DescribeTableCommand({ TableName: name }))).Table?.TableStatus !== 'ACTIVE') {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    close: async () => {
      client.destroy();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
