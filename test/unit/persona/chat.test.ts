import { beforeAll, describe, expect, it } from 'vitest';
import { summariseColumns } from '../../../src/pipeline/persona/frame';
import { buildPersonas } from '../../../src/pipeline/persona/build';
import { answer } from '../../../src/pipeline/persona/chat';
import { TopicMatcher } from '../../../src/pipeline/persona/topics';
import type { Persona, PersonaAnswer } from '../../../src/pipeline/persona/types';
import { MODEL_BUILT, testEmbedder } from './embedder';
import { familyTable, GROUPS, subset, toColumns } from './fixtures';

const { rows, group } = familyTable(120);
const table = toColumns(rows);
const segmentIndex = rows.flatMap((_, i) => (group[i] === null ? [] : [i]));
const assignments = Int32Array.from(segmentIndex, (i) => group[i]!);
const set = await buildPersonas({
  segment: subset(table, segmentIndex),
  whole: summariseColumns(table),
  clustering: { k: GROUPS.length, assignments },
  domain: 'parenting',
});
const persona = (g: (typeof GROUPS)[number]) => set.personas.find((p) => GROUPS[p.clusterIndex] === g)!;

/** Questions written after the topic examples were fixed, none of them among the examples. */
const HELD_OUT: [string, string][] = [
  ['price', 'Would you buy ₹25,000 headphones on EMI?'],
  ['price', 'Would you spend 40,000 rupees on a phone?'],
  ['price', 'Do you look for cashback offers?'],
  ['price', 'Is a monthly subscription too expensive?'],
  ['safety', "What worries you about your kids' screen time?"],
  ['safety', 'Should companies be allowed to sell your personal information?'],
  ['safety', 'Do you let your children chat with strangers in games?'],
  ['safety', 'Do you worry about cyberbullying?'],
  ['technology', 'Would you pre-order the next flagship phone?'],
  ['technology', 'Do you have a smart TV?'],
  ['technology', 'How good are you with computers?'],
  ['technology', 'Would you try a robot vacuum cleaner?'],
  ['family', 'What do your kids like to do?'],
  ['family', 'How do you divide chores with your partner?'],
  ['family', 'What is bedtime like in your house?'],
  ['family', 'Do you have a big family?'],
  ['education', 'Do you pay for extra tuition?'],
  ['education', 'How are your kids doing at school?'],
  ['brand', 'Which brand of earphones do you trust most?'],
  ['brand', 'Would you buy an unknown brand if it was cheaper?'],
  ['lifestyle', 'How do you keep fit?'],
  ['lifestyle', 'What do you do in your free time?'],
  ['other', "What's your favourite football team?"],
  ['other', 'Who is the best singer in the world?'],
  ['other', 'What is the tallest building?'],
  ['other', 'Do you think it will rain today?'],
  ['other', 'Who invented the telephone?'],
];

describe.skipIf(!MODEL_BUILT)('persona chat with the bundled sentence encoder', () => {
  let matcher: TopicMatcher;
  const ask = async (p: Persona, question: string): Promise<PersonaAnswer> =>
    answer(p, question, await matcher.match(question));

  beforeAll(async () => {
    matcher = await TopicMatcher.create(await testEmbedder());
  }, 300_000);

  it('routes held-out questions to their topics (measured 26 of 27)', async () => {
    const wrong: string[] = [];
    for (const [topic, question] of HELD_OUT) {
      const match = await matcher.match(question);
      if (match.topic.id !== topic) wrong.push(`${question} → ${match.topic.id}`);
    }
    expect(wrong.length, wrong.join('; ')).toBeLessThanOrEqual(2);
  });

  it('answers a price question from the budget trait, with its EMI share', async () => {
    const budget = persona('budget');
    const reply = await ask(budget, 'Would you buy ₹25,000 headphones on EMI?');
    const emi = budget.traits
      .find((t) => t.key === 'family_budget_approach')!
      .evidence.find((e) => e.field === 'emi_flag')!;
    expect(reply).toMatchObject({ topic: 'price', offTopic: false });
    expect(reply.traitsUsed).toContain('family_budget_approach');
    expect(reply.text).toContain(`${Math.round(emi.clusterValue * 100)}%`);
    expect(reply.text).toContain('₹25,000 is a lot');
    // The tech-heavy, affluent mom reads the same question the other way.
    const tech = await ask(persona('tech'), 'Would you buy ₹25,000 headphones on EMI?');
    expect(tech.traitsUsed).toEqual(expect.arrayContaining(['family_budget_approach', 'tech_adoption']));
    expect(tech.text).toMatch(/rather pay upfront/);
  });

  it('answers a safety question from the child-safety trait', async () => {
    const reply = await ask(persona('safety'), "What worries you about your kids' screen time?");
    expect(reply.topic).toBe('safety');
    expect(reply.traitsUsed[0]).toBe('child_safety_concerns');
    expect(reply.text).toMatch(/\bI\b/);
  });

  it('answers a technology question from tech adoption, with a parent’s safety in mind', async () => {
    const tech = await ask(persona('tech'), 'Would you get a smart speaker for the living room?');
    expect(tech.topic).toBe('technology');
    expect(tech.traitsUsed[0]).toBe('tech_adoption');
    const deviceCount = persona('tech')
      .traits.find((t) => t.key === 'tech_adoption')!
      .evidence.find((e) => e.field === 'device_count')!;
    expect(tech.text).toContain(`about ${Math.round(deviceCount.clusterValue)} devices`);
    const careful = await ask(persona('safety'), 'Would you get a smart speaker for the living room?');
    expect(careful.traitsUsed).toEqual(expect.arrayContaining(['tech_adoption', 'child_safety_concerns']));
    expect(careful.text).toMatch(/safe for my kids/);
  });

  it('answers a family question from the parenting traits', async () => {
    const reply = await ask(persona('tech'), 'How do you spend Sundays with your children?');
    expect(reply.topic).toBe('family');
    expect(reply.traitsUsed).toContain('parenting_style');
  });

  it('tells a question about kids that most people like this persona have none', async () => {
    const everyone = await buildPersonas({
      segment: table,
      whole: summariseColumns(table),
      clustering: { k: GROUPS.length + 1, assignments: Int32Array.from(group, (g) => g ?? GROUPS.length) },
      domain: 'general',
    });
    const childless = everyone.personas.find((p) => p.clusterIndex === GROUPS.length)!;
    const reply = await ask(childless, "What worries you about your kids' screen time?");
    expect(reply.text).toMatch(/^Most people like me don't have children \(only 0% do\)/);
    expect(reply.traitsUsed).toContain('life_stage');
  });

  it('says honestly when a question is off-topic', async () => {
    for (const p of set.personas) {
      const reply = await ask(p, "what's your favourite football team?");
      expect(reply).toMatchObject({ offTopic: true, traitsUsed: [], topic: 'other' });
      expect(reply.text).toMatch(/not something I think about much/);
    }
  });

  it('says honestly when the data has nothing on the topic', async () => {
    const reply = await ask(persona('tech'), 'Which brands do you trust the most?');
    expect(reply.topic).toBe('brand');
    // The table has no brand-awareness column, but budget readings speak to brands.
    expect(reply.traitsUsed).toContain('family_budget_approach');
    const bare = {
      ...persona('tech'),
      traits: persona('tech').traits.filter((t) => !/budget|brand/.test(t.key)),
    };
    expect(await ask(bare, 'Which brands do you trust the most?')).toMatchObject({
      offTopic: true,
      traitsUsed: [],
    });
  });
});
