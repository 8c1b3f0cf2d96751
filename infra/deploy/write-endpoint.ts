/**
 * `npm run deploy:endpoint`: writes the function ARN from the stack outputs (or `--arn ARN`)
 * into skill-package/skill.json. `--manifest PATH` and `--outputs PATH` point elsewhere.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { StackOutputs } from '../stack-outputs';
import { writeEndpoint } from './endpoint';
import { DeployError, MissingPrerequisiteError } from './errors';
import { paths, projectContext, runStep } from './run';

const STEP = 'deploy:endpoint';

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
    const { values } = parseArgs({ options: { arn: { type: 'string' }, manifest: { type: 'string' }, outputs: { type: 'string' } } });
    const defaults = paths(projectContext().root);
    const arn = values.arn ?? functionArnFromOutputs(values.outputs ?? defaults.outputs);
    const manifest = values.manifest ?? defaults.manifest;
    const { changes } = writeEndpoint(manifest, arn);
    for (const change of changes) console.log(`${change.path}: ${change.from ?? '(none)'} -> ${arn}`);
  });
}
