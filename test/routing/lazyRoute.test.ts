/**
 * A route's handler loaded on the route's first request (lambda/routing/router.ts): nothing is
 * loaded before, concurrent first requests share one load, and a failed load is tried again.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { lazyRoute, type RoutedHandler } from '../../lambda/routing/router';

const input = {} as HandlerInput;
const answer = (text: string): Response => ({ outputSpeech: { type: 'PlainText', text } });

describe('lazyRoute', () => {
  it('loads nothing until the first request, then once for every request after it', async () => {
    let loads = 0;
    const route = lazyRoute(async () => {
      loads += 1;
      return { handle: () => answer(`load ${loads}`) } satisfies RoutedHandler;
    });
    expect(loads).toBe(0);
    const answers = await Promise.all([route.handle(input), route.handle(input)]);
    expect(answers).toEqual([answer('load 1'), answer('load 1')]);
    expect(await route.handle(input)).toEqual(answer('load 1'));
    expect(loads).toBe(1);
  });

  it('tries a failed load again on the next request', async () => {
    let loads = 0;
    const route = lazyRoute(async () => {
      loads += 1;
      if (loads === 1) throw new Error('module failed to evaluate');
      return { handle: () => answer('loaded') };
    });
    await expect(route.handle(input)).rejects.toThrow('module failed to evaluate');
    expect(await route.handle(input)).toEqual(answer('loaded'));
    expect(loads).toBe(2);
  });
});
