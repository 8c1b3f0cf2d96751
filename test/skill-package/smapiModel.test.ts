/**
 * Every file of skill-package/ checked against Amazon's own SMAPI model (`ask-smapi-model`):
 * skill.json as `v1.skill.Manifest.SkillManifestEnvelope`, each interaction model as
 * `v1.skill.interactionModel.InteractionModelData`, each in-skill product as
 * `v1.isp.InSkillProductDefinition`. Unknown fields fail (excess-property checks on a typed
 * literal), wrong enum values fail, and a file with no known schema fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkAgainstModel, isAplDocument, type ModelInput, type ModelProblem, modelKindFor } from '../../infra/smapi-model/check';

const PACKAGE = path.resolve(__dirname, '../../skill-package');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [path.relative(PACKAGE, full).split(path.sep).join('/')];
  });
}

const describeProblem = (problem: ModelProblem): string => `${problem.name}:${problem.line}: ${problem.path}: ${problem.message}`;

describe('the skill package against ask-smapi-model', () => {
  // APL documents are checked against APL's schema instead (test/screens/documents.test.ts).
  const files = listFiles(PACKAGE)
    .filter((file) => !isAplDocument(file))
    .sort();

  it('holds a manifest, an interaction model per locale and the in-skill products, each with a known schema', () => {
    // Assess
    expect(files).toContain('skill.json');
    expect(files.filter((file) => modelKindFor(file) === 'interactionModel').length).toBeGreaterThanOrEqual(2);
    expect(files.filter((file) => modelKindFor(file) === 'inSkillProduct').length).toBeGreaterThanOrEqual(3);
    expect(files.filter((file) => modelKindFor(file) === undefined)).toEqual([]);
  });

  it('type-checks every file with no problem', () => {
    // Prepare
    const inputs: ModelInput[] = files.map((file) => {
      const text = readFileSync(path.join(PACKAGE, file), 'utf8');
      JSON.parse(text); // TypeScript accepts more than JSON (comments, trailing commas): the file must be JSON first
      return { name: file, text, kind: modelKindFor(file) ?? 'manifest' };
    });

    // Act
    const problems = checkAgainstModel(inputs);

    // Assess
    expect(problems.map(describeProblem)).toEqual([]);
  });
});

describe('the model check itself', () => {
  const product = (prompts: object, type = 'CONSUMABLE'): string =>
    JSON.stringify(
      {
        version: '1.0',
        type,
        referenceName: 'pack',
        publishingInformation: { locales: { 'en-US': { name: 'Pack', customProductPrompts: prompts } }, distributionCountries: ['US'] },
      },
      null,
      2,
    );

  it('names an unknown in-skill product field, where it is, and the fields the schema has there', () => {
    // Act
    const problems = checkAgainstModel([
      { name: 'isps/consumable/pack.json', text: product({ purchasePromptDescription: 'A pack.', boughtConfirmationPrompt: 'Enjoy.' }), kind: 'inSkillProduct' },
    ]);

    // Assess
    expect(problems).toEqual([
      expect.objectContaining({
        name: 'isps/consumable/pack.json',
        path: 'publishingInformation.locales["en-US"].customProductPrompts.boughtConfirmationPrompt',
        unknownField: 'boughtConfirmationPrompt',
        knownFields: ['purchasePromptDescription', 'boughtCardDescription'],
        line: 11,
      }),
    ]);
    expect(problems[0]?.message).toContain("'CustomProductPrompts'");
  });

  it('accepts the schema field, and rejects a value outside an enum', () => {
    // Act
    const good = checkAgainstModel([{ name: 'good.json', text: product({ boughtCardDescription: 'Enjoy.' }), kind: 'inSkillProduct' }]);
    const badType = checkAgainstModel([{ name: 'bad.json', text: product({}, 'SUBSCRIPTIONS'), kind: 'inSkillProduct' }]);

    // Assess
    expect(good).toEqual([]);
    expect(badType).toEqual([expect.objectContaining({ path: 'type', message: expect.stringContaining('"SUBSCRIPTIONS"') })]);
  });

  it('rejects a manifest field that is not in the schema (the old Shopping Actions switch) and accepts shoppingKit', () => {
    // Prepare
    const manifest = (privacy: object) => JSON.stringify({ manifest: { manifestVersion: '1.0', privacyAndCompliance: privacy } });

    // Act
    const wrong = checkAgainstModel([{ name: 'skill.json', text: manifest({ isAlexaShoppingActionsEnabled: true }), kind: 'manifest' }]);
    const right = checkAgainstModel([{ name: 'skill.json', text: manifest({ shoppingKit: { isShoppingActionsEnabled: true } }), kind: 'manifest' }]);

    // Assess
    expect(wrong).toEqual([expect.objectContaining({ path: 'manifest.privacyAndCompliance.isAlexaShoppingActionsEnabled', unknownField: 'isAlexaShoppingActionsEnabled' })]);
    expect(wrong[0]?.knownFields).toContain('shoppingKit');
    expect(right).toEqual([]);
  });

  it('checks dialog models and prompts of an interaction model too', () => {
    // Prepare
    const model = (slot: object) =>
      JSON.stringify({
        interactionModel: {
          languageModel: {
            invocationName: 'voice shopper',
            intents: [{ name: 'SearchIntent', slots: [{ name: 'query', type: 'AMAZON.SearchQuery' }], samples: ['find {query}'] }],
          },
          dialog: { intents: [{ name: 'SearchIntent', confirmationRequired: false, prompts: {}, slots: [slot] }], delegationStrategy: 'SKILL_RESPONSE' },
          prompts: [{ id: 'Elicit.Slot.query', variations: [{ type: 'PlainText', value: 'What should I look for?' }] }],
        },
      });
    const slot = { name: 'query', type: 'AMAZON.SearchQuery', elicitationRequired: true, confirmationRequired: false, prompts: { elicitation: 'Elicit.Slot.query' } };

    // Act
    const valid = checkAgainstModel([{ name: 'en-US.json', text: model(slot), kind: 'interactionModel' }]);
    const typo = checkAgainstModel([{ name: 'en-US.json', text: model({ ...slot, elicitationRequred: true }), kind: 'interactionModel' }]);

    // Assess
    expect(valid).toEqual([]);
    expect(typo).toEqual([expect.objectContaining({ path: 'interactionModel.dialog.intents[0].slots[0].elicitationRequred', unknownField: 'elicitationRequred' })]);
  });

  it('has a schema for the package files only', () => {
    expect(['skill.json', 'interactionModels/custom/en-US.json', 'isps/subscription/x.json', 'isps/x.json', 'README.md', 'assets/icon.png'].map(modelKindFor)).toEqual([
      'manifest',
      'interactionModel',
      'inSkillProduct',
      'inSkillProduct',
      undefined,
      undefined,
    ]);
  });

  it('knows the APL documents by their place, and nothing else as one', () => {
    expect(['response/display/productList/document.json', 'response/display/productList/data.json', 'display/productList/document.json', 'skill.json'].map(isAplDocument)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});
