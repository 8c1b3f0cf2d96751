/**
 * The skill's two stages as Lambda aliases of one function, named once for the stack and the
 * tools that move them (`npm run deploy`, `npm run promote`, `npm run rollback`). Kept apart from
 * `stack.ts` so those tools can use the names without loading aws-cdk-lib.
 *
 * - `development` runs the version the last `npm run deploy` published; the skill's development
 *   stage calls it.
 * - `live` runs the version last promoted; the skill's live stage (after certification) calls
 *   it. Only `npm run promote` and `npm run rollback` move it, so a deploy never changes what
 *   customers of the published skill hear.
 *
 * Lambda keeps no history of an alias, so the live alias carries its own: its description lists
 * the versions it ran before, latest first (`npm run rollback` goes back to the first of them).
 */

/** The alias names (Lambda aliases may not be all digits; AWS Lambda API Reference, "CreateAlias"). */
export const Aliases = {
  Development: 'development',
  Live: 'live',
} as const;
export type AliasName = (typeof Aliases)[keyof typeof Aliases];
export const ALIAS_NAMES: readonly AliasName[] = [Aliases.Development, Aliases.Live];

/** Lambda function names are at most 64 characters of `[A-Za-z0-9_-]` (AWS Lambda API Reference, "CreateFunction"). */
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The function's name, fixed by the stack's name, so the tools find the aliases before the
 * stack outputs exist (a fresh CI checkout) and never move the aliases of another stack.
 */
export function functionNameFor(stackName: string): string {
  const name = `${stackName}-skill`;
  if (!FUNCTION_NAME.test(name))
    throw new RangeError(`the stack name "${stackName}" makes the function name "${name}", which Lambda does not accept (at most 64 letters, digits, - and _)`);
  return name;
}

/** A published version: Lambda numbers them 1, 2, 3, … (`$LATEST` is not one an alias of ours runs). */
export const VERSION_PATTERN = /^[1-9][0-9]*$/;

/**
 * How many earlier live versions the description keeps. An alias description is at most 256
 * characters (AWS Lambda API Reference, "UpdateAlias"); ten versions of up to ten digits and
 * the prefix fit well within that.
 */
export const LIVE_HISTORY_LENGTH = 10;

const HISTORY_PREFIX = 'Live skill stage. Earlier live versions, latest first:';
const NO_HISTORY = 'Live skill stage. Earlier live versions: none.';

/** The live alias's description for these earlier versions (latest first; kept to LIVE_HISTORY_LENGTH). */
export function liveDescription(history: readonly string[]): string {
  const kept = history.slice(0, LIVE_HISTORY_LENGTH);
  for (const version of kept) if (!VERSION_PATTERN.test(version)) throw new RangeError(`"${version}" is not a published Lambda version`);
  return kept.length === 0 ? NO_HISTORY : `${HISTORY_PREFIX} ${kept.join(' ')}`;
}

/** The earlier live versions a description lists, latest first; none when it lists none or was written by someone else. */
export function liveHistory(description: string | undefined): string[] {
  if (description === undefined || !description.startsWith(HISTORY_PREFIX)) return [];
  return description
    .slice(HISTORY_PREFIX.length)
    .trim()
    .split(/\s+/)
    .filter((version) => VERSION_PATTERN.test(version));
}

/** The development alias's description. */
export const DEVELOPMENT_DESCRIPTION = 'Development skill stage: the version the last npm run deploy published.';
