/**
 * What `ask deploy` of a skill-package-only project calls (ask-cli 2.30.7, its skill-metadata
 * controller), after the SMAPI Skill Package Management and Skill Management references:
 *
 * - `POST /v1/skills/uploads` → 201 `{uploadUrl, expiresAt}`; the URL stands for S3's
 *   presigned one: `PUT` of the zip there needs no token;
 * - `POST /v1/skills/imports` `{vendorId, location}` (a new skill) or
 *   `POST /v1/skills/{skillId}/imports` `{location}` → 202 with `Location: /v1/skills/imports/{id}`;
 * - `GET /v1/skills/imports/{importId}` → `{status, errors, warnings, skill: {skillId, resources}}`;
 * - `GET /v1/skills/{skillId}/status`, `GET …/stages/{stage}/manifest`,
 *   `GET …/stages/{stage}/interactionModel/locales/{locale}`: what the last import holds;
 * - `GET` / `PUT /v1/skills/{skillId}/stages/{stage}/enablement`: 404 until enabled, then 204.
 *
 * The import unzips the package and refuses one without `skill.json` at its root, with a JSON
 * file that does not parse, or with a manifest, interaction model or in-skill product that does
 * not match SMAPI's schema (`ask-smapi-model`'s types); what it accepted stays readable
 * (`skills()`) so tests can compare it with the project's files.
 */
import { randomUUID } from 'node:crypto';
import { checkAgainstModel, modelKindFor } from '../../../infra/smapi-model/check';
import type { EmulatorResponse } from './routes';
import { isRecord, type Json, type JsonRecord } from './store';
import { readZip } from './zip';

export interface DeployedSkill {
  readonly skillId: string;
  readonly vendorId: string;
  /** The files of the last imported package, by path inside the package. */
  files: Map<string, Buffer>;
  imports: number;
  enabled: boolean;
}

interface ImportJob {
  readonly importId: string;
  readonly skillId: string;
  readonly status: 'SUCCEEDED' | 'FAILED';
  readonly errors: string[];
  readonly resources: JsonRecord[];
}

export interface SkillPackageRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly raw: Buffer;
}

export class SkillPackageService {
  private readonly uploads = new Map<string, Buffer | undefined>();
  private readonly jobs = new Map<string, ImportJob>();
  readonly deployed = new Map<string, DeployedSkill>();
  private sequence = 0;

  constructor(
    private readonly vendorId: string,
    private readonly baseUrl: () => string,
  ) {}

  /** The upload target (`PUT /uploads/{id}`), which carries no bearer token. */
  isUpload(method: string, path: string): boolean {
    return method === 'PUT' && /^\/uploads\/[^/]+$/.test(path);
  }

  upload(path: string, raw: Buffer): EmulatorResponse {
    const id = path.slice('/uploads/'.length);
    if (!this.uploads.has(id)) return error(403, 'AccessDenied', 'Request has expired or the URL is unknown');
    this.uploads.set(id, raw);
    return { status: 200 };
  }

  /** The operation name (the SDK's, without V1) of a skill-package or skill request; undefined: not one of these. */
  operationOf(method: string, path: string): string | undefined {
    const p = path.split('/').filter((part) => part !== '');
    if (p[0] !== 'v1' || p[1] !== 'skills') return undefined;
    if (p.length === 3 && p[2] === 'uploads' && method === 'POST') return 'createUpload';
    if (p.length === 3 && p[2] === 'imports' && method === 'POST') return 'createSkillPackage';
    if (p.length === 4 && p[2] === 'imports' && method === 'GET') return 'getImportStatus';
    if (p.length === 4 && p[3] === 'imports' && method === 'POST') return 'importSkillPackage';
    if (p.length === 4 && p[3] === 'status' && method === 'GET') return 'getSkillStatus';
    if (p.length === 6 && p[3] === 'stages' && p[5] === 'enablement')
      return method === 'PUT' ? 'setSkillEnablement' : method === 'GET' ? 'getSkillEnablementStatus' : 'deleteSkillEnablement';
    if (p.length === 6 && p[3] === 'stages' && p[5] === 'manifest' && method === 'GET') return 'getSkillManifest';
    if (p.length === 8 && p[3] === 'stages' && p[5] === 'interactionModel' && p[6] === 'locales' && method === 'GET') return 'getInteractionModel';
    return undefined;
  }

