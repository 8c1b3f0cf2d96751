/**
 * For tests that are not about deadlines (the corpus, price watches, slot accounting): the
 * turn's budgets and the entitlements lookup get a bound no loaded machine reaches, so a turn
 * slowed by a busy machine still gets its answer, never a deadline's ("I can't check your
 * premium features right now"). Deadline behaviour is proven on the fake clock
 * (test/reliability/); speed is measured in bench/, never asserted.
 */
import type { SkillDependencies } from '../../lambda/dependencies';
import { monetizationEntitlements } from '../../lambda/entitlements/monetizationEntitlements';

export const UNHURRIED_MS = 10 * 60_000;

export function unhurried(): Pick<SkillDependencies, 'budgets' | 'entitlements'> {
  return { budgets: { turnMs: UNHURRIED_MS, launchMs: UNHURRIED_MS }, entitlements: monetizationEntitlements({ deadlineMs: UNHURRIED_MS }) };
}
