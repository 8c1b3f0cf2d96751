/**
 * The simulator's engine: one simulated customer talking to the skill through Alexa. It
 * turns a typed line into the request Alexa would send, calls the skill, carries session
 * attributes into the next request, and plays Alexa's side of every connection (Shopping
 * Actions, in-skill purchases) until the skill waits for the customer again.
 *
 * Every step is reported as an event, so the console can print it as it happens and the
 * dialog runner can check what was heard.
 */
import type { Directive, dialog, er, Intent, interfaces, RequestEnvelope, ResponseEnvelope, SessionEndedReason } from 'ask-sdk-model';
import { AplDirectives } from '../../lambda/constants';
import { aplViewport, findTouchable, type ScreenText, screenText } from '../screens/text';
import { SessionKeys } from '../../lambda/constants';
import { type Attributes, EnvelopeFactory, type Identity } from './envelopes';
import { parseInvocation } from './invocation';
import { FALLBACK_INTENT, type IntentResolver } from './nlu';
import { type EntitlementControl, needsAnswer, type PurchaseAnswer, type PurchaseRequest, readPurchaseRequest, runPurchaseFlow } from './purchases';
import { alexaLine, readShoppingConnection, type ShoppingConnection } from './shopping';
import { resultMessage, SUCCESS } from './shoppingResults';
import { renderSsml } from './ssml';
import { describeRequest } from './summary';

/** The request types a Dialog directive may answer. */
const DIALOG_REQUESTS: readonly string[] = ['LaunchRequest', 'IntentRequest'];
export type SkillInvoker = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

export type SimEvent =
  | { kind: 'request'; envelope: RequestEnvelope; summary: string }
  | { kind: 'response'; envelope: ResponseEnvelope }
  | { kind: 'alexa'; text: string }
  | { kind: 'progressive'; text: string }
  | { kind: 'note'; text: string }
  /** What the device's screen shows after a RenderDocument, as text. */
  | { kind: 'screen'; screen: ScreenText }
  | { kind: 'session'; state: 'opened' | 'ended'; by: 'customer' | 'skill' | 'alexa' };

export interface EngineOptions {
  invoke: SkillInvoker;
  resolver: IntentResolver;
  identity: Identity;
  entitlements: EntitlementControl;
  /** Asked when a purchase flow needs the customer's answer and none was set in advance. */
  askPurchase?: (request: PurchaseRequest, productName: string) => Promise<PurchaseAnswer>;
  /** Shopping result used when none was set with `setNextShoppingResult` (default success). */
  defaultShoppingResult?: string;
  /** Progressive responses the skill sent since the last call (directive service). */
  drainProgressive?: () => Promise<string[]>;
  onEvent?: (event: SimEvent) => void;
}

export interface EngineSnapshot {
  attributes: Attributes;
  open: boolean;
  eliciting: { intent: Intent; slot: string } | undefined;
  /** The dynamic entities in force at the snapshot. */
  dynamic?: er.dynamic.EntityListItem[];
}

/** A connection chain longer than this is a skill bug (a task that always restarts a task). */
const MAX_FOLLOW_UPS = 5;

export class SimulatorEngine {
  private readonly factory: EnvelopeFactory;
  private attributes: Attributes = {};
  private open = false;
  private nextShoppingResult: string | undefined;
  private nextPurchaseAnswer: PurchaseAnswer | undefined;
  /** The slot the skill's last answer elicited (Dialog.ElicitSlot), for the next utterance only. */
  private eliciting: { intent: Intent; slot: string } | undefined;
  private events: SimEvent[] = [];
  /**
   * Dynamic entities the skill's last Dialog.UpdateDynamicEntities sent (REPLACE), for this
   * session only: a CLEAR or the session's end forgets them, as Alexa does.
   */
  private dynamic: er.dynamic.EntityListItem[] = [];
  /** The document on the device's screen, while the session that drew it is open. */
  private screen: interfaces.alexa.presentation.apl.RenderDocumentDirective | undefined;

  constructor(private readonly options: EngineOptions) {
    this.factory = new EnvelopeFactory(options.identity);
  }

