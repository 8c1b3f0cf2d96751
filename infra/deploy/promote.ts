/**
 * `npm run promote`: points the live alias at the version the development alias runs, after a
 * preflight like the deploy's (infra/deploy/live.ts). What the live skill stage calls changes at
 * once; no skill package is uploaded.
 */
import type { CliSpec } from '../cli';
import { liveCliOptions, promote, runLiveCli } from './live';

export const PROMOTE_CLI: CliSpec = {
  command: 'npm run promote --',
  summary:
    "Point the live alias (the live skill stage) at the version the development alias runs, in every deployed region (each region's own versions) or in none. `npm run rollback` undoes it.",
  options: liveCliOptions('both aliases'),
  examples: ['npm run promote -- --dry-run', 'npm run promote', 'npm run promote -- --region EU', 'AWS_PROFILE=prod npm run promote -- --stack-name ShopperProd'],
  exitCodes: [
    [0, 'live runs the version development runs in every region acted on (moved now, already there, or, with --dry-run, the moves printed)'],
    [
      1,
      'the preflight found a problem in some region (no credentials or region, the aliases not found or unreadable), or a move failed (a live alias moved meanwhile): no region changed',
    ],
    [2, 'an unknown or malformed option (--region takes NA, EU, FE)'],
  ],
};

if (require.main === module) runLiveCli(PROMOTE_CLI, 'promote', promote);
