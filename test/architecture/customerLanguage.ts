/**
 * Finds customer language held in code: a regular expression or a string literal in
 * `lambda/` (outside `lambda/i18n/`, where each locale's words live) made of the words
 * customers say. "Customer words" are every word of the English locales' phrase data and
 * interaction-model samples, so the check knows English without holding a list of its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { LAMBDA_DIR, sourceFiles } from './sources';

export interface Finding {
  /** Path under lambda/, and the 1-based line. */
  where: string;
  kind: 'regexp' | 'string' | 'word-list';
  text: string;
}

const I18N_DIR = path.join(LAMBDA_DIR, 'i18n');
const LOCALES = ['en-US', 'en-GB'];

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
  return [];
}

/** Every word of the English phrase data and samples, lower case. */
export function customerWords(): Set<string> {
  const words = new Set<string>();
  for (const locale of LOCALES) {
    const phrases: unknown = JSON.parse(readFileSync(path.join(I18N_DIR, locale, 'phrases.json'), 'utf8'));
    const model = JSON.parse(readFileSync(path.join(I18N_DIR, locale, 'model.json'), 'utf8')) as {
      samples?: unknown;
      slotSamples?: unknown;
      sortTemplates?: unknown;
      sampleTemplates?: unknown;
      wordGroups?: unknown;
    };
    for (const text of [
      ...stringsIn(phrases),
      ...stringsIn(model.samples),
      ...stringsIn(model.slotSamples),
      ...stringsIn(model.sortTemplates),
      ...stringsIn(model.sampleTemplates),
      ...stringsIn(model.wordGroups),
    ]) {
      for (const word of text.toLowerCase().split(/[^\p{L}']+/u)) if (word.length >= 2 && !word.startsWith('_')) words.add(word);
    }
  }
  return words;
}

/** The words a regular expression's source spells out: escapes, classes and groups' syntax left out. */
export function regexpWords(source: string): string[] {
  const literal = source
    .replace(/\\[pPu]\{[^}]*\}/g, ' ')
    .replace(/\\u[0-9a-fA-F]{4}/g, ' ')
    .replace(/\\./g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\(\?<?[=!:]?/g, ' ')
    .replace(/\{\d+(,\d*)?\}/g, ' ');
  return literal
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter((w) => w.length >= 2);
}

const SENTENCE = /^[a-z' ]+$/;

/** A literal that is customer language: two words or more, every one of them a customer word. */
export function isCustomerPhrase(text: string, words: ReadonlySet<string>): boolean {
  const lower = text.trim().toLowerCase();
  if (!SENTENCE.test(lower)) return false;
  const parts = lower.split(' ').filter((w) => w !== '');
  return parts.length >= 2 && parts.every((w) => words.has(w));
}

export function findCustomerLanguage(files: readonly string[] = sourceFiles().filter((f) => !f.startsWith(`${I18N_DIR}${path.sep}`))): Finding[] {
  const words = customerWords();
  const findings: Finding[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${path.relative(LAMBDA_DIR, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const body = node.text.slice(1, node.text.lastIndexOf('/'));
        if (regexpWords(body).some((w) => words.has(w))) findings.push({ where: where(node), kind: 'regexp', text: node.text });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const first = node.arguments?.[0];
        if (first !== undefined && ts.isStringLiteralLike(first) && regexpWords(first.text).some((w) => words.has(w)))
          findings.push({ where: where(node), kind: 'regexp', text: first.text });
      } else if (ts.isArrayLiteralExpression(node)) {
        // A list of three or more single customer words ("first", "second", "third").
        // Identifiers ("freeShipping") are no words.
        const items = node.elements.filter(ts.isStringLiteralLike).map((e) => e.text);
        if (items.length >= 3 && items.length === node.elements.length && items.every((w) => SENTENCE.test(w) && !w.includes(' ') && words.has(w)))
          findings.push({ where: where(node), kind: 'word-list', text: items.join(',') });
      } else if (ts.isStringLiteralLike(node) && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent) && isCustomerPhrase(node.text, words)) {
        findings.push({ where: where(node), kind: 'string', text: node.text });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings;
}
