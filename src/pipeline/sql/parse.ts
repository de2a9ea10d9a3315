/**
 * Reads one of the app's SQLite condition fragments (with `?` placeholders and their values) into a
 * small expression tree the dialect writers can write again. It knows the shapes the query stage
 * emits — comparisons, IN, BETWEEN, NOT, IS [NOT] NULL, CASE, CAST, + − × ÷ and ||, and a few
 * functions — and refuses anything else, so nothing it does not understand is passed on as text.
 */
import type { SqlValue } from '../types';
import { SqlRefusal } from './dialects';

export type Expr =
  | { k: 'col'; name: string }
  | { k: 'lit'; value: SqlValue }
  | { k: 'bin'; op: string; l: Expr; r: Expr }
  | { k: 'not'; e: Expr }
  | { k: 'neg'; e: Expr }
  | { k: 'in'; e: Expr; list: Expr[]; negated: boolean }
  | { k: 'between'; e: Expr; lo: Expr; hi: Expr; negated: boolean }
  | { k: 'isnull'; e: Expr; negated: boolean }
  | { k: 'case'; subject?: Expr; whens: [Expr, Expr][]; otherwise?: Expr }
  | { k: 'cast'; e: Expr; to: 'INTEGER' | 'TEXT' | 'REAL' }
  | { k: 'fn'; name: string; args: Expr[] };

type Token =
  | { t: 'ident'; v: string }
  | { t: 'word'; v: string }
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'param' }
  | { t: 'op'; v: string };

const OPERATORS = ['<>', '!=', '<=', '>=', '==', '||', '=', '<', '>', '+', '-', '*', '/', '(', ')', ','];

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (/\s/.test(c)) {
      i++;
    } else if (sql.startsWith('--', i)) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= sql.length) throw new SqlRefusal(`unclosed ${c} in the condition`);
        if (sql[j] === c && sql[j + 1] === c) {
          text += c;
          j += 2;
        } else if (sql[j] === c) {
          break;
        } else {
          text += sql[j++];
        }
      }
      tokens.push(c === '"' ? { t: 'ident', v: text } : { t: 'str', v: text });
      i = j + 1;
    } else if (/[0-9.]/.test(c)) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(sql.slice(i));
      if (!m) throw new SqlRefusal(`unreadable number at "${sql.slice(i, i + 10)}"`);
      tokens.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i))!;
      tokens.push({ t: 'word', v: m[0] });
      i += m[0].length;
    } else if (c === '?') {
      if (/\d/.test(sql[i + 1] ?? ''))
        throw new SqlRefusal('numbered placeholders (?NNN) are not used by the app');
      tokens.push({ t: 'param' });
      i++;
    } else {
      const op = OPERATORS.find((o) => sql.startsWith(o, i));
      if (!op) throw new SqlRefusal(`unexpected "${c}" in the condition`);
      tokens.push({ t: 'op', v: op });
      i += op.length;
    }
  }
  return tokens;
}

const FUNCTIONS = new Set(['lower', 'upper', 'trim', 'replace', 'substr', 'instr', 'julianday', 'abs']);