  get sessionOpen(): boolean {
    return this.open;
  }

  get invocationName(): string {
    return this.options.resolver.model.invocationName;
  }

  /** The result code (or `success`) of the next Shopping Action only. */
  setNextShoppingResult(code: string): void {
    this.nextShoppingResult = code;
  }

  /** The customer's answer to the next purchase flow only. */
  setNextPurchaseAnswer(answer: PurchaseAnswer): void {
    this.nextPurchaseAnswer = answer;
  }

  /**
   * Where the conversation is (session attributes, an elicited slot, whether a session is
   * open), to come back to with `restore`: the corpus runner reaches each stage once and
   * says every line of that stage from there, in a session of the same shape.
   */
  snapshot(): EngineSnapshot {
    return { attributes: structuredClone(this.attributes), open: this.open, eliciting: structuredClone(this.eliciting), dynamic: structuredClone(this.dynamic) };
  }

  restore(snapshot: EngineSnapshot): void {
    this.attributes = structuredClone(snapshot.attributes);
    this.open = snapshot.open;
    this.eliciting = structuredClone(snapshot.eliciting);
    this.dynamic = structuredClone(snapshot.dynamic ?? []);
    this.factory.startSession();
    this.factory.continueSession();
  }

  /** What the customer says; returns every event of the turn. */
  async say(line: string): Promise<SimEvent[]> {
    this.events = [];
    const invocation = parseInvocation(line, this.invocationName, this.options.identity.locale);
    switch (invocation.kind) {
      case 'exit':
        if (!this.open) {
          this.emit({ kind: 'note', text: 'no session is open' });
          break;
        }
        await this.dispatch(this.factory.sessionEnded('USER_INITIATED', this.attributes));
        this.close('customer');
        break;
      case 'launch':
        this.begin();
        await this.dispatch(this.factory.launch());
        break;
      case 'one-shot': {
        this.begin();
        const resolved = invocation.utterances.map((u) => this.options.resolver.resolve(u, this.dynamic));
        const chosen = resolved.find((r) => r.intent.name !== FALLBACK_INTENT) ?? resolved[0];
        if (chosen !== undefined) await this.dispatch(this.factory.intent(chosen.intent, this.attributes));
        break;
      }
      case 'utterance': {
        if (!this.open) {
          this.emit({ kind: 'note', text: `no session is open: sending this to ${this.invocationName} in a new session` });
          this.begin();
        }
        const eliciting = this.eliciting;
        this.eliciting = undefined;
        const { intent } = this.options.resolver.resolve(invocation.text, this.dynamic);
        // While a slot is elicited, an utterance no intent sample matches is tried as the
        // slot's answer ("coffee" after "What would you like to find?"), as Alexa does.
        if (eliciting !== undefined && intent.name === FALLBACK_INTENT) {
          const answered = this.options.resolver.resolveSlotAnswer(eliciting.intent.name, eliciting.slot, invocation.text, this.dynamic);
          if (answered !== undefined) {
            const slots = { ...(eliciting.intent.slots ?? {}), ...(answered.slots ?? {}) };
            this.emit({ kind: 'note', text: `slot answer: ${eliciting.intent.name}.${eliciting.slot}` });
            await this.dispatch(this.factory.intent({ ...answered, slots }, this.attributes, 'IN_PROGRESS'));
            break;
          }
        }
        await this.dispatch(this.factory.intent(intent, this.attributes));
        break;
      }
    }
    return this.events;
  }

  /**
   * The customer touches the screen: `which` is a touchable's number (`2`), the first argument it
   * sends (`AddToCart`), or whole arguments to send as they are (`ShowDetails B000000000`: a
   * forged touch, as a misbehaving device or a stale screen could send).
   */
  async touch(which: string): Promise<SimEvent[]> {
    this.events = [];
    const screen = this.screen;
    const viewport = this.options.identity.screen?.viewport;
    if (screen === undefined || viewport === undefined || !this.open) {
      this.emit({ kind: 'note', text: 'nothing on the screen to touch' });
      return this.events;
    }
    const parts = which.trim().split(/\s+/);
    const args = parts.length > 1 ? parts : findTouchable(screenText(screen, aplViewport(viewport)), which)?.arguments;
    if (args === undefined) {
      this.emit({ kind: 'note', text: `nothing on the screen answers to "${which}"` });
      return this.events;
    }
    this.emit({ kind: 'note', text: `touch ${JSON.stringify(args)}` });
    await this.dispatch(this.factory.userEvent(args, screen.token, this.attributes));
    return this.events;
  }

