/**
 * Issue 20, a third sitting of en-US lines: how people ask for a product at the welcome or after
 * an empty search ("any chance you carry bug spray", "let me try dog treats"), leave-takings
 * said after a reaction ("that's a shame, bye"), help asked in their own words, and premium
 * carriers whose custom slot caught words that name no premium product.
 */
import { phrasesFor } from '../../lambda/i18n/phrases';
import { setTurnObserver, type TurnRecord } from '../../lambda/observe/turnRecord';
import { understand } from '../../lambda/understanding/understand';
import { createSimulator, type Simulator } from '../sim/simulator';

describe('the understanding step, third sitting (en-US)', () => {
  const phrases = phrasesFor('en-US');

  it.each([
    ['any chance you carry bug spray', 'bug spray'],
    ['chance you have beach towels', 'beach towels'],
    ["i'll go with a phone case instead", 'phone case'],
    ['let me try dog treats', 'dog treats'],
  ])('"%s" asks for %s in a request frame', (said, words) => {
    expect(understand(said, phrases)).toEqual({ kind: 'product', words });
  });

  it.each(["that's a shame bye", 'changed my mind goodbye', 'oh well catch you later'])('"%s" ends with a leave-taking: a closing', (said) => {
    expect(understand(said, phrases)).toEqual({ kind: 'closing' });
  });

  it('keeps a leave-taking inside a product name from closing', () => {
    expect(understand('goodbye kiss lip balm', phrases)).not.toEqual({ kind: 'closing' });
  });

  it.each(['what do you do exactly', 'how does this skill work', 'what kind of stuff do you carry', 'help me out here'])('"%s" asks for help', (said) => {
    expect(understand(said, phrases)).toEqual({ kind: 'help' });
  });

  it('reads a reaction to an empty search as no product', () => {
    expect(understand('really nothing at all', phrases)).toMatchObject({ kind: 'not-a-product' });
  });
});

describe('custom slots that caught other words (en-US, through the simulator)', () => {
  let sim: Simulator;
  let records: TurnRecord[] = [];

  beforeAll(async () => {
    sim = await createSimulator({ locale: 'en-US', askPurchase: async () => 'decline' });
  });
  afterAll(async () => {
    setTurnObserver(undefined);
    await sim.close();
  });

  async function say(line: string): Promise<{ intent: string | undefined; routes: string[]; directives: string[] }> {
    records = [];
    setTurnObserver((r) => records.push({ ...r }));
    const events = await sim.engine.say(line);
    setTurnObserver(undefined);
    // The intent Alexa sent, from the summary written before the skill saw (and rewrote) the request.
    const first = events.find((e) => e.kind === 'request');
    return {
      intent: first?.kind === 'request' ? first.summary.split(' ')[1] : undefined,
      routes: records.map((r) => r.route ?? '?'),
      directives: events.flatMap((e) => (e.kind === 'response' ? (e.envelope.response.directives ?? []).map((d) => d.type) : [])),
    };
  }

  it('searches for a product asked for after "any": no refinement kind, no miss', async () => {
    await say('open voice shopper');
    await say('search for coffee');
    const turn = await say('any chance you carry bug spray');
    expect(turn.intent).toBe('ClearRefinementsIntent');
    expect(records.map((r) => r.searched)).toContain('bug spray');
  });

  it('sends a premium carrier around an order to the Amazon app, never to a purchase flow', async () => {
    await say('open voice shopper');
    const turn = await say('what comes with my order');
    expect(turn.intent).toBe('WhatCanIBuyIntent');
    expect(turn.routes).toEqual(['order-help']);
    expect(turn.directives.filter((d) => d.startsWith('Connections.'))).toEqual([]);
  });

  it('cancels premium named in other words ("my membership") with the subscription', async () => {
    await say('open voice shopper');
    const turn = await say('I want to cancel my membership');
    expect(turn.routes[0]).toBe('refund-premium');
    expect(turn.directives).toContain('Connections.SendRequest');
  });

  it('chooses a listed product after a premium carrier ("what comes with the second one")', async () => {
    await say('open voice shopper');
    await say('search for coffee');
    const turn = await say('what comes with the second one');
    expect(turn.intent).toBe('WhatCanIBuyIntent');
    expect(turn.routes).toEqual(['choice']);
    expect(turn.directives.filter((d) => d.startsWith('Connections.'))).toEqual([]);
  });
});
