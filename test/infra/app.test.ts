/**
 * How the app reads its context: the skill id is required unless a first deployment says so,
 * and bad values fail synthesis with a message that says what to pass.
 */
import { App } from 'aws-cdk-lib';
import { buildApp } from '../../infra/app';
import { readAppConfig } from '../../infra/context';
import { InvalidContextError, MissingSkillIdError } from '../../infra/errors';

const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';
const appWith = (context: Record<string, unknown>) => new App({ context: { 'aws:cdk:bundling-stacks': [], ...context }, builtinCloudFormationValidation: false });

describe('the CDK app', () => {
  it('refuses to build the stack without a skill id, saying how to pass one', () => {
    // Act
    const act = () => buildApp(appWith({}));

    // Assess
    expect(act).toThrow(MissingSkillIdError);
    expect(act).toThrow(/-c skillId=amzn1\.ask\.skill\..*synthWithoutSkillId=true/);
  });

  it('builds the stack without a skill id, and so without a trigger, when synthWithoutSkillId=true is given', () => {
    // Act
    const app = buildApp(appWith({ synthWithoutSkillId: 'true' }));

    // Assess
    expect(app.node.children.map((child) => child.node.id)).toContain('VoiceShoppingSkill');
  });

  it('reads every knob from context strings as the CLI passes them', () => {
    // Act
    const { stackName, stackProps } = readAppConfig(
      appWith({
        skillId: SKILL_ID,
        stackName: 'ShopperStaging',
        associateId: 'assoc-20',
        logLevel: 'debug',
        catalog: 'embedded',
        tracing: 'true',
        logRetentionDays: '90',
        liveVersion: '7',
        liveHistory: '5, 2',
      }).node,
    );

    // Assess
    expect(stackName).toBe('ShopperStaging');
    expect(stackProps).toMatchObject({
      skillId: SKILL_ID,
      associateId: 'assoc-20',
      logLevel: 'debug',
      catalog: 'embedded',
      tracing: true,
      logRetention: 90,
      synthWithoutSkillId: false,
      liveVersion: '7',
      liveHistory: ['5', '2'],
    });
  });

  it.each([
    ['a skill id that is not one', { skillId: 'my-skill' }, 'skillId'],
    ['an unknown log level', { skillId: SKILL_ID, logLevel: 'loud' }, 'logLevel'],
    ['a flag that is neither true nor false', { synthWithoutSkillId: 'yes' }, 'synthWithoutSkillId'],
    ['a live version that is not a published version', { skillId: SKILL_ID, liveVersion: '$LATEST' }, 'liveVersion'],
    ['a live history with something else than versions', { skillId: SKILL_ID, liveVersion: '7', liveHistory: '5,development' }, 'liveHistory'],
    ['a retention CloudWatch does not offer', { skillId: SKILL_ID, logRetentionDays: '31' }, 'logRetentionDays'],
  ])('rejects %s', (_label, context, key) => {
    // Act
    const act = () => readAppConfig(appWith(context).node);

    // Assess
    expect(act).toThrow(InvalidContextError);
    expect(act).toThrow(`"${key}"`);
  });
});
