/**
 * Just enough of an APL renderer to read the skill's own documents offline: resources chosen by
 * the viewport, data binding (`${…}` expressions over `payload`, `data`, `viewport`), `when`,
 * `data`-driven children, and the `SendEvent` arguments of each touch. No renderer of Amazon's
 * runs offline, so the tests, the design table and the simulator's screen mode read documents
 * through this one. The expression language is the subset the documents use (APL reference,
 * "Data-binding syntax"): literals, paths, `== != < <= > >= && || !`, `?:` and `+`.
 *
 * Strict: a path that names nothing (`${payload.screen.titel}`) is an error, not an empty
 * string as on a device, so a binding that resolves to nothing is found here.
 */
import { VIEWPORT_PROFILES, type ViewportProfile } from '../../lambda/screens/capabilities';

export class UnresolvedBinding extends Error {
  constructor(
    readonly expression: string,
    readonly path: string,
  ) {
    super(`\${${expression}}: ${path} is not defined`);
    this.name = 'UnresolvedBinding';
  }
}

export interface Viewport {
  width: number;
  height: number;
  shape: 'round' | 'rectangle';
  mode: 'hub' | 'tv';
  theme: 'dark';
}

export function viewportOf(profile: Exclude<ViewportProfile, 'unknown'>): Viewport {
  const p = VIEWPORT_PROFILES[profile];
  return { width: p.width, height: p.height, shape: p.shape === 'ROUND' ? 'round' : 'rectangle', mode: p.mode === 'TV' ? 'tv' : 'hub', theme: 'dark' };
}

// ---- expressions ----

