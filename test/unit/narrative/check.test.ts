/**
 * The fact-checker on hand-written model outputs about a hand-written persona (persona.ts): each
 * expectation is read from the persona's numbers, never from the checker.
 */
import { describe, expect, it } from 'vitest';
import { checkText, sentencesOf } from '../../../src/pipeline/narrative/check';
import { factSheet } from '../../../src/pipeline/narrative/facts';
import { asha, context } from './persona';

const sheet = factSheet(asha, context, 500);
const verdict = (sentence: string) => checkText(sentence, sheet).sentences[0];

describe('sentences', () => {
  it('splits at full stops but not inside decimals, amounts or "Rs."', () => {
    expect(sentencesOf('We own 4.2 devices. Rs. 500 is fine! Is it?\nNew line. 62% use EMI.')).toEqual([
      'We own 4.2 devices.',
      'Rs. 500 is fine!',
      'Is it?',
      'New line.',
      '62% use EMI.',
    ]);
  });
});

describe('true claims are kept', () => {
  it.each([
    ["I'm Asha.", []],
    ["I'm Asha Kulkarni, a Budget-Conscious Mom.", []], // the name and label, hyphen and all
    ["Asha's family is one of many in Pune.", []],
    ['We have about 4 devices at home.', ['tech_adoption']], // 4.2 written to the unit
    ['Around 62% of people like me buy big things on EMI.', ['budget_approach']],
    ['Nearly two thirds of us pay in instalments.', ['budget_approach']], // 66.7 vs 62: within 5 points
    ["EMI use here is well above the segment's 35%.", ['budget_approach']], // the segment's own share
    ['Our income is about ₹42,000, lower than most in the segment.', ['budget_approach']],
    ['I earn less than most.', ['budget_approach']], // income z −0.7
    ["I'm in my early thirties.", ['life_stage']], // 31.4
    ["I'm in my early 30s.", ['life_stage']],
    ['Most of us have children.', ['life_stage']], // 85%
    ['I compare prices everywhere.', ['budget_approach']],
    ['About 40% of us live in Pune.', []],
    ['72% of us are women.', []],
    ['We are 30% of the segment, 150 people.', []],
    ['More than half of us own more devices than the segment does.', ['tech_adoption']], // 81% above, 4.2 > 2.6
  ])('%s', (sentence, traits) => {
    const checked = verdict(sentence);
    expect(checked.reasons).toEqual([]);
    expect(checked.kept).toBe(true);
    for (const key of traits) expect(checked.traitsUsed).toContain(key);
  });
});

describe('false numbers are removed', () => {
  it.each([
    'We have 7 devices at home.', // 4.2
    'Only 20% of us use EMI.', // 62%
    'Our income is ₹80,000 a month.', // ₹42,000 (segment ₹61,000)
    "I'm 45 years old.", // 31.4
    "I'm in my late twenties.", // 31.4 is not 26–30
    "I'm in my 40s.",
    'Half of us are men.', // 28%
    '72% of us are men.', // the 72% is women
    'More than 90% of us buy on EMI.', // 62%
    'About 40% of us live in Nagpur.', // 35%
  ])('%s', (sentence) => {
    const checked = verdict(sentence);
    expect(checked.kept).toBe(false);
    expect(checked.reasons.join(' ')).toMatch(/matches no number/);
  });
});

describe('wrong directions are removed', () => {
  it.each([
    'I earn more than most people here.', // income below the segment
    'We have fewer devices than others.', // 4.2 vs 2.6
    "I'm older than the others in my segment.", // age typical (z −0.15)
    "I'm younger than most.", // typical, not younger
    'We rarely buy on EMI.', // 62% do
    'None of us use EMI.',
    'Prices matter less to me than to others.', // price sensitivity above the segment
  ])('%s', (sentence) => {
    const checked = verdict(sentence);
    expect(checked.kept).toBe(false);
    expect(checked.reasons.join(' ')).toMatch(
      /not a difference the data shows|not what the data's shares say/,
    );
  });
});

describe('invented facts are removed', () => {
  it.each([
    ['I work as a software engineer in Bengaluru.', /not in the data/],
    ['My favourite brand is Samsung.', /“Samsung” is not in the data/],
    ["I'm a dad who loves gadgets.", /men/],
    ['I love cooking.', /nothing the data measured/],
    ['We celebrate Diwali with new gadgets.', /“Diwali” is not in the data/],
  ])('%s', (sentence, reason) => {
    const checked = verdict(sentence);
    expect(checked.kept).toBe(false);
    expect(checked.reasons.join(' ')).toMatch(reason);
  });

  it('a childless persona may not speak of its own children', () => {
    const childless = factSheet({ ...asha, profile: { ...asha.profile, parent: false } }, context, 500);
    expect(checkText('My kids love new gadgets.', childless).sentences[0].reasons).toContain(
      'most of this group have no children',
    );
    expect(checkText('My kids love new gadgets.', sheet).sentences[0].kept).toBe(true);
  });
});

describe('a whole answer', () => {
  it('keeps the backed sentences in order, drops the rest with reasons, and lists the traits used', () => {
    const checked = checkText(
      "I'm Asha. We have about 4 devices at home. I work as a pilot. About 62% of us buy on EMI. We rarely buy on EMI.",
      sheet,
    );
    expect(checked.text).toBe("I'm Asha. We have about 4 devices at home. About 62% of us buy on EMI.");
    expect(checked.sentences.map((s) => s.kept)).toEqual([true, true, false, true, false]);
    expect(checked.traitsUsed.sort()).toEqual(['budget_approach', 'tech_adoption']);
  });

  it('judges an answer as a small model writes one, sentence by sentence', () => {
    const checked = checkText(
      "Hi, I'm Asha Kulkarni, a Budget-Conscious Mom. We own around 4 devices at home, which is more than " +
        "the segment's 2.6. I buy on EMI — 62% of us do, compared to 35% in the segment. My income is " +
        "₹42,000, lower than the segment's ₹61,000. I love shopping at Big Bazaar on weekends. Most of us " +
        'are women, and 85% of us have children. Price matters to me less than to most people.',
      sheet,
    );
    // Bazaar is named nowhere in the data; price sensitivity is above the segment's (0.71 vs 0.50).
    expect(checked.sentences.map((s) => s.kept)).toEqual([true, true, true, true, false, true, false]);
  });

  it('reduces gibberish to nothing', () => {
    const gibberish =
      'ĠĠ blorp quantile 8812 zq. Ve Ranchi 0.000317 ostrich umbrella. , , 44% 44% and then. Xylophone Mumbai 9 9 9.';
    const checked = checkText(gibberish, sheet);
    expect(checked.text).toBe('');
    expect(checked.sentences.length).toBeGreaterThan(0);
    expect(checked.sentences.every((s) => s.reasons.length > 0)).toBe(true);
  });
});
