/**
 * The DynamoDB table for per-customer state (saved searches, price watches, pending tasks).
 * The runtime's persistence (`PERSISTENCE=dynamodb`, `TABLE_NAME`) reads and writes items keyed
 * by {@link STATE_PARTITION_KEY} and sets {@link STATE_TTL_ATTRIBUTE} so stale state expires:
 * both names come from the runtime (lambda/persistence/table.ts).
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { STATE_PARTITION_KEY, STATE_TTL_ATTRIBUTE } from '../../lambda/persistence/table';
/**
 * Exactly the calls lambda/persistence/dynamoDbAdapter.ts and the catalog cache
 * (lambda/catalog/cache/store.ts, items under CATALOG_KEY_PREFIX, refresh leases by conditional
 * PutItem) make: single-item reads and conditional writes and deletes; no updates, scans or queries.
 */
export const STATE_TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'] as const;

export interface StateTableProps {
  /**
   * What happens to the table when the stack is deleted. Customers' state outlives a stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

export class StateTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: StateTableProps = {}) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: STATE_PARTITION_KEY, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: STATE_TTL_ATTRIBUTE,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
  }

  /** Grants the single-item operations the runtime uses, and nothing else. */
  grantStateAccess(grantee: iam.IGrantable): iam.Grant {
    return this.table.grant(grantee, ...STATE_TABLE_ACTIONS);
  }
}
