/**
 * `npm run promote`: points the live alias at the version the development alias runs, after a
 * preflight like the deploy's (infra/deploy/live.ts). What the live skill stage calls changes at
 * once; no skill package is uploaded.
 */
import type { CliSpec } from '../cli';
import { liveCliOptions, promote, runLiveCli } from './live';

export const PROMOTE_CLI: CliSpec = {
  command: 'npm run promote --',
  summary: 'Point the live alias (the live skill stage) at the version the development alias runs. `npm run rollback` undoes it.',
  options: liveCliOptions('both aliases'),
  examples: ['npm run promote -- --dry-run', 'npm run promote', 'AWS_PROFILE=prod npm run promote -- --stack-name ShopperProd'],
  exitCodes: [
    [0, 'live runs the version development runs (moved now, already there, or, with --dry-run, the move printed)'],
    [1, 'the preflight found a problem (no credentials or region, the aliases not found), or the live alias moved meanwhile; nothing changed'],
    [2, 'an unknown or malformed option'],
  ],
};

if (require.main === module) runLiveCli(PROMOTE_CLI, 'promote', promote);
