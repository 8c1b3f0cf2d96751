/**
 * Plays corpus lines through the local simulator (the skill as the Lambda runs it, Alexa's
 * NLU played by test/sim/nlu.ts over the generated models) and observes what each turn did:
 * the skill's turn record (route, words searched, refinements), the directives it sent, the
 * session attributes it kept and whether it ended the session. The outcome is behaviour,
 * never wording.
 *
 * A line's outcome depends on the line alone, never on what was said before it: each stage is
 * reached by a first-time customer (nothing stored about them), and each line starts from its
 * stage exactly as reached, the session and the stored customer state (a list kept for the
 * next launch, used tokens) both put back. The skill keeps its customer state in a store of
 * the runner's own, so no other runner (another locale, the assumptions-off pass) shares it.
 *
 * A line's outcome never depends on how busy the machine is either: the skill's turns run on the
 * runner's clocks. Its turn deadlines are on a clock that stands still (lambda/util/deadline.ts:
 * a deadline passes on its clock, not on elapsed time), so no turn of a loaded machine answers
 * with a deadline's apology; and its epoch clock (token issue and expiry, the saved shopping
 * context's age) reads the instant the runner started, so a line said many minutes after its
 * stage was reached finds every token and context as fresh as the first line did. Deadlines
 * themselves are proven on fake timers (test/reliability/); speed is measured in bench/.
 */
import type { Directive, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Catalog } from '../../lambda/catalog/Catalog';
import { SessionKeys, ShoppingTasks } from '../../lambda/constants';
import { dependenciesFromEnvironment, type SkillDependencies } from '../../lambda/dependencies';
import { createSkill } from '../../lambda/index';
import { setTurnObserver, type TurnRecord } from '../../lambda/observe/turnRecord';
import { type Attributes, withoutVersion } from '../../lambda/persistence/adapter';
import { MemoryPersistenceAdapter } from '../../lambda/persistence/memoryAdapter';
import type { TurnBudgets } from '../../lambda/util/deadline';
import type { EngineSnapshot, SimEvent, SimulatorEngine } from '../sim/engine';
import { defaultIdentity, EnvelopeFactory } from '../sim/envelopes';
import { readPurchaseRequest } from '../sim/purchases';
import { readShoppingConnection } from '../sim/shopping';
import { createSimulator, type Simulator } from '../sim/simulator';
import { unhurried } from '../support/unhurried';
import { type CorpusLine, type Stage, stagePhrases } from './corpus';

interface Listed {
  asin: string;
  title?: string;
}

interface ShoppingAttributes {
  products?: Listed[];
  pageStart?: number;
  current?: number;
}

export interface TurnObservation {
  records: TurnRecord[];
  directives: Directive[];
  ended: boolean;
  before: ShoppingAttributes;
  after: ShoppingAttributes;
  awaiting: unknown;
  /** The "which one?" pending before the turn. */
  awaitingBefore: unknown;
  /** The intent Alexa sent first (the simulator's resolver), or the request type. */
  heard: string;
}

export interface LineResult {
  line: CorpusLine;
  passed: boolean;
  observed: string;
  /** Every request of the turn had exactly one handler (lambda/routing/table.ts). */
  routedOnce: boolean;
  /** The intent Alexa sent, then the route the skill took: a category, never the words. */
  category: string;
}

function shoppingOf(attributes: Record<string, unknown> | undefined): ShoppingAttributes {
  const raw = attributes?.[SessionKeys.Shopping];
  return typeof raw === 'object' && raw !== null ? (raw as ShoppingAttributes) : {};
}

function lastResponse(events: SimEvent[]): ResponseEnvelope | undefined {
  return events.filter((e): e is Extract<SimEvent, { kind: 'response' }> => e.kind === 'response').at(-1)?.envelope;
}

/** A stage as reached: the conversation, and what the skill stored about the customer. */
interface StageSnapshot {
  engine: EngineSnapshot;
  stored: Attributes;
}

export interface CorpusRunnerOptions {
  catalog?: Catalog;
  budgets?: TurnBudgets;
}

/**
 * The skill's clocks in the corpus: deadlines on a clock that stands still (a turn takes no
 * time on it, however long the machine makes it), the epoch at the runner's start.
 */
export function corpusClocks(startedAt: number = Date.now()): Pick<SkillDependencies, 'now' | 'deadlineClock'> {
  return { now: () => startedAt, deadlineClock: () => 0 };
}

