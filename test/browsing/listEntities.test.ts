/** The dynamic entities of a list: within Alexa's limits and the skill's share of the 24 KB response. */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  clearEntitiesDirective,
  digestOf,
  entityKind,
  listEntitiesDirective,
  MAX_DIRECTIVE_BYTES,
  MAX_DYNAMIC_ENTITIES,
  MAX_SENT_BRANDS,
} from '../../lambda/browsing/listEntities';
import { IntentNames, SessionKeys, SlotTypes } from '../../lambda/constants';
import { fitResponse, MAX_RESPONSE_BYTES } from '../../lambda/util/limits';
import { intentRequest } from '../support/envelopes';

describe('listEntitiesDirective', () => {
  it('replaces the ListValueType entities with the brands, then the values, each once, ids saying which is which', () => {
    const directive = listEntitiesDirective(['Anker', 'Amazon Basics', 'anker'], ['Black', '24 Pack', 'black']);
    expect(directive?.updateBehavior).toBe('REPLACE');
    expect(directive?.types?.[0]?.name).toBe(SlotTypes.ListValue);
    const values = directive?.types?.[0]?.values ?? [];
    expect(values.map((v) => v.name.value)).toEqual(['Anker', 'Amazon Basics', 'Black', '24 Pack']);
    expect(values.map((v) => entityKind(v.id))).toEqual(['brand', 'brand', 'value', 'value']);
    // Said together or apart: "amazonbasics".
    expect(values[1]?.name.synonyms).toEqual(['AmazonBasics']);
  });

  it('sends nothing for an empty list, and nothing a customer could not say back', () => {
    expect(listEntitiesDirective([], [])).toBeUndefined();
    expect(listEntitiesDirective(['<speak>'], ['x'.repeat(200)])).toBeUndefined();
  });

  it('keeps to 100 entities and the byte budget however much the list offers', () => {
    const brands = Array.from({ length: 80 }, (_, i) => `Brand number ${i} with a long name`);
    const values = Array.from({ length: 80 }, (_, i) => `Value ${i} of a long variation name`);
    const directive = listEntitiesDirective(brands, values);
    const count = directive?.types?.[0]?.values.length ?? 0;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(MAX_DYNAMIC_ENTITIES);
    expect(directive?.types?.[0]?.values.filter((v) => entityKind(v.id) === 'brand').length).toBeLessThanOrEqual(MAX_SENT_BRANDS);
    expect(Buffer.byteLength(JSON.stringify(directive), 'utf8')).toBeLessThanOrEqual(MAX_DIRECTIVE_BYTES);
  });

  it('has a digest that changes with the entities and not otherwise', () => {
    const a = listEntitiesDirective(['Anker'], ['Black']);
    const b = listEntitiesDirective(['Anker'], ['Black']);
    const c = listEntitiesDirective(['Anker'], ['White']);
    if (a === undefined || b === undefined || c === undefined) throw new Error('no directive');
    expect(digestOf(a)).toBe(digestOf(b));
    expect(digestOf(a)).not.toBe(digestOf(c));
    expect(clearEntitiesDirective()).toEqual({ type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'CLEAR' });
  });

  it('is what a response over 24 KB drops after its screen, before the session is shrunk', () => {
    const directive = listEntitiesDirective(
      Array.from({ length: 30 }, (_, i) => `Brand ${i}`),
      Array.from({ length: 30 }, (_, i) => `Value ${i}`),
    );
    if (directive === undefined) throw new Error('no directive');
    // Over 24 KB with the directive, under it without.
    const filler = 'x'.repeat(MAX_RESPONSE_BYTES - 1000);
    const envelope: ResponseEnvelope = {
      version: '1.0',
      sessionAttributes: { filler },
      response: { outputSpeech: { type: 'SSML', ssml: '<speak>Okay.</speak>' }, directives: [directive, clearEntitiesDirective()] },
    };
    const fitted = fitResponse(envelope);
    expect(fitted.response.directives).toEqual([clearEntitiesDirective()]);
    expect(String(fitted.sessionAttributes?.['filler']).length).toBe(filler.length);
  });

  describe('the session record of what Alexa holds, when the REPLACE is dropped', () => {
    const directive = listEntitiesDirective(
      Array.from({ length: 30 }, (_, i) => `Brand ${i}`),
      Array.from({ length: 30 }, (_, i) => `Value ${i}`),
    );
    if (directive === undefined) throw new Error('no directive');
    const crowded = (): ResponseEnvelope => ({
      version: '1.0',
      // What the DynamicEntitiesInterceptor recorded for the directive it added.
      sessionAttributes: { filler: 'x'.repeat(MAX_RESPONSE_BYTES - 1000), [SessionKeys.DynamicEntities]: digestOf(directive) },
      response: { outputSpeech: { type: 'SSML', ssml: '<speak>Okay.</speak>' }, directives: [directive] },
    });
    const carrying = (attributes: Record<string, unknown>): RequestEnvelope => {
      const request = intentRequest(IntentNames.Next);
      if (request.session !== undefined) request.session.attributes = attributes;
      return request;
    };

    it('is removed when no set was in force before', () => {
      const fitted = fitResponse(crowded(), carrying({}));
      expect(fitted.response.directives).toEqual([]);
      expect(fitted.sessionAttributes?.[SessionKeys.DynamicEntities]).toBeUndefined();
    });

    it('goes back to the set in force before', () => {
      const fitted = fitResponse(crowded(), carrying({ [SessionKeys.DynamicEntities]: 'earlier' }));
      expect(fitted.response.directives).toEqual([]);
      expect(fitted.sessionAttributes?.[SessionKeys.DynamicEntities]).toBe('earlier');
    });

    it('stays when the directive fits', () => {
      const small: ResponseEnvelope = { ...crowded(), sessionAttributes: { [SessionKeys.DynamicEntities]: digestOf(directive) } };
      const fitted = fitResponse(small, carrying({ [SessionKeys.DynamicEntities]: 'earlier' }));
      expect(fitted.response.directives).toEqual([directive]);
      expect(fitted.sessionAttributes?.[SessionKeys.DynamicEntities]).toBe(digestOf(directive));
    });
  });
});
