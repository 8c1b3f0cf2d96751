/**
 * The stacks a stage tool acts on: the single default stack in the account's region, or one
 * stack per Alexa region, each in its own AWS region (`infra/regions.ts`), each with its own
 * function, versions and aliases. The deploy reads every target's live alias before `cdk
 * deploy`; promote and rollback move every target's live alias, or none.
 */
import { ALEXA_REGIONS, type AlexaRegion, regionalStackName } from '../regions';
import { ContextKeys, regionalContextKey } from '../stack-outputs';
import { functionNameFor, liveHistory } from '../stages';
import type { AliasState } from './lambda-aliases';

export interface StackTarget {
  readonly stackName: string;
  /** Fixed by the stack's name (`functionNameFor`); throws RangeError at construction when Lambda would refuse it. */
  readonly functionName: string;
  readonly awsRegion: string;
  /** The manifest region it serves; undefined for the single default stack. */
  readonly alexaRegion: AlexaRegion | undefined;
}

/** The single stack, in the account's region. */
export function singleTarget(stackName: string, awsRegion: string): StackTarget {
  return { stackName, functionName: functionNameFor(stackName), awsRegion, alexaRegion: undefined };
}

/** One stack per Alexa region, named `<base>-<code>`, in the order given. */
export function regionalTargets(baseStackName: string, regions: readonly AlexaRegion[]): StackTarget[] {
  return regions.map((region) => {
    const stackName = regionalStackName(baseStackName, region);
    return { stackName, functionName: functionNameFor(stackName), awsRegion: ALEXA_REGIONS[region], alexaRegion: region };
  });
}

/** How messages name a target: `EU (eu-west-1)`, or the AWS region of the single stack. */
export function targetLabel(target: StackTarget): string {
  return target.alexaRegion === undefined ? target.awsRegion : `${target.alexaRegion} (${target.awsRegion})`;
}

/**
 * Context arguments that keep each target's live alias where it is: the version it runs and the
 * versions it ran before, as read just before `cdk deploy`. The single stack takes
 * `liveVersion`/`liveHistory`; a regional stack `liveVersion.<code>`/`liveHistory.<code>`, since
 * each region's function numbers its own versions. None for a target with no live alias yet (its
 * first deployment: live starts at the version it publishes).
 */
export function liveContextArgs(read: ReadonlyArray<{ readonly target: StackTarget; readonly live: AliasState | undefined }>): string[] {
  return read.flatMap(({ target, live }) => {
    if (live === undefined) return [];
    const key = (name: string) => (target.alexaRegion === undefined ? name : regionalContextKey(name, target.alexaRegion));
    const history = liveHistory(live.description);
    return ['-c', `${key(ContextKeys.LiveVersion)}=${live.version}`, ...(history.length === 0 ? [] : ['-c', `${key(ContextKeys.LiveHistory)}=${history.join(',')}`])];
  });
}
