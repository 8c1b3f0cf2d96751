/**
 * The simulator honours dynamic entities as Alexa does: what the last response sent
 * (Dialog.UpdateDynamicEntities REPLACE) is resolved first, under the dynamic authority, until a
 * CLEAR arrives or the session ends; and the real skill sends the list's brands and values.
 */
import type { dialog, IntentRequest, RequestEnvelope, ResponseEnvelope, slu } from 'ask-sdk-model';
import { SlotNames, SlotTypes } from '../../lambda/constants';
import { SimulatorEngine } from './engine';
import { defaultIdentity } from './envelopes';
import { loadLanguageModel } from './model';
import { IntentResolver } from './nlu';
import { createSimulator } from './simulator';

const REPLACE: dialog.DynamicEntitiesDirective = {
  type: 'Dialog.UpdateDynamicEntities',
  updateBehavior: 'REPLACE',
  types: [
    {
      name: SlotTypes.ListValue,
      values: [
        { id: 'BRAND.0', name: { value: 'Zorblax', synonyms: ['zorb lax'] } },
        { id: 'VALUE.1', name: { value: 'Midnight Teal' } },
      ],
    },
  ],
};
const CLEAR: dialog.DynamicEntitiesDirective = { type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'CLEAR' };

/** A stand-in skill: each intent answers with the directive the test chose for it. */
function fakeSkill(directives: Record<string, dialog.DynamicEntitiesDirective>) {
  const received: RequestEnvelope[] = [];
  const invoke = async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
    received.push(envelope);
    const name = envelope.request.type === 'IntentRequest' ? envelope.request.intent.name : envelope.request.type;
    const directive = directives[name];
    const end = name === 'AMAZON.StopIntent';
    return {
      version: '1.0',
      sessionAttributes: {},
      response: { outputSpeech: { type: 'SSML', ssml: '<speak>Okay.</speak>' }, shouldEndSession: end, ...(directive === undefined ? {} : { directives: [directive] }) },
    };
  };
  return { received, invoke };
}

function engineFor(skill: ReturnType<typeof fakeSkill>) {
  const identity = defaultIdentity();
  const engine = new SimulatorEngine({
    invoke: skill.invoke,
    resolver: new IntentResolver(loadLanguageModel('en-US'), identity.skillId),
    identity,
    entitlements: { describe: async () => undefined, grant: async () => undefined, revoke: async () => undefined },
  });
  return { engine, skillId: identity.skillId };
}

function listValueOf(envelope: RequestEnvelope | undefined): { intent: string; resolutions: slu.entityresolution.Resolution[] } {
  const request = envelope?.request as IntentRequest | undefined;
  return { intent: request?.intent.name ?? '', resolutions: request?.intent.slots?.[SlotNames.ListValue]?.resolutions?.resolutionsPerAuthority ?? [] };
}

describe('dynamic entities in the simulator', () => {
  it('resolves a value the last response sent under the dynamic authority first, then the static one', async () => {
    const skill = fakeSkill({ LaunchRequest: REPLACE });
    const { engine, skillId } = engineFor(skill);
    await engine.say('open voice shopper');

    await engine.say('only zorb lax');

    const { intent, resolutions } = listValueOf(skill.received.at(-1));
    expect(intent).toBe('RefineResultsIntent');
    const [dynamic, fixed] = resolutions;
    expect(dynamic?.authority).toBe(`amzn1.er-authority.echo-sdk.dynamic.${skillId}.${SlotTypes.ListValue}`);
    expect(dynamic?.status.code).toBe('ER_SUCCESS_MATCH');
    expect(dynamic?.values[0]?.value).toEqual({ id: 'BRAND.0', name: 'Zorblax' });
    expect(fixed?.authority).toBe(`amzn1.er-authority.echo-sdk.${skillId}.${SlotTypes.ListValue}`);
    expect(fixed?.status.code).toBe('ER_SUCCESS_NO_MATCH');
  });

  it('forgets them when a CLEAR arrives', async () => {
    const skill = fakeSkill({ LaunchRequest: REPLACE, 'AMAZON.HelpIntent': CLEAR });
    const { engine } = engineFor(skill);
    await engine.say('open voice shopper');
    await engine.say('help');

    await engine.say('only the midnight teal ones');

    const { resolutions } = listValueOf(skill.received.at(-1));
    expect(resolutions.some((r) => r.authority.includes('.dynamic.'))).toBe(false);
  });

  it('forgets them when the session ends', async () => {
    const skill = fakeSkill({ 'AMAZON.HelpIntent': REPLACE });
    const { engine } = engineFor(skill);
    await engine.say('open voice shopper');
    await engine.say('help');
    expect(engine.snapshot().dynamic).toHaveLength(1);

    await engine.say('stop');

    expect(engine.snapshot().dynamic).toEqual([]);
    await engine.say('open voice shopper');
    await engine.say('only zorb lax');
    const { resolutions } = listValueOf(skill.received.at(-1));
    expect(resolutions.some((r) => r.authority.includes('.dynamic.'))).toBe(false);
  });
});

describe('the skill sends the list it read out as dynamic entities', () => {
  it('sends the brands and values of a list, resolves "only <brand>" through them, and clears them when the session ends', async () => {
    const simulator = await createSimulator({ logLevel: 'error', userId: 'amzn1.ask.account.dynamic-entities-test' });
    const directives: dialog.DynamicEntitiesDirective[] = [];
    const requests: RequestEnvelope[] = [];
    const original = simulator.engine;
    try {
      const collect = (events: Awaited<ReturnType<typeof original.say>>) => {
        for (const event of events) {
          if (event.kind === 'request') requests.push(event.envelope);
          if (event.kind !== 'response') continue;
          for (const d of event.envelope.response.directives ?? []) if (d.type === 'Dialog.UpdateDynamicEntities') directives.push(d as dialog.DynamicEntitiesDirective);
        }
      };
      collect(await original.say('open voice shopper'));
      collect(await original.say('find usb cables'));
      const sent = directives.at(-1);
      expect(sent?.updateBehavior).toBe('REPLACE');
      const names = sent?.types?.[0]?.values.map((v) => v.name.value) ?? [];
      expect(sent?.types?.[0]?.name).toBe(SlotTypes.ListValue);
      expect(names).toEqual(expect.arrayContaining(['Anker', 'Belkin']));
      expect(names.length).toBeLessThanOrEqual(100);
      expect(Buffer.byteLength(JSON.stringify(sent), 'utf8')).toBeLessThanOrEqual(4096);

      collect(await original.say('only anker'));
      const { resolutions } = listValueOf(requests.at(-1));
      expect(resolutions[0]?.status.code).toBe('ER_SUCCESS_MATCH');
      expect(resolutions[0]?.values[0]?.value.id).toMatch(/^BRAND\./);

      collect(await original.say('stop'));
      expect(directives.at(-1)?.updateBehavior).toBe('CLEAR');
    } finally {
      await simulator.close();
    }
  });
});
