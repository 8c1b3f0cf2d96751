/**
 * The least-privilege IAM policies of docs/going-live.md: `infra/iam/deploy-policy.json` for
 * whoever runs `npm run deploy`, and `infra/iam/cloudformation-execution-policy.json` for
 * `cdk bootstrap --cloudformation-execution-policies`, instead of the bootstrap's default
 * AdministratorAccess. Checked against the stack as it synthesizes with every optional part on:
 * every resource type in the template must have its create, update and delete permissions
 * (from the CloudFormation resource type schemas' handler permissions) allowed, and a new
 * resource type fails here until its permissions are added.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/app';
import { regionalTargets, singleTarget } from '../../infra/deploy/targets';
import { ALEXA_REGION_CODES } from '../../infra/regions';
import { VoiceShoppingStack } from '../../infra/stack';
import { DEFAULT_STACK_NAME } from '../../infra/stack-outputs';

const ROOT = path.resolve(__dirname, '../..');

interface Statement {
  readonly Sid?: string;
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: string | string[];
}
interface PolicyDocument {
  readonly Version: string;
  readonly Statement: Statement[];
}

const readPolicy = (file: string): PolicyDocument => JSON.parse(readFileSync(path.join(ROOT, 'infra', 'iam', file), 'utf8')) as PolicyDocument;
const list = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);
const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/** Whether an Allow statement grants `action` on `resource` (IAM's `*` wildcards, case-sensitive resources). */
function allows(policy: PolicyDocument, action: string, resource: string): boolean {
  return policy.Statement.some(
    (statement) =>
      statement.Effect === 'Allow' &&
      list(statement.Action).some((pattern) => glob(pattern.toLowerCase()).test(action.toLowerCase())) &&
      list(statement.Resource).some((pattern) => glob(pattern).test(resource)),
  );
}

/**
 * What CloudFormation needs to create, update and delete each resource type the stack uses,
 * with a resource as CloudFormation names it (stack name, logical id, random suffix).
 */
const NEEDS: Record<string, { resource: string; actions: string[] }> = {
  'AWS::Lambda::Function': {
    resource: 'arn:aws:lambda:us-east-1:123456789012:function:VoiceShoppingSkill-skill',
    actions: ['lambda:CreateFunction', 'lambda:GetFunction', 'lambda:UpdateFunctionCode', 'lambda:UpdateFunctionConfiguration', 'lambda:DeleteFunction', 'lambda:TagResource'],
  },
  'AWS::Lambda::Permission': {
    resource: 'arn:aws:lambda:us-east-1:123456789012:function:VoiceShoppingSkill-skill:live',
    actions: ['lambda:AddPermission', 'lambda:RemovePermission', 'lambda:GetPolicy'],
  },
  'AWS::Lambda::Version': {
    resource: 'arn:aws:lambda:us-east-1:123456789012:function:VoiceShoppingSkill-skill',
    actions: ['lambda:PublishVersion', 'lambda:GetFunctionConfiguration', 'lambda:ListVersionsByFunction'],
  },
  'AWS::Lambda::Alias': {
    resource: 'arn:aws:lambda:us-east-1:123456789012:function:VoiceShoppingSkill-skill:development',
    actions: ['lambda:CreateAlias', 'lambda:GetAlias', 'lambda:UpdateAlias', 'lambda:DeleteAlias', 'lambda:ListAliases'],
  },
  'AWS::IAM::Role': {
    resource: 'arn:aws:iam::123456789012:role/VoiceShoppingSkill-SkillRoleA53CB637-AbCdEf123456',
    actions: [
      'iam:CreateRole',
      'iam:GetRole',
      'iam:DeleteRole',
      'iam:UpdateAssumeRolePolicy',
      'iam:TagRole',
      'iam:ListRolePolicies',
      'iam:ListAttachedRolePolicies',
      'iam:PassRole',
    ],
  },
  'AWS::IAM::Policy': {
    resource: 'arn:aws:iam::123456789012:role/VoiceShoppingSkill-SkillRoleA53CB637-AbCdEf123456',
    actions: ['iam:PutRolePolicy', 'iam:GetRolePolicy', 'iam:DeleteRolePolicy'],
  },
  'AWS::DynamoDB::Table': {
    resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/VoiceShoppingSkill-StateTable962DE04C-AbCdEf123456',
    actions: [
      'dynamodb:CreateTable',
      'dynamodb:DescribeTable',
      'dynamodb:UpdateTable',
      'dynamodb:DeleteTable',
      'dynamodb:UpdateTimeToLive',
      'dynamodb:DescribeTimeToLive',
      'dynamodb:UpdateContinuousBackups',
      'dynamodb:DescribeContinuousBackups',
      'dynamodb:TagResource',
    ],
  },
  'AWS::SecretsManager::Secret': {
    resource: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:CredentialsSecret40F8BB41-AbCdEfGhIjKl-AbCdEf',
    actions: ['secretsmanager:CreateSecret', 'secretsmanager:DescribeSecret', 'secretsmanager:UpdateSecret', 'secretsmanager:DeleteSecret', 'secretsmanager:TagResource'],
  },
  'AWS::Logs::LogGroup': {
    resource: 'arn:aws:logs:us-east-1:123456789012:log-group:VoiceShoppingSkill-SkillLogs5D5C0C78-AbCdEf123456',
    actions: ['logs:CreateLogGroup', 'logs:PutRetentionPolicy', 'logs:DeleteLogGroup', 'logs:TagResource'],
  },
  'AWS::CloudWatch::Alarm': {
    resource: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:VoiceShoppingSkill-AlarmsErrorsE6AA3AE1-AbCdEf123456',
    actions: ['cloudwatch:PutMetricAlarm', 'cloudwatch:DescribeAlarms', 'cloudwatch:DeleteAlarms', 'cloudwatch:TagResource'],
  },
};
/** Actions that take no resource scope (Resource "*"), per type. */
const UNSCOPED: Record<string, string[]> = {
  'AWS::SecretsManager::Secret': ['secretsmanager:GetRandomPassword'],
  'AWS::Logs::LogGroup': ['logs:DescribeLogGroups'],
};

