import { describe, expect, it } from 'vitest';
import { buildLexicon, correctedNorms } from '../../../src/pipeline/intents/lexicon';
import { lexicalCandidates, resolveSlots, slotKey } from '../../../src/pipeline/intents/slots';
import { tokenize } from '../../../src/pipeline/intents/text';

const lexicon = buildLexicon();
const today = new Date('2026-11-25T12:00:00Z');

/** Slots found from listed words and numbers only (no embedder), as sorted meaning keys. */
function slotsOf(goal: string, date = today) {
  const tokens = tokenize(goal);
  const slots = resolveSlots(
    goal,
    tokens,
    lexicalCandidates(goal, tokens, correctedNorms(tokens, lexicon), lexicon),
    date,
  );
  return { keys: slots.map(slotKey).sort(), slots };
}

describe('slot extraction from words and numbers', () => {
  it('reads “Gen Z Moms” as a generation with its Pew age range, a parent and a woman', () => {
    const { keys, slots } = slotsOf('Gen Z Moms');
    expect(keys).toEqual(['gender|female||', 'generation|gen z||age:18..29', 'parenting|parent||']);
    expect(slots.find((s) => s.category === 'generation')?.span).toEqual({ start: 0, end: 5, text: 'Gen Z' });
    expect(slots.find((s) => s.category === 'gender')?.span).toEqual({ start: 6, end: 10, text: 'Moms' });
  });

  it('computes generation ages from the injected date, adults only unless teens are asked for', () => {
    expect(slotsOf('gen z', new Date('2030-06-01')).keys).toEqual(['generation|gen z||age:18..33']);
    expect(slotsOf('millennials').keys).toEqual(['generation|millennial||age:30..45']);
    expect(slotsOf('gen z teens').keys).toEqual([
      'generation|gen z||age:14..29',
      'generation|teen||age:13..19',
    ]);
    expect(slotsOf('students under 30').keys).toEqual([
      'generation|age range||age:18..29',
      'lifestyle|student||',
    ]);
  });

  it('gives gendered parent words both a gender and a parenting slot', () => {
    expect(slotsOf('WFH dads').keys).toEqual([
      'gender|male||',
      'lifestyle|professional||',
      'parenting|parent||',
    ]);
    expect(slotsOf('young mothers').keys).toEqual([
      'gender|female||',
      'generation|age range||age:18..34',
      'parenting|parent||',
    ]);
  });

  it('prefers the specific parenting stage and the longer phrase', () => {
    expect(slotsOf('new moms of toddlers').keys).toEqual([
      'gender|female||',
      'parenting|new parent||',
      'parenting|parent of young kids||',
    ]);
    expect(slotsOf('college kids in smaller cities').keys).toEqual([
      'geography|metro|not|city_tier:1..1',
      'lifestyle|student||',
    ]);
    expect(slotsOf('moms of teens').keys).toEqual(['gender|female||', 'parenting|parent of teens||']);
  });

  it.each([
    ['non-parents', ['parenting|parent|not|']],
    ['women without kids', ['gender|female||', 'parenting|parent|not|']],
    ['people who don’t have kids', ['parenting|parent|not|']],
    ['childless couples', ['parenting|parent|not|']],
    ['not students or retirees', ['lifestyle|retired|not|', 'lifestyle|student|not|']],
    ['students, not professionals', ['lifestyle|professional|not|', 'lifestyle|student||']],
    ['moms who are NOT working', ['gender|female||', 'lifestyle|professional|not|', 'parenting|parent||']],
  ])('negation: %s', (goal, keys) => {
    expect(slotsOf(goal).keys).toEqual(keys);
  });

  it('maps cities to canonical names with their tier, metros to tier 1', () => {
    expect(slotsOf('students in Bangalore').keys).toEqual([
      'geography|bengaluru||city_tier:1..1',
      'lifestyle|student||',
    ]);
    expect(slotsOf('moms from Jaipur').keys).toContain('geography|jaipur||city_tier:2..2');
    expect(slotsOf('affluent millennial professionals in metros').keys).toEqual([
      'budget|premium||',
      'generation|millennial||age:30..45',
      'geography|metro||city_tier:1..1',
      'lifestyle|professional||',
    ]);
  });

  it('finds nothing in goals without persona words', () => {
    for (const goal of ['', 'asdf', 'pizza', 'hello world', '<script>alert(1)</script>'])
      expect(slotsOf(goal).keys).toEqual([]);
  });
});
