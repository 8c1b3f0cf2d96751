/**
 * What the ASK CLI keeps on disk, read the way `ask` reads it, for every deploy-time tool:
 * which profile a run uses, a profile's refresh token and vendor id in `~/.ask/cli_config`,
 * and the skill id `ask deploy` recorded in `.ask/ask-states.json`. Synchronous and offline;
 * nothing here prints or logs a value.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isRecord } from '../lambda/util/guards';

type Env = Readonly<Record<string, string | undefined>>;

/** ask-cli's name for the profile made of ASK_* environment variables (ask-cli utils/constants.js). */
export const ASK_ENV_PROFILE = '__ENVIRONMENT_ASK_PROFILE__';

/** `~/.ask/cli_config` under a home folder. */
export function askCliConfigPath(homeDir: string): string {
  return path.join(homeDir, '.ask', 'cli_config');
}

/**
 * The ASK CLI profile a run uses, chosen as `ask` itself chooses it (ask-cli
 * `profile-helper.runtimeProfile`): the environment profile when AWS keys, ASK_REFRESH_TOKEN
 * (or ASK_ACCESS_TOKEN) and ASK_VENDOR_ID are all set (CI), else ASK_DEFAULT_PROFILE, else
 * `default`.
 */
export function askProfileName(env: Env): string {
  const envProfile =
    nonBlank(env['AWS_ACCESS_KEY_ID']) !== undefined &&
    nonBlank(env['AWS_SECRET_ACCESS_KEY']) !== undefined &&
    (nonBlank(env['ASK_REFRESH_TOKEN']) !== undefined || nonBlank(env['ASK_ACCESS_TOKEN']) !== undefined) &&
    nonBlank(env['ASK_VENDOR_ID']) !== undefined;
  if (envProfile) return ASK_ENV_PROFILE;
  return env['ASK_DEFAULT_PROFILE']?.trim() || 'default';
}

/** A named profile of `~/.ask/cli_config`: what `ask configure` stored. Values are secrets or ids, never logged. */
export interface AskCliProfile {
  readonly refreshToken: string | undefined;
  readonly vendorId: string | undefined;
}

export type AskCliProfileLookup =
  | { readonly found: true; readonly profile: AskCliProfile }
  /** `no-config`: no readable JSON at ~/.ask/cli_config; `no-profile`: the file has no such profile. */
  | { readonly found: false; readonly reason: 'no-config' | 'no-profile' };

/** Reads one named profile (`profiles.<name>`: `token.refresh_token`, `vendor_id`) from `~/.ask/cli_config`. */
export function readAskCliProfile(homeDir: string, name: string): AskCliProfileLookup {
  const config = readJson(askCliConfigPath(homeDir));
  if (config === undefined) return { found: false, reason: 'no-config' };
  const profiles = isRecord(config) ? config['profiles'] : undefined;
  const entry = isRecord(profiles) ? profiles[name] : undefined;
  if (!isRecord(entry)) return { found: false, reason: 'no-profile' };
  const token = entry['token'];
  return {
    found: true,
    profile: { refreshToken: nonEmptyString(isRecord(token) ? token['refresh_token'] : undefined), vendorId: nonEmptyString(entry['vendor_id']) },
  };
}

/**
 * The vendor id, where `ask` takes it (ask-cli `profile-helper.resolveVendorId`): ASK_VENDOR_ID
 * for the environment profile; for a named one, the profile's `vendor_id`, and ASK_VENDOR_ID
 * only when the profile has none.
 */
export function askVendorId(env: Env, homeDir: string, profileName: string): string | undefined {
  if (profileName !== ASK_ENV_PROFILE) {
    const lookup = readAskCliProfile(homeDir, profileName);
    if (lookup.found && lookup.profile.vendorId !== undefined) return lookup.profile.vendorId;
  }
  return nonBlank(env['ASK_VENDOR_ID'])?.trim();
}

/** The skill id `ask deploy` recorded for a profile in `<project>/.ask/ask-states.json`; undefined when none. */
export function askStatesSkillId(projectDir: string, profileName: string): string | undefined {
  const states = readJson(path.join(projectDir, '.ask', 'ask-states.json'));
  const profiles = isRecord(states) ? states['profiles'] : undefined;
  const entry = isRecord(profiles) ? profiles[profileName] : undefined;
  return nonEmptyString(isRecord(entry) ? entry['skillId'] : undefined);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function nonBlank(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}
