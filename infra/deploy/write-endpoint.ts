/**
 * `npm run deploy:endpoint`: writes the function ARN from the stack outputs (or `--arn ARN`)
 * into skill-package/skill.json, and sets the manifest's Associates switch
 * (`privacyAndCompliance.shoppingKit.isAmazonAssociatesOnAlexaEnabled`) to whether the stack
 * gave the function an ASSOCIATE_ID (its `AssociatesEnabled` output; `--associates true|false`
 * with `--arn`). `--manifest PATH` and `--outputs PATH` point elsewhere.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { StackOutputs } from '../stack-outputs';
import { writeAssociatesFlag, writeEndpoint } from './endpoint';
import { DeployError, MissingPrerequisiteError } from './errors';
import { paths, projectContext, runStep } from './run';

const STEP = 'deploy:endpoint';

/** The stack's AssociatesEnabled output; undefined when the outputs predate it. */
export function associatesFromOutputs(outputsPath: string): boolean | undefined {
  let outputs: unknown;
  try {
    outputs = JSON.parse(fs.readFileSync(outputsPath, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof outputs !== 'object' || outputs === null) return undefined;
  for (const stackOutputs of Object.values(outputs)) {
    if (typeof stackOutputs !== 'object' || stackOutputs === null) continue;
    const value: unknown = (stackOutputs as Record<string, unknown>)[StackOutputs.AssociatesEnabled];
    if (value === 'true' || value === 'false') return value === 'true';
  }
  return undefined;
}

/** Finds the FunctionArn output in a `cdk deploy --outputs-file` file: `{ <stack name>: { FunctionArn, … } }`. */
export function functionArnFromOutputs(outputsPath: string): string {
  let outputs: unknown;
  try {
    outputs = JSON.parse(fs.readFileSync(outputsPath, 'utf8'));
  } catch {
    throw new MissingPrerequisiteError(STEP, `the stack outputs file ${outputsPath}`, 'Run `npm run deploy:infra` first, or pass --arn.');
  }
  if (typeof outputs === 'object' && outputs !== null) {
    for (const stackOutputs of Object.values(outputs)) {
      if (typeof stackOutputs !== 'object' || stackOutputs === null) continue;
      const arn: unknown = (stackOutputs as Record<string, unknown>)[StackOutputs.FunctionArn];
      if (typeof arn === 'string') return arn;
    }
  }
  throw new DeployError(`${outputsPath} has no ${StackOutputs.FunctionArn} output: was it written by this project's cdk deploy?`);
}

if (require.main === module) {
  runStep(STEP, () => {
    const { values } = parseArgs({ options: { arn: { type: 'string' }, manifest: { type: 'string' }, outputs: { type: 'string' }, associates: { type: 'string' } } });
    const defaults = paths(projectContext().root);
    const outputs = values.outputs ?? defaults.outputs;
    const arn = values.arn ?? functionArnFromOutputs(outputs);
    const manifest = values.manifest ?? defaults.manifest;
    const { changes } = writeEndpoint(manifest, arn);
    for (const change of changes) console.log(`${change.path}: ${change.from ?? '(none)'} -> ${arn}`);
    if (values.associates !== undefined && values.associates !== 'true' && values.associates !== 'false') {
      throw new DeployError(`--associates must be true or false, not "${values.associates}"`);
    }
    const associates = values.associates === undefined ? (values.arn === undefined ? associatesFromOutputs(outputs) : undefined) : values.associates === 'true';
    if (associates === undefined) {
      console.log('Associates switch left as it is (no AssociatesEnabled output; pass --associates true|false).');
    } else {
      const { from } = writeAssociatesFlag(manifest, associates);
      console.log(`manifest.privacyAndCompliance.shoppingKit.isAmazonAssociatesOnAlexaEnabled: ${from ?? '(none)'} -> ${associates}`);
    }
  });
}
