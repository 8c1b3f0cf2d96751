/**
 * Checks skill-package JSON files against Amazon's own SMAPI model (`ask-smapi-model`, whose
 * types are generated from SMAPI's schema). Each file becomes a typed object literal,
 * `const value: v1.isp.InSkillProductDefinition = <the file's text>;`, compiled in memory with
 * the TypeScript compiler: the annotation gives string enums their literal types and the
 * literal gets excess-property checks at every depth, so an unknown or misspelt field fails.
 * (`resolveJsonModule` alone would widen strings and ignore extra fields.)
 *
 * The file's text is embedded verbatim, so line numbers in problems are the file's own.
 */
import path from 'node:path';
import ts from 'typescript';
import { childPath } from '../isp/paths';

/** The three model types a skill package holds, by the names `ask-smapi-model` gives them. */
export const MODEL_TYPES = {
  manifest: 'v1.skill.Manifest.SkillManifestEnvelope',
  interactionModel: 'v1.skill.interactionModel.InteractionModelData',
  inSkillProduct: 'v1.isp.InSkillProductDefinition',
} as const;
export type ModelKind = keyof typeof MODEL_TYPES;

/** Which model type a file of the skill package is, by its path relative to `skill-package/`; undefined: no schema known. */
export function modelKindFor(relativePath: string): ModelKind | undefined {
  const file = relativePath.split(path.sep).join('/');
  if (file === 'skill.json') return 'manifest';
  if (/^interactionModels\/custom\/[^/]+\.json$/.test(file)) return 'interactionModel';
  if (/^isps\/.+\.json$/.test(file)) return 'inSkillProduct';
  return undefined;
}

/**
 * APL documents (`response/display/<name>/document.json`, sent by `Link`) have no type in
 * `ask-smapi-model`: their schema is APL's, checked by Amazon's `apl-suggester` (test/screens/).
 */
export function isAplDocument(relativePath: string): boolean {
  return /^response\/display\/[\w-]+\/document\.json$/.test(relativePath.split(path.sep).join('/'));
}

export interface ModelInput {
  /** A name for messages, e.g. the path relative to the skill package. */
  readonly name: string;
  /** The file's text; must already be known to be valid JSON (TypeScript would accept more). */
  readonly text: string;
  readonly kind: ModelKind;
}

export interface ModelProblem {
  readonly name: string;
  /** JSON path of the offending value (`''` for the whole file). */
  readonly path: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** The field that is not in the schema, when that is the problem. */
  readonly unknownField?: string;
  /** The schema's fields at that place, when a field is unknown. */
  readonly knownFields?: readonly string[];
  /** The string values the schema allows there, when the value is not one of them. */
  readonly allowedValues?: readonly string[];
  /** The model's name for the expected type, e.g. `DistributionCountries`. */
  readonly expectedType?: string;
  /** The compiler's message, one line. */
  readonly message: string;
}

const PREFIX = "import type { v1 } from 'ask-smapi-model';\n";
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
  lib: ['lib.es5.d.ts'],
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
};
/** Virtual sources live in the project so that `ask-smapi-model` resolves from its node_modules. */
const VIRTUAL_DIR = path.join(__dirname, '..', '..', '.smapi-model-check');
/** Library and model declarations parsed once per process: they never change during a run. */
const parsedLibraries = new Map<string, ts.SourceFile | undefined>();

/** Type-checks every input in one program; returns every problem, never throws on bad content. */
export function checkAgainstModel(inputs: readonly ModelInput[]): ModelProblem[] {
  const virtual = new Map<string, { input: ModelInput; source: string }>();
  inputs.forEach((input, index) => {
    const file = path.join(VIRTUAL_DIR, `file${index}.ts`);
    virtual.set(file, { input, source: `${PREFIX}const value: ${MODEL_TYPES[input.kind]} = ${input.text.trim()};\nexport { value };\n` });
  });
  const host = ts.createCompilerHost(OPTIONS, true);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => virtual.has(path.resolve(file)) || ts.sys.fileExists(file);
  host.readFile = (file) => virtual.get(path.resolve(file))?.source ?? readFile(file);
  host.getSourceFile = (file, languageVersion, onError) => {
    const entry = virtual.get(path.resolve(file));
    if (entry !== undefined) return ts.createSourceFile(file, entry.source, languageVersion, true);
    if (!parsedLibraries.has(file)) parsedLibraries.set(file, getSourceFile(file, languageVersion, onError));
    return parsedLibraries.get(file);
  };
  const program = ts.createProgram([...virtual.keys()], OPTIONS, host);
  const checker = program.getTypeChecker();
  const problems: ModelProblem[] = [];
  for (const [file, { input }] of virtual) {
    const source = program.getSourceFile(file);
    if (source === undefined) continue;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    for (const diagnostic of diagnostics) problems.push(toProblem(input, source, diagnostic, checker));
  }
  // The model itself must resolve: a missing package would otherwise look like "no problems".
  const global = program.getGlobalDiagnostics().concat(program.getOptionsDiagnostics());
  for (const diagnostic of global) problems.push({ name: '(compiler)', path: '', line: 0, message: flatten(diagnostic) });
  return problems;
}

