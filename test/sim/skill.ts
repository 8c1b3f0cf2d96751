/**
 * Loads the skill the Lambda runs: `handler` from lambda/index.ts, the same export the
 * bundle ships, configured by the same environment variables. The simulator only fills in
 * local defaults the Lambda would get from its secret, before the module is loaded.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { EnvNames } from '../../lambda/config/env';

/** Fixed so connection tokens are stable between runs (the Lambda reads its secret). */
export const SIM_CONNECTION_TOKEN_SECRET = 'local-simulator-connection-token-secret-not-for-production';

export type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

export interface SimEnvironment {
  /** LOG_LEVEL unless already set: the skill's JSON logs would drown the conversation. */
  logLevel?: string;
}

export function prepareEnvironment(options: SimEnvironment = {}): void {
  const defaults: Record<string, string> = {
    [EnvNames.ConnectionTokenSecret]: SIM_CONNECTION_TOKEN_SECRET,
    [EnvNames.LogLevel]: options.logLevel ?? 'warn',
    // The Lambda has no default catalog; locally the sample data set is the explicit choice.
    [EnvNames.Catalog]: 'embedded',
  };
  for (const [name, value] of Object.entries(defaults)) {
    if (process.env[name] === undefined || process.env[name]?.trim() === '') process.env[name] = value;
  }
}

/** Imported late, so the module sees the environment prepared above. */
export async function loadHandler(): Promise<Handler> {
  const skill = await import('../../lambda/index');
  return skill.handler;
}