describe('infra/iam policies', () => {
  const execution = readPolicy('cloudformation-execution-policy.json');
  const deployer = readPolicy('deploy-policy.json');
  let resourceTypes: string[];

  beforeAll(() => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
    const stack = new VoiceShoppingStack(app, 'VoiceShoppingSkill', {
      skillId: 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef',
      associateId: 'assoc-20',
      tracing: true,
      alarmTopicArn: 'arn:aws:sns:us-east-1:123456789012:alarms',
    });
    const resources = Template.fromStack(stack).toJSON()['Resources'] as Record<string, { Type: string }>;
    resourceTypes = [...new Set(Object.values(resources).map((resource) => resource.Type))].sort();
  });

  it.each([
    ['deploy-policy.json', deployer],
    ['cloudformation-execution-policy.json', execution],
  ])('%s is an IAM policy document that allows no whole service and no action on everything it could scope', (_file, policy) => {
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement.length).toBeGreaterThan(0);
    for (const statement of policy.Statement) {
      expect(statement.Effect).toBe('Allow');
      expect(list(statement.Action).filter((action) => action === '*' || action.endsWith(':*'))).toEqual([]);
    }
    const unscoped = policy.Statement.filter((statement) => list(statement.Resource).includes('*')).flatMap((statement) => list(statement.Action));
    expect(unscoped.sort()).toEqual(
      Object.values(UNSCOPED)
        .flat()
        .filter((action) => unscoped.includes(action))
        .sort(),
    );
  });

  it('knows every resource type the stack synthesizes', () => {
    expect(resourceTypes.length).toBeGreaterThan(5);
    expect(resourceTypes.filter((type) => NEEDS[type] === undefined)).toEqual([]);
  });

  it('lets CloudFormation create, update and delete every resource of the stack, and only those named for it', () => {
    const missing = resourceTypes.flatMap((type) => {
      const need = NEEDS[type];
      if (need === undefined) return [`${type}: unknown`];
      return [
        ...need.actions.filter((action) => !allows(execution, action, need.resource)).map((action) => `${type}: ${action}`),
        ...(UNSCOPED[type] ?? []).filter((action) => !allows(execution, action, '*')).map((action) => `${type}: ${action} on *`),
      ];
    });
    expect(missing).toEqual([]);
    // Scoped to the stack: nothing of another stack or application.
    expect(allows(execution, 'lambda:DeleteFunction', 'arn:aws:lambda:us-east-1:123456789012:function:SomeoneElse')).toBe(false);
    expect(allows(execution, 'dynamodb:DeleteTable', 'arn:aws:dynamodb:us-east-1:123456789012:table/Orders')).toBe(false);
    expect(allows(execution, 'iam:PassRole', 'arn:aws:iam::123456789012:role/Admin')).toBe(false);
  });

  it('lets CloudFormation manage every resource of each regional stack too, named for that stack, in its region', () => {
    // Prepare: the stacks `npm run deploy -- --regions NA,EU,FE` deploys
    const app = buildApp(
      new App({
        context: { 'aws:cdk:bundling-stacks': [], skillId: 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef', regions: 'NA,EU,FE', tracing: 'true' },
        builtinCloudFormationValidation: false,
      }),
    );
    const stacks = app.synth().stacks;

    // Act: each resource as CloudFormation would name it in that stack and region
    const missing = stacks.flatMap((stack) => {
      const region = stack.environment.region;
      const types = [...new Set(Object.values((stack.template as { Resources: Record<string, { Type: string }> }).Resources).map((resource) => resource.Type))];
      return types.flatMap((type) => {
        const need = NEEDS[type];
        if (need === undefined) return [`${stack.stackName}: ${type} unknown`];
        const resource = need.resource.replace(':us-east-1:', `:${region}:`).replace(/VoiceShoppingSkill-/, `${stack.stackName}-`);
        return need.actions.filter((action) => !allows(execution, action, resource)).map((action) => `${stack.stackName}: ${action} on ${resource}`);
      });
    });

    // Assess
    expect(stacks.map((stack) => stack.stackName).sort()).toEqual(['VoiceShoppingSkill-EU', 'VoiceShoppingSkill-FE', 'VoiceShoppingSkill-NA']);
    expect(missing).toEqual([]);
  });

  it('lets the deploy read, and promote and rollback move, the aliases of every stack the deploy makes, each in its own region only', () => {
    const targets = [singleTarget(DEFAULT_STACK_NAME, 'ap-northeast-1'), ...regionalTargets(DEFAULT_STACK_NAME, ALEXA_REGION_CODES)];
    for (const target of targets) {
      const functionArn = `arn:aws:lambda:${target.awsRegion}:123456789012:function:${target.functionName}`;
      for (const action of ['lambda:GetAlias', 'lambda:ListVersionsByFunction', 'lambda:GetFunctionConfiguration', 'lambda:UpdateAlias']) {
        expect([target.functionName, action, allows(deployer, action, functionArn), allows(deployer, action, `${functionArn}:live`)]).toEqual([
          target.functionName,
          action,
          true,
          true,
        ]);
      }
    }
    // A regional stack's function name is allowed only in the region that stack is pinned to.
    expect(allows(deployer, 'lambda:UpdateAlias', 'arn:aws:lambda:us-east-1:123456789012:function:VoiceShoppingSkill-EU-skill:live')).toBe(false);
    expect(allows(deployer, 'lambda:UpdateAlias', 'arn:aws:lambda:eu-west-1:123456789012:function:VoiceShoppingSkill-XX-skill:live')).toBe(false);
  });

  it('lets the deploy use the CDK bootstrap roles, read the bootstrap version, check the secret and read or move the aliases, and nothing else', () => {
    for (const role of ['deploy', 'file-publishing', 'lookup']) {
      expect(allows(deployer, 'sts:AssumeRole', `arn:aws:iam::123456789012:role/cdk-hnb659fds-${role}-role-123456789012-us-east-1`)).toBe(true);
    }
    expect(allows(deployer, 'ssm:GetParameter', 'arn:aws:ssm:us-east-1:123456789012:parameter/cdk-bootstrap/hnb659fds/version')).toBe(true);
    expect(allows(deployer, 'secretsmanager:GetSecretValue', NEEDS['AWS::SecretsManager::Secret']?.resource ?? '')).toBe(true);
    expect(allows(deployer, 'sts:AssumeRole', 'arn:aws:iam::123456789012:role/Admin')).toBe(false);
    expect(allows(deployer, 'lambda:CreateFunction', NEEDS['AWS::Lambda::Function']?.resource ?? '')).toBe(false);
    // The live alias: read before cdk deploy; moved by npm run promote and npm run rollback, of this function only.
    for (const action of ['lambda:GetAlias', 'lambda:ListVersionsByFunction', 'lambda:GetFunctionConfiguration', 'lambda:UpdateAlias']) {
      expect(allows(deployer, action, 'arn:aws:lambda:us-east-1:123456789012:function:VoiceShoppingSkill-skill')).toBe(true);
      expect(allows(deployer, action, 'arn:aws:lambda:us-east-1:123456789012:function:VoiceShoppingSkill-skill:live')).toBe(true);
      expect(allows(deployer, action, 'arn:aws:lambda:us-east-1:123456789012:function:SomeoneElse:live')).toBe(false);
    }
    expect(allows(deployer, 'lambda:InvokeFunction', 'arn:aws:lambda:us-east-1:123456789012:function:VoiceShoppingSkill-skill:live')).toBe(false);
  });
});