  route(req: SkillPackageRequest): EmulatorResponse {
    const p = req.path
      .split('/')
      .filter((part) => part !== '')
      .map(decodeURIComponent);
    const operation = this.operationOf(req.method, req.path);
    switch (operation) {
      case 'createUpload': {
        const id = randomUUID();
        this.uploads.set(id, undefined);
        return { status: 201, body: { uploadUrl: `${this.baseUrl()}/uploads/${id}`, expiresAt: new Date(Date.now() + 3_600_000).toISOString() } };
      }
      case 'createSkillPackage': {
        const vendorId = isRecord(req.body) ? req.body['vendorId'] : undefined;
        if (typeof vendorId !== 'string' || vendorId === '') return error(400, 'MISSING_PARAMETER', 'vendorId is required');
        if (vendorId !== this.vendorId) return error(403, 'FORBIDDEN', 'Not allowed to create skills for this vendor');
        this.sequence += 1;
        const skillId = `amzn1.ask.skill.00000000-0000-0000-0000-${String(this.sequence).padStart(12, '0')}`;
        this.deployed.set(skillId, { skillId, vendorId, files: new Map(), imports: 0, enabled: false });
        return this.startImport(skillId, req.body);
      }
      case 'importSkillPackage':
        return this.withSkill(p[2], (skill) => this.startImport(skill.skillId, req.body));
      case 'getImportStatus': {
        const job = this.jobs.get(p[3] ?? '');
        if (job === undefined) return notFound('Import');
        return {
          status: 200,
          body: {
            status: job.status,
            errors: job.errors.map((message) => ({ message })),
            warnings: [],
            skill: { skillId: job.skillId, eTag: `etag-${job.importId}`, resources: job.resources as Json[] },
          },
        };
      }
      case 'getSkillStatus':
        return this.withSkill(p[2], (skill) => ({
          status: 200,
          body: {
            manifest: { lastUpdateRequest: { status: 'SUCCEEDED' } },
            interactionModel: Object.fromEntries(localesOf(skill).map((locale) => [locale, { lastUpdateRequest: { status: 'SUCCEEDED' } }])),
          },
        }));
      case 'getSkillManifest':
        return this.withSkill(p[2], (skill) => jsonFile(skill, 'skill.json'));
      case 'getInteractionModel':
        return this.withSkill(p[2], (skill) => jsonFile(skill, `interactionModels/custom/${p[7] ?? ''}.json`));
      case 'getSkillEnablementStatus':
        return this.withSkill(p[2], (skill) => (skill.enabled ? { status: 204 } : notFound('Enablement')));
      case 'setSkillEnablement':
        return this.withSkill(p[2], (skill) => {
          skill.enabled = true;
          return { status: 204 };
        });
      case 'deleteSkillEnablement':
        return this.withSkill(p[2], (skill) => {
          skill.enabled = false;
          return { status: 204 };
        });
      default:
        return notFound('Resource');
    }
  }

  private withSkill(skillId: string | undefined, act: (skill: DeployedSkill) => EmulatorResponse): EmulatorResponse {
    const skill = this.deployed.get(skillId ?? '');
    if (skill === undefined) return notFound('Skill');
    if (skill.vendorId !== this.vendorId) return error(403, 'FORBIDDEN', 'The skill belongs to another vendor');
    return act(skill);
  }

  private startImport(skillId: string, body: unknown): EmulatorResponse {
    const location = isRecord(body) ? body['location'] : undefined;
    if (typeof location !== 'string' || location === '') return error(400, 'MISSING_PARAMETER', 'location is required');
    const uploadId = location.startsWith(`${this.baseUrl()}/uploads/`) ? location.slice(`${this.baseUrl()}/uploads/`.length) : '';
    const zip = this.uploads.get(uploadId);
    if (zip === undefined) return error(400, 'INVALID_LOCATION', 'location is not an uploaded package');
    const importId = randomUUID();
    const errors: string[] = [];
    let files = new Map<string, Buffer>();
    try {
      files = readZip(zip);
    } catch (cause) {
      errors.push(`The package is not a readable zip archive: ${(cause as Error).message}`);
    }
    if (errors.length === 0 && !files.has('skill.json')) errors.push('skill.json is missing from the root of the package');
    for (const [name, contents] of files) {
      if (!name.endsWith('.json')) continue;
      try {
        JSON.parse(contents.toString('utf8'));
      } catch {
        errors.push(`${name} is not valid JSON`);
      }
    }
    if (errors.length === 0) {
      const inputs = [...files].flatMap(([name, contents]) => {
        const kind = modelKindFor(name);
        return kind === undefined || !name.endsWith('.json') ? [] : [{ name, text: contents.toString('utf8'), kind }];
      });
      for (const problem of checkAgainstModel(inputs)) errors.push(`${problem.name}: ${problem.path}: ${problem.message}`);
    }
    const skill = this.deployed.get(skillId);
    if (errors.length === 0 && skill !== undefined) {
      skill.files = files;
      skill.imports += 1;
    }
    const resources: JsonRecord[] =
      skill === undefined || errors.length > 0
        ? []
        : [
            { name: 'Manifest', action: 'UPDATE', status: 'SUCCEEDED' },
            ...localesOf(skill).map((locale) => ({ name: `InteractionModel.${locale}`, action: 'UPDATE', status: 'SUCCEEDED' })),
          ];
    this.jobs.set(importId, { importId, skillId, status: errors.length === 0 ? 'SUCCEEDED' : 'FAILED', errors, resources });
    return { status: 202, headers: { location: `/v1/skills/imports/${importId}` } };
  }
}

function localesOf(skill: DeployedSkill): string[] {
  return [...skill.files.keys()]
    .map((name) => /^interactionModels\/custom\/([^/]+)\.json$/.exec(name)?.[1])
    .filter((locale): locale is string => locale !== undefined)
    .sort();
}

function jsonFile(skill: DeployedSkill, name: string): EmulatorResponse {
  const contents = skill.files.get(name);
  if (contents === undefined) return notFound(name);
  return { status: 200, body: JSON.parse(contents.toString('utf8')) as Json };
}

const error = (status: number, code: string, message: string): EmulatorResponse => ({ status, body: { message, code } });
const notFound = (what: string): EmulatorResponse => error(404, 'NOT_FOUND', `${what} not found`);
