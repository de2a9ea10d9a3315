/**
 * PersonaChat's answers: rule-based, first person, built only from the persona's traits. The
 * question's topic (matched with the embedding model in topics.ts) picks the traits to speak from;
 * a few question details (EMI, an amount) and the persona's context (children, gadgets) add
 * grounded sentences. A question the persona has no data for gets an honest "not something I
 * think about" instead of invented detail.
 */
import { percent } from './format';
import { OFF_TOPIC, TOPICS, type Topic, type TopicMatch } from './topics';
import type { Persona, PersonaAnswer, Trait } from './types';
import { config } from '../../config';

const BUDGET_KEYS = ['family_budget_approach', 'budget_approach'];

interface Extra {
  text: string;
  trait: string;
}

function trait(persona: Persona, key: string): Trait | undefined {
  return persona.traits.find((t) => t.key === key);
}

/** The topic's traits the persona has: the most relevant one, plus one more if it is distinctive. */
function traitsFor(persona: Persona, topic: Topic): Trait[] {
  const found = topic.traits.map((key) => trait(persona, key)).filter((t): t is Trait => !!t);
  const ordered = [
    ...found.filter((t) => t.reading !== 'typical'),
    ...found.filter((t) => t.reading === 'typical'),
  ];
  return ordered.filter((t, i) => i === 0 || t.reading !== 'typical').slice(0, config.persona.traitsPerTopic);
}

/** Drops sentences that only repeat percentages already said. */
function withoutRepeats(sentences: string[]): string[] {
  const said = new Set<string>();
  return sentences.filter((sentence) => {
    const numbers = sentence.match(/\d+%/g) ?? [];
    const repeat = numbers.length > 0 && numbers.every((n) => said.has(n));
    numbers.forEach((n) => said.add(n));
    return !repeat;
  });
}

/** EMI in the question: answered from the share of the persona's cluster that buys on EMI. */
function emiExtra(persona: Persona, question: string): Extra | undefined {
  if (!/\bemis?\b|instal(l)?ments?|pay later|monthly payments?/i.test(question)) return;
  const budget = BUDGET_KEYS.map((k) => trait(persona, k)).find((t) =>
    t?.evidence.some((e) => e.field === 'emi_flag'),
  );
  const emi = budget?.evidence.find((e) => e.field === 'emi_flag');
  if (!budget || !emi) return;
  const share = percent(emi.clusterValue);
  const text =
    emi.clusterValue >= 0.5
      ? `EMI is how I'd do it — ${share} of people like me buy on EMI.`
      : emi.clusterValue <= emi.segmentValue
        ? `I'd rather pay upfront; only ${share} of people like me use EMI.`
        : `I might take the EMI — ${share} of people like me do.`;
  return { text, trait: budget.key };
}

/** "₹25,000", "Rs 500", "$300", "30k", "40,000 rupees". */
const AMOUNT = /(?:₹|rs\.?\s?|\$|£|€)\s?\d[\d,]*(?:\.\d+)?\s?k?|\b\d[\d,]*\s?(?:k|rupees|dollars|pounds)\b/i;

/** An amount in the question, weighed against the persona's budget reading. */
function amountExtra(persona: Persona, question: string): Extra | undefined {
  const amount = AMOUNT.exec(question)?.[0].trim();
  const budget = BUDGET_KEYS.map((k) => trait(persona, k)).find((t) => t && t.reading !== 'typical');
  if (!amount || !budget) return;
  const text =
    budget.reading === 'high'
      ? `${amount} is a lot for me to spend in one go.`
      : `${amount} is fine if the quality is there.`;
  return { text, trait: budget.key };
}

/** Context: parents weigh gadgets against their children's safety; early adopters stretch for new tech. */
function contextExtra(persona: Persona, topic: Topic): Extra | undefined {
  const safety = trait(persona, 'child_safety_concerns');
  if (persona.profile.parent && topic.id === 'technology' && safety && safety.reading !== 'typical') {
    const text =
      safety.reading === 'high'
        ? "Before anything new comes home, I check whether it's safe for my kids."
        : "I don't worry much about the kids using it.";
    return { text, trait: safety.key };
  }
  const tech = trait(persona, 'tech_adoption');
  if (topic.id === 'price' && tech?.reading === 'high') {
    return { text: "If it's new and genuinely better, I'll find the money for it.", trait: tech.key };
  }
}

/** A question about children put to a persona most of whose rows have none: said, with the share. */
function childlessExtra(persona: Persona, question: string): Extra | undefined {
  if (persona.profile.parent || !/\b(kids?|child|children|sons?|daughters?)\b/i.test(question)) return;
  const stage = trait(persona, 'life_stage');
  const children = stage?.evidence.find((e) => e.field === 'has_children');
  if (!stage || !children || children.clusterValue >= 0.5) return;
  const share = percent(children.clusterValue);
  return {
    text: `Most people like me don't have children (only ${share} do), so I can only speak for myself.`,
    trait: stage.key,
  };
}

/** Topics this persona has distinctive readings on, for the off-topic reply. */
function strongTopics(persona: Persona): string[] {
  const distinctive = new Set(persona.traits.filter((t) => t.reading !== 'typical').map((t) => t.key));
  return TOPICS.filter((t) => t.id !== OFF_TOPIC && t.traits.some((k) => distinctive.has(k)))
    .slice(0, 3)
    .map((t) => t.label);
}

function honest(persona: Persona, match: TopicMatch, topic: string): PersonaAnswer {
  const topics = strongTopics(persona);
  const suggestion = topics.length
    ? ` Ask me about ${topics.join(', ')} — that's where I have real opinions.`
    : '';
  const text = `That's not something I think about much, honestly.${suggestion}`;
  return { text, traitsUsed: [], topic, offTopic: true, similarity: match.similarity };
}

/** Answers `question` as `persona`, given the question's topic match. */
export function answer(persona: Persona, question: string, match: TopicMatch): PersonaAnswer {
  if (match.topic.id === OFF_TOPIC) return honest(persona, match, OFF_TOPIC);
  const used = traitsFor(persona, match.topic);
  if (used.length === 0) return honest(persona, match, match.topic.id);
  const said: Extra[] = [
    childlessExtra(persona, question),
    ...used.map((t) => ({ text: t.voice, trait: t.key })),
    emiExtra(persona, question),
    amountExtra(persona, question),
    contextExtra(persona, match.topic),
  ].filter((e): e is Extra => !!e);
  const text = withoutRepeats([...new Set(said.map((e) => e.text))]).join(' ');
  return {
    text,
    traitsUsed: [...new Set(said.map((e) => e.trait))],
    topic: match.topic.id,
    offTopic: false,
    similarity: match.similarity,
  };
}
