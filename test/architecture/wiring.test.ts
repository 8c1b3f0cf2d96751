/**
 * No ASK SDK wiring that bypasses the turn's deadline: no ApiClient (the SDK's
 * DefaultApiClient has no timeout and no abort; handlers would reach it through
 * `serviceClientFactory`) and no persistence adapter behind `getPersistentAttributes` (the
 * customer's state is read and written through persistence/customerState.ts, under the
 * deadline, with versioned writes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LAMBDA_DIR, sourceFiles } from './sources';

const lambda = LAMBDA_DIR;
const BYPASSES = /\b(withApiClient|DefaultApiClient|serviceClientFactory|withPersistenceAdapter|getPersistentAttributes|setPersistentAttributes|savePersistentAttributes)\b/;

/** Code only: a comment may name what is left out and why. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('the ASK SDK wiring', () => {
  it('registers no API client and no persistence adapter, and nothing reaches for them', () => {
    const users = sourceFiles(lambda)
      .filter((file) => BYPASSES.test(withoutComments(readFileSync(file, 'utf8'))))
      .map((file) => path.relative(lambda, file));
    expect(users).toEqual([]);
  });

  it('sees such wiring when it is there (the check can fail)', () => {
    expect(BYPASSES.test(withoutComments('builder.withApiClient(new DefaultApiClient());'))).toBe(true);
    expect(BYPASSES.test(withoutComments('// no withApiClient here: it would bypass the deadline'))).toBe(false);
  });
});