class Parser {
  private i = 0;
  private param = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly params: readonly SqlValue[],
  ) {}

  parse(): Expr {
    const e = this.or();
    if (this.i < this.tokens.length)
      throw new SqlRefusal(`unexpected ${this.describe(this.tokens[this.i])} in the condition`);
    if (this.param !== this.params.length)
      throw new SqlRefusal(`the condition has ${this.param} placeholders but ${this.params.length} values`);
    return e;
  }

  private describe(token: Token | undefined): string {
    if (!token) return 'end';
    return 'v' in token ? `"${String(token.v)}"` : '?';
  }

  private peekWord(...words: string[]): boolean {
    const token = this.tokens[this.i];
    return token?.t === 'word' && words.includes(token.v.toUpperCase());
  }

  private peekOp(...ops: string[]): boolean {
    const token = this.tokens[this.i];
    return token?.t === 'op' && ops.includes(token.v);
  }

  private word(w: string): void {
    if (!this.peekWord(w)) throw new SqlRefusal(`expected ${w}, found ${this.describe(this.tokens[this.i])}`);
    this.i++;
  }

  private op(o: string): void {
    if (!this.peekOp(o)) throw new SqlRefusal(`expected "${o}", found ${this.describe(this.tokens[this.i])}`);
    this.i++;
  }

  private or(): Expr {
    let e = this.and();
    while (this.peekWord('OR')) {
      this.i++;
      e = { k: 'bin', op: 'OR', l: e, r: this.and() };
    }
    return e;
  }

  private and(): Expr {
    let e = this.not();
    while (this.peekWord('AND')) {
      this.i++;
      e = { k: 'bin', op: 'AND', l: e, r: this.not() };
    }
    return e;
  }

  private not(): Expr {
    if (this.peekWord('NOT')) {
      this.i++;
      return { k: 'not', e: this.not() };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const e = this.additive();
    if (this.peekWord('IS')) {
      this.i++;
      const negated = this.peekWord('NOT');
      if (negated) this.i++;
      this.word('NULL');
      return { k: 'isnull', e, negated };
    }
    const negated = this.peekWord('NOT');
    if (negated) this.i++;
    if (this.peekWord('IN')) {
      this.i++;
      this.op('(');
      const list = [this.additive()];
      while (this.peekOp(',')) {
        this.i++;
        list.push(this.additive());
      }
      this.op(')');
      return { k: 'in', e, list, negated };
    }
    if (this.peekWord('BETWEEN')) {
      this.i++;
      const lo = this.additive();
      this.word('AND');
      return { k: 'between', e, lo, hi: this.additive(), negated };
    }
    if (negated) throw new SqlRefusal('NOT is followed by neither IN nor BETWEEN');
    if (this.peekOp('=', '==', '<>', '!=', '<', '<=', '>', '>=')) {
      const token = this.tokens[this.i++] as { v: string };
      const op = token.v === '==' ? '=' : token.v === '!=' ? '<>' : token.v;
      return { k: 'bin', op, l: e, r: this.additive() };
    }
    return e;
  }

  private additive(): Expr {
    let e = this.multiplicative();
    while (this.peekOp('+', '-')) {
      const op = (this.tokens[this.i++] as { v: string }).v;
      e = { k: 'bin', op, l: e, r: this.multiplicative() };
    }
    return e;
  }

  private multiplicative(): Expr {
    let e = this.concatenation();
    while (this.peekOp('*', '/')) {
      const op = (this.tokens[this.i++] as { v: string }).v;
      e = { k: 'bin', op, l: e, r: this.concatenation() };
    }
    return e;
  }

  private concatenation(): Expr {
    let e = this.unary();
    while (this.peekOp('||')) {
      this.i++;
      e = { k: 'bin', op: '||', l: e, r: this.unary() };
    }
    return e;
  }

  private unary(): Expr {
    if (this.peekOp('-')) {
      this.i++;
      return { k: 'neg', e: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expr {
    const token = this.tokens[this.i++];
    if (!token) throw new SqlRefusal('the condition ends too early');
    switch (token.t) {
      case 'ident':
        return { k: 'col', name: token.v };
      case 'str':
        return { k: 'lit', value: token.v };
      case 'num':
        return { k: 'lit', value: token.v };
      case 'param':
        if (this.param >= this.params.length)
          throw new SqlRefusal('the condition has more placeholders than values');
        return { k: 'lit', value: this.params[this.param++] };
      case 'op':
        if (token.v !== '(') break;
        {
          const e = this.or();
          this.op(')');
          return e;
        }
      case 'word':
        return this.wordExpr(token.v);
    }
    throw new SqlRefusal(`unexpected ${this.describe(token)} in the condition`);
  }

  private wordExpr(word: string): Expr {
    const upper = word.toUpperCase();
    if (upper === 'NULL') return { k: 'lit', value: null };
    if (upper === 'CASE') return this.caseExpr();
    if (upper === 'CAST') {
      this.op('(');
      const e = this.or();
      this.word('AS');
      const type = this.tokens[this.i++];
      const to = type?.t === 'word' ? type.v.toUpperCase() : '';
      if (to !== 'INTEGER' && to !== 'TEXT' && to !== 'REAL')
        throw new SqlRefusal(`CAST to ${to || 'an unknown type'} has no translation`);
      this.op(')');
      return { k: 'cast', e, to };
    }
    const name = word.toLowerCase();
    if (!FUNCTIONS.has(name) || !this.peekOp('(')) throw new SqlRefusal(`"${word}" has no translation`);
    this.i++;
    const args: Expr[] = [];
    if (!this.peekOp(')')) {
      args.push(this.or());
      while (this.peekOp(',')) {
        this.i++;
        args.push(this.or());
      }
    }
    this.op(')');
    return { k: 'fn', name, args };
  }

  private caseExpr(): Expr {
    const subject = this.peekWord('WHEN') ? undefined : this.or();
    const whens: [Expr, Expr][] = [];
    while (this.peekWord('WHEN')) {
      this.i++;
      const when = this.or();
      this.word('THEN');
      whens.push([when, this.or()]);
    }
    if (whens.length === 0) throw new SqlRefusal('CASE without WHEN');
    let otherwise: Expr | undefined;
    if (this.peekWord('ELSE')) {
      this.i++;
      otherwise = this.or();
    }
    this.word('END');
    return { k: 'case', ...(subject ? { subject } : {}), whens, ...(otherwise ? { otherwise } : {}) };
  }
}

/** The expression tree of one SQLite condition, its `?` placeholders replaced by their values. */
export function parseCondition(sql: string, params: readonly SqlValue[]): Expr {
  return new Parser(tokenize(sql), params).parse();
}
