/**
 * `npm run rollback`: points the live alias back at the version it ran before the last promote
 * (the live alias's description records them, latest first), after a preflight like the
 * deploy's (infra/deploy/live.ts). No recertification: the live skill stage calls the alias,
 * not a version.
 */
import type { CliSpec } from '../cli';
import { liveCliOptions, rollback, runLiveCli } from './live';

export const ROLLBACK_CLI: CliSpec = {
  command: 'npm run rollback --',
  summary: 'Point the live alias (the live skill stage) back at the version it ran before the last promote, in every deployed region (or --region) or in none.',
  options: liveCliOptions('the aliases'),
  examples: ['npm run rollback -- --dry-run', 'npm run rollback', 'npm run rollback -- --region NA,FE', 'AWS_PROFILE=prod npm run rollback -- --stack-name ShopperProd'],
  exitCodes: [
    [0, 'live runs the version it ran before in every region acted on (or, with --dry-run, the moves printed)'],
    [
      1,
      'the preflight found a problem in some region, a live alias records no earlier version (or it was deleted), or a move failed (an alias moved meanwhile): no region changed',
    ],
    [2, 'an unknown or malformed option (--region takes NA, EU, FE)'],
  ],
};

if (require.main === module) runLiveCli(ROLLBACK_CLI, 'rollback', rollback);