type Token = { kind: 'num'; value: number } | { kind: 'str'; value: string } | { kind: 'id'; value: string } | { kind: 'op'; value: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const end = source.indexOf(ch, i + 1);
      if (end < 0) throw new Error(`unterminated string in ${source}`);
      tokens.push({ kind: 'str', value: source.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const num = /^\d+(?:\.\d+)?/.exec(source.slice(i));
    if (num !== null) {
      tokens.push({ kind: 'num', value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*|\[\d+\])*/.exec(source.slice(i));
    if (id !== null) {
      tokens.push({ kind: 'id', value: id[0] });
      i += id[0].length;
      continue;
    }
    const op = /^(?:==|!=|<=|>=|&&|\|\||[!<>?:+()-])/.exec(source.slice(i));
    if (op === null) throw new Error(`unexpected "${ch}" in ${source}`);
    tokens.push({ kind: 'op', value: op[0] });
    i += op[0].length;
  }
  return tokens;
}

function lookup(path: string, scope: Record<string, unknown>, expression: string, strict: boolean): unknown {
  if (path === 'true') return true;
  if (path === 'false') return false;
  if (path === 'null') return null;
  const parts = path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
  let value: unknown = scope;
  let walked = '';
  for (const part of parts) {
    walked = walked === '' ? part : `${walked}.${part}`;
    if (typeof value !== 'object' || value === null || !(part in value)) {
      if (strict) throw new UnresolvedBinding(expression, walked);
      return null;
    }
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Evaluates one expression (the inside of `${…}`). */
export function evaluate(expression: string, scope: Record<string, unknown>, strict = true): unknown {
  const tokens = tokenize(expression);
  let pos = 0;
  const peek = (value: string) => {
    const t = tokens[pos];
    return t !== undefined && t.kind === 'op' && t.value === value;
  };
  const take = (value: string) => {
    if (!peek(value)) throw new Error(`expected "${value}" in ${expression}`);
    pos += 1;
  };
  const primary = (): unknown => {
    const t = tokens[pos];
    pos += 1;
    if (t === undefined) throw new Error(`unexpected end of ${expression}`);
    if (t.kind === 'num' || t.kind === 'str') return t.value;
    if (t.kind === 'id') return lookup(t.value, scope, expression, strict);
    if (t.value === '(') {
      const inner = ternary();
      take(')');
      return inner;
    }
    if (t.value === '!') return !primary();
    if (t.value === '-') return -Number(primary());
    throw new Error(`unexpected "${t.value}" in ${expression}`);
  };
  const additive = (): unknown => {
    let left = primary();
    while (peek('+')) {
      pos += 1;
      const right = primary();
      left = typeof left === 'number' && typeof right === 'number' ? left + right : `${String(left ?? '')}${String(right ?? '')}`;
    }
    return left;
  };
  const comparison = (): unknown => {
    let left = additive();
    for (;;) {
      const op = ['<=', '>=', '<', '>'].find(peek);
      if (op === undefined) return left;
      pos += 1;
      const right = additive() as number;
      const l = left as number;
      left = op === '<=' ? l <= right : op === '>=' ? l >= right : op === '<' ? l < right : l > right;
    }
  };
  const equality = (): unknown => {
    let left = comparison();
    for (;;) {
      const op = ['==', '!='].find(peek);
      if (op === undefined) return left;
      pos += 1;
      const right = comparison();
      left = op === '==' ? left === right : left !== right;
    }
  };
  const and = (): unknown => {
    let left = equality();
    while (peek('&&')) {
      pos += 1;
      const right = equality();
      left = Boolean(left) && Boolean(right);
    }
    return left;
  };
  const or = (): unknown => {
    let left = and();
    while (peek('||')) {
      pos += 1;
      const right = and();
      left = Boolean(left) || Boolean(right);
    }
    return left;
  };
  const ternary = (): unknown => {
    const condition = or();
    if (!peek('?')) return condition;
    pos += 1;
    const yes = ternary();
    take(':');
    const no = ternary();
    return condition ? yes : no;
  };
  const value = ternary();
  if (pos !== tokens.length) throw new Error(`unexpected tokens after ${expression}`);
  return value;
}

const BINDING = /\$\{([^}]*)\}/g;

/** `${expression}`, as a document writes a binding. */
export function binding(expression: string): string {
  return `\${${expression}}`;
}

/** The expressions of a string property. */
export function bindingsIn(value: string): string[] {
  return [...value.matchAll(BINDING)].map((m) => m[1] ?? '');
}

/** A string property with its bindings filled: a lone `${…}` keeps its value's type. */
export function interpolate(value: string, scope: Record<string, unknown>, strict = true): unknown {
  const whole = /^\$\{([^}]*)\}$/.exec(value);
  if (whole !== null) return evaluate(whole[1] ?? '', scope, strict);
  return value.replace(BINDING, (_m, expression: string) => String(evaluate(expression, scope, strict) ?? ''));
}

// ---- documents ----

export type AplDocument = {
  type: string;
  version: string;
  import?: unknown[];
  resources?: { when?: string; dimensions?: Record<string, string>; colors?: Record<string, string> }[];
  mainTemplate: { parameters?: string[]; items: Component[] };
};
export type Component = Record<string, unknown> & { type: string };

/** Resources as they apply on a viewport: later blocks whose `when` holds override earlier ones. */
export function resourcesFor(doc: AplDocument, viewport: Viewport): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const block of doc.resources ?? []) {
    if (block.when !== undefined && !interpolate(block.when, { viewport })) continue;
    Object.assign(merged, block.dimensions ?? {}, block.colors ?? {});
  }
  return merged;
}

/** The scope a document's bindings see: `payload` is the whole `datasources` (APL reference, "mainTemplate"). */
export function rootScope(doc: AplDocument, datasources: Record<string, unknown>, viewport: Viewport): Record<string, unknown> {
  const [parameter] = doc.mainTemplate.parameters ?? [];
  return { viewport, ...(parameter === undefined ? {} : { [parameter]: datasources }) };
}

export interface InflatedNode {
  type: string;
  /** Resolved properties (resources and bindings filled), children excluded. */
  props: Record<string, unknown>;
  /** The `SendEvent` arguments of `onPress`, when it has one. */
  touch?: unknown[];
  children: InflatedNode[];
}

const CHILD_KEYS = new Set(['items', 'item', 'data', 'onPress', 'when', 'firstItem', 'lastItem']);

function resolveValue(value: unknown, scope: Record<string, unknown>, resources: Record<string, string>): unknown {
  if (typeof value === 'string') {
    if (value.startsWith('@')) return resources[value.slice(1)] ?? value;
    return interpolate(value, scope);
  }
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, scope, resources));
  return value;
}

