/**
 * `npm run promote`: points the live alias at the version the development alias runs, after a
 * preflight like the deploy's (infra/deploy/live.ts). What the live skill stage calls changes at
 * once; no skill package is uploaded.
 */
import { type CliSpec, parseCli } from '../cli';
import { DEFAULT_STACK_NAME } from '../stack-outputs';
import { promote } from './live';
import { projectContext, runStep } from './run';

export const PROMOTE_CLI: CliSpec = {
  command: 'npm run promote --',
  summary: 'Point the live alias (the live skill stage) at the version the development alias runs. `npm run rollback` undoes it.',
  options: [
    { flag: '--dry-run', text: 'run the preflight, read both aliases and print the move; change nothing' },
    { flag: '--stack-name NAME', text: `the stack whose function's aliases move (default ${DEFAULT_STACK_NAME}, as -c stackName)` },
  ],
  examples: ['npm run promote -- --dry-run', 'npm run promote', 'AWS_PROFILE=prod npm run promote -- --stack-name ShopperProd'],
  exitCodes: [
    [0, 'live runs the version development runs (moved now, already there, or, with --dry-run, the move printed)'],
    [1, 'the preflight found a problem (no credentials or region, the aliases not found), or the live alias moved meanwhile; nothing changed'],
    [2, 'an unknown or malformed option'],
  ],
};

if (require.main === module) {
  const cli = parseCli(PROMOTE_CLI, process.argv.slice(2), { 'dry-run': 'boolean', 'stack-name': 'string' });
  if (cli !== undefined) {
    runStep('promote', () => promote(projectContext(), { dryRun: cli.values['dry-run'] === true, stackName: cli.values['stack-name'] ?? DEFAULT_STACK_NAME }));
  }
}
