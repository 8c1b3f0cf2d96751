/**
 * Turns CDK context (`cdk.json` or `-c key=value`) into the stack's props. Values from the
 * command line are strings, values from cdk.json may be JSON; both are accepted.
 */
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';
import { SKILL_ID_PATTERN } from './constructs/alexa-trigger';
import { InvalidContextError } from './errors';
import type { LogLevel } from '../lambda/util/log';
import { CATALOG_KINDS, type CatalogKind } from '../lambda/config/env';
import type { VoiceShoppingStackProps } from './stack';
import { ContextKeys, DEFAULT_STACK_NAME, regionalContextKey } from './stack-outputs';
import { VERSION_PATTERN } from './stages';

export { ContextKeys } from './stack-outputs';
import { ALEXA_REGION_CODES, ALEXA_REGIONS, type AlexaRegion, InvalidRegionsError, parseRegions } from './regions';

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];
const CATALOGS: readonly CatalogKind[] = CATALOG_KINDS;

export interface AppConfig {
  readonly stackName: string;
  readonly stackProps: VoiceShoppingStackProps;
  /** The Alexa regions to deploy one stack each in; empty: the single default stack. */
  readonly regions: readonly AlexaRegion[];
  /**
   * What differs per regional stack: its live alias (`-c liveVersion.<code>`, `-c liveHistory.<code>`;
   * none before a region's first deployment) and its alarm topic (`-c alarmTopicArn.<code>`).
   */
  readonly regional: Partial<Record<AlexaRegion, RegionalContext>>;
}