function childrenOf(component: Component): Component[] {
  const raw = component['items'] ?? component['item'];
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : [raw]) as Component[];
}

/**
 * The components a device would draw: `when` decides, `data` repeats the first child whose
 * `when` holds for each element, bindings and `@resources` are filled.
 */
export function inflate(doc: AplDocument, datasources: Record<string, unknown>, viewport: Viewport): InflatedNode[] {
  const resources = resourcesFor(doc, viewport);
  const scope = rootScope(doc, datasources, viewport);
  const visible = (c: Component, s: Record<string, unknown>) => typeof c['when'] !== 'string' || Boolean(interpolate(c['when'], s));
  const one = (component: Component, s: Record<string, unknown>): InflatedNode => {
    const props: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(component)) if (!CHILD_KEYS.has(key)) props[key] = resolveValue(value, s, resources);
    const node: InflatedNode = { type: component.type, props, children: [] };
    const onPress = component['onPress'];
    const commands = (Array.isArray(onPress) ? onPress : onPress === undefined ? [] : [onPress]) as Record<string, unknown>[];
    const send = commands.find((c) => c['type'] === 'SendEvent');
    if (send !== undefined) node.touch = resolveValue(send['arguments'] ?? [], s, resources) as unknown[];
    const children = childrenOf(component);
    if (typeof component['data'] === 'string') {
      const data = interpolate(component['data'], s);
      const list = Array.isArray(data) ? data : [];
      list.forEach((element, index) => {
        const item = { ...s, data: element, index, ordinal: index + 1, length: list.length };
        const chosen = children.find((c) => visible(c, item));
        if (chosen !== undefined) node.children.push(one(chosen, item));
      });
      return node;
    }
    const many = component['items'] !== undefined;
    for (const child of children) {
      if (!visible(child, s)) continue;
      node.children.push(one(child, s));
      if (!many) break;
    }
    return node;
  };
  return doc.mainTemplate.items.filter((c) => visible(c, scope)).map((c) => one(c, scope));
}

/**
 * Every binding of the document that names the payload or a `data` element, evaluated strictly
 * against the datasources, whatever `when` says (a branch not drawn today is drawn for another
 * product or viewport). Returns the bindings that failed.
 */
export function unresolvedBindings(doc: AplDocument, datasources: Record<string, unknown>, viewport: Viewport): string[] {
  const failures: string[] = [];
  const [parameter = 'payload'] = doc.mainTemplate.parameters ?? [];
  const names = new RegExp(`\\b(?:${parameter}|data)\\b`);
  const check = (value: unknown, scope: Record<string, unknown>) => {
    if (typeof value === 'string') {
      for (const expression of bindingsIn(value)) {
        if (!names.test(expression)) continue;
        try {
          evaluate(expression, scope);
        } catch (err) {
          failures.push(err instanceof Error ? err.message : String(err));
        }
      }
    } else if (Array.isArray(value)) {
      for (const v of value) check(v, scope);
    } else if (typeof value === 'object' && value !== null) {
      for (const v of Object.values(value)) check(v, scope);
    }
  };
  const walk = (component: Component, scope: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(component)) if (key !== 'items' && key !== 'item' && key !== 'data') check(value, scope);
    const children = childrenOf(component);
    if (typeof component['data'] === 'string') {
      check(component['data'], scope);
      let data: unknown;
      try {
        data = interpolate(component['data'], scope);
      } catch {
        return;
      }
      if (!Array.isArray(data)) {
        failures.push(`${component['data']}: not an array`);
        return;
      }
      data.forEach((element, index) => {
        for (const child of children) walk(child, { ...scope, data: element, index, ordinal: index + 1, length: data.length });
      });
      return;
    }
    for (const child of children) walk(child, scope);
  };
  const scope = rootScope(doc, datasources, viewport);
  for (const item of doc.mainTemplate.items) walk(item, scope);
  return failures;
}
