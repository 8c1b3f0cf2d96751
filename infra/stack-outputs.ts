/**
 * Names shared by the stack and the deploy scripts (output keys, context keys). Kept apart from `stack.ts` so the deploy
 * steps can read the outputs file without loading aws-cdk-lib.
 */

/** The stack's CloudFormation output keys, as they appear in `cdk deploy --outputs-file`. */
export const StackOutputs = {
  /** The unqualified function; the skill's stages call its aliases, below. */
  FunctionArn: 'FunctionArn',
  /** The `development` alias: the development stage's endpoint. */
  DevelopmentAliasArn: 'DevelopmentAliasArn',
  /** The `live` alias: the live stage's endpoint, once certified. */
  LiveAliasArn: 'LiveAliasArn',
  TableName: 'TableName',
  SecretName: 'SecretName',
  /** "true" when the function sends an Amazon Associates id: the manifest's Associates switch follows it. */
  AssociatesEnabled: 'AssociatesEnabled',
} as const;

/** @default stack name; override with context `stackName`. */
export const DEFAULT_STACK_NAME = 'VoiceShoppingSkill';

/** Every context key the app reads; README.md's Deploying section documents each. */
export const ContextKeys = {
  SkillId: 'skillId',
  SynthWithoutSkillId: 'synthWithoutSkillId',
  LiveVersion: 'liveVersion',
  LiveHistory: 'liveHistory',
  StackName: 'stackName',
  AssociateId: 'associateId',
  TrackingId: 'trackingId',
  LogLevel: 'logLevel',
  Catalog: 'catalog',
  ProductSearchEndpoint: 'productSearchEndpoint',
  AlarmTopicArn: 'alarmTopicArn',
  Tracing: 'tracing',
  LogRetentionDays: 'logRetentionDays',
  Regions: 'regions',
} as const;

/**
 * A context key for one Alexa region's stack, e.g. `liveVersion.EU`: each region's function
 * numbers its own versions, so with `-c regions=…` the live version is given per region.
 */
export function regionalContextKey(key: string, region: string): string {
  return `${key}.${region}`;
}
