/**
 * Names shared by the stack and the deploy scripts. Kept apart from `stack.ts` so the deploy
 * steps can read the outputs file without loading aws-cdk-lib.
 */

/** The stack's CloudFormation output keys, as they appear in `cdk deploy --outputs-file`. */
export const StackOutputs = {
  FunctionArn: 'FunctionArn',
  TableName: 'TableName',
  SecretName: 'SecretName',
  /** "true" when the function sends an Amazon Associates id: the manifest's Associates switch follows it. */
  AssociatesEnabled: 'AssociatesEnabled',
} as const;

/** @default stack name; override with context `stackName`. */
export const DEFAULT_STACK_NAME = 'VoiceShoppingSkill';
