import type { FaultInjector } from './faults';
import { type EmulatedStage, isRecord, type Json, type JsonRecord, listRows, type ProductStore, summarize } from './store';

/**
 * The eleven operations of the SMAPI In-Skill Product Management REST API reference, with its status
 * codes, `{message, code}` error bodies, pagination (`maxResults` 1–50 default 50,
 * `nextToken`, `isTruncated`, `_links`) and stage rules (update and delete in development
 * only; no delete while associated).
 */
export interface EmulatorRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
}

export interface EmulatorResponse {
  readonly status: number;
  readonly body?: Json;
  /** Drop the connection after the operation took effect (a lost answer). */
  readonly loseAnswer?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

export type ListShape = 'bare' | 'wrapped';

export interface RouteContext {
  readonly store: ProductStore;
  readonly vendorId: string;
  readonly listShape: ListShape;
  readonly faults: FaultInjector;
  readonly rejectDuplicateReferenceNames: boolean;
}

const REFERENCE_NAME = /^[A-Za-z0-9_]{1,255}$/;
const TYPES = ['CONSUMABLE', 'ENTITLEMENT', 'SUBSCRIPTION'];
const STAGES: readonly string[] = ['development', 'certified', 'live'];

const error = (status: number, code: string, message: string): EmulatorResponse => ({ status, body: { message, code } });
const notFound = (what: string): EmulatorResponse => error(404, 'NOT_FOUND', `${what} not found`);

/** Maps a request to an SMAPI operation name (the SDK's, without the V1 suffix), for counting. */
export function operationOf(method: string, path: string): string {
  const parts = path.split('/').filter((part) => part !== '');
  if (parts[0] === 'v1' && parts[1] === 'skills') return 'getIspListForSkillId';
  if (parts.length === 2) return method === 'POST' ? 'createIspForVendor' : 'getIspListForVendor';
  if (parts[3] === 'skills') return method === 'PUT' ? 'associateIspWithSkill' : 'disassociateIspWithSkill';
  if (parts[5] === 'summary') return 'getIspSummary';
  if (parts[5] === 'entitlement') return 'resetEntitlementForProduct';
  if (parts[5] === 'skills') return 'getIspAssociatedSkills';
  if (parts.length === 5) return { GET: 'getIspDefinition', PUT: 'updateIspForProduct', DELETE: 'deleteIspForProduct' }[method] ?? 'unknown';
  return 'unknown';
}

export function route(ctx: RouteContext, req: EmulatorRequest): EmulatorResponse {
  const parts = req.path
    .split('/')
    .filter((part) => part !== '')
    .map(decodeURIComponent);
  const [v1, resource, id, sub, subId, tail] = parts;
  if (v1 !== 'v1') return notFound('Resource');
  if (resource === 'skills' && id !== undefined && sub === 'stages' && subId !== undefined && tail === 'inSkillProducts' && parts.length === 6 && req.method === 'GET') {
    return listForSkill(ctx, req, id, subId);
  }
  if (resource !== 'inSkillProducts') return notFound('Resource');
  if (parts.length === 2) {
    if (req.method === 'GET') return listForVendor(ctx, req);
    if (req.method === 'POST') return create(ctx, req.body);
    return error(405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
  }
  if (id === undefined) return notFound('Resource');
  const product = ctx.store.get(id);
  if (product === undefined) return notFound('Product');
  if (product.vendorId !== ctx.vendorId) return error(403, 'FORBIDDEN', 'The product belongs to another vendor');
  if (sub === 'skills' && subId !== undefined && parts.length === 5) {
    if (subId.length < 1 || subId.length > 255) return error(400, 'INVALID_SKILL_ID', 'skillId must be 1-255 characters');
    if (req.method === 'PUT') {
      product.skills.add(subId);
      return { status: 204 };
    }
    if (req.method === 'DELETE') {
      if (!product.skills.delete(subId)) return notFound('Association');
      return { status: 204 };
    }
    return error(405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
  }
  if (sub !== 'stages' || subId === undefined || !STAGES.includes(subId)) return error(400, 'INVALID_STAGE', 'stage must be development, certified or live');
  const stage = subId as EmulatedStage;
  if (parts.length === 5) {
    if (req.method === 'GET') {
      // reference: Get definition "Valid values: development, live".
      if (stage === 'certified') return error(400, 'INVALID_STAGE', 'stage must be development or live');
      if (product.stage !== stage) return notFound(`Product in stage ${stage}`);
      return { status: 200, body: { inSkillProductDefinition: product.definition } };
    }
    if (req.method === 'PUT') return update(ctx, product, stage, req.body);
    if (req.method === 'DELETE') {
      // reference: "You can delete development stage products only. You can't delete live products or products associated with a skill."
      if (stage !== 'development') return error(400, 'INVALID_STAGE', 'Products can be deleted in the development stage only');
      if (product.stage !== 'development') return error(403, 'NOT_EDITABLE', `A ${product.stage} product cannot be deleted`);
      if (product.skills.size > 0) return error(400, 'PRODUCT_ASSOCIATED', 'Disassociate the product from every skill before deleting it');
      ctx.store.remove(product.productId);
      return { status: 204 };
    }
    return error(405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
  }
  if (tail === 'summary' && req.method === 'GET') {
    if (stage === 'certified') return error(400, 'INVALID_STAGE', 'stage must be development or live');
    if (product.stage !== stage) return notFound(`Product in stage ${stage}`);
    const summary = summarize(product);
    return { status: 200, body: ctx.listShape === 'wrapped' ? { inSkillProductSummary: summary } : summary };
  }
  if (tail === 'entitlement' && req.method === 'DELETE') {
    if (stage !== 'development') return error(400, 'INVALID_STAGE', 'Entitlements can be reset in the development stage only');
    product.entitlements = 0;
    return { status: 204 };
  }
  if (tail === 'skills' && req.method === 'GET') {
    const page = paginate(req.query, [...product.skills].sort(), `/v1/inSkillProducts/${product.productId}/stages/${stage}/skills`);
    if ('status' in page) return page;
    return { status: 200, body: { associatedSkillIds: page.items, ...page.meta } };
  }
  return notFound('Resource');
}

function listForVendor(ctx: RouteContext, req: EmulatorRequest): EmulatorResponse {
  const q = req.query;
  const vendorId = q.get('vendorId');
  if (vendorId === null || vendorId === '') return error(400, 'MISSING_PARAMETER', 'vendorId is required');
  if (vendorId !== ctx.vendorId) return error(403, 'FORBIDDEN', 'Not allowed to list products of this vendor');
  const productIds = q.getAll('productId');
  if (productIds.length > 0 && (q.has('maxResults') || q.has('nextToken'))) {
    return error(400, 'INVALID_PARAMETER', "productId can't be combined with maxResults or nextToken");
  }
  if (productIds.length > 50) return error(400, 'INVALID_PARAMETER', 'At most 50 productId values');
  const stage = q.get('stage');
  if (stage !== null && !STAGES.includes(stage)) return error(400, 'INVALID_STAGE', 'stage must be development, certified or live');
  const type = q.get('type');
  if (type !== null && !TYPES.includes(type)) return error(400, 'INVALID_PARAMETER', 'type must be CONSUMABLE, ENTITLEMENT or SUBSCRIPTION');
  const referenceName = q.get('referenceName');
  const association = q.get('isAssociatedWithSkill');
  const rows = ctx.store
    .all()
    .filter((p) => p.vendorId === vendorId)
    .filter((p) => type === null || p.definition['type'] === type)
    .filter((p) => referenceName === null || p.definition['referenceName'] === referenceName)
    .filter((p) => productIds.length === 0 || productIds.includes(p.productId))
    .filter((p) => association === null || (association === 'ASSOCIATED_WITH_SKILL' ? p.skills.size > 0 : p.skills.size === 0))
    .flatMap(listRows)
    .filter((row) => stage === null || row['stage'] === stage);
  const page = paginate(q, rows, `/v1/inSkillProducts?vendorId=${encodeURIComponent(vendorId)}`);
  if ('status' in page) return page;
  return { status: 200, body: listBody(ctx, page.items, page.meta) };
}

function listForSkill(ctx: RouteContext, req: EmulatorRequest, skillId: string, stage: string): EmulatorResponse {
  // reference: List associated products "stage ... Valid values: development, live".
  if (stage !== 'development' && stage !== 'live') return error(400, 'INVALID_STAGE', 'stage must be development or live');
  const products = ctx.store.all().filter((p) => p.vendorId === ctx.vendorId && p.skills.has(skillId));
  const page = paginate(req.query, products, `/v1/skills/${skillId}/stages/${stage}/inSkillProducts`);
  if ('status' in page) return page;
  return {
    status: 200,
    body: listBody(
      ctx,
      page.items.map((product) => summarize(product)),
      page.meta,
    ),
  };
}

function listBody(ctx: RouteContext, items: JsonRecord[], meta: JsonRecord): JsonRecord {
  const list: JsonRecord = { inSkillProducts: items, ...meta };
  // ask-smapi-model's v1.isp.ListInSkillProductResponse wraps the list; the reference's example is bare.
  return ctx.listShape === 'wrapped' ? { inSkillProductSummaryList: list } : list;
}

function paginate<T>(q: URLSearchParams, items: readonly T[], selfHref: string): { items: T[]; meta: JsonRecord } | EmulatorResponse {
  const maxRaw = q.get('maxResults');
  const max = maxRaw === null ? 50 : Number(maxRaw);
  if (!Number.isInteger(max) || max < 1 || max > 50) return error(400, 'INVALID_PARAMETER', 'maxResults must be 1-50');
  const token = q.get('nextToken');
  let offset = 0;
  if (token !== null) {
    const decoded = /^emu-(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
    if (decoded === null || decoded[1] === undefined) return error(400, 'INVALID_NEXT_TOKEN', 'nextToken is not valid');
    offset = Number(decoded[1]);
  }
  const slice = items.slice(offset, offset + max);
  const truncated = offset + max < items.length;
  const joiner = selfHref.includes('?') ? '&' : '?';
  const links: JsonRecord = { self: { href: selfHref } };
  const meta: JsonRecord = { isTruncated: truncated, _links: links };
  if (truncated) {
    const next = Buffer.from(`emu-${offset + max}`, 'utf8').toString('base64url');
    meta['nextToken'] = next;
    links['next'] = { href: `${selfHref}${joiner}nextToken=${next}` };
  }
  return { items: slice, meta };
}

function checkDefinition(body: unknown): { definition: JsonRecord } | EmulatorResponse {
  const definition = isRecord(body) ? body['inSkillProductDefinition'] : undefined;
  if (!isRecord(definition)) return error(400, 'MISSING_PARAMETER', 'inSkillProductDefinition is required');
  const type = definition['type'];
  if (typeof type !== 'string' || !TYPES.includes(type)) return error(400, 'INVALID_ENUM_VALUE', 'type must be CONSUMABLE, ENTITLEMENT or SUBSCRIPTION');
  const referenceName = definition['referenceName'];
  if (typeof referenceName !== 'string' || !REFERENCE_NAME.test(referenceName))
    return error(400, 'INVALID_STRING_LENGTH', 'referenceName must be 1-255 alphanumeric characters and underscore');
  if ((type === 'SUBSCRIPTION') !== isRecord(definition['subscriptionInformation'])) {
    return error(400, 'INVALID_PARAMETER', 'subscriptionInformation is required for, and only for, SUBSCRIPTION');
  }
  return { definition };
}

function create(ctx: RouteContext, body: unknown): EmulatorResponse {
  const vendorId = isRecord(body) ? body['vendorId'] : undefined;
  if (typeof vendorId !== 'string' || vendorId === '') return error(400, 'MISSING_PARAMETER', 'vendorId is required');
  if (vendorId !== ctx.vendorId) return error(403, 'FORBIDDEN', 'Not allowed to create products for this vendor');
  const checked = checkDefinition(body);
  if ('status' in checked) return checked;
  const referenceName = checked.definition['referenceName'];
  if (ctx.rejectDuplicateReferenceNames && ctx.store.all().some((p) => p.definition['referenceName'] === referenceName)) {
    return error(400, 'DUPLICATE_REFERENCE_NAME', 'A product with this referenceName exists');
  }
  const product = ctx.store.add(vendorId, checked.definition);
  return { status: 201, body: { productId: product.productId }, loseAnswer: ctx.faults.takeLostCreate() };
}

function update(ctx: RouteContext, product: ReturnType<ProductStore['add']>, stage: EmulatedStage, body: unknown): EmulatorResponse {
  // reference: "You can update products in the development stage only."
  if (stage !== 'development') return error(400, 'INVALID_STAGE', 'Products can be updated in the development stage only');
  if (product.stage !== 'development') return error(403, 'NOT_EDITABLE', `A ${product.stage} product cannot be updated`);
  const checked = checkDefinition(body);
  if ('status' in checked) return checked;
  if (checked.definition['referenceName'] !== product.definition['referenceName'] || checked.definition['type'] !== product.definition['type']) {
    return error(400, 'IMMUTABLE_FIELD', 'referenceName and type cannot change');
  }
  ctx.store.replace(product, checked.definition);
  return { status: 204 };
}
