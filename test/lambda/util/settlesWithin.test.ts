/** settlesWithin (lambda/util/deadline.ts), the race behind progressive responses, on fake timers. */
import { settlesWithin } from '../../../lambda/util/deadline';

beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.useRealTimers();
});

function settleAfter<T>(ms: number, outcome: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(outcome());
      } catch (err) {
        reject(err);
      }
    }, ms);
  });
}

describe('settlesWithin', () => {
  it('is true when the work resolves in time', async () => {
    const answer = settlesWithin(
      settleAfter(99, () => 'ok'),
      100,
    );
    await jest.advanceTimersByTimeAsync(100);
    await expect(answer).resolves.toBe(true);
  });

  it('is true, not a rejection, when the work fails in time', async () => {
    const work = settleAfter(50, () => {
      throw new Error('boom');
    });
    work.catch(() => undefined);
    const answer = settlesWithin(work, 100);
    await jest.advanceTimersByTimeAsync(100);
    await expect(answer).resolves.toBe(true);
  });

  it('is false when the work is still running at the time, and leaves no timer behind', async () => {
    const answer = settlesWithin(
      settleAfter(500, () => 'late'),
      100,
    );
    await jest.advanceTimersByTimeAsync(100);
    await expect(answer).resolves.toBe(false);
    await jest.advanceTimersByTimeAsync(400);
    expect(jest.getTimerCount()).toBe(0);
  });
});
