/**
 * Jest setup: the environment every test runs the skill in unless it says otherwise. The
 * Lambda has no default catalog (CATALOG is required), so tests choose the embedded sample
 * data set explicitly here; tests of the Amazon Business client build their catalog directly.
 */
import { EnvNames } from '../../lambda/config/env';

if (process.env[EnvNames.Catalog] === undefined) process.env[EnvNames.Catalog] = 'embedded';
