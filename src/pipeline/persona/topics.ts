/**
 * Chat topics and the matcher that routes a question to one. Each topic has example questions;
 * the embedding model places the question among them (its nearest examples vote), so
 * "Is ₹30k too steep for earbuds?" lands on price without sharing a word with the examples. An
 * "other" topic of unrelated questions, plus a similarity floor, catches what a persona cannot
 * honestly answer.
 */
import { config } from '../../config';
import { cosine, type Embedder } from '../embed/types';

export interface Topic {
  id: string;
  /** How a persona names the topic when suggesting it. */
  label: string;
  /** Trait keys that answer it, most relevant first. */
  traits: string[];
  examples: string[];
}

export const OFF_TOPIC = 'other';

export const TOPICS: Topic[] = [
  {
    id: 'price',
    label: 'prices and paying in instalments',
    traits: ['family_budget_approach', 'budget_approach', 'spending_power'],
    examples: [
      'Would you buy expensive headphones on EMI?',
      'Is this too costly for you?',
      'How much would you spend on a new phone?',
      'Do you wait for discounts and sales before buying?',
      'Would you pay in monthly instalments?',
      'What is your budget for a laptop?',
      'Does the price matter to you?',
      'Can you afford a premium product?',
      'Do you compare prices before you buy?',
      'How do you pay for big purchases?',
    ],
  },
  {
    id: 'safety',
    label: 'safety and privacy',
    traits: ['child_safety_concerns', 'digital_privacy', 'parenting_style'],
    examples: [
      'Do you limit how long your children use screens?',
      'Are you concerned about online safety?',
      'How do you feel about apps collecting your data?',
      'Do you use parental controls?',
      'Is privacy important to you?',
      'Would you let an app track your location?',
      'Do you worry about what your kids see on the internet?',
      'Is the product safe for children?',
      'What concerns you about your children using phones?',
      'How much time should kids spend on tablets?',
    ],
  },
  {
    id: 'technology',
    label: 'gadgets and technology',
    traits: ['tech_adoption', 'parenting_style', 'brand_orientation'],
    examples: [
      'Do you like trying new gadgets?',
      'How many devices do you own?',
      'Would you get a smart speaker for your home?',
      'Are you an early adopter of technology?',
      'What do you think of the latest smartphones?',
      'Would you buy wireless earbuds?',
      'Do you use a smartwatch or fitness tracker?',
      'How comfortable are you with new apps?',
    ],
  },
  {
    id: 'family',
    label: 'family life',
    traits: ['parenting_style', 'life_stage', 'family_budget_approach', 'educational_priorities'],
    examples: [
      'How do you spend time with your family?',
      'What matters most to you as a parent?',
      'Tell me about your children.',
      'How big is your household?',
      'What is a typical day with your kids like?',
      'How many children do you have?',
      'Who do you live with?',
      'How do you raise your kids?',
      'Do your kids do chores at home?',
    ],
  },
  {
    id: 'education',
    label: 'learning and education',
    traits: ['educational_priorities', 'work_life'],
    examples: [
      'Would you pay for tuition or online classes?',
      "How important is your children's education?",
      'Would you buy a learning app?',
      'What did you study?',
      'Do you help your kids with homework?',
      'Which school do your children go to?',
    ],
  },
  {
    id: 'brand',
    label: 'brands',
    traits: ['brand_orientation', 'budget_approach', 'family_budget_approach'],
    examples: [
      'Which brands do you trust?',
      'Are you loyal to one brand?',
      'Does the brand name matter when you shop?',
      'Have you heard of this brand?',
      'Would you switch to a different brand?',
      'Do you prefer one brand over another?',
      'Which company makes the best products?',
    ],
  },
  {
    id: 'lifestyle',
    label: 'my lifestyle',
    traits: ['lifestyle_interests', 'life_stage', 'location', 'work_life'],
    examples: [
      'What do you do at the weekend?',
      'What are your hobbies?',
      'Do you follow fashion trends?',
      'How do you stay healthy?',
      'Where do you live?',
      'What do you do for work?',
      'How do you relax after a long day?',
      'Do you like cooking?',
      'Do you exercise?',
    ],
  },
  {
    id: OFF_TOPIC,
    label: 'other things',
    traits: [],
    examples: [
      'What is the capital of France?',
      'Who will win the next election?',
      'What will the weather be like tomorrow?',
      'Do you believe in ghosts?',
      'What is your star sign?',
      'What is 12 times 7?',
      'Tell me a joke.',
      'Which cricket player do you admire?',
      'What is your favourite food?',
      'Who is your favourite actor?',
      'What do you think about politics?',
      'What is your favourite colour?',
      'Which god do you pray to?',
      'What was the score of the match last night?',
      'Can you recommend a good film?',
      'Do you have a pet?',
      'What is the meaning of life?',
    ],
  },
];

export interface TopicMatch {
  topic: Topic;
  similarity: number;
  /** Every topic with its best similarity, highest first. */
  ranked: { topic: Topic; similarity: number }[];
}

/** Routes questions to topics with an embedder; embeds the examples once. */
export class TopicMatcher {
  private constructor(
    private readonly embedder: Embedder,
    private readonly examples: { topic: Topic; vector: Float32Array }[],
  ) {}

  /** Embeds every topic's examples with `embedder`. */
  static async create(embedder: Embedder, topics: Topic[] = TOPICS): Promise<TopicMatcher> {
    const texts = topics.flatMap((t) => t.examples);
    const vectors = await embedder.embed(texts);
    const owners = topics.flatMap((t) => t.examples.map(() => t));
    return new TopicMatcher(
      embedder,
      vectors.map((vector, i) => ({ topic: owners[i], vector })),
    );
  }

  /**
   * The question's topic by a similarity-weighted vote of its nearest examples; `other` when that
   * vote goes to the off-topic examples or even the nearest example is below `topicFloor`.
   * `similarity` is the question's best similarity to an example of the chosen topic.
   */
  async match(question: string): Promise<TopicMatch> {
    const [q] = await this.embedder.embed([question]);
    const scored = this.examples.map(({ topic, vector }) => ({ topic, similarity: cosine(q, vector) }));
    scored.sort((a, b) => b.similarity - a.similarity);
    const votes = new Map<Topic, number>();
    for (const { topic, similarity } of scored.slice(0, config.persona.topicNeighbours))
      votes.set(topic, (votes.get(topic) ?? 0) + similarity);
    const winner = [...votes].sort((a, b) => b[1] - a[1])[0][0];
    const best = new Map<Topic, number>();
    for (const { topic, similarity } of scored) if (!best.has(topic)) best.set(topic, similarity);
    const ranked = [...best].map(([topic, similarity]) => ({ topic, similarity }));
    const topic = scored[0].similarity < config.persona.topicFloor ? this.offTopic() : winner;
    return { topic, similarity: best.get(topic) ?? scored[0].similarity, ranked };
  }

  private offTopic(): Topic {
    return this.examples.find((e) => e.topic.id === OFF_TOPIC)!.topic;
  }
}
