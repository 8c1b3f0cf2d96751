/**
 * The one catalog error class: each code keeps its own sentence (and reprompt) in every
 * locale, its retry verdict, and the API's error codes and statuses map onto the codes.
 */
import { CATALOG_ERROR_KINDS, CatalogError, CatalogErrorCodes, errorFromResponse } from '../../lambda/catalog/errors';
import { translator } from '../../lambda/i18n';

const codes = Object.values(CatalogErrorCodes);

describe('CatalogError', () => {
  it.each(codes)('%s is spoken with its own message in en-US and en-GB', (code) => {
    const error = new CatalogError(code, 'x');
    expect(error.speechKey).toBe(CATALOG_ERROR_KINDS[code].speechKey);
    expect(error.repromptKey).toBe(CATALOG_ERROR_KINDS[code].repromptKey);
    for (const locale of ['en-US', 'en-GB']) {
      const t = translator(locale);
      expect(t(error.speechKey)).not.toBe(error.speechKey);
      expect(t(error.speechKey).length).toBeGreaterThan(10);
    }
  });

  it('tells the customer something different for each kind of failure the customer can act on', () => {
    const heard = new Map(codes.map((code) => [code, translator('en-US')(CATALOG_ERROR_KINDS[code].speechKey)]));
    // A garbled answer is heard as "unavailable"; every other code has a sentence of its own.
    const distinct = new Set(codes.filter((code) => code !== CatalogErrorCodes.BadResponse).map((code) => heard.get(code)));
    expect(distinct.size).toBe(codes.length - 1);
    expect(heard.get(CatalogErrorCodes.BadResponse)).toBe(heard.get(CatalogErrorCodes.Unavailable));
  });

  it.each([
    [503, 'SERVICE_ERROR', CatalogErrorCodes.Unavailable, true],
    [429, 'REQUEST_RATE_LIMIT_EXCEEDED', CatalogErrorCodes.RateLimited, true],
    [404, 'PRODUCT_NOT_FOUND', CatalogErrorCodes.ProductNotFound, false],
    [400, 'INVALID_REQUEST_PARAMETER', CatalogErrorCodes.InvalidRequest, false],
    [400, 'PAGE_NOT_FOUND', CatalogErrorCodes.InvalidRequest, false],
    [403, 'EMAIL_ID_NOT_FOUND', CatalogErrorCodes.Auth, false],
    [401, undefined, CatalogErrorCodes.Auth, false],
    [502, undefined, CatalogErrorCodes.Unavailable, true],
    [418, undefined, CatalogErrorCodes.BadResponse, false],
  ])('an answer %i %s is %s (retryable: %s)', (status, apiCode, code, retryable) => {
    const body = apiCode === undefined ? undefined : { errors: [{ code: apiCode, message: 'm' }] };
    const error = errorFromResponse(status, body, 'req-1');
    expect(error).toBeInstanceOf(CatalogError);
    expect(error).toMatchObject({ code, retryable, status, requestId: 'req-1' });
  });
});