/** The engine of a customer who has not opened the skill yet. */
const CLOSED: EngineSnapshot = { attributes: {}, open: false, eliciting: undefined, dynamic: [] };

export class CorpusRunner {
  private readonly snapshots = new Map<Stage, StageSnapshot>();
  private records: TurnRecord[] = [];

  private readonly setups: Record<Stage, string[]>;
  /** An envelope of the runner's customer: the key of what the skill stores about them. */
  private readonly customer: RequestEnvelope;

  private constructor(
    readonly locale: string,
    private readonly sim: Simulator,
    private readonly store: MemoryPersistenceAdapter,
    userId: string,
  ) {
    this.setups = stagePhrases(locale);
    this.customer = new EnvelopeFactory(defaultIdentity({ locale, userId })).launch();
  }

  /**
   * `assumptions: false` plays only the resolver rules Amazon documents (test/sim/nlu.ts).
   * `options` swap in a catalog or budgets (test/corpus/clock.test.ts: a slow catalog and a
   * budget it overruns in real time still give a line its outcome).
   */
  static async start(locale: string, assumptions = true, options: CorpusRunnerOptions = {}): Promise<CorpusRunner> {
    const store = new MemoryPersistenceAdapter();
    const userId = `amzn1.ask.account.CORPUS-${locale}-${assumptions ? 'ASSUMPTIONS' : 'DOCUMENTED'}`;
    const clocks = corpusClocks();
    const sim = await createSimulator({
      locale,
      assumptions,
      userId,
      // The Lambda's own wiring (lambda/index.ts), with the runner's store for customer state
      // and the runner's clocks, so no deadline or token age depends on how busy the machine is.
      handler: () =>
        createSkill({
          ...dependenciesFromEnvironment(),
          persistence: store,
          // The corpus measures understanding, not speed.
          ...unhurried(),
          ...clocks,
          ...(options.catalog === undefined ? {} : { catalog: options.catalog }),
          ...(options.budgets === undefined ? {} : { budgets: options.budgets }),
        }),
      // Nothing is ever bought: every purchase flow is declined, so each line starts without entitlements.
      askPurchase: async () => 'decline',
    });
    return new CorpusRunner(locale, sim, store, userId);
  }

  get engine(): SimulatorEngine {
    return this.sim.engine;
  }

  async close(): Promise<void> {
    setTurnObserver(undefined);
    await this.sim.close();
  }

  /** Puts back what the skill stores about the customer: `stored`, or nothing (a first-time customer). */
  private async setStored(stored: Attributes = {}): Promise<void> {
    await this.store.deleteAttributes(this.customer);
    if (Object.keys(stored).length > 0) await this.store.saveAttributes(this.customer, structuredClone(stored));
  }

  /** The stage, reached by a first-time customer, whatever the runner said before. */
  private async reach(stage: Stage): Promise<StageSnapshot> {
    const known = this.snapshots.get(stage);
    if (known !== undefined) return known;
    await this.setStored();
    this.engine.restore(CLOSED);
    for (const line of this.setups[stage]) await this.engine.say(line);
    const engine = this.engine.snapshot();
    const shopping = shoppingOf(engine.attributes);
    const hasList = (shopping.products ?? []).length > 0;
    if (stage !== 'welcome' && stage !== 'eliciting' && stage !== 'empty' && !hasList) throw new Error(`${this.locale}: stage ${stage} not reached (no list)`);
    if (!engine.open) throw new Error(`${this.locale}: stage ${stage} not reached (session closed)`);
    const snapshot = { engine, stored: withoutVersion(await this.store.getAttributes(this.customer)) };
    this.snapshots.set(stage, snapshot);
    return snapshot;
  }

