/**
 * Jest setup: the skill's log lines are not printed during tests (tests that care capture
 * them with captureLogs). Set SHOW_SKILL_LOGS=1 to see them while debugging.
 */
import { interceptSkillLogs } from './logs';

if (process.env.SHOW_SKILL_LOGS !== '1') interceptSkillLogs(() => undefined);
