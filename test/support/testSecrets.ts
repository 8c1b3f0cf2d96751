/**
 * The fixed connection-token key of tests and local runs. Apart from skill.ts so a script can
 * set the environment with it before anything loads the skill (which reads its configuration
 * when it is loaded).
 */
export const TEST_TOKEN_SECRET = 'test-connection-token-secret-0123456789';
