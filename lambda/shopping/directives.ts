/**
 * Pure builders for the `Connections.StartConnection` directives of Alexa Shopping Actions,
 * shaped exactly as the Alexa Shopping Actions API reference shows them. Every input is validated
 * first: a bad ASIN, a duplicate or a product count outside the task's limits raises a
 * typed error, so a malformed directive is never sent.
 */
import type { interfaces } from 'ask-sdk-model';
import { WISHLIST_LIST_TYPE } from '../constants';
import { DuplicateAsinError, InvalidAsinError, InvalidAttributionError, ProductCountError } from './errors';
import { TASKS, type TaskSpec } from './tasks';
import { isAsin } from '../util/asin';

/** Reference, "Attribution object": associateId required, trackingId optional. */
export interface Attribution {
  associateId: string;
  trackingId?: string;
}

export interface ProductEntity {
  asin: string;
  attribution?: Attribution;
}

export interface AddToListInput {
  products: Array<{ asin: string }>;
  listType: typeof WISHLIST_LIST_TYPE;
}
export interface CartOrBuyInput {
  products: ProductEntity[];
}
export interface RecommendInput {
  products: Array<{ asin: string }>;
  attribution?: Attribution;
}

export type StartConnectionDirective = interfaces.connections.V1.StartConnectionDirective;

export function validateAsins(task: TaskSpec, asins: readonly string[]): void {
  if (asins.length < task.minProducts || asins.length > task.maxProducts) {
    throw new ProductCountError(task.name, asins.length, task.minProducts, task.maxProducts, { max: task.maxProducts });
  }
  const seen = new Set<string>();
  for (const asin of asins) {
    if (!isAsin(asin)) throw new InvalidAsinError(String(asin));
    if (seen.has(asin)) throw new DuplicateAsinError(asin);
    seen.add(asin);
  }
}

/** Builds the attribution object, or nothing when no Associates id is configured. */
export function attributionFrom(associateId?: string, trackingId?: string): Attribution | undefined {
  if (associateId === undefined || associateId === '') return undefined;
  if (associateId.length > 128 || /\s/.test(associateId)) throw new InvalidAttributionError('associateId has spaces or is too long');
  if (trackingId !== undefined && trackingId !== '') {
    if (trackingId.length > 128 || /\s/.test(trackingId)) throw new InvalidAttributionError('trackingId has spaces or is too long');
    return { associateId, trackingId };
  }
  return { associateId };
}

function directive(task: TaskSpec, input: object, token: string): StartConnectionDirective {
  const built: StartConnectionDirective = { type: 'Connections.StartConnection', uri: task.uri, input: { ...input }, token };
  if (task.onCompletion !== undefined) built.onCompletion = task.onCompletion;
  return built;
}

export function buildAddToListDirective(asins: readonly string[], token: string): StartConnectionDirective {
  validateAsins(TASKS.AddToList, asins);
  const input: AddToListInput = { products: asins.map((asin) => ({ asin })), listType: WISHLIST_LIST_TYPE };
  return directive(TASKS.AddToList, input, token);
}

function cartOrBuyInput(asins: readonly string[], attribution: Attribution | undefined): CartOrBuyInput {
  return {
    products: asins.map((asin) => (attribution === undefined ? { asin } : { asin, attribution: { ...attribution } })),
  };
}

export function buildAddToCartDirective(asins: readonly string[], token: string, attribution?: Attribution): StartConnectionDirective {
  validateAsins(TASKS.AddToCart, asins);
  return directive(TASKS.AddToCart, cartOrBuyInput(asins, attribution), token);
}

export function buildBuyDirective(asins: readonly string[], token: string, attribution?: Attribution): StartConnectionDirective {
  validateAsins(TASKS.Buy, asins);
  return directive(TASKS.Buy, cartOrBuyInput(asins, attribution), token);
}

export function buildRecommendDirective(asins: readonly string[], token: string, attribution?: Attribution): StartConnectionDirective {
  validateAsins(TASKS.Recommend, asins);
  const input: RecommendInput = { products: asins.map((asin) => ({ asin })) };
  if (attribution !== undefined) input.attribution = { ...attribution };
  return directive(TASKS.Recommend, input, token);
}

export function buildShoppingDirective(task: TaskSpec, asins: readonly string[], token: string, attribution?: Attribution): StartConnectionDirective {
  switch (task.name) {
    case 'AddToList':
      return buildAddToListDirective(asins, token);
    case 'AddToCart':
      return buildAddToCartDirective(asins, token, attribution);
    case 'Buy':
      return buildBuyDirective(asins, token, attribution);
    case 'Recommend':
      return buildRecommendDirective(asins, token, attribution);
  }
}
