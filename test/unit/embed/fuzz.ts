/**
 * Seeded random texts for tokenizer fuzzing: vocabulary pieces glued together, spaces, colons (the
 * reference tokenizer's zero-score quirks) and characters from many Unicode blocks (unknown characters,
 * combining marks, NFKC-changing forms, emoji beyond the BMP).
 */
const BLOCKS: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x300, 0x36f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
  [0x600, 0x6ff],
  [0x900, 0x97f],
  [0x2000, 0x206f],
  [0x25a0, 0x25ff],
  [0x4e00, 0x4e80],
  [0xfb00, 0xfb06],
  [0xff00, 0xff5e],
  [0x1f300, 0x1f6ff],
];

/** A small linear congruential generator: the same seed gives the same texts on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` random texts built from `pieces` (vocabulary entries with '▁' shown as spaces). */
export function fuzzTexts(pieces: string[], count: number, seed = 1): string[] {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const length = 1 + Math.floor(next() * 16);
    for (let j = 0; j < length; j++) {
      const r = next();
      if (r < 0.45) text += pick(pieces);
      else if (r < 0.55) text += ' ';
      else if (r < 0.62) text += pick([':', ':)', ' :', '):', ':-)']);
      else {
        const [from, to] = pick(BLOCKS);
        text += String.fromCodePoint(from + Math.floor(next() * (to - from + 1)));
      }
    }
    texts.push(text);
  }
  return texts;
}
