/**
 * The skill's stages as aliases of one function (names and the live alias's history format in
 * `infra/stages.ts`): every deploy publishes a version when the function changed and points
 * `development` at it; `live` stays on the version it is given, which the deploy reads from
 * the live alias before `cdk deploy` so the template always says what live already runs.
 * Versions are retained when the stack moves on (SkillFunction's `currentVersionOptions`), so
 * `npm run rollback` has them to go back to.
 */
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { Aliases, DEVELOPMENT_DESCRIPTION, liveDescription, VERSION_PATTERN } from '../stages';
import { AlexaTrigger } from './alexa-trigger';

export interface SkillStagesProps {
  readonly function: lambda.Function;
  /**
   * The skill both stages belong to; each alias's trigger is locked to it.
   * @default - no trigger (an offline synth before the skill exists)
   */
  readonly skillId?: string;
  /**
   * The version the live alias runs now (what `npm run deploy` read from it).
   * @default - the version this deployment publishes: the first deployment
   */
  readonly liveVersion?: string;
  /**
   * The versions live ran before, latest first (from the live alias's description).
   * @default - none
   */
  readonly liveHistory?: readonly string[];
}

export class SkillStages extends Construct {
  readonly version: lambda.Version;
  readonly development: lambda.Alias;
  readonly live: lambda.Alias;
  readonly triggers: readonly AlexaTrigger[];

  constructor(scope: Construct, id: string, props: SkillStagesProps) {
    super(scope, id);
    if (props.liveVersion !== undefined && !VERSION_PATTERN.test(props.liveVersion)) {
      throw new RangeError(`SkillStages liveVersion must be a published version number, got "${props.liveVersion}"`);
    }
    this.version = props.function.currentVersion;
    this.development = new lambda.Alias(this, 'Development', { aliasName: Aliases.Development, version: this.version, description: DEVELOPMENT_DESCRIPTION });
    const liveVersion =
      props.liveVersion === undefined ? this.version : lambda.Version.fromVersionAttributes(this, 'LiveVersion', { lambda: props.function, version: props.liveVersion });
    this.live = new lambda.Alias(this, 'Live', { aliasName: Aliases.Live, version: liveVersion, description: liveDescription(props.liveHistory ?? []) });

    const skillId = props.skillId;
    this.triggers =
      skillId === undefined
        ? []
        : [new AlexaTrigger(this, 'DevelopmentTrigger', { function: this.development, skillId }), new AlexaTrigger(this, 'LiveTrigger', { function: this.live, skillId })];
  }
}
