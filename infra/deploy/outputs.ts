/**
 * What `cdk deploy --outputs-file` recorded (.cdk/stack-outputs.json, git-ignored): the alias
 * ARNs the skill's endpoint is set to, the secret, and whether the function has an Associates id.
 * Read by the deploy steps; nothing here writes a tracked file.
 */
import fs from 'node:fs';
import { StackOutputs } from '../stack-outputs';
import { type AliasName, Aliases } from '../stages';
import { DeployError, MissingPrerequisiteError } from './errors';

/** The stack's AssociatesEnabled output; undefined when the outputs predate it. */
export function associatesFromOutputs(outputsPath: string): boolean | undefined {
  const value = outputValue(outputsPath, StackOutputs.AssociatesEnabled);
  return value === 'true' || value === 'false' ? value === 'true' : undefined;
}

/** One output of the first stack in the file that has it; undefined when the file or the output is absent. */
export function outputValue(outputsPath: string, key: string): string | undefined {
  let outputs: unknown;
  try {
    outputs = JSON.parse(fs.readFileSync(outputsPath, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof outputs !== 'object' || outputs === null) return undefined;
  for (const stackOutputs of Object.values(outputs)) {
    if (typeof stackOutputs !== 'object' || stackOutputs === null) continue;
    const value: unknown = (stackOutputs as Record<string, unknown>)[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** The output that holds each stage's endpoint: the alias the skill's stage calls. */
export const ALIAS_OUTPUTS: Readonly<Record<AliasName, string>> = {
  [Aliases.Development]: StackOutputs.DevelopmentAliasArn,
  [Aliases.Live]: StackOutputs.LiveAliasArn,
};

/** Finds an alias's ARN in a `cdk deploy --outputs-file` file: `{ <stack name>: { DevelopmentAliasArn, LiveAliasArn, … } }`. */
export function aliasArnFromOutputs(outputsPath: string, alias: AliasName): string {
  if (!fs.existsSync(outputsPath)) {
    throw new MissingPrerequisiteError('deploy:skill', `the stack outputs file ${outputsPath}`, 'Run `npm run deploy:infra` first, or pass --arn.');
  }
  const key = ALIAS_OUTPUTS[alias];
  const arn = outputValue(outputsPath, key);
  if (arn === undefined) throw new DeployError(`${outputsPath} has no ${key} output: was it written by this project's cdk deploy, before the stages had aliases? Run \`npm run deploy\` again.`);
  return arn;
}
