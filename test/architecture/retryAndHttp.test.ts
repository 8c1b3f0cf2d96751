/**
 * One retry implementation and one HTTP client (issue "Foundations"): in lambda/ and infra/,
 * only lambda/util/http.ts opens connections (node:http, node:https, the global fetch and its
 * kin), and only lambda/util/retry.ts retries: no other module computes a backoff, and no other
 * loop catches a failed await and goes round again (an infinite loop around a try, a catch that
 * `continue`s, or a loop that also waits). Each rule is first shown to catch a sample, so the
 * test can fail.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');
const HTTP_CLIENT = 'lambda/util/http.ts';
const RETRY = 'lambda/util/retry.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

const files = [...sourceFiles(path.join(root, 'lambda')), ...sourceFiles(path.join(root, 'infra'))].map((file) => ({
  name: path.relative(root, file).split(path.sep).join('/'),
  source: readFileSync(file, 'utf8'),
}));

const NETWORK_MODULES = new Set(['http', 'https', 'http2', 'net', 'tls', 'undici'].flatMap((name) => [name, `node:${name}`]));
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']);

function parse(name: string, source: string): ts.SourceFile {
  return ts.createSourceFile(name, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** `file: what` for every way the module reaches the network by itself. */
function networkUses(name: string, source: string): string[] {
  const found: string[] = [];
  for (const { fileName } of ts.preProcessFile(source, true, true).importedFiles) {
    if (NETWORK_MODULES.has(fileName)) found.push(`${name}: imports ${fileName}`);
  }
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && NETWORK_GLOBALS.has(node.text)) {
      const parent = node.parent;
      // A property named `fetch` (an option, a method) is not the global.
      const isMember =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) || ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent);
      if (!isMember) found.push(`${name}: uses ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(name, source));
  return found;
}

function contains(node: ts.Node, test: (n: ts.Node) => boolean): boolean {
  let hit = false;
  const visit = (n: ts.Node): void => {
    if (hit) return;
    if (test(n)) {
      hit = true;
      return;
    }
    // A function inside the loop is its own scope.
    if (n !== node && ts.isFunctionLike(n)) return;
    ts.forEachChild(n, visit);
  };
  visit(node);
  return hit;
}

const isWait = (n: ts.Node): boolean => ts.isCallExpression(n) && ts.isIdentifier(n.expression) && ['sleep', 'setTimeout', 'backoffDelayMs'].includes(n.expression.text);

function infinite(loop: ts.IterationStatement): boolean {
  if (ts.isForStatement(loop)) return loop.condition === undefined || loop.condition.kind === ts.SyntaxKind.TrueKeyword;
  if (ts.isWhileStatement(loop) || ts.isDoStatement(loop)) return loop.expression.kind === ts.SyntaxKind.TrueKeyword;
  return false;
}

/** `file:line` of every loop that retries a failed await by itself, and every backoff computed outside the retry module. */
function retryLoops(name: string, source: string): string[] {
  const file = parse(name, source);
  const found: string[] = [];
  const where = (n: ts.Node) => `${name}:${file.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === 'backoffDelayMs' && !ts.isImportSpecifier(node.parent)) found.push(`${where(node)} computes a backoff`);
    if (ts.isIterationStatement(node, false)) {
      const tries = (n: ts.Node) => ts.isTryStatement(n) && contains(n.tryBlock, ts.isAwaitExpression);
      if (contains(node.statement, tries)) {
        const catchContinues = contains(node.statement, (n) => ts.isCatchClause(n) && contains(n.block, ts.isContinueStatement));
        if (infinite(node) || catchContinues || contains(node.statement, isWait)) found.push(`${where(node)} retries a failed await in a loop`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the rules catch what they are meant to catch', () => {
  it('flags a module that opens its own connection', () => {
    expect(networkUses('a.ts', "import https from 'node:https';")).toEqual(['a.ts: imports node:https']);
    expect(networkUses('b.ts', "const r = await fetch('https://example.com');")).toEqual(['b.ts: uses fetch']);
    expect(networkUses('c.ts', 'const c = new Client({ fetch: httpFetch }); c.fetch(url);')).toEqual([]);
  });

  it('flags a retry loop of its own, in each of its usual shapes', () => {
    const forever = 'async function f() { for (let a = 1; ; a++) { try { return await call(); } catch (e) { if (a > 3) throw e; } } }';
    const continues = 'async function f() { let a = 0; while (a < 3) { a++; try { return await call(); } catch { continue; } } }';
    const waits = 'async function f() { for (const d of [1, 2]) { try { return await call(); } catch {} await sleep(d); } }';
    const backoff = "import { backoffDelayMs } from './retry'; const d = backoffDelayMs(1, p, 0.5);";
    expect([forever, continues, waits].map((source) => retryLoops('x.ts', source))).toEqual([
      ['x.ts:1 retries a failed await in a loop'],
      ['x.ts:1 retries a failed await in a loop'],
      ['x.ts:1 retries a failed await in a loop'],
    ]);
    expect(retryLoops('y.ts', backoff)).toEqual(['y.ts:1 computes a backoff']);
    expect(retryLoops('z.ts', 'async function f(xs) { for (const x of xs) { try { await save(x); } catch (e) { log(e); } } }')).toEqual([]);
  });
});

describe('lambda/ and infra/', () => {
  it(`open connections only through ${HTTP_CLIENT}`, () => {
    expect(files.filter((f) => f.name !== HTTP_CLIENT).flatMap((f) => networkUses(f.name, f.source))).toEqual([]);
  });

  it(`retry only through ${RETRY}`, () => {
    expect(files.filter((f) => f.name !== RETRY).flatMap((f) => retryLoops(f.name, f.source))).toEqual([]);
  });

  it('have the retry loop and the HTTP request in those modules (the test reads the right files)', () => {
    const byName = new Map(files.map((f) => [f.name, f.source]));
    expect(retryLoops(RETRY, byName.get(RETRY) ?? '')).not.toEqual([]);
    expect(networkUses(HTTP_CLIENT, byName.get(HTTP_CLIENT) ?? '')).not.toEqual([]);
  });
});
