/**
 * `npm run rollback`: points the live alias back at the version it ran before the last promote
 * (the live alias's description records them, latest first), after a preflight like the
 * deploy's (infra/deploy/live.ts). No recertification: the live skill stage calls the alias,
 * not a version.
 */
import { type CliSpec, parseCli } from '../cli';
import { DEFAULT_STACK_NAME } from '../stack-outputs';
import { rollback } from './live';
import { projectContext, runStep } from './run';

export const ROLLBACK_CLI: CliSpec = {
  command: 'npm run rollback --',
  summary: 'Point the live alias (the live skill stage) back at the version it ran before the last promote.',
  options: [
    { flag: '--dry-run', text: 'run the preflight, read the live alias and print the move; change nothing' },
    { flag: '--stack-name NAME', text: `the stack whose function's live alias moves (default ${DEFAULT_STACK_NAME}, as -c stackName)` },
  ],
  examples: ['npm run rollback -- --dry-run', 'npm run rollback', 'AWS_PROFILE=prod npm run rollback -- --stack-name ShopperProd'],
  exitCodes: [
    [0, 'live runs the version it ran before (or, with --dry-run, the move printed)'],
    [1, 'the preflight found a problem, the live alias records no earlier version (or it was deleted), or the alias moved meanwhile; nothing changed'],
    [2, 'an unknown or malformed option'],
  ],
};

if (require.main === module) {
  const cli = parseCli(ROLLBACK_CLI, process.argv.slice(2), { 'dry-run': 'boolean', 'stack-name': 'string' });
  if (cli !== undefined) {
    runStep('rollback', () => rollback(projectContext(), { dryRun: cli.values['dry-run'] === true, stackName: cli.values['stack-name'] ?? DEFAULT_STACK_NAME }));
  }
}
