/**
 * Errors raised while building the stack or running a deploy step. Each names what is missing
 * and how to provide it, because the reader is an operator at a terminal, not a stack trace.
 */
export class InfraError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Synthesis was asked for a production stack without the skill id the Alexa trigger is locked to. */
export class MissingSkillIdError extends InfraError {
  constructor() {
    super(
      'Missing context value "skillId": each stage\'s Alexa trigger is locked to one skill id. ' +
        'Deploy with `-c skillId=amzn1.ask.skill.…` (or set SKILL_ID for npm run deploy, which creates the skill first). ' +
        'To synthesize before the skill exists, with no Alexa trigger at all, pass `-c synthWithoutSkillId=true`.',
    );
  }
}

/** A context value is present but not usable (e.g. a skill id that is not `amzn1.ask.skill.…`). */
export class InvalidContextError extends InfraError {
  constructor(
    readonly key: string,
    readonly expected: string,
  ) {
    super(`Context value "${key}" is invalid: expected ${expected}.`);
  }
}
