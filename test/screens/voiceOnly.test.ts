/**
 * The same conversation on an Echo Show and on a voice-only device, through the simulator: the
 * voice-only device gets no APL at all, and both hear exactly the same answers (speech, reprompt,
 * session state, the other directives). The screen adds a RenderDocument and nothing else; a
 * list or a product's details on the voice-only device carries a card for the Alexa app instead.
 */
import type { Directive, ResponseEnvelope } from 'ask-sdk-model';
import { AplInterface } from '../../lambda/constants';
import type { SimEvent } from '../sim/engine';
import { createSimulator } from '../sim/simulator';
import type { DeviceName } from '../sim/devices';

const CONVERSATION = [
  'open voice shopper',
  'coffee',
  'tell me about the second one',
  'add it to my cart',
  'find batteries',
  'next',
  'previous',
  'tell me about the first one',
  'compare offers',
  'what am I watching',
  'exit',
];

interface Heard {
  speech: string;
  reprompt: string;
  end: boolean | undefined;
  directives: string[];
  card: string | undefined;
  screens: number;
}

const isApl = (d: Directive) => d.type.startsWith(`${AplInterface}.`);

function heard(events: readonly SimEvent[]): Heard[] {
  return events
    .filter((e): e is Extract<SimEvent, { kind: 'response' }> => e.kind === 'response')
    .map(({ envelope }: { envelope: ResponseEnvelope }) => ({
      speech: JSON.stringify(envelope.response.outputSpeech ?? null),
      reprompt: JSON.stringify(envelope.response.reprompt ?? null),
      end: envelope.response.shouldEndSession,
      // Connection tokens are signed with the time and a nonce: compared by type.
      directives: (envelope.response.directives ?? []).filter((d) => !isApl(d)).map((d) => d.type),
      card: envelope.response.card?.type,
      screens: (envelope.response.directives ?? []).filter(isApl).length,
    }));
}

async function converse(device: DeviceName): Promise<Heard[][]> {
  const simulator = await createSimulator({ device, userId: `amzn1.ask.account.SCREENS${device.toUpperCase()}` });
  try {
    const turns: Heard[][] = [];
    for (const line of CONVERSATION) turns.push(heard(await simulator.engine.say(line)));
    return turns;
  } finally {
    await simulator.close();
  }
}

describe('one conversation on an Echo Show and on a voice-only device', () => {
  let show: Heard[][];
  let voice: Heard[][];
  beforeAll(async () => {
    [show, voice] = [await converse('show'), await converse('voice')];
  });

  it('sends no APL to the voice-only device', () => {
    expect(voice.flat().filter((h) => h.screens > 0)).toEqual([]);
  });

  it('draws screens on the Echo Show, and no card there', () => {
    expect(show.flat().filter((h) => h.screens > 0).length).toBeGreaterThanOrEqual(7);
    expect(show.flat().filter((h) => h.card !== undefined)).toEqual([]);
  });

  it('says exactly the same on both: speech, reprompt, session and every other directive', () => {
    const spoken = (turns: Heard[][]) => turns.map((turn) => turn.map(({ speech, reprompt, end, directives }) => ({ speech, reprompt, end, directives })));
    expect(spoken(voice)).toEqual(spoken(show));
  });

  it('gives the voice-only device a card for each list and details answer, where the Echo Show drew a screen', () => {
    const cards = voice.map((turn) => turn.map((h) => h.card ?? '-').join(' '));
    expect(cards).toEqual(['-', 'Standard', 'Standard', '- -', 'Standard', 'Standard', 'Standard', 'Standard', '- -', '-', '-']);
  });
});
