/**
 * Deploy-step errors. Messages tell the operator what is missing and the command that fixes
 * it; they never include credential values.
 */
import { InfraError } from '../errors';

export class DeployError extends InfraError {}

/** A preflight found problems: nothing has been changed. */
export class PreflightError extends DeployError {
  constructor(readonly problems: readonly string[]) {
    super(`stopped before changing anything:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** A step cannot start: something it needs (credentials, a profile, a skill id, a file) is absent. */
export class MissingPrerequisiteError extends DeployError {
  constructor(
    readonly step: string,
    readonly prerequisite: string,
    hint: string,
  ) {
    super(`${step}: missing ${prerequisite}. ${hint}`);
  }
}

/** A value that must be a deployed Lambda function's ARN is not one (or is the committed placeholder). */
export class InvalidLambdaArnError extends DeployError {
  constructor(
    readonly value: string,
    readonly placeholder = false,
  ) {
    super(
      placeholder
        ? `"${value}" is the placeholder ARN of the committed skill.json, not a deployed function: run \`npm run deploy\` (it takes the ARN from the stack), or pass the DevelopmentAliasArn output with --arn`
        : `"${value}" is not a Lambda function ARN (arn:<partition>:lambda:<region>:<12-digit account>:function:<name>)`,
    );
  }
}

/** The skill manifest cannot be read or does not have the expected shape. */
export class ManifestError extends DeployError {
  constructor(
    readonly manifestPath: string,
    problem: string,
  ) {
    super(`${manifestPath}: ${problem}`);
  }
}

/** A child command (cdk, ask, npm) exited with a non-zero code. */
export class StepFailedError extends DeployError {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
  ) {
    super(`${command} failed${exitCode === null ? ' (killed by a signal)' : ` with exit code ${exitCode}`}`);
  }
}