export function readAppConfig(node: Node): AppConfig {
  const text = (key: string): string | undefined => {
    const value: unknown = node.tryGetContext(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new InvalidContextError(key, 'a string');
    const trimmed = String(value).trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const flag = (key: string): boolean => {
    const value = text(key);
    if (value === undefined || value === 'false') return false;
    if (value === 'true') return true;
    throw new InvalidContextError(key, 'true or false');
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const value = text(key);
    if (value === undefined) return undefined;
    const found = allowed.find((candidate) => candidate === value);
    if (found === undefined) throw new InvalidContextError(key, `one of ${allowed.join(', ')}`);
    return found;
  };

  const skillId = text(ContextKeys.SkillId);
  if (skillId !== undefined && !SKILL_ID_PATTERN.test(skillId)) throw new InvalidContextError(ContextKeys.SkillId, 'amzn1.ask.skill.<uuid>');

  /** The live alias's version and history under these two keys (the single stack's, or one region's). */
  const liveOf = (versionKey: string, historyKey: string): LiveContext => {
    const liveVersion = text(versionKey);
    if (liveVersion !== undefined && !VERSION_PATTERN.test(liveVersion)) throw new InvalidContextError(versionKey, 'a published Lambda version number');
    const historyText = text(historyKey);
    const liveHistory = historyText === undefined ? undefined : historyText.split(',').map((version) => version.trim());
    if (liveHistory !== undefined && !liveHistory.every((version) => VERSION_PATTERN.test(version))) {
      throw new InvalidContextError(historyKey, 'published Lambda version numbers separated by commas, latest first');
    }
    return { ...defined('liveVersion', liveVersion), ...defined('liveHistory', liveHistory) };
  };
  const { liveVersion, liveHistory } = liveOf(ContextKeys.LiveVersion, ContextKeys.LiveHistory);

  const retentionText = text(ContextKeys.LogRetentionDays);
  let logRetention: logs.RetentionDays | undefined;
  if (retentionText !== undefined) {
    const days = Number(retentionText);
    const allowed = Object.values(logs.RetentionDays).filter((value): value is logs.RetentionDays => typeof value === 'number');
    logRetention = allowed.find((value) => value === days);
    if (logRetention === undefined || days === logs.RetentionDays.INFINITE) {
      throw new InvalidContextError(ContextKeys.LogRetentionDays, 'a CloudWatch Logs retention in days (1, 3, 5, 7, 14, 30, 60, 90, …)');
    }
  }

  const stackProps: VoiceShoppingStackProps = {
    description: 'Voice shopping Alexa skill: function, trigger, state table, credentials secret, alarms',
    synthWithoutSkillId: flag(ContextKeys.SynthWithoutSkillId),
    tracing: flag(ContextKeys.Tracing),
    ...defined('skillId', skillId),
    ...defined('liveVersion', liveVersion),
    ...defined('liveHistory', liveHistory),
    ...defined('associateId', text(ContextKeys.AssociateId)),
    ...defined('trackingId', text(ContextKeys.TrackingId)),
    ...defined('logLevel', oneOf(ContextKeys.LogLevel, LOG_LEVELS)),
    ...defined('catalog', oneOf(ContextKeys.Catalog, CATALOGS)),
    ...defined('productSearchEndpoint', text(ContextKeys.ProductSearchEndpoint)),
    ...defined('alarmTopicArn', text(ContextKeys.AlarmTopicArn)),
    ...defined('logRetention', logRetention),
  };
  let regions: AlexaRegion[];
  try {
    regions = parseRegions(text(ContextKeys.Regions) ?? '');
  } catch (err) {
    if (err instanceof InvalidRegionsError) throw new InvalidContextError(ContextKeys.Regions, `a comma-separated list of NA, EU, FE (${err.problem})`);
    throw err;
  }
  // Each region's function numbers its own versions: one live version for every region would
  // move live in all but one of them. So regional stacks take theirs per region (liveVersion.EU).
  if (regions.length > 0 && (liveVersion !== undefined || liveHistory !== undefined)) {
    throw new InvalidContextError(
      liveVersion === undefined ? ContextKeys.LiveHistory : ContextKeys.LiveVersion,
      `given per region with regions (${regions.map((region) => regionalContextKey(ContextKeys.LiveVersion, region)).join(', ')}): each region's function numbers its own versions`,
    );
  }
  const regional: Partial<Record<AlexaRegion, RegionalContext>> = {};
  const topic = stackProps.alarmTopicArn;
  for (const region of ALEXA_REGION_CODES) {
    const found = liveOf(regionalContextKey(ContextKeys.LiveVersion, region), regionalContextKey(ContextKeys.LiveHistory, region));
    const topicKey = regionalContextKey(ContextKeys.AlarmTopicArn, region);
    const ownTopic = text(topicKey);
    if (found.liveVersion !== undefined || found.liveHistory !== undefined || ownTopic !== undefined) {
      if (!regions.includes(region)) {
        const key = ownTopic !== undefined ? topicKey : regionalContextKey(ContextKeys.LiveVersion, region);
        throw new InvalidContextError(key, `given only for a region in regions (${ContextKeys.Regions}=${regions.join(',')})`);
      }
    }
    if (!regions.includes(region)) continue;
    // A CloudWatch alarm notifies an SNS topic of its own region only (Amazon CloudWatch User
    // Guide, "Using Amazon CloudWatch alarms"): one topic serves the stacks of its region, and
    // every other region names its own.
    const alarmTopicArn = ownTopic ?? (topic !== undefined && topicRegion(topic) === ALEXA_REGIONS[region] ? topic : undefined);
    if (topic !== undefined && alarmTopicArn === undefined) {
      throw new InvalidContextError(
        topicKey,
        `an SNS topic in ${ALEXA_REGIONS[region]} for the ${region} stack's alarms: ${ContextKeys.AlarmTopicArn} is in ${topicRegion(topic) ?? 'no region'}, and an alarm notifies a topic of its own region only`,
      );
    }
    regional[region] = { ...found, ...defined('alarmTopicArn', alarmTopicArn) };
  }
  return { stackName: text(ContextKeys.StackName) ?? DEFAULT_STACK_NAME, stackProps, regions, regional };
}

/** The region of an SNS topic ARN (`arn:aws:sns:<region>:<account>:<name>`). */
function topicRegion(arn: string): string | undefined {
  return arn.split(':')[3];
}

/** What one regional stack gets of its own. */
export interface RegionalContext extends LiveContext {
  readonly alarmTopicArn?: string;
}

/** What one stack's live alias runs, as the deploy read it before `cdk deploy`. */
export interface LiveContext {
  readonly liveVersion?: string;
  readonly liveHistory?: readonly string[];
}

function defined<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
