/**
 * The refine and variation handlers with attribute filters and dynamic entities: a list value
 * resolved as a brand narrows by brand, as a value filters by it; "in black" with nothing in
 * focus narrows the list; the answers that list send the list's entities, and the goodbye clears them.
 */
import type { dialog, Intent, RequestEnvelope, ResponseEnvelope, Slot } from 'ask-sdk-model';
import { IntentNames, SessionKeys, SlotNames, SlotTypes } from '../../lambda/constants';
import { MAX_RESPONSE_BYTES, responseBytes } from '../../lambda/util/limits';
import { continueSession, intentEnvelope, intentRequest, launchRequest, speechOf, TEST_SKILL_ID } from '../support/envelopes';
import { testSkill } from '../support/skill';

const DYNAMIC = `amzn1.er-authority.echo-sdk.dynamic.${TEST_SKILL_ID}.${SlotTypes.ListValue}`;

/** The listValue slot as Alexa fills it when a dynamic entity matched. */
function listValueSlot(said: string, id: string, name: string): Slot {
  return {
    name: SlotNames.ListValue,
    value: said,
    confirmationStatus: 'NONE',
    resolutions: { resolutionsPerAuthority: [{ authority: DYNAMIC, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id, name } }] }] },
  };
}

function intentWith(name: string, slot: Slot): Intent {
  return { name, confirmationStatus: 'NONE', slots: { [slot.name]: slot } };
}

const entitiesOf = (response: ResponseEnvelope) =>
  (response.response.directives ?? []).filter((d): d is dialog.DynamicEntitiesDirective => d.type === 'Dialog.UpdateDynamicEntities');

async function conversation() {
  const skill = testSkill();
  let last = await skill.invoke(launchRequest());
  const say = async (next: RequestEnvelope) => {
    last = await skill.invoke(continueSession(last, next));
    return last;
  };
  return { say };
}

describe('filters and dynamic entities through the handlers', () => {
  it('sends the list heard as dynamic entities, and narrows by a brand resolved through them', async () => {
    const { say } = await conversation();
    const list = await say(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'usb cables' }));
    const [sent] = entitiesOf(list);
    const anker = sent?.types?.[0]?.values.find((v) => v.name.value === 'Anker');
    expect(sent?.updateBehavior).toBe('REPLACE');
    expect(anker?.id).toMatch(/^BRAND\./);

    const refined = await say(intentEnvelope(intentWith(IntentNames.Refine, listValueSlot('anker', anker?.id ?? '', 'Anker'))));
    expect(speechOf(refined)).toMatch(/^Anker only: \d+ results? for usb cables\./);
    expect(speechOf(refined)).toMatch(/\?$/);
  });

  it('filters by a value resolved through them, saying how much it looked at', async () => {
    const { say } = await conversation();
    await say(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'batteries' }));
    const refined = await say(intentEnvelope(intentWith(IntentNames.Refine, listValueSlot('twenty four pack', 'VALUE.3', '24 Pack'))));
    expect(speechOf(refined)).toMatch(/^Only packs of 24: of the first 24 of 28 results for batteries, \d+ match\./);
    expect(speechOf(refined).split(/\s+/).length).toBeLessThanOrEqual(75);
  });

  it('narrows the list when a variation is named with no product in focus, and switches the product when one is', async () => {
    const { say } = await conversation();
    await say(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'water bottles' }));
    const narrowed = await say(intentRequest(IntentNames.ChooseVariation, { [SlotNames.VariationValue]: 'black' }));
    expect(speechOf(narrowed)).toMatch(/^Only the black ones: \d+ results? for water bottles\./);

    await say(intentRequest(IntentNames.ProductDetails, { [SlotNames.Ordinal]: '1' }));
    const switched = await say(intentRequest(IntentNames.ChooseVariation, { [SlotNames.VariationValue]: 'blue' }));
    expect(speechOf(switched)).toMatch(/^Okay, the blue one\./);
  });

  it('does not send the same entities twice in a session, and clears them with the goodbye', async () => {
    const { say } = await conversation();
    expect(entitiesOf(await say(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'headphones' })))).toHaveLength(1);
    const next = await say(intentRequest(IntentNames.Next));
    expect(speechOf(next)).toMatch(/^Here are the next three: /);
    expect(entitiesOf(next)).toHaveLength(0);
    const goodbye = await say(intentRequest(IntentNames.Stop));
    expect(entitiesOf(goodbye)).toEqual([{ type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'CLEAR' }]);
  });

  it('sends the entities again with the next list when a response over 24 KB had to drop them', async () => {
    const skill = testSkill();
    const launch = await skill.invoke(launchRequest());
    const search = () => continueSession(launch, intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'headphones' }));
    // Sizes, from the same search in a session of its own: the answer with its entities, and the directive.
    const measured = await skill.invoke(search());
    const [directive] = entitiesOf(measured);
    if (directive === undefined) throw new Error('the search sent no entities');
    const directiveBytes = Buffer.byteLength(JSON.stringify(directive), 'utf8');
    // A session attribute the device carries back, sized so this answer fits only without its entities.
    const filler = 'x'.repeat(MAX_RESPONSE_BYTES - responseBytes(measured) + Math.floor(directiveBytes / 2));
    const crowded = search();
    if (crowded.session === undefined) throw new Error('no session');
    crowded.session.attributes = { ...crowded.session.attributes, filler };

    const dropped = await skill.invoke(crowded);
    expect(entitiesOf(dropped)).toEqual([]);
    expect(dropped.sessionAttributes?.['filler']).toBe(filler);
    // Alexa never got that set, so the session does not say it was sent.
    expect(dropped.sessionAttributes?.[SessionKeys.DynamicEntities]).toBeUndefined();

    const { filler: _gone, ...attributes } = dropped.sessionAttributes ?? {};
    const next = await skill.invoke(continueSession({ ...dropped, sessionAttributes: attributes }, intentRequest(IntentNames.Next)));
    expect(speechOf(next)).toMatch(/^Here are the next three: /);
    expect(entitiesOf(next)).toEqual([directive]);
    expect(next.sessionAttributes?.[SessionKeys.DynamicEntities]).toBe(measured.sessionAttributes?.[SessionKeys.DynamicEntities]);
  });
});
