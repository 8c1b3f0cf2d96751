/**
 * A position said where a sample's carrier takes its front ("quello in {listValue}" hears
 * "quello in mezzo" as the list value "mezzo"): words that end one of the locale's position
 * phrases and resolve to no value of the list choose that position, not a variation.
 */
import { IntentNames, SessionKeys, SlotNames } from '../../lambda/constants';
import { intentRequest } from '../support/envelopes';
import { captureLogs } from '../support/logs';
import { testSkill } from '../support/skill';

const logs = captureLogs();
afterAll(() => logs.restore());

const focusOf = (out: { sessionAttributes?: Record<string, unknown> }) => (out.sessionAttributes?.[SessionKeys.Shopping] as { current?: number } | undefined)?.current;

describe('a position in a list value slot', () => {
  const { invoke } = testSkill();
  let listed: () => Record<string, unknown>;

  beforeAll(async () => {
    // The list as the skill keeps it after a search in Italian (the embedded catalog).
    const searched = await invoke(intentRequest(IntentNames.SearchProducts, { [SlotNames.Query]: 'caffè' }, { locale: 'it-IT' }));
    const attributes = searched.sessionAttributes ?? {};
    listed = () => structuredClone(attributes);
  });

  it('"mezzo" of "in mezzo" (it-IT) chooses the middle of the page', async () => {
    const out = await invoke(intentRequest(IntentNames.ChooseVariation, { [SlotNames.ListValue]: 'mezzo' }, { locale: 'it-IT', attributes: listed() }));
    expect(focusOf(out)).toBe(1);
  });

  it('"fondo" of "quello in fondo" chooses the last', async () => {
    const out = await invoke(intentRequest(IntentNames.ChooseVariation, { [SlotNames.ListValue]: 'fondo' }, { locale: 'it-IT', attributes: listed() }));
    expect(focusOf(out)).toBe(2);
  });

  it('a position said whole ("il secondo") chooses it too', async () => {
    const out = await invoke(intentRequest(IntentNames.ChooseVariation, { [SlotNames.ListValue]: 'il secondo' }, { locale: 'it-IT', attributes: listed() }));
    expect(focusOf(out)).toBe(1);
  });

  it('words that end no position phrase stay a variation', async () => {
    const out = await invoke(intentRequest(IntentNames.ChooseVariation, { [SlotNames.ListValue]: 'nero' }, { locale: 'it-IT', attributes: listed() }));
    expect(focusOf(out)).toBeUndefined();
  });
});
