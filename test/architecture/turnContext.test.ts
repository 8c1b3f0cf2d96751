/**
 * Per-turn state has one home: lambda/turn/context.ts. No other module reads or writes the
 * ASK SDK's request attributes (whose string keys were cast where they were read); they
 * declare a typed slot (`turnSlot<T>`) instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LAMBDA_DIR, sourceFiles } from './sources';

const lambda = LAMBDA_DIR;
const TURN_MODULE = path.join('turn', 'context.ts');
/** Every way into the SDK's request attributes. */
const REQUEST_ATTRIBUTES = /\b(get|set)RequestAttributes\b|\brequestAttributes\b/;

function usersOfRequestAttributes(): string[] {
  return sourceFiles(lambda)
    .filter((file) => REQUEST_ATTRIBUTES.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(lambda, file));
}

describe('request attributes', () => {
  it('are touched by the turn context module only', () => {
    const users = usersOfRequestAttributes();
    expect(users.filter((file) => file !== TURN_MODULE)).toEqual([]);
    // The check can fail: it does see the one module that owns them.
    expect(users).toContain(TURN_MODULE);
  });
});
