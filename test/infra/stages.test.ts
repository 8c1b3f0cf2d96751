/**
 * The skill's stages in the synthesized stack: one function, a version per deployment, a
 * `development` alias on it and a `live` alias on the version it is told to keep, each with an
 * Alexa trigger locked to the skill id, and an output per alias. Synthesized by the real CDK
 * app without bundling (bundling.test.ts does the esbuild run).
 */
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/app';
import { VoiceShoppingStack, type VoiceShoppingStackProps } from '../../infra/stack';
import { StackOutputs } from '../../infra/stack-outputs';
import { functionNameFor, LIVE_HISTORY_LENGTH, liveDescription, liveHistory } from '../../infra/stages';

const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';

type Resource = { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string };
type Resources = Record<string, Resource>;

const synth = (props: VoiceShoppingStackProps, stackName = 'VoiceShoppingSkill'): Template => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
  return Template.fromStack(new VoiceShoppingStack(app, stackName, props));
};
const of = (template: Template, type: string): Array<[string, Resource]> => Object.entries(template.findResources(type) as Resources);
const aliasNamed = (template: Template, name: string): [string, Resource] | undefined =>
  of(template, 'AWS::Lambda::Alias').find(([, alias]) => alias.Properties?.['Name'] === name);

describe('the skill stages', () => {
  describe('the first deployment (no live version given)', () => {
    let template: Template;
    beforeAll(() => {
      template = synth({ skillId: SKILL_ID });
    });

    it('names the function after the stack, so the stage tools find it without outputs', () => {
      template.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'VoiceShoppingSkill-skill' });
      expect(functionNameFor('ShopperStaging')).toBe('ShopperStaging-skill');
      expect(() => functionNameFor('S'.repeat(60))).toThrow(/at most 64/);
    });

    it('publishes a version, retained when a later deployment replaces it so rollback can return to it', () => {
      const versions = of(template, 'AWS::Lambda::Version');
      expect(versions).toHaveLength(1);
      expect(versions[0]?.[1].DeletionPolicy).toBe('Retain');
    });

    it('has a development and a live alias, both on the version this deployment publishes', () => {
      const [versionId] = of(template, 'AWS::Lambda::Version')[0] ?? [''];
      expect(of(template, 'AWS::Lambda::Alias')).toHaveLength(2);
      expect(aliasNamed(template, 'development')?.[1].Properties?.['FunctionVersion']).toEqual({ 'Fn::GetAtt': [versionId, 'Version'] });
      expect(aliasNamed(template, 'live')?.[1].Properties?.['FunctionVersion']).toEqual({ 'Fn::GetAtt': [versionId, 'Version'] });
      expect(aliasNamed(template, 'live')?.[1].Properties?.['Description']).toBe(liveDescription([]));
    });

    it('lets Alexa invoke each alias for this skill id only, and nothing invoke the bare function', () => {
      const permissions = of(template, 'AWS::Lambda::Permission').map(([, permission]) => permission.Properties ?? {});
      const [developmentId] = aliasNamed(template, 'development') ?? [''];
      const [liveId] = aliasNamed(template, 'live') ?? [''];
      expect(permissions.map((permission) => permission['FunctionName']).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
        [{ Ref: developmentId }, { Ref: liveId }].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      );
      for (const permission of permissions) {
        expect(permission).toEqual({ Action: 'lambda:InvokeFunction', Principal: 'alexa-appkit.amazon.com', EventSourceToken: SKILL_ID, FunctionName: expect.anything() });
      }
    });

    it('outputs each alias’s ARN: the endpoints of the development and the live stage', () => {
      const [developmentId] = aliasNamed(template, 'development') ?? [''];
      const [liveId] = aliasNamed(template, 'live') ?? [''];
      template.hasOutput(StackOutputs.DevelopmentAliasArn, { Value: { Ref: developmentId } });
      template.hasOutput(StackOutputs.LiveAliasArn, { Value: { Ref: liveId } });
    });
  });

  it('keeps live on the version it is given, with the versions it ran before, while development takes the new one', () => {
    // Act
    const template = synth({ skillId: SKILL_ID, liveVersion: '7', liveHistory: ['5', '2'] });

    // Assess
    const [versionId] = of(template, 'AWS::Lambda::Version')[0] ?? [''];
    expect(aliasNamed(template, 'live')?.[1].Properties).toMatchObject({ FunctionVersion: '7', Description: liveDescription(['5', '2']) });
    expect(aliasNamed(template, 'development')?.[1].Properties?.['FunctionVersion']).toEqual({ 'Fn::GetAtt': [versionId, 'Version'] });
  });

  it('refuses a live version that is not a published version number', () => {
    expect(() => synth({ skillId: SKILL_ID, liveVersion: '$LATEST' })).toThrow(/liveVersion must be a published version number/);
  });

  it('has no Alexa trigger at all when synthesized without a skill id', () => {
    const template = synth({ synthWithoutSkillId: true });
    template.resourceCountIs('AWS::Lambda::Permission', 0);
    template.resourceCountIs('AWS::Lambda::Alias', 2);
  });

  it('reads the live version and its history from context, as npm run deploy passes them', () => {
    // Act
    const app = buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [], skillId: SKILL_ID, liveVersion: '4', liveHistory: '3,1' }, builtinCloudFormationValidation: false }));

    // Assess
    const stack = app.node.findChild('VoiceShoppingSkill') as VoiceShoppingStack;
    const template = Template.fromStack(stack);
    expect(aliasNamed(template, 'live')?.[1].Properties).toMatchObject({ FunctionVersion: '4', Description: liveDescription(['3', '1']) });
  });

  describe("the live alias's history, in its description", () => {
    it('reads back what it wrote, latest first', () => {
      expect(liveHistory(liveDescription(['9', '4', '1']))).toEqual(['9', '4', '1']);
      expect(liveHistory(liveDescription([]))).toEqual([]);
    });

    it('keeps at most LIVE_HISTORY_LENGTH versions, within an alias description’s 256 characters', () => {
      const long = Array.from({ length: 25 }, (_, index) => String(1_000_000_000 + index));
      const description = liveDescription(long);
      expect(liveHistory(description)).toEqual(long.slice(0, LIVE_HISTORY_LENGTH));
      expect(description.length).toBeLessThanOrEqual(256);
    });

    it('finds no history in a description someone else wrote, and writes no version that is not one', () => {
      expect(liveHistory('Managed by hand: was 3')).toEqual([]);
      expect(liveHistory(undefined)).toEqual([]);
      expect(() => liveDescription(['$LATEST'])).toThrow(/not a published Lambda version/);
    });
  });

  describe('one stack per Alexa region (-c regions=NA,EU,FE)', () => {
    const regionalApp = (context: Record<string, string>) =>
      buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [], skillId: SKILL_ID, regions: 'NA,EU,FE', ...context }, builtinCloudFormationValidation: false }));
    const templateOf = (app: App, code: string) => Template.fromStack(app.node.findChild(`VoiceShoppingSkill-${code}`) as VoiceShoppingStack);

    it.each(['NA', 'EU', 'FE'])('%s has its own function, both aliases with a trigger each for this skill only, and outputs for each alias', (code) => {
      // Act
      const template = templateOf(regionalApp({}), code);

      // Assess
      template.hasResourceProperties('AWS::Lambda::Function', { FunctionName: `VoiceShoppingSkill-${code}-skill` });
      const [developmentId] = aliasNamed(template, 'development') ?? [''];
      const [liveId] = aliasNamed(template, 'live') ?? [''];
      expect([developmentId, liveId].every((id) => id !== '')).toBe(true);
      const permissions = of(template, 'AWS::Lambda::Permission').map(([, permission]) => permission.Properties ?? {});
      expect(permissions.map((permission) => JSON.stringify(permission['FunctionName'])).sort()).toEqual(
        [JSON.stringify({ Ref: developmentId }), JSON.stringify({ Ref: liveId })].sort(),
      );
      for (const permission of permissions) expect(permission).toMatchObject({ Principal: 'alexa-appkit.amazon.com', EventSourceToken: SKILL_ID });
      template.hasOutput(StackOutputs.DevelopmentAliasArn, { Value: { Ref: developmentId } });
      template.hasOutput(StackOutputs.LiveAliasArn, { Value: { Ref: liveId } });
      template.hasOutput('AlexaRegion', { Value: code });
    });

    it('keeps each region’s live alias on the version given for that region, and a region given none starts on its new version', () => {
      // Act: what npm run deploy passes after reading each region's live alias
      const app = regionalApp({ 'liveVersion.NA': '4', 'liveHistory.NA': '2', 'liveVersion.EU': '9' });

      // Assess
      expect(aliasNamed(templateOf(app, 'NA'), 'live')?.[1].Properties).toMatchObject({ FunctionVersion: '4', Description: liveDescription(['2']) });
      expect(aliasNamed(templateOf(app, 'EU'), 'live')?.[1].Properties).toMatchObject({ FunctionVersion: '9', Description: liveDescription([]) });
      const fe = templateOf(app, 'FE');
      const [versionId] = of(fe, 'AWS::Lambda::Version')[0] ?? [''];
      expect(aliasNamed(fe, 'live')?.[1].Properties?.['FunctionVersion']).toEqual({ 'Fn::GetAtt': [versionId, 'Version'] });
    });

    it('points each region’s alarms at a topic of its own region: the shared topic where it is in that region, else the region’s own', () => {
      // Act
      const app = regionalApp({
        alarmTopicArn: 'arn:aws:sns:us-east-1:123456789012:alarms',
        'alarmTopicArn.EU': 'arn:aws:sns:eu-west-1:123456789012:alarms',
        'alarmTopicArn.FE': 'arn:aws:sns:us-west-2:123456789012:alarms',
      });

      // Assess
      const topics = ['NA', 'EU', 'FE'].map((code) => [
        code,
        [...new Set(Object.values(templateOf(app, code).findResources('AWS::CloudWatch::Alarm') as Resources).flatMap((alarm) => alarm.Properties?.['AlarmActions'] as string[]))],
      ]);
      expect(topics).toEqual([
        ['NA', ['arn:aws:sns:us-east-1:123456789012:alarms']],
        ['EU', ['arn:aws:sns:eu-west-1:123456789012:alarms']],
        ['FE', ['arn:aws:sns:us-west-2:123456789012:alarms']],
      ]);
    });

    it('refuses a topic of another region for a region’s alarms, naming the key that fixes it', () => {
      expect(() => regionalApp({ alarmTopicArn: 'arn:aws:sns:us-east-1:123456789012:alarms', 'alarmTopicArn.FE': 'arn:aws:sns:us-west-2:123456789012:alarms' })).toThrow(
        /"alarmTopicArn\.EU".*an SNS topic in eu-west-1 for the EU stack's alarms: alarmTopicArn is in us-east-1/,
      );
      expect(() => regionalApp({ regions: 'NA', 'alarmTopicArn.EU': 'arn:aws:sns:eu-west-1:123456789012:alarms' })).toThrow(
        /"alarmTopicArn\.EU".*given only for a region in regions/,
      );
    });

    it('refuses one live version for every region (each numbers its own) and a live version for a region it does not deploy', () => {
      expect(() => regionalApp({ liveVersion: '4' })).toThrow(/"liveVersion".*given per region with regions \(liveVersion\.NA, liveVersion\.EU, liveVersion\.FE\)/);
      expect(() => regionalApp({ regions: 'NA,EU', 'liveVersion.FE': '3' })).toThrow(/"liveVersion\.FE".*given only for a region in regions \(regions=NA,EU\)/);
      expect(() => regionalApp({ 'liveVersion.EU': '$LATEST' })).toThrow(/"liveVersion\.EU".*a published Lambda version number/);
    });
  });
});