  /** The customer said nothing after the reprompt, or the session timed out. */
  async timeout(reason: SessionEndedReason = 'EXCEEDED_MAX_REPROMPTS'): Promise<SimEvent[]> {
    this.events = [];
    if (this.open) {
      await this.dispatch(this.factory.sessionEnded(reason, this.attributes));
      this.close('alexa');
    } else {
      this.emit({ kind: 'note', text: 'no session is open' });
    }
    return this.events;
  }

  private begin(by: 'customer' | 'alexa' = 'customer'): void {
    this.factory.startSession();
    this.attributes = {};
    // A new session has no dialog in progress.
    this.eliciting = undefined;
    this.open = true;
    this.dynamic = [];
    this.emit({ kind: 'session', state: 'opened', by });
  }

  private close(by: 'customer' | 'skill' | 'alexa'): void {
    if (!this.open) return;
    this.open = false;
    this.attributes = {};
    this.screen = undefined;
    this.dynamic = [];
    this.emit({ kind: 'session', state: 'ended', by });
  }

  private emit(event: SimEvent): void {
    this.events.push(event);
    this.options.onEvent?.(event);
  }

  private async call(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
    this.emit({ kind: 'request', envelope, summary: describeRequest(envelope) });
    const response = await this.options.invoke(envelope);
    for (const text of (await this.options.drainProgressive?.()) ?? []) this.emit({ kind: 'progressive', text });
    this.emit({ kind: 'response', envelope: response });
    this.showScreen(response);
    return response;
  }

  /** A RenderDocument replaces what the screen shows; the screen mode prints it. */
  private showScreen(response: ResponseEnvelope): void {
    const viewport = this.options.identity.screen?.viewport;
    const render = (response.response.directives ?? []).find((d) => d.type === AplDirectives.RenderDocument);
    if (render === undefined || viewport === undefined) return;
    this.screen = render as interfaces.alexa.presentation.apl.RenderDocumentDirective;
    this.emit({ kind: 'screen', screen: screenText(this.screen, aplViewport(viewport)) });
  }

  /** Sends a request and plays Alexa's side of whatever the response asks for. */
  private async dispatch(first: RequestEnvelope): Promise<void> {
    let request: RequestEnvelope | undefined = first;
    for (let step = 0; request !== undefined; step += 1) {
      if (step > MAX_FOLLOW_UPS) {
        this.emit({ kind: 'note', text: `stopped after ${MAX_FOLLOW_UPS} connection round trips in one turn` });
        this.close('alexa');
        return;
      }
      const type = request.request.type;
      const response = await this.call(request);
      // Alexa accepts no answer to these two: whatever came back is dropped.
      if (type === 'SessionEndedRequest' || type === 'System.ExceptionEncountered') return;
      this.attributes = { ...(response.sessionAttributes ?? {}) };
      request = await this.followUp(request, response);
    }
  }