function toProblem(input: ModelInput, source: ts.SourceFile, diagnostic: ts.Diagnostic, checker: ts.TypeChecker): ModelProblem {
  const start = diagnostic.start ?? 0;
  const line = source.getLineAndCharacterOfPosition(start).line; // 0-based; the prefix takes line 0
  const node = findNode(source, start);
  const jsonPath = node === undefined ? '' : jsonPathOf(node);
  const base = { name: input.name, path: jsonPath, line: Math.max(1, line), message: flatten(diagnostic) };
  const property = node === undefined ? undefined : enclosingProperty(node);
  // 2353: "Object literal may only specify known properties…"; 2561: the same with "Did you mean…".
  if (property !== undefined && (diagnostic.code === 2353 || diagnostic.code === 2561)) {
    const expected = checker.getContextualType(property.parent);
    const knownFields = expected === undefined ? [] : checker.getPropertiesOfType(checker.getNonNullableType(expected)).map((symbol) => symbol.getName());
    return { ...base, unknownField: propertyName(property) ?? '', knownFields };
  }
  // 2322 / 2820: "Type 'X' is not assignable to type 'Y'" (2820 adds "Did you mean…"): name the allowed values when Y is an enum.
  const valueNode = property !== undefined ? property.initializer : node !== undefined && ts.isExpression(node) ? node : undefined;
  const expected = valueNode !== undefined && (diagnostic.code === 2322 || diagnostic.code === 2820) ? checker.getContextualType(valueNode) : undefined;
  if (expected !== undefined) {
    const members = checker.getNonNullableType(expected);
    const literals = members.isUnion() ? members.types : [members];
    const expectedType = checker.typeToString(members);
    if (literals.every((type) => type.isStringLiteral())) return { ...base, expectedType, allowedValues: literals.map((type) => (type as ts.StringLiteralType).value).sort() };
    return { ...base, expectedType };
  }
  return base;
}

function flatten(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ').replace(/\s+/g, ' ');
}

/** The innermost node starting at `position`. */
function findNode(source: ts.SourceFile, position: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (position >= node.getStart(source) && position < node.getEnd()) {
      found = node;
      ts.forEachChild(node, visit);
    }
  };
  ts.forEachChild(source, visit);
  return found;
}

function enclosingProperty(node: ts.Node): ts.PropertyAssignment | undefined {
  for (let current: ts.Node | undefined = node; current !== undefined; current = current.parent) {
    if (ts.isPropertyAssignment(current)) return current;
    if (ts.isObjectLiteralExpression(current) || ts.isArrayLiteralExpression(current)) return undefined;
  }
  return undefined;
}

function propertyName(property: ts.PropertyAssignment): string | undefined {
  const name = property.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;
}

/** `publishingInformation.locales["en-US"].customProductPrompts.boughtCardDescription` for a node inside the literal. */
function jsonPathOf(node: ts.Node): string {
  const segments: (string | number)[] = [];
  let child: ts.Node = node;
  for (let current = node.parent; current !== undefined; child = current, current = current.parent) {
    if (ts.isPropertyAssignment(current)) {
      const name = propertyName(current);
      if (name !== undefined) segments.unshift(name);
    } else if (ts.isArrayLiteralExpression(current)) {
      const index = current.elements.indexOf(child as ts.Expression);
      if (index >= 0) segments.unshift(index);
    } else if (ts.isVariableDeclaration(current)) {
      break;
    }
  }
  if (ts.isPropertyAssignment(node)) {
    const name = propertyName(node);
    if (name !== undefined) segments.push(name);
  }
  return segments.reduce<string>((parent, key) => childPath(parent, key), '');
}
