/**
 * The production stack's template. Synthesized once, without bundling (the bundling test does
 * the real esbuild run) and without the built-in CloudFormation validation (kept on in
 * bundling.test.ts), so this file stays fast.
 */
import { App } from 'aws-cdk-lib';
import { Capture, Match, Template } from 'aws-cdk-lib/assertions';
import { VoiceShoppingStack } from '../../infra/stack';
import { StackOutputs } from '../../infra/stack-outputs';
import { SECRET_KEYS } from '../../lambda/config/secretKeys';
import { STATE_PARTITION_KEY, STATE_TTL_ATTRIBUTE } from '../../lambda/persistence/table';
import { METRIC_NAMESPACE, MetricNames } from '../../lambda/config/metrics';

const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

describe('VoiceShoppingStack', () => {
  let template: Template;
  let functionLogicalId: string;

  beforeAll(() => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
    const stack = new VoiceShoppingStack(app, 'TestStack', { skillId: SKILL_ID, associateId: 'assoc-20', trackingId: 'track-21' });
    template = Template.fromStack(stack);
    const functions = Object.keys(template.findResources('AWS::Lambda::Function'));
    expect(functions).toHaveLength(1);
    functionLogicalId = functions[0] ?? '';
  });

  it('runs the skill on Node.js 24 on arm64, with the bundled index.handler', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
    });
  });

  it('gives the function a timeout under Alexa’s 8 s budget and enough memory for a quick cold start', () => {
    // Prepare
    const timeout = new Capture();
    const memory = new Capture();

    // Act
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: timeout, MemorySize: memory });

    // Assess
    expect(timeout.asNumber()).toBeLessThan(8);
    expect(memory.asNumber()).toBeGreaterThanOrEqual(512);
  });

  it('sets every production environment variable the runtime reads', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          SKILL_ID: SKILL_ID,
          CATALOG: 'amazon-business',
          PERSISTENCE: 'dynamodb',
          TABLE_NAME: { Ref: Match.stringLikeRegexp('^State') },
          SKILL_SECRET_ID: { Ref: Match.stringLikeRegexp('^Credentials') },
          ASSOCIATE_ID: 'assoc-20',
          TRACKING_ID: 'track-21',
          LOG_LEVEL: 'info',
        }),
      },
    });
  });

  it('does not make Node read a source map on every cold start', () => {
    const functions = template.findResources('AWS::Lambda::Function') as Resources;
    const variables = (functions[functionLogicalId]?.Properties?.['Environment'] as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
    expect(variables).not.toHaveProperty('NODE_OPTIONS');
  });

  it('lets the function make exactly the DynamoDB calls the adapter makes, on its own table only', () => {
    const policies = template.findResources('AWS::IAM::Policy') as Resources;
    const statements = Object.values(policies).flatMap(
      (policy) => (policy.Properties?.['PolicyDocument'] as { Statement?: Array<Record<string, unknown>> } | undefined)?.Statement ?? [],
    );
    const dynamo = statements.filter((s) => JSON.stringify(s['Action']).includes('dynamodb:'));
    expect(dynamo).toHaveLength(1);
    expect([...((dynamo[0]?.['Action'] ?? []) as string[])].sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem']);
    expect(JSON.stringify(dynamo[0]?.['Resource'])).toMatch(/State/);
  });

  it('lets only Alexa, for this skill id, invoke the skill: each stage’s alias, never the bare function', () => {
    // Prepare
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission') as Resources).map((permission) => permission.Properties ?? {});

    // Assess: one per alias (tests/infra/stages.test.ts checks which), each locked to the skill
    expect(permissions).toHaveLength(2);
    for (const permission of permissions) {
      expect(permission).toMatchObject({ Action: 'lambda:InvokeFunction', Principal: 'alexa-appkit.amazon.com', EventSourceToken: SKILL_ID });
      expect(permission['FunctionName']).toEqual({ Ref: expect.stringMatching(/^Stages(Development|Live)/) });
    }
  });

  it('keeps customer state in an on-demand, encrypted, recoverable table that is retained and expires items', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: STATE_PARTITION_KEY, KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: STATE_PARTITION_KEY, AttributeType: 'S' }],
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
        TimeToLiveSpecification: { AttributeName: STATE_TTL_ATTRIBUTE, Enabled: true },
      }),
    });
    // Deployed tables carry these names: a rename would orphan every customer's state.
    expect([STATE_PARTITION_KEY, STATE_TTL_ATTRIBUTE]).toEqual(['id', 'expiresAt']);
  });

  it('creates the secret with every key the runtime reads, generating the connection-token key', () => {
    // Prepare
    const templateString = new Capture();

    // Act
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ GenerateStringKey: 'connectionTokenSecret', SecretStringTemplate: templateString, ExcludePunctuation: true }),
    });

    // Assess
    const keys = Object.keys(JSON.parse(templateString.asString()) as object);
    expect([...keys, 'connectionTokenSecret'].sort()).toEqual([...SECRET_KEYS].sort());
  });

  it('grants reading the secret to the function’s role and to nothing else', () => {
    // Prepare
    const role = new Capture();
    template.hasResourceProperties('AWS::Lambda::Function', { Role: { 'Fn::GetAtt': [role, 'Arn'] } });
    const policies = template.findResources('AWS::IAM::Policy') as Resources;

    // Act
    const secretGrants = Object.values(policies).flatMap((policy) => {
      const document = policy.Properties?.['PolicyDocument'] as { Statement?: Array<Record<string, unknown>> } | undefined;
      const statements = (document?.Statement ?? []).filter((s) => JSON.stringify(s['Action']).includes('secretsmanager:'));
      return statements.map((statement) => ({ statement, roles: policy.Properties?.['Roles'] }));
    });

    // Assess
    expect(secretGrants).toHaveLength(1);
    expect(secretGrants[0]?.statement['Action']).toHaveLength(2);
    expect(secretGrants[0]).toEqual({
      statement: {
        Action: expect.arrayContaining(['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue']),
        Effect: 'Allow',
        Resource: { Ref: expect.stringMatching(/^Credentials/) },
      },
      roles: [{ Ref: role.asString() }],
    });
  });

  it('gives the function role no managed policies and no wildcard resources', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: Match.objectLike({ Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })] }),
      ManagedPolicyArns: Match.absent(),
    });
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(policies).not.toContain('"Resource":"*"');
    expect(policies).not.toContain('dynamodb:Scan');
  });

  it('writes logs to its own log group with a retention period', () => {
    // Prepare
    const logGroup = new Capture();

    // Act
    template.hasResourceProperties('AWS::Lambda::Function', { LoggingConfig: { LogGroup: { Ref: logGroup } } });

    // Assess
    const groups = template.findResources('AWS::Logs::LogGroup') as Resources;
    expect(groups[logGroup.asString()]?.Properties?.['RetentionInDays']).toBe(30);
  });

  it.each([
    ['errors', { MetricName: 'Errors', Statistic: 'Sum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' }],
    ['throttles', { MetricName: 'Throttles', Statistic: 'Sum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' }],
    ['p99 duration above 5 s', { MetricName: 'Duration', ExtendedStatistic: 'p99', Threshold: 5000, ComparisonOperator: 'GreaterThanThreshold' }],
  ])('alarms on %s of the skill function', (_label, properties) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...properties,
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionLogicalId } }],
    });
  });

  it('alarms on any configuration failure the function reports (credentials, permissions, a missing table or secret, a short token secret)', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: METRIC_NAMESPACE,
      MetricName: MetricNames.ConfigurationFailure,
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      // The Embedded Metric Format lines carry no dimension (log.metric): neither may the alarm.
      Dimensions: Match.absent(),
    });
  });

  it.each([
    ['errors', 'Errors'],
    ['throttles', 'Throttles'],
  ])('alarms on %s of the live alias alone: customers of the published skill, not every version', (_label, metricName) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: metricName,
      Namespace: 'AWS/Lambda',
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      Dimensions: [
        { Name: 'FunctionName', Value: { Ref: functionLogicalId } },
        { Name: 'Resource', Value: { 'Fn::Join': ['', [{ Ref: functionLogicalId }, ':live']] } },
      ],
    });
  });

  it('notifies the alarm topic from every alarm, the live alias’s included', () => {
    // Act
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
    const topic = 'arn:aws:sns:us-east-1:123456789012:alarms';
    const withTopic = Template.fromStack(new VoiceShoppingStack(app, 'WithTopic', { skillId: SKILL_ID, alarmTopicArn: topic }));

    // Assess
    const alarms = Object.values(withTopic.findResources('AWS::CloudWatch::Alarm') as Resources);
    expect(alarms).toHaveLength(6);
    for (const alarm of alarms) expect(alarm.Properties?.['AlarmActions']).toEqual([topic]);
  });

  it('has exactly six alarms: four of the function, two of the live alias', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', 6);
  });

  it('outputs the function ARN, the table name and the secret name', () => {
    template.hasOutput(StackOutputs.FunctionArn, { Value: { 'Fn::GetAtt': [functionLogicalId, 'Arn'] } });
    template.hasOutput(StackOutputs.TableName, { Value: { Ref: Match.stringLikeRegexp('^State') } });
    template.hasOutput(StackOutputs.SecretName, { Value: Match.anyValue() });
  });

  it('says the function has an Associates id, so deploy:skill can switch the staged manifest’s flag on', () => {
    template.hasOutput(StackOutputs.AssociatesEnabled, { Value: 'true' });
  });
});
