/**
 * The skill's own interaction model, read from the skill package for one locale: what the
 * simulator's NLU resolves against and the skill-package tests check. Only the parts Alexa's
 * NLU uses are typed here (the full schema is ask-smapi-model's, test/sim/conflicts.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SKILL_PACKAGE = path.resolve(__dirname, '..', '..', 'skill-package');

export interface ModelSlot {
  name: string;
  type: string;
  /** Slot samples: what Alexa listens for when the skill elicits this slot. */
  samples?: string[];
}

export interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples?: string[];
}

export interface ModelTypeValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}

export interface ModelType {
  name: string;
  values: ModelTypeValue[];
}

export interface LanguageModel {
  invocationName: string;
  intents: ModelIntent[];
  types?: ModelType[];
}

export class ModelNotFoundError extends Error {
  constructor(
    readonly locale: string,
    readonly file: string,
  ) {
    super(`no interaction model for locale ${locale} (looked for ${file})`);
    this.name = 'ModelNotFoundError';
  }
}

export function modelPath(locale: string): string {
  return path.join(SKILL_PACKAGE, 'interactionModels', 'custom', `${locale}.json`);
}

function isLanguageModel(value: unknown): value is LanguageModel {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<LanguageModel>;
  return typeof candidate.invocationName === 'string' && Array.isArray(candidate.intents);
}

/** Reads `skill-package/interactionModels/custom/<locale>.json`. */
export function loadLanguageModel(locale: string, file = modelPath(locale)): LanguageModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ModelNotFoundError(locale, file);
  }
  const parsed: unknown = JSON.parse(text);
  const languageModel = typeof parsed === 'object' && parsed !== null ? (parsed as { interactionModel?: { languageModel?: unknown } }).interactionModel?.languageModel : undefined;
  if (!isLanguageModel(languageModel)) throw new Error(`${file} has no interactionModel.languageModel`);
  return languageModel;
}
