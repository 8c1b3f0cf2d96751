/**
 * Where customers are: the skill manifest's regional endpoints and the AWS regions that serve
 * them. Alexa sends a request to the endpoint of the region the customer's device is in — North
 * America (NA), Europe and India (EU), Far East (FE) — and falls back to the default endpoint
 * where no regional one is set (Alexa Skills Kit, "Skill manifest": `apis.custom.regions`).
 * The AWS regions are the ones the Alexa documentation names for each ("Host a custom skill as
 * an AWS Lambda function": N. Virginia, Ireland, Oregon), so a customer in Germany or Japan is
 * not served across an ocean.
 *
 * Kept apart from `stack.ts` (like `stack-outputs.ts`) so the deploy steps read it without
 * loading aws-cdk-lib.
 */

/** Alexa's manifest region codes, each with the AWS region its stack is deployed in. */
export const ALEXA_REGIONS = {
  NA: 'us-east-1',
  EU: 'eu-west-1',
  FE: 'us-west-2',
} as const;

export type AlexaRegion = keyof typeof ALEXA_REGIONS;

export const ALEXA_REGION_CODES = Object.keys(ALEXA_REGIONS) as AlexaRegion[];

/** The output each regional stack carries, naming its Alexa region, so the deploy knows which `regions.<code>` its ARN goes to. */
export const ALEXA_REGION_OUTPUT = 'AlexaRegion';

export function isAlexaRegion(value: string): value is AlexaRegion {
  return Object.hasOwn(ALEXA_REGIONS, value);
}

/** A region list is wrong: names what is wrong, and what is allowed. */
export class InvalidRegionsError extends Error {
  constructor(readonly problem: string) {
    super(`${problem}: expected a comma-separated list of ${ALEXA_REGION_CODES.join(', ')} (e.g. NA,EU,FE)`);
    this.name = 'InvalidRegionsError';
  }
}

/**
 * Parses `NA,EU,FE` (any case, spaces allowed). Empty text means no regional stacks: the single
 * default stack in the deploying account's region, the skill's only (default) endpoint.
 */
export function parseRegions(text: string): AlexaRegion[] {
  const items = text
    .split(',')
    .map((item) => item.trim().toUpperCase())
    .filter((item) => item !== '');
  const regions: AlexaRegion[] = [];
  for (const item of items) {
    if (!isAlexaRegion(item)) throw new InvalidRegionsError(`"${item}" is not an Alexa region`);
    if (regions.includes(item)) throw new InvalidRegionsError(`${item} is listed twice`);
    regions.push(item);
  }
  return regions;
}

/** The stack of one region: the base name with the region code, e.g. `VoiceShoppingSkill-EU`. */
export function regionalStackName(baseName: string, region: AlexaRegion): string {
  return `${baseName}-${region}`;
}

/**
 * The region whose function is also the manifest's default endpoint (what a region without its
 * own endpoint is sent to): North America when it is deployed, else the first one listed.
 */
export function defaultRegion(regions: readonly AlexaRegion[]): AlexaRegion | undefined {
  return regions.includes('NA') ? 'NA' : regions[0];
}
