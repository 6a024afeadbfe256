/**
 * A deliberately small formula evaluator, so that a formula cell's `values` is plausible in tests
 * and in the playground. Supported: numbers, "strings", TRUE/FALSE, cell and range references
 * (optionally sheet-qualified), + - * / ^ & % and comparisons, and the functions in FUNCTIONS.
 * Anything else evaluates to "#NAME?" (documented in docs/excel-standin-assumptions.md).
 */
import { parseAddress, type Rect } from "./address";
import { isErrorValue, type Scalar } from "./cell-values";

export interface FormulaHost {
  /** Value of one cell (already evaluated); undefined = empty. Throws nothing. */
  cell(sheet: string | undefined, row: number, col: number): Scalar | undefined;
  /** Whether the sheet exists (undefined = the formula's own sheet). */
  hasSheet(sheet: string | undefined): boolean;
}

type Value = Scalar | undefined | RangeValue;
interface RangeValue {
  kind: "range";
  sheet: string | undefined;
  rect: Rect;
}

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; v: string }
  | { t: "name"; v: string }
  | { t: "op"; v: string };

class FormulaSyntaxError extends Error {}

const REF = /^(('([^']|'')+'|[A-Za-z0-9_.]+)!)?\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " ") {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num && !/^[A-Za-z]/.test(rest.slice(num[0].length))) {
      out.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1,
        s = "";
      while (j < src.length) {
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j++];
      }
      if (j >= src.length) throw new FormulaSyntaxError("unterminated string");
      out.push({ t: "str", v: s });
      i = j + 1;
      continue;
    }
    const ref = REF.exec(rest);
    if (ref && !/^[A-Za-z0-9_(]/.test(rest.slice(ref[0].length))) {
      out.push({ t: "ref", v: ref[0] });
      i += ref[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      out.push({ t: "name", v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&%=<>(),:])/.exec(rest);
    if (op) {
      out.push({ t: "op", v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new FormulaSyntaxError(`unexpected ${ch}`);
  }
  return out;
}

type Node =
  | { k: "lit"; v: Scalar }
  | { k: "ref"; v: string }
  | { k: "name"; v: string }
  | { k: "un"; op: string; a: Node }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "call"; name: string; args: Node[] };

function parse(tokens: Token[]): Node {
  let p = 0;
  const peek = () => tokens[p];
  const opAt = (): string | undefined => (peek()?.t === "op" ? (peek() as { v: string }).v : undefined);
  const isOp = (v: string) => opAt() === v;
  const levels = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];
  function binary(level: number): Node {
    if (level >= levels.length) return unary();
    let left = binary(level + 1);
    while (opAt() !== undefined && levels[level].includes(opAt()!)) {
      const op = opAt()!;
      p++;
      left = { k: "bin", op, a: left, b: binary(level + 1) };
    }
    return left;
  }
  function unary(): Node {
    if (isOp("-") || isOp("+")) {
      const op = opAt()!;
      p++;
      return { k: "un", op, a: unary() };
    }
    let node = primary();
    while (isOp("%")) {
      p++;
      node = { k: "un", op: "%", a: node };
    }
    return node;
  }
  function primary(): Node {
    const tok = tokens[p++];
    if (!tok) throw new FormulaSyntaxError("unexpected end");
    if (tok.t === "num") return { k: "lit", v: tok.v };
    if (tok.t === "str") return { k: "lit", v: tok.v };
    if (tok.t === "ref") return { k: "ref", v: tok.v };
    if (tok.t === "name") {
      if (isOp("(")) {
        p++;
        const args: Node[] = [];
        if (!isOp(")")) {
          args.push(binary(0));
          while (isOp(",")) {
            p++;
            args.push(binary(0));
          }
        }
        if (!isOp(")")) throw new FormulaSyntaxError("missing )");
        p++;
        return { k: "call", name: tok.v, args };
      }
      if (tok.v === "TRUE" || tok.v === "FALSE") return { k: "lit", v: tok.v === "TRUE" };
      return { k: "name", v: tok.v };
    }
    if (tok.v === "(") {
      const inner = binary(0);
      if (!isOp(")")) throw new FormulaSyntaxError("missing )");
      p++;
      return inner;
    }
    throw new FormulaSyntaxError(`unexpected ${tok.v}`);
  }
  const node = binary(0);
  if (p !== tokens.length) throw new FormulaSyntaxError("trailing tokens");
  return node;
}

class ExcelErr {
  constructor(readonly code: string) {}
}

function toNumber(v: Value): number | ExcelErr {
  if (v === undefined || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    if (isErrorValue(v)) return new ExcelErr(v);
    const n = Number(v.trim());
    return v.trim() !== "" && Number.isFinite(n) ? n : new ExcelErr("#VALUE!");
  }
  return new ExcelErr("#VALUE!");
}

function toText(v: Value): string | ExcelErr {
  if (v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return isErrorValue(v) ? new ExcelErr(v) : v;
  return new ExcelErr("#VALUE!");
}

export function evaluateFormula(formula: string, host: FormulaHost): Scalar {
  let node: Node;
  try {
    node = parse(tokenize(formula.slice(1)));
  } catch {
    return "#NAME?";
  }
  const result = evalNode(node, host);
  if (result instanceof ExcelErr) return result.code;
  if (result === undefined) return 0;
  if (typeof result === "object") {
    const v = host.cell(result.sheet, result.rect.r0, result.rect.c0);
    return v === undefined ? 0 : v;
  }
  return result;
}

function resolveRef(text: string, host: FormulaHost): RangeValue | ExcelErr {
  const parsed = parseAddress(text.replace(/\$/g, ""));
  if (!parsed || !host.hasSheet(parsed.sheet)) return new ExcelErr("#REF!");
  return { kind: "range", sheet: parsed.sheet, rect: parsed.rect };
}

function scalarOf(v: Value | ExcelErr, host: FormulaHost): Scalar | undefined | ExcelErr {
  if (v instanceof ExcelErr) return v;
  if (v !== undefined && typeof v === "object") {
    if (v.rect.r0 !== v.rect.r1 || v.rect.c0 !== v.rect.c1) return new ExcelErr("#VALUE!");
    return host.cell(v.sheet, v.rect.r0, v.rect.c0);
  }
  return v;
}

function* flatten(
  values: (Value | ExcelErr)[],
  host: FormulaHost
): Generator<{ v: Scalar | undefined | ExcelErr; fromRange: boolean }> {
  for (const v of values) {
    if (v !== undefined && typeof v === "object" && !(v instanceof ExcelErr)) {
      for (let r = v.rect.r0; r <= v.rect.r1; r++)
        for (let c = v.rect.c0; c <= v.rect.c1; c++) yield { v: host.cell(v.sheet, r, c), fromRange: true };
    } else yield { v, fromRange: false };
  }
}

function numbersOf(values: (Value | ExcelErr)[], host: FormulaHost): number[] | ExcelErr {
  const out: number[] = [];
  for (const { v, fromRange } of flatten(values, host)) {
    if (v instanceof ExcelErr) return v;
    if (fromRange) {
      if (typeof v === "number") out.push(v);
      else if (isErrorValue(v)) return new ExcelErr(v as string);
    } else {
      const n = toNumber(v);
      if (n instanceof ExcelErr) return n;
      out.push(n);
    }
  }
  return out;
}

type Fn = (args: (Value | ExcelErr)[], host: FormulaHost) => Value | ExcelErr;

const FUNCTIONS: Record<string, Fn> = {
  SUM: (a, h) => {
    const n = numbersOf(a, h);
    return n instanceof ExcelErr ? n : n.reduce((s, x) => s + x, 0);
  },
  MIN: (a, h) => {
    const n = numbersOf(a, h);
    return n instanceof ExcelErr ? n : n.length ? Math.min(...n) : 0;
  },
  MAX: (a, h) => {
    const n = numbersOf(a, h);
    return n instanceof ExcelErr ? n : n.length ? Math.max(...n) : 0;
  },
  AVERAGE: (a, h) => {
    const n = numbersOf(a, h);
    return n instanceof ExcelErr
      ? n
      : n.length
        ? n.reduce((s, x) => s + x, 0) / n.length
        : new ExcelErr("#DIV/0!");
  },
  COUNT: (a, h) => {
    let c = 0;
    for (const { v } of flatten(a, h)) if (typeof v === "number") c++;
    return c;
  },
  COUNTA: (a, h) => {
    let c = 0;
    for (const { v } of flatten(a, h)) if (v !== undefined && v !== "") c++;
    return c;
  },
  ROUND: (a, h) => {
    const x = toNumber(scalarOf(a[0], h) as Value),
      d = toNumber(scalarOf(a[1], h) as Value);
    if (x instanceof ExcelErr) return x;
    if (d instanceof ExcelErr) return d;
    const f = Math.pow(10, Math.trunc(d));
    return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
  },
  ABS: (a, h) => {
    const x = toNumber(scalarOf(a[0], h) as Value);
    return x instanceof ExcelErr ? x : Math.abs(x);
  },
  IF: (a, h) => {
    const c = scalarOf(a[0], h);
    if (c instanceof ExcelErr) return c;
    const truthy = typeof c === "string" ? (isErrorValue(c) ? undefined : c !== "") : Boolean(c);
    if (truthy === undefined) return new ExcelErr(c as string);
    return truthy ? (a.length > 1 ? scalarOf(a[1], h) : true) : a.length > 2 ? scalarOf(a[2], h) : false;
  },
  IFERROR: (a, h) => {
    const v = scalarOf(a[0], h);
    return v instanceof ExcelErr || isErrorValue(v) ? scalarOf(a[1], h) : v;
  },
  LEN: (a, h) => {
    const t = toText(scalarOf(a[0], h) as Value);
    return t instanceof ExcelErr ? t : t.length;
  },
  CONCATENATE: (a, h) => {
    let s = "";
    for (const x of a) {
      const t = toText(scalarOf(x, h) as Value);
      if (t instanceof ExcelErr) return t;
      s += t;
    }
    return s;
  },
};

function evalNode(node: Node, host: FormulaHost): Value | ExcelErr {
  switch (node.k) {
    case "lit":
      return node.v;
    case "ref":
      return resolveRef(node.v, host);
    case "name":
      return new ExcelErr("#NAME?");
    case "call": {
      const fn = FUNCTIONS[node.name];
      if (!fn) return new ExcelErr("#NAME?");
      return fn(
        node.args.map((a) => evalNode(a, host)),
        host
      );
    }
    case "un": {
      const v = scalarOf(evalNode(node.a, host), host);
      if (v instanceof ExcelErr) return v;
      const n = toNumber(v);
      if (n instanceof ExcelErr) return n;
      return node.op === "-" ? -n : node.op === "%" ? n / 100 : n;
    }
    case "bin": {
      const a = scalarOf(evalNode(node.a, host), host);
      const b = scalarOf(evalNode(node.b, host), host);
      if (a instanceof ExcelErr) return a;
      if (b instanceof ExcelErr) return b;
      if (node.op === "&") {
        const x = toText(a),
          y = toText(b);
        if (x instanceof ExcelErr) return x;
        if (y instanceof ExcelErr) return y;
        return x + y;
      }
      if (["=", "<>", "<", ">", "<=", ">="].includes(node.op)) return compare(node.op, a, b);
      const x = toNumber(a),
        y = toNumber(b);
      if (x instanceof ExcelErr) return x;
      if (y instanceof ExcelErr) return y;
      switch (node.op) {
        case "+":
          return x + y;
        case "-":
          return x - y;
        case "*":
          return x * y;
        case "/":
          return y === 0 ? new ExcelErr("#DIV/0!") : x / y;
        default:
          return Math.pow(x, y);
      }
    }
  }
}

function compare(op: string, a: Scalar | undefined, b: Scalar | undefined): boolean | ExcelErr {
  if (isErrorValue(a)) return new ExcelErr(a as string);
  if (isErrorValue(b)) return new ExcelErr(b as string);
  const norm = (v: Scalar | undefined): Scalar =>
    v === undefined
      ? typeof (v === a ? b : a) === "string"
        ? ""
        : 0
      : typeof v === "string"
        ? v.toLowerCase()
        : v;
  const x = norm(a),
    y = norm(b);
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const c = rank(x) !== rank(y) ? rank(x) - rank(y) : x < y ? -1 : x > y ? 1 : 0;
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}
