/**
 * Grounded prompts: the model sees only the persona's evidence, as compact structured facts (each
 * trait's reading with its numbers against the segment, the demographics, the persona's size and
 * the goal) and is told to speak in the first person from those facts alone. The template lines,
 * quotes and names of other personas are never shown, so nothing but the data can be restated.
 */
import { config } from '../../config';
import { evidenceName, formatValue, percent } from '../persona/format';
import type { Evidence, Persona, PersonaContext, Trait } from '../persona/types';

/** One chat message, in the shape transformers.js's chat templates take. */
export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** What the model is asked for: the card's paragraph, or an answer to a person's question. */
export type PromptTask = { kind: 'narrative' } | { kind: 'question'; question: string };

function lean(evidence: Evidence): string {
  if (Math.abs(evidence.z) < config.persona.typicalZ) return 'about the same';
  return evidence.z > 0 ? 'higher' : 'lower';
}

/** "devices owned: 4.2 vs 2.6 in the segment (higher)". */
function evidenceLine(evidence: Evidence, context: PersonaContext): string {
  const own = formatValue(evidence.clusterValue, evidence, context.locale);
  const segment = formatValue(evidence.segmentValue, evidence, context.locale);
  return `${evidenceName(evidence)}: ${own} vs ${segment} in the segment (${lean(evidence)})`;
}

/** The traits the prompt shows: distinctive ones first (strongest first), at most `maxTraits`. */
function shownTraits(persona: Persona): Trait[] {
  const distinctive = persona.traits.filter((t) => t.reading !== 'typical').sort((a, b) => b.score - a.score);
  const typical = persona.traits.filter((t) => t.reading === 'typical');
  return [...distinctive, ...typical].slice(0, config.narrative.prompt.maxTraits);
}

/** The facts block: one line per trait, each evidence row once (traits share fields). */
export function factLines(persona: Persona, context: PersonaContext): string[] {
  const said = new Set<string>();
  const lines: string[] = [];
  for (const trait of shownTraits(persona)) {
    const rows = trait.evidence.filter((e) => {
      const key = `${e.field}\n${e.value ?? ''}`;
      if (said.has(key)) return false;
      said.add(key);
      return true;
    });
    if (rows.length === 0) continue;
    const reading = trait.reading === 'typical' ? 'typical' : trait.text.split(' — ')[0];
    const share =
      trait.shareWithTrait !== undefined ? `; ${percent(trait.shareWithTrait)} of us show it` : '';
    lines.push(
      `- ${trait.label} (${reading}${share}): ${rows.map((e) => evidenceLine(e, context)).join('; ')}`,
    );
  }
  for (const [key, value] of Object.entries(persona.demographics)) lines.push(`- ${key}: ${value}`);
  return lines;
}

function who(persona: Persona, segmentRows: number | undefined): string {
  const of = segmentRows !== undefined ? ` of ${segmentRows}` : '';
  return `${persona.name}, "${persona.label}": ${percent(persona.share)} of the segment (${persona.rowCount}${of} people)`;
}

const RULES = [
  'Speak in the first person ("I", "we", "people like me"), as this persona.',
  'Use only the facts listed. Every number you give must be one of them, rounded at most to whole numbers.',
  'Say "more" or "less" only where a fact says higher or lower.',
  'Do not invent names, places, jobs, brands, habits or numbers.',
  'If the facts do not cover something, say you cannot say.',
];

/** The chat messages for `task`, built from the persona's evidence only. */
export function buildPrompt(
  persona: Persona,
  context: PersonaContext,
  task: PromptTask,
  segmentRows?: number,
): ChatMessage[] {
  const goal = context.goal.trim() ? `The segment was chosen for: ${context.goal.trim()}.\n` : '';
  const system = [
    `You are ${who(persona, segmentRows)}.`,
    goal + 'Facts from the data (this persona vs the whole segment):',
    ...factLines(persona, context),
    '',
    'Rules:',
    ...RULES.map((rule) => `- ${rule}`),
  ].join('\n');
  const user =
    task.kind === 'narrative'
      ? `Describe yourself in ${config.narrative.prompt.narrativeSentences} short sentences.`
      : `Answer in at most ${config.narrative.prompt.answerSentences} short sentences: ${task.question.trim()}`;
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
