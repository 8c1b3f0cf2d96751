/**
 * A turn's deadline is released once the turn has answered: no timer of the turn is left
 * pending after its answer (before, each turn left its 5.5 s deadline timer and
 * AbortController alive, and back-to-back turns piled them up).
 */
import { catalogFromEnvironment } from '../../lambda/catalog/createCatalog';
import { IntentNames } from '../../lambda/constants';
import { Deadline } from '../../lambda/util/deadline';
import { skillWith } from '../catalog/helpers';
import { continueSession, intentRequest, launchRequest, speechOf } from '../support/envelopes';

beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.useRealTimers();
});

describe('the turn deadline after the answer', () => {
  it('counts a deadline that was never released (control)', () => {
    const before = jest.getTimerCount();
    const deadline = Deadline.after(5000);
    expect(jest.getTimerCount()).toBe(before + 1);
    deadline.dispose();
    expect(jest.getTimerCount()).toBe(before);
  });

  it('leaves no timer pending after a launch, a search and a details turn', async () => {
    const invoke = skillWith(catalogFromEnvironment('embedded'));
    const launched = await invoke(launchRequest());
    expect(speechOf(launched)).toMatch(/Welcome/);
    expect(jest.getTimerCount()).toBe(0);

    const found = await invoke(intentRequest(IntentNames.SearchProducts, { query: 'batteries' }));
    expect(speechOf(found)).toMatch(/^I found/);
    expect(jest.getTimerCount()).toBe(0);

    const detailed = await invoke(continueSession(found, intentRequest(IntentNames.ProductDetails, { ordinal: '1' })));
    expect(speechOf(detailed)).not.toBe('');
    expect(jest.getTimerCount()).toBe(0);
  });

  it('still aborts a turn that runs past its deadline', async () => {
    const deadline = Deadline.after(1000);
    const aborted = jest.fn();
    deadline.signal.addEventListener('abort', aborted);
    jest.advanceTimersByTime(1000);
    expect(aborted).toHaveBeenCalledTimes(1);
    expect(jest.getTimerCount()).toBe(0);
  });
});
