/** The one deadline helper, on fake timers: when signals fire, how children follow the turn. */
import { Deadline, DeadlineExceededError, sleep, withDeadline } from '../../lambda/util/deadline';

beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.useRealTimers();
});

describe('Deadline', () => {
  it('aborts its signal when it passes, not before', () => {
    const deadline = Deadline.after(1000);
    jest.advanceTimersByTime(999);
    expect(deadline.signal.aborted).toBe(false);
    expect(deadline.remainingMs()).toBeGreaterThan(0);
    jest.advanceTimersByTime(1);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toBeInstanceOf(DeadlineExceededError);
    expect(deadline.expired()).toBe(true);
    expect(deadline.remainingMs()).toBe(0);
  });

  it('gives a capped child the earlier end, and aborts it with the parent', () => {
    const turn = Deadline.after(1000);
    const short = turn.capped(300);
    const long = turn.capped(5000);
    jest.advanceTimersByTime(300);
    expect(short.signal.aborted).toBe(true);
    expect(turn.signal.aborted).toBe(false);
    expect(long.signal.aborted).toBe(false);
    jest.advanceTimersByTime(700);
    expect(turn.signal.aborted).toBe(true);
    expect(long.signal.aborted).toBe(true);
  });

  it('ends a shortened child that long before the parent', () => {
    const turn = Deadline.after(5500);
    const launch = turn.shortened(3000);
    jest.advanceTimersByTime(2500);
    expect(launch.signal.aborted).toBe(true);
    expect(turn.signal.aborted).toBe(false);
  });

  it('passes on its own clock: a timer that fires before that clock reaches it arms again', () => {
    const clock = { now: 0 };
    const turn = Deadline.after(1000, () => clock.now);
    const child = turn.capped(300);
    // Time passes for the timers, not for the deadline's clock (a corpus turn on a loaded machine).
    jest.advanceTimersByTime(5000);
    expect(turn.signal.aborted).toBe(false);
    expect(child.signal.aborted).toBe(false);
    expect(turn.remainingMs()).toBe(1000);
    clock.now = 300;
    jest.advanceTimersByTime(700);
    expect(child.signal.aborted).toBe(true);
    expect(turn.signal.aborted).toBe(false);
    clock.now = 1000;
    jest.advanceTimersByTime(1000);
    expect(turn.signal.aborted).toBe(true);
  });

  it('reports how far past itself the clock is', () => {
    const deadline = Deadline.after(100);
    expect(deadline.overrunMs()).toBe(0);
    jest.advanceTimersByTime(350);
    expect(deadline.overrunMs()).toBe(250);
  });

  it('a disposed child no longer fires', () => {
    const turn = Deadline.after(1000);
    const child = turn.capped(100);
    child.dispose();
    jest.advanceTimersByTime(1000);
    expect(turn.signal.aborted).toBe(true);
    expect(child.signal.aborted).toBe(false);
  });
});

describe('withDeadline', () => {
  it('settles at the deadline with the caller error even when the work never does', async () => {
    const deadline = Deadline.after(200);
    let seen: AbortSignal | undefined;
    const result = withDeadline(
      deadline,
      (signal) => {
        seen = signal;
        return new Promise<string>(() => undefined);
      },
      () => new Error('too late'),
    );
    const caught = result.catch((err: unknown) => err);
    jest.advanceTimersByTime(200);
    expect(await caught).toEqual(new Error('too late'));
    expect(seen?.aborted).toBe(true);
  });

  it('passes through a result that comes in time', async () => {
    const deadline = Deadline.after(200);
    await expect(
      withDeadline(
        deadline,
        async () => 'done',
        () => new Error('too late'),
      ),
    ).resolves.toBe('done');
  });

  it('refuses to start work after the deadline', async () => {
    const deadline = Deadline.after(10);
    jest.advanceTimersByTime(10);
    const work = jest.fn(async () => 'never');
    await expect(withDeadline(deadline, work, () => new Error('too late'))).rejects.toThrow('too late');
    expect(work).not.toHaveBeenCalled();
  });
});

describe('sleep', () => {
  it('ends early when the signal aborts', async () => {
    const deadline = Deadline.after(50);
    let done = false;
    const slept = sleep(10_000, deadline.signal).then(() => {
      done = true;
    });
    jest.advanceTimersByTime(50);
    await slept;
    expect(done).toBe(true);
  });
});
