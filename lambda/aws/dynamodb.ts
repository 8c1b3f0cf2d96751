/**
 * The skill's DynamoDB client: the signed JSON client (./awsJsonClient.ts) set for DynamoDB's
 * JSON 1.0 protocol. The customer state and the catalog cache each make one, with their own
 * timeouts and retries.
 */
import { AwsJsonClient } from './awsJsonClient';

export interface DynamoDbClientOptions {
  endpoint?: string | undefined;
  region?: string | undefined;
  attemptTimeoutMs: number;
  maxAttempts: number;
  baseDelayMs: number;
}

export function dynamoDbClient(options: DynamoDbClientOptions): AwsJsonClient {
  return new AwsJsonClient({
    service: 'dynamodb',
    targetPrefix: 'DynamoDB_20120810',
    jsonVersion: '1.0',
    endpoint: options.endpoint,
    region: options.region,
    attemptTimeoutMs: options.attemptTimeoutMs,
    maxAttempts: options.maxAttempts,
    baseDelayMs: options.baseDelayMs,
  });
}
