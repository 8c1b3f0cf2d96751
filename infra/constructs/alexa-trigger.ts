/**
 * The Alexa Skills Kit trigger: the resource policy that lets Alexa invoke the function.
 * `ask deploy` checks it exists before it accepts the endpoint (ASK CLI issue alexa/ask-cli#365 on GitHub).
 */
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** The service principal Alexa invokes skills as. */
export const ALEXA_PRINCIPAL = 'alexa-appkit.amazon.com';

/** Skill ids look like `amzn1.ask.skill.` followed by a UUID. */
export const SKILL_ID_PATTERN = /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface AlexaTriggerProps {
  /** The function Alexa invokes. */
  readonly function: lambda.IFunction;
  /**
   * The skill allowed to invoke it, sent as the permission's `EventSourceToken`. Undefined
   * allows any skill: only for a first deployment, before the skill id exists.
   */
  readonly skillId: string | undefined;
}

export class AlexaTrigger extends Construct {
  /** The skill id the trigger is locked to, or undefined when any skill may invoke. */
  readonly skillId: string | undefined;

  constructor(scope: Construct, id: string, props: AlexaTriggerProps) {
    super(scope, id);
    if (props.skillId !== undefined && !SKILL_ID_PATTERN.test(props.skillId)) {
      throw new RangeError(`AlexaTrigger skillId must look like amzn1.ask.skill.<uuid>, got "${props.skillId}"`);
    }
    this.skillId = props.skillId;
    props.function.addPermission('AlexaSkillsKit', {
      principal: new iam.ServicePrincipal(ALEXA_PRINCIPAL),
      action: 'lambda:InvokeFunction',
      ...(props.skillId === undefined ? {} : { eventSourceToken: props.skillId }),
    });
  }
}
