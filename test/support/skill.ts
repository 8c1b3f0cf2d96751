/** Builds the skill with test dependencies: a fixed key, a controllable clock, no attribution. */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { dependenciesFromEnvironment, type SkillDependencies } from '../../lambda/dependencies';
import { createSkill } from '../../lambda/index';
import { staticKeyProvider } from '../../lambda/security/tokenKey';

import { TEST_TOKEN_SECRET } from './testSecrets';

export { TEST_TOKEN_SECRET };

export interface TestSkill {
  invoke: (envelope: RequestEnvelope | unknown) => Promise<ResponseEnvelope>;
  clock: { now: number };
  deps: SkillDependencies;
}

export function testSkill(overrides: Partial<SkillDependencies> = {}, skillId?: string): TestSkill {
  const clock = { now: Date.UTC(2026, 10, 22, 12, 0, 0) };
  // The environment's defaults (embedded catalog, in-memory state), with a fixed key and clock.
  const deps: SkillDependencies = {
    ...dependenciesFromEnvironment(),
    now: () => clock.now,
    tokenKey: staticKeyProvider(TEST_TOKEN_SECRET),
    attribution: undefined,
    ...overrides,
  };
  const invoke = createSkill(deps, skillId);
  return { invoke: (envelope) => invoke(envelope), clock, deps };
}
