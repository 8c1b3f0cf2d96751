/**
 * The fuzz properties, shared by `npm test` (a few thousand cases) and `npm run fuzz` (a
 * long campaign with a chosen count and seed). Each property throws with the list of broken
 * invariants, so fast-check's report names what broke and how to replay it.
 */
import fc from 'fast-check';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { envelopeProblem } from '../../lambda/core/invokeSafely';
import { continueSession, TEST_ACCESS_TOKEN, TEST_DEVICE_ID, TEST_SKILL_ID, TEST_USER_ID } from '../support/envelopes';
import { TEST_TOKEN_SECRET } from '../support/skill';
import { envelopeArb, mutatedEnvelopeArb, mutationArb, mutate, randomEventArb, type TokenContext } from './arbitraries';
import { logLeaks, logLineProblems, longLogLines, turnProblems } from './invariants';

export type Invoke = (event: unknown) => Promise<ResponseEnvelope>;

export interface FuzzTargets {
  /** The exported Lambda handler, SKILL_ID unset. */
  handler: Invoke;
  /** The same skill built with SKILL_ID = TEST_SKILL_ID. */
  withSkillId: Invoke;
  /** Where the skill's log lines are captured; cleared before each case. */
  logLines: string[];
  tokens: TokenContext;
}

export interface FuzzProperty {
  name: string;
  /** Share of the total number of runs. */
  share: number;
  /** Runs the property; rejects with fast-check's report (seed and path to replay) on failure. */
  check: (run: FuzzRun) => Promise<void>;
}

export interface FuzzRun {
  numRuns: number;
  seed?: number;
  /** fast-check's replay path from a failure report. */
  path?: string;
}

function checker<Ts extends [unknown, ...unknown[]]>(property: fc.IAsyncProperty<Ts>): (run: FuzzRun) => Promise<void> {
  return async (run) => {
    const params: fc.Parameters<Ts> = { numRuns: run.numRuns, endOnFailure: false };
    if (run.seed !== undefined) params.seed = run.seed;
    if (run.path !== undefined) params.path = run.path;
    await fc.assert(property, params);
  };
}

const SECRETS = [
  { name: 'access token', value: TEST_ACCESS_TOKEN },
  { name: 'user id', value: TEST_USER_ID },
  { name: 'device id', value: TEST_DEVICE_ID },
  { name: 'connection-token secret', value: TEST_TOKEN_SECRET },
];

class InvariantViolation extends Error {
  constructor(problems: string[], out: unknown) {
    const shown = JSON.stringify(out)?.slice(0, 1500) ?? String(out);
    super(`${problems.join('; ')}\nresponse: ${shown}`);
    this.name = 'InvariantViolation';
  }
}

async function oneTurn(invoke: Invoke, event: unknown, logLines: string[]): Promise<ResponseEnvelope> {
  logLines.splice(0);
  let out: ResponseEnvelope;
  try {
    out = await invoke(event);
  } catch (err) {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    throw new InvariantViolation([`the handler rejected: ${message}`], undefined);
  }
  const problems = [...turnProblems(event, out), ...logLeaks(logLines, SECRETS), ...longLogLines(logLines), ...logLineProblems(logLines)];
  if (problems.length > 0) throw new InvariantViolation(problems, out);
  return out;
}

function applicationIdOf(event: unknown): unknown {
  const system = (event as { context?: { System?: { application?: { applicationId?: unknown } } } } | null)?.context?.System;
  return system?.application?.applicationId;
}

export function fuzzProperties(targets: FuzzTargets): FuzzProperty[] {
  const { handler, withSkillId, logLines, tokens } = targets;
  return [
    {
      name: 'answers mutated envelopes of every request type with a valid, honest response',
      share: 0.55,
      check: checker(
        fc.asyncProperty(mutatedEnvelopeArb(tokens), async (event) => {
          await oneTurn(handler, event, logLines);
        }),
      ),
    },
    {
      name: 'answers random JSON and unknown request types without throwing',
      share: 0.2,
      check: checker(
        fc.asyncProperty(randomEventArb, async (event) => {
          await oneTurn(handler, event, logLines);
        }),
      ),
    },
    {
      name: 'keeps every invariant across a conversation that carries its own session forward',
      share: 0.1,
      check: checker(
        fc.asyncProperty(fc.array(fc.tuple(envelopeArb(tokens), fc.array(mutationArb, { maxLength: 1 })), { minLength: 2, maxLength: 5 }), async (turns) => {
          let previous: ResponseEnvelope | undefined;
          for (const [envelope, mutations] of turns) {
            const next = previous === undefined ? envelope : continueSession(previous, envelope);
            previous = await oneTurn(handler, mutate(next, mutations), logLines);
          }
        }),
      ),
    },
    {
      name: 'with SKILL_ID set, rejects only well-formed requests for another skill',
      share: 0.15,
      check: checker(
        fc.asyncProperty(
          fc.tuple(mutatedEnvelopeArb(tokens), fc.boolean()).map(([event, foreign]) => {
            const application = (event as { context?: { System?: { application?: Record<string, unknown> } } } | null)?.context?.System?.application;
            if (foreign && typeof application === 'object' && application !== null) application.applicationId = 'amzn1.ask.skill.someone-else';
            return event;
          }),
          async (event) => {
            const ours = applicationIdOf(event) === TEST_SKILL_ID;
            const wellFormed = envelopeProblem(event) === undefined;
            if (ours || !wellFormed) {
              await oneTurn(withSkillId, event, logLines);
              return;
            }
            const outcome = await withSkillId(event).then(
              (out) => ({ rejected: false as const, out }),
              (err: unknown) => ({ rejected: true as const, err }),
            );
            if (!outcome.rejected) throw new InvariantViolation(['a request for another skill was answered'], outcome.out);
            if (!(outcome.err instanceof Error) || outcome.err.name !== 'SkillIdMismatchError') {
              throw new InvariantViolation([`a request for another skill was rejected with ${String(outcome.err)}`], undefined);
            }
          },
        ),
      ),
    },
  ];
}

/** Splits `total` runs by share, at least one run each. */
export function runsFor(property: FuzzProperty, total: number): number {
  return Math.max(1, Math.round(property.share * total));
}
