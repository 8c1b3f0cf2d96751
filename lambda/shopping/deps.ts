/**
 * What the Shopping Actions handlers need, named here rather than taken from `SkillDependencies`
 * (dependencies.ts): that aggregate is built from this folder's `Attribution`, so importing it
 * back would tie the two together both ways. `SkillDependencies` satisfies this interface.
 */
import type { Response } from 'ask-sdk-model';
import type { HandlerInput } from 'ask-sdk-core';
import type { Catalog } from '../catalog/Catalog';
import type { VersionedPersistenceAdapter } from '../persistence/adapter';
import type { KeyProvider } from '../security/tokenKey';
import type { Attribution } from './directives';

export interface ShoppingDependencies {
  /** Milliseconds since the epoch: connection tokens expire. */
  now: () => number;
  /** HMAC key for connection tokens. */
  tokenKey: KeyProvider;
  /** Amazon Associates attribution, when configured. */
  attribution: Attribution | undefined;
  /** Where the shopping context is saved before Alexa Shopping takes over. */
  persistence: VersionedPersistenceAdapter;
  /** A product named instead of chosen ("add coffee to my cart") is searched first. */
  catalog: Catalog;
}

/**
 * "buy premium shopper" said to a product intent: the premium purchase's answer, or undefined
 * when the words name no premium product. Passed in by index.ts, which wires purchasing in.
 */
export type PremiumRedirect = (input: HandlerInput, query: string) => Promise<Response | undefined>;