  /** Says one line from its stage; what the turn did. */
  async observe(stage: Stage, said: string): Promise<TurnObservation> {
    const { engine: snapshot, stored } = await this.reach(stage);
    await this.setStored(stored);
    this.engine.restore(snapshot);
    this.records = [];
    setTurnObserver((record) => this.records.push({ ...record }));
    const events = await this.engine.say(said);
    setTurnObserver(undefined);
    const directives = events.flatMap((e) => (e.kind === 'response' ? (e.envelope.response.directives ?? []) : []));
    // Ended by the skill, or by Alexa on "exit" (a SessionEndedRequest, USER_INITIATED): both end politely.
    const ended = events.some((e) => e.kind === 'session' && e.state === 'ended' && e.by !== 'alexa');
    const response = lastResponse(events);
    const afterAttributes = response?.sessionAttributes ?? {};
    const first = events.find((e): e is Extract<SimEvent, { kind: 'request' }> => e.kind === 'request');
    // The summary was written before the skill saw the request (the understanding step may rewrite its intent); only its first two words, never slot values.
    const sent =
      first?.summary
        .split(' ')
        .slice(0, 2)
        .join(' ')
        .replace(/^IntentRequest /, '') ?? 'none';
    const heard = first?.envelope.request.type === 'IntentRequest' && first.envelope.request.dialogState === 'IN_PROGRESS' ? `${sent} (slot answer)` : sent;
    return {
      heard,
      records: this.records,
      directives,
      ended,
      before: shoppingOf(snapshot.attributes),
      after: shoppingOf(afterAttributes),
      awaiting: afterAttributes[SessionKeys.AwaitingChoice],
      awaitingBefore: snapshot.attributes[SessionKeys.AwaitingChoice],
    };
  }

  async run(line: CorpusLine): Promise<LineResult> {
    const turn = await this.observe(line.stage, line.said);
    const observed = describe(turn);
    const routedOnce = turn.records.length > 0 && turn.records.every((r) => r.route !== undefined && r.accepting === 1);
    const category = `${turn.heard} > ${turn.records.map((r) => r.route ?? '?').join('>') || 'none'}`;
    return { line, observed, passed: matches(line.outcome, turn, observed), routedOnce, category };
  }
}

const TASK_OUTCOME: Record<string, string> = {
  [ShoppingTasks.AddToCart.uri]: 'cart',
  [ShoppingTasks.Buy.uri]: 'buy',
  [ShoppingTasks.AddToList.uri]: 'wishlist',
  [ShoppingTasks.Recommend.uri]: 'recommend',
};
const AWAITING_OUTCOME: Record<string, string> = { AddToCartIntent: 'cart', BuyProductIntent: 'buy', AddToWishListIntent: 'wishlist' };
const QUESTION_OUTCOME: Record<string, string> = { price: 'price', rating: 'rating', seller: 'seller', pack: 'pack-size', prime: 'prime', bulk: 'bulk-price' };

/** Item n as numbered on the page heard before the turn, or `focus`. */
function itemNames(turn: TurnObservation, asin: string | undefined): string[] {
  const products = turn.before.products ?? [];
  const index = products.findIndex((p) => p.asin === asin);
  if (index < 0) return ['?'];
  const n = String(index - (turn.before.pageStart ?? 0) + 1);
  return turn.before.current !== undefined && turn.before.current === index ? [n, 'focus'] : [n];
}

function focusAfter(turn: TurnObservation): string | undefined {
  const products = turn.after.products ?? [];
  return turn.after.current === undefined ? undefined : products[turn.after.current]?.asin;
}

function refineWords(record: TurnRecord): string[] {
  const r = record.refined ?? {};
  const out: string[] = [];
  if (r.sort !== undefined) out.push(`sort ${r.sort}`);
  if (r.maxPrice !== undefined) out.push(`refine max-price ${r.maxPrice}`);
  if (r.minPrice !== undefined) out.push(`refine min-price ${r.minPrice}`);
  if (r.prime === true) out.push('refine prime');
  if (r.brand !== undefined) out.push(`refine brand ${r.brand.toLowerCase()}`);
  if (r.minRating !== undefined) out.push(`refine rating ${r.minRating}`);
  if (r.freeShipping === true) out.push('refine free-shipping');
  if (r.inStock === true) out.push('refine in-stock');
  if (r.delivery !== undefined) out.push('refine delivery');
  if (r.attribute !== undefined) out.push(`refine attribute ${r.attribute.toLowerCase()}`);
  return out;
}

