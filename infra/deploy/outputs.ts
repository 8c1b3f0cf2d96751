/**
 * What `cdk deploy --outputs-file` recorded (.cdk/stack-outputs.json, git-ignored): the alias
 * ARNs the skill's endpoint is set to, the secret, and whether the function has an Associates id.
 * Read by the deploy steps; nothing here writes a tracked file.
 */
import fs from 'node:fs';
import { ALEXA_REGION_OUTPUT, ALEXA_REGIONS, type AlexaRegion, isAlexaRegion } from '../regions';
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
  return stacksInOutputs(outputsPath).find((entry) => entry.outputs[key] !== undefined)?.outputs[key];
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
  if (arn === undefined)
    throw new DeployError(`${outputsPath} has no ${key} output: was it written by this project's cdk deploy, before the stages had aliases? Run \`npm run deploy\` again.`);
  return arn;
}

/** One stack's outputs in the file, with the Alexa region it serves when it is a regional stack. */
export interface StackOutputsEntry {
  readonly stackName: string;
  readonly outputs: Readonly<Record<string, string>>;
  /** undefined: the single default stack (no AlexaRegion output). */
  readonly alexaRegion: AlexaRegion | undefined;
  /** Where its resources are: the regional stack's pinned region; undefined for the default stack (the account's region). */
  readonly awsRegion: string | undefined;
}

/** Every stack in a `cdk deploy --outputs-file` file, in the file's order; empty when the file is absent or unreadable. */
export function stacksInOutputs(outputsPath: string): StackOutputsEntry[] {
  let outputs: unknown;
  try {
    outputs = JSON.parse(fs.readFileSync(outputsPath, 'utf8'));
  } catch {
    return [];
  }
  if (typeof outputs !== 'object' || outputs === null) return [];
  const entries: StackOutputsEntry[] = [];
  for (const [stackName, stackOutputs] of Object.entries(outputs)) {
    if (typeof stackOutputs !== 'object' || stackOutputs === null) continue;
    const strings = Object.fromEntries(Object.entries(stackOutputs as Record<string, unknown>).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
    const code = strings[ALEXA_REGION_OUTPUT];
    const alexaRegion = code !== undefined && isAlexaRegion(code) ? code : undefined;
    entries.push({ stackName, outputs: strings, alexaRegion, awsRegion: alexaRegion === undefined ? undefined : ALEXA_REGIONS[alexaRegion] });
  }
  return entries;
}

/** The alias ARN of each regional stack in the file, by Alexa region; empty when the file holds only the default stack. */
export function regionalArnsFromOutputs(outputsPath: string, alias: AliasName): Partial<Record<AlexaRegion, string>> {
  const arns: Partial<Record<AlexaRegion, string>> = {};
  const key = ALIAS_OUTPUTS[alias];
  for (const entry of stacksInOutputs(outputsPath)) {
    const arn = entry.outputs[key];
    if (entry.alexaRegion === undefined) continue;
    if (arn === undefined) throw new DeployError(`${outputsPath}: the stack ${entry.stackName} has no ${key} output`);
    arns[entry.alexaRegion] = arn;
  }
  return arns;
}