  private async followUp(request: RequestEnvelope, response: ResponseEnvelope): Promise<RequestEnvelope | undefined> {
    const directives: Directive[] = response.response.directives ?? [];
    this.eliciting = undefined;
    for (const directive of directives) {
      if (directive.type === 'Dialog.UpdateDynamicEntities') {
        const update = directive as dialog.DynamicEntitiesDirective;
        this.dynamic = update.updateBehavior === 'REPLACE' ? structuredClone(update.types ?? []) : [];
        continue;
      }
      if (directive.type === 'Dialog.ElicitSlot') {
        const elicit = directive as dialog.ElicitSlotDirective;
        // Dialog directives answer a LaunchRequest or an IntentRequest only (Request Types
        // Reference, valid response types); none is documented for a SessionResumedRequest or
        // a Connections.Response, so the simulator does not listen after them either.
        if (!DIALOG_REQUESTS.includes(request.request.type)) {
          this.emit({ kind: 'note', text: `Dialog.ElicitSlot ignored: not a valid answer to ${request.request.type}` });
          continue;
        }
        if (elicit.updatedIntent !== undefined) this.eliciting = { intent: elicit.updatedIntent, slot: elicit.slotToElicit };
        continue;
      }
      const shopping = readShoppingConnection(directive);
      if (shopping !== undefined) return this.playShopping(shopping, request.request.requestId);
      if (directive.type === 'Connections.SendRequest') {
        const purchase = readPurchaseRequest(directive);
        if (purchase !== undefined) return this.playPurchase(purchase, directive.token);
      }
    }
    const end = response.response.shouldEndSession;
    // Undefined: a voice-only device closes the session (nothing keeps the microphone open).
    if (end === true || end === undefined) this.close('skill');
    return undefined;
  }

  private async playShopping(connection: ShoppingConnection, causeRequestId: string): Promise<RequestEnvelope | undefined> {
    const code = this.nextShoppingResult ?? this.options.defaultShoppingResult ?? SUCCESS;
    this.nextShoppingResult = undefined;
    this.emit({ kind: 'alexa', text: alexaLine(connection, code, (asin) => this.titleOf(asin)) });
    if (connection.sendErrorsOnly) {
      if (code === SUCCESS) {
        // Alexa keeps the conversation: the skill hears nothing more of this session.
        this.close('alexa');
        return undefined;
      }
      const request = this.factory.exceptionEncountered({ type: 'INTERNAL_SERVICE_ERROR', message: `${code}: ${connection.uri} failed` }, causeRequestId, this.attributes);
      await this.dispatch(request);
      this.close('alexa');
      return undefined;
    }
    const result = code === SUCCESS ? undefined : { code, message: resultMessage(code) };
    return this.factory.sessionResumed(connection.token, { code: '200', message: 'OK' }, result, this.attributes);
  }

  private async playPurchase(request: PurchaseRequest, token: string | undefined): Promise<RequestEnvelope> {
    const locale = this.options.identity.locale;
    // Alexa reads the skill's upsell message itself, before its offer.
    if (request.upsellMessage !== undefined) this.emit({ kind: 'alexa', text: renderSsml(request.upsellMessage) });
    let answer = this.nextPurchaseAnswer;
    this.nextPurchaseAnswer = undefined;
    if (answer === undefined && (await needsAnswer(request, this.options.entitlements, locale))) {
      const facts = await this.options.entitlements.describe(request.productId, locale).catch(() => undefined);
      answer = this.options.askPurchase === undefined ? 'accept' : await this.options.askPurchase(request, facts?.name ?? request.productId);
    }
    const outcome = await runPurchaseFlow(request, answer ?? 'accept', this.options.entitlements, locale);
    this.emit({ kind: 'alexa', text: outcome.alexaSays });
    // The purchase flow ends the skill session; Alexa then launches the skill again with the
    // result in a new session (ISP docs: keep state in persistent attributes, not the session).
    this.close('alexa');
    this.begin('alexa');
    return this.factory.connectionsResponse(request.name, { code: '200', message: 'OK' }, { purchaseResult: outcome.result, productId: request.productId }, token, {});
  }

  private titleOf(asin: string): string | undefined {
    const shopping = this.attributes[SessionKeys.Shopping];
    const products = typeof shopping === 'object' && shopping !== null ? (shopping as { products?: unknown }).products : undefined;
    if (!Array.isArray(products)) return undefined;
    const found: unknown = products.find((p: unknown) => typeof p === 'object' && p !== null && (p as { asin?: unknown }).asin === asin);
    const title = typeof found === 'object' && found !== null ? (found as { title?: unknown }).title : undefined;
    return typeof title === 'string' ? title : undefined;
  }
}
