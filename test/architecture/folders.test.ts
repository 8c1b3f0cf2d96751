/**
 * The shape of lambda/: no folder imports a folder that imports it back, directly or through
 * others. Each top-level folder of lambda/ is one node (its subfolders belong to it), and each
 * module at the root of lambda/ (session, constants, dependencies…) is a node of its own, so a
 * cycle through a root module counts too. Every relative import is an edge, `import type`
 * included: a type names a concern as surely as a value does, and a folder that needs another's
 * types to compile cannot be understood, moved or tested without it.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LAMBDA_DIR, sourceFiles } from './sources';
import ts from 'typescript';

const lambda = LAMBDA_DIR;

/** The node a file belongs to: its top-level folder under lambda/, or the root module itself. */
function nodeOf(file: string): string {
  const parts = path.relative(lambda, file).split(path.sep);
  return parts.length > 1 ? `${parts[0]}/` : (parts[0] ?? '');
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts'), base]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

interface Edge {
  from: string;
  to: string;
  /** The imports that make the edge, as `file -> imported file`. */
  because: string[];
}

function folderGraph(): { edges: Map<string, Edge>; unresolved: string[] } {
  const edges = new Map<string, Edge>();
  const unresolved: string[] = [];
  for (const file of sourceFiles(lambda)) {
    // preProcessFile lists static, `import type`, `export … from`, dynamic import() and require().
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolveImport(file, fileName);
      if (target === undefined) {
        unresolved.push(`${path.relative(lambda, file)}: ${fileName}`);
        continue;
      }
      if (!target.startsWith(lambda + path.sep)) continue;
      const [from, to] = [nodeOf(file), nodeOf(target)];
      if (from === to) continue;
      const key = `${from} -> ${to}`;
      const edge = edges.get(key) ?? { from, to, because: [] };
      edge.because.push(`${path.relative(lambda, file)} -> ${path.relative(lambda, target)}`);
      edges.set(key, edge);
    }
  }
  return { edges, unresolved };
}

/** Strongly connected components with more than one node (Tarjan): each is a set of nodes in a cycle. */
function cycles(edges: Iterable<Edge>): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member !== undefined) {
          onStack.delete(member);
          component.push(member);
        }
      } while (member !== undefined && member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('lambda/ folder dependencies', () => {
  const { edges, unresolved } = folderGraph();

  it('resolves every relative import, so no edge is missed', () => {
    expect(unresolved).toEqual([]);
    expect(edges.size).toBeGreaterThan(20);
  });

  it('has no folder that imports a folder importing it back', () => {
    const components = cycles(edges.values());
    // On failure, name the imports inside each cycle so the piece to move is plain.
    const explained = components.map((nodes) => ({
      nodes,
      imports: [...edges.values()].filter((e) => nodes.includes(e.from) && nodes.includes(e.to)).map((e) => `${e.from} -> ${e.to}: ${e.because.join(', ')}`),
    }));
    expect(explained).toEqual([]);
  });

  it('keeps the product catalog client apart from the conversation that uses it', () => {
    // catalog/ is the Product Search client and the embedded catalog: it knows nothing of
    // handlers, sessions or what the customer hears beyond its own errors' message keys.
    const conversational = ['browsing/', 'conversation/', 'core/', 'interceptors/', 'purchasing/', 'shopping/', 'session/', 'dependencies.ts', 'index.ts'];
    const leaks = [...edges.values()].filter((e) => e.from === 'catalog/' && conversational.includes(e.to)).flatMap((e) => e.because);
    expect(leaks).toEqual([]);
    expect([...edges.values()].some((e) => e.from === 'browsing/' && e.to === 'catalog/')).toBe(true);
  });

  it('continues an action by calling it, never by building a request to dispatch again', () => {
    // An accepted upsell and a bare "which one?" answer call the feature with the chosen
    // product (core/ChoiceIntentHandler.ts, purchasing/ConnectionsResponseHandler.ts).
    const forging = sourceFiles(lambda).filter((file) => /type:\s*'IntentRequest'/.test(readFileSync(file, 'utf8')));
    expect(forging.map((file) => path.relative(lambda, file))).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself can fail)', () => {
    const made = [
      { from: 'a/', to: 'b/', because: [] },
      { from: 'b/', to: 'c/', because: [] },
      { from: 'c/', to: 'a/', because: [] },
      { from: 'c/', to: 'd/', because: [] },
    ];
    expect(cycles(made)).toEqual([['a/', 'b/', 'c/']]);
    expect(cycles(made.slice(0, 2))).toEqual([]);
  });
});
