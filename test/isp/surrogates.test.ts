/** In-skill product text must be well-formed Unicode: a lone surrogate is a validation problem, not an upload. */
import { validateProductFiles } from '../../infra/isp/validate';
import { consumableFixture } from './helpers';

describe('in-skill product text with a lone surrogate', () => {
  it.each([
    [
      'the name',
      (locale: Record<string, unknown>) => {
        locale.name = 'Pack \uD83D';
      },
      'name',
    ],
    [
      'a keyword',
      (locale: Record<string, unknown>) => {
        locale.keywords = ['pack \uDE00'];
      },
      'keywords[0]',
    ],
  ])('reports %s', (_label, change, field) => {
    const definition = consumableFixture('pack_a');
    const enUs = definition.publishingInformation.locales['en-US'] as unknown as Record<string, unknown>;
    change(enUs);
    const { problems } = validateProductFiles([{ file: 'consumable/pack_a.json', content: definition }]);
    expect(problems).toEqual([
      { file: 'consumable/pack_a.json', path: `publishingInformation.locales["en-US"].${field}`, rule: 'must be well-formed Unicode text (it has a lone surrogate)' },
    ]);
  });

  it('accepts a whole emoji', () => {
    const definition = consumableFixture('pack_a');
    (definition.publishingInformation.locales['en-US'] as unknown as Record<string, unknown>).name = 'Pack 😀';
    expect(validateProductFiles([{ file: 'consumable/pack_a.json', content: definition }]).problems).toEqual([]);
  });
});