/** Every outcome the turn shows, most telling first ("cart 2", "search dog food", "ends"). */
export function outcomesOf(turn: TurnObservation): string[] {
  const out: string[] = [];
  const routes = turn.records.map((r) => r.route);
  for (const directive of turn.directives) {
    const shopping = readShoppingConnection(directive);
    if (shopping !== undefined) {
      const kind = TASK_OUTCOME[shopping.uri] ?? shopping.uri;
      if (kind === 'recommend') out.push('recommend');
      else out.push(...itemNames(turn, shopping.asins[0]).map((n) => `${kind} ${n}`));
    }
    if (directive.type === 'Connections.SendRequest') {
      const purchase = readPurchaseRequest(directive);
      if (purchase?.name === 'Buy') out.push('premium buy');
      if (purchase?.name === 'Cancel') out.push('premium cancel');
    }
  }
  for (const record of turn.records) {
    if (record.searched !== undefined && (turn.before.products ?? []).length === 0) out.push(`search ${record.searched.toLowerCase()}`);
    else if (record.searched !== undefined && record.refined === undefined) out.push(`search ${record.searched.toLowerCase()}`);
    else if (record.searched !== undefined) out.push(`search ${record.searched.toLowerCase()}`);
    if (record.searched === undefined) out.push(...refineWords(record));
    if (record.asked !== undefined) out.push(...itemNames(turn, focusAfter(turn)).map((n) => `ask ${QUESTION_OUTCOME[record.asked ?? ''] ?? record.asked} ${n}`));
  }
  // A "which one?" asked this turn (one still pending from the last turn is not this turn's doing).
  const askedWhich = turn.awaiting !== turn.awaitingBefore || routes.some((r) => r === 'add-to-cart' || r === 'buy' || r === 'wish-list');
  if (askedWhich && typeof turn.awaiting === 'string' && AWAITING_OUTCOME[turn.awaiting] !== undefined) out.push(`which-one ${AWAITING_OUTCOME[turn.awaiting]}`);
  const focus = focusAfter(turn);
  for (const route of routes) {
    switch (route) {
      case 'details':
      case 'choice':
        if (focus !== undefined && !out.some((o) => o.startsWith('ask '))) out.push(...itemNames(turn, focus).map((n) => `details ${n}`));
        break;
      case 'compare-offers':
        out.push(...itemNames(turn, focus).map((n) => `offers ${n}`));
        break;
      case 'watch-price':
        out.push(...itemNames(turn, focus).map((n) => `watch ${n}`));
        break;
      case 'list-watches':
        out.push('watches');
        break;
      case 'stop-watch':
        out.push(...itemNames(turn, focus).map((n) => `unwatch ${n}`));
        break;
      case 'what-can-i-buy':
        out.push('premium info');
        break;
      case 'next':
      case 'previous':
      case 'help':
      case 'repeat':
      case 'start-over':
      case 'cancel':
      case 'order-help':
      case 'clear-refinements':
      case 'no':
        out.push(route);
        break;
      default:
        break;
    }
  }
  if (turn.ended) out.push('ends');
  return out;
}

function describe(turn: TurnObservation): string {
  const outcomes = outcomesOf(turn);
  const routes = turn.records.map((r) => r.route ?? '?').join('>');
  return `${outcomes.join(' | ') || 'nothing'} [${routes}]`;
}

function listLost(turn: TurnObservation): boolean {
  return (turn.before.products ?? []).length > 0 && (turn.after.products ?? []).length === 0;
}

/** Does the turn show the expected outcome, and nothing that contradicts it? */
export function matches(expected: string, turn: TurnObservation, _observed: string): boolean {
  const outcomes = outcomesOf(turn);
  const searched = turn.records.some((r) => r.searched !== undefined);
  const acted = turn.directives.some((d) => d.type === 'Connections.StartConnection' || d.type === 'Connections.SendRequest');
  if (expected === 'ends') return turn.ended && !searched && !acted;
  if (turn.ended) return false;
  if (expected === 'no-search') return !searched && !acted && !listLost(turn) && outcomes.every((o) => o === 'help' || o === 'repeat');
  if (expected === 'start-over') return outcomes.includes('start-over') && !searched;
  // A failed or refused search never discards the list; only a new search replaces it, and a
  // refinement that leaves nothing, which asks to drop it ("Nothing under 5 pounds. Drop it?").
  if (!expected.startsWith('search ') && !expected.startsWith('refine ') && listLost(turn)) return false;
  if (expected.startsWith('offers ')) return outcomes.includes(expected) || (acted && outcomes.some((o) => o.startsWith('offers')));
  if (expected === 'cancel') return outcomes.includes('cancel') && !searched && !acted && !listLost(turn);
  if (expected === 'order-help') return outcomes.includes('order-help') && !searched;
  if (expected.startsWith('ask seller') || expected.startsWith('ask delivery')) {
    const n = expected.split(' ')[2];
    return outcomes.includes(`ask seller ${n}`) || outcomes.includes(`ask delivery ${n}`);
  }
  // A product action or a details answer about one product: nothing else searched.
  if (/^(cart|buy|wishlist|details|ask|watch|unwatch) /.test(expected) && searched) return false;
  return outcomes.includes(expected);
}
