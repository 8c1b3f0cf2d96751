/** Builds the real skill with a chosen catalog, and runs turns through it like Alexa does. */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Catalog } from '../../lambda/catalog/Catalog';
import { type SkillDependencies, dependenciesFromEnvironment } from '../../lambda/dependencies';
import { createSkill } from '../../lambda/index';
import { continueSession } from '../support/envelopes';

process.env['CONNECTION_TOKEN_SECRET'] ??= 'catalog-tests-connection-token-secret-0123456789';

export function skillWith(catalog: Catalog, overrides: Partial<SkillDependencies> = {}) {
  const deps: SkillDependencies = { ...dependenciesFromEnvironment(), ...overrides, catalog };
  return createSkill(deps, undefined);
}

/** A conversation: each turn carries the previous answer's session attributes. */
export function conversation(invoke: (event: RequestEnvelope) => Promise<ResponseEnvelope>) {
  let last: ResponseEnvelope | undefined;
  return async (request: RequestEnvelope): Promise<ResponseEnvelope> => {
    const next = last === undefined ? request : continueSession(last, request);
    last = await invoke(next);
    return last;
  };
}
