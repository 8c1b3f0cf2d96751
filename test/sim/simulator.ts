/**
 * Everything the console, the dialog runner and the tests need, wired once: the skill's
 * handler, the interaction model of a locale, the local Alexa APIs, and an engine.
 */
import { EnvNames, env } from '../../lambda/config/env';
import { interceptSkillLogs } from '../support/logs';
import { type AlexaApiSide, startAlexaApi } from './alexaApi';
import { type EngineOptions, SimulatorEngine } from './engine';
import { defaultIdentity } from './envelopes';
import { loadLanguageModel } from './model';
import { IntentResolver } from './nlu';
import { type Handler, loadHandler, prepareEnvironment } from './skill';
import { type DeviceName, deviceScreen } from './devices';

export interface SimulatorOptions {
  locale?: string;
  defaultShoppingResult?: string;
  askPurchase?: EngineOptions['askPurchase'];
  onEvent?: EngineOptions['onEvent'];
  logLevel?: string;
  /** The simulated customer (default SIM_USER_ID); one per dialog file keeps state apart. */
  userId?: string;
  /** The simulated device: voice-only (the default) or one with a screen (`show`, `spot`, `tv`…). */
  device?: DeviceName;
  /** Play the resolver's ASSUMPTION rules (default on); off measures documented behaviour only. */
  assumptions?: boolean;
  /** Where the skill's log lines go (default: the console). */
  onLog?: (line: string) => void;
  /**
   * The skill to talk to, built once the environment is prepared (default: the Lambda's
   * exported `handler`); the corpus runner passes one with a state store of its own.
   */
  handler?: () => Handler;
}

export interface Simulator {
  engine: SimulatorEngine;
  alexaApi: AlexaApiSide;
  close: () => Promise<void>;
}

/** Resolvers are stateless once built, and costly to build (every sample compiled): one per locale and mode. */
const resolvers = new Map<string, IntentResolver>();

function resolverFor(locale: string, skillId: string, assumptions: boolean): IntentResolver {
  const key = `${locale}|${skillId}|${assumptions}`;
  const known = resolvers.get(key);
  if (known !== undefined) return known;
  const made = new IntentResolver(loadLanguageModel(locale), skillId, assumptions, locale);
  resolvers.set(key, made);
  return made;
}

export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  prepareEnvironment(options.logLevel === undefined ? {} : { logLevel: options.logLevel });
  const locale = options.locale ?? 'en-US';
  // A locale without a model fails here, before anything starts (ModelNotFoundError).
  loadLanguageModel(locale);
  const handler = options.handler === undefined ? await loadHandler() : options.handler();
  const onLog = options.onLog;
  const restoreLogs = onLog === undefined ? () => undefined : interceptSkillLogs((line) => onLog(line));
  const alexaApi = await startAlexaApi();
  // The skill rejects other skill ids when SKILL_ID is set: speak as that skill then.
  const skillId = env(EnvNames.SkillId);
  const identity = defaultIdentity({
    locale,
    apiEndpoint: alexaApi.apiEndpoint,
    ...(skillId === undefined ? {} : { skillId }),
    ...(options.userId === undefined ? {} : { userId: options.userId }),
  });
  const screen = deviceScreen(options.device ?? 'voice');
  if (screen !== undefined) identity.screen = screen;
  const engineOptions: EngineOptions = {
    invoke: (envelope) => handler(envelope),
    resolver: resolverFor(locale, identity.skillId, options.assumptions ?? true),
    identity,
    entitlements: alexaApi.entitlements,
    drainProgressive: alexaApi.drainProgressive,
  };
  if (options.askPurchase !== undefined) engineOptions.askPurchase = options.askPurchase;
  if (options.onEvent !== undefined) engineOptions.onEvent = options.onEvent;
  if (options.defaultShoppingResult !== undefined) engineOptions.defaultShoppingResult = options.defaultShoppingResult;
  const close = async () => {
    restoreLogs();
    await alexaApi.close();
  };
  return { engine: new SimulatorEngine(engineOptions), alexaApi, close };
}
