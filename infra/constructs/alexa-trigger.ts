/**
 * The Alexa Skills Kit trigger: the resource policy that lets Alexa invoke one alias of the
 * function, for one skill only. `ask deploy` checks it exists before it accepts the endpoint
 * (ASK CLI issue alexa/ask-cli#365 on GitHub), so each alias a stage calls carries its own.
 */
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** The service principal Alexa invokes skills as. */
export const ALEXA_PRINCIPAL = 'alexa-appkit.amazon.com';

/** Skill ids look like `amzn1.ask.skill.` followed by a UUID. */
export const SKILL_ID_PATTERN = /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface AlexaTriggerProps {
  /** What Alexa invokes: an alias (a permission on an alias covers that alias only). */
  readonly function: lambda.IFunction;
  /**
   * The only skill allowed to invoke it, sent as the permission's `EventSourceToken`. There is
   * no "any skill" mode: without a skill id there is no trigger at all (an offline synth).
   */
  readonly skillId: string;
}

export class AlexaTrigger extends Construct {
  /** The skill id the trigger is locked to. */
  readonly skillId: string;

  constructor(scope: Construct, id: string, props: AlexaTriggerProps) {
    super(scope, id);
    if (!SKILL_ID_PATTERN.test(props.skillId)) {
      throw new RangeError(`AlexaTrigger skillId must look like amzn1.ask.skill.<uuid>, got "${props.skillId}"`);
    }
    this.skillId = props.skillId;
    props.function.addPermission('AlexaSkillsKit', {
      principal: new iam.ServicePrincipal(ALEXA_PRINCIPAL),
      action: 'lambda:InvokeFunction',
      eventSourceToken: props.skillId,
    });
  }
}
