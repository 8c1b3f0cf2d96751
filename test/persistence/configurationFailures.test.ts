/**
 * A broken deployment is an operator's problem, not a customer's: when DynamoDB refuses the
 * function's credentials or permissions or has no such table, the failure is logged as an
 * error with the ConfigurationFailure metric (the stack alarms on it), and the customer hears
 * that their saved items could not be looked up, not that something could not be saved.
 */
import { MetricNames } from '../../lambda/config/metrics';
import { DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamoDbAdapter';
import { intentRequest, speechOf } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';
import { type DynamoFront, startDynamoFront } from './dynamoFront';
import { type LocalDynamo, startDynalite } from './dynalite';

let dynamo: LocalDynamo;
let front: DynamoFront;
beforeAll(async () => {
  dynamo = await startDynalite();
  await dynamo.createTable('state');
  front = await startDynamoFront(dynamo.endpoint);
});
afterAll(async () => {
  await front.close();
  await dynamo.close();
});

function listWatches() {
  const persistence = new DynamoDbPersistenceAdapter({ tableName: 'state', endpoint: front.endpoint });
  return testSkill({ persistence }).invoke(intentRequest('ListPriceWatchesIntent'));
}

describe('DynamoDB configuration failures', () => {
  it.each(['UnrecognizedClientException', 'AccessDeniedException', 'ResourceNotFoundException'])(
    '%s on a read: an error log line with the metric, and the customer hears a read failure',
    async (type) => {
      front.answerNext(1, {
        status: 400,
        body: JSON.stringify({ __type: `com.amazon.coral.service#${type}`, message: 'refused' }),
        headers: { 'content-type': 'application/x-amz-json-1.0' },
      });
      const logs = captureLogs();
      let speech: string;
      try {
        speech = speechOf(await listWatches());
      } finally {
        logs.restore();
      }

      const failure = logs.lines.find((l) => l.record.event === 'aws_configuration_failure');
      expect(failure?.level).toBe('error');
      expect(failure?.record).toMatchObject({ service: 'dynamodb', operation: 'read', errorType: type });
      expect(logs.lines.some((l) => l.record[MetricNames.ConfigurationFailure] === 1)).toBe(true);
      expect(speech).toMatch(/couldn't look up what you've saved/);
      expect(speech).not.toMatch(/couldn't save/);
    },
  );

  it('keeps a throttled table a warning, without the configuration metric', async () => {
    front.throttleNext(5);
    const logs = captureLogs();
    try {
      await listWatches();
    } finally {
      logs.restore();
    }

    expect(logs.events()).toContain('persistence_read_failed');
    expect(logs.events()).not.toContain('aws_configuration_failure');
    expect(logs.lines.some((l) => MetricNames.ConfigurationFailure in l.record)).toBe(false);
  });
});
