/**
 * The chat's answer to an outcome question ("would you leave?", "will you respond to the campaign?"):
 * first person, from the persona's outcome rate and its test only, so a difference that is not
 * significant is said to be none and a small group's answer says it is a guess.
 */
import type { PersonaAnswer } from '../persona/types';
import { outcomeLabel } from './propose';
import type { OutcomeReport } from './types';
import { percent, rateWithInterval, times } from './words';

/** Words that ask about an outcome rather than a trait. */
const OUTCOME_QUESTION =
  /\b(leave|leaving|left|churn\w*|quit\w*|cancel\w*|switch\w*|stay(ing)? with|respond\w*|response|accept\w*|subscri\w*|sign up|convert\w*|surviv\w*|default\w*|attrit\w*|outcome)\b/i;

/** The report the question is about: one whose column name it uses, else the first. */
function reportFor(question: string, reports: readonly OutcomeReport[]): OutcomeReport | undefined {
  const words = question.toLowerCase();
  return (
    reports.find((r) =>
      r.outcome.name
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .some((w) => w.length > 2 && words.includes(w)),
    ) ?? reports[0]
  );
}

/** An answer from the chosen outcomes' rates when the question asks about an outcome; undefined otherwise. */
export function outcomeAnswer(
  personaId: string,
  question: string,
  reports: readonly OutcomeReport[],
): PersonaAnswer | undefined {
  const named = reports.some((r) =>
    r.outcome.name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .some((w) => w.length > 2 && question.toLowerCase().includes(w)),
  );
  if (reports.length === 0 || (!OUTCOME_QUESTION.test(question) && !named)) return undefined;
  const report = reportFor(question, reports)!;
  const row = report.personas.find((p) => p.personaId === personaId);
  if (!row || row.n === 0) return undefined;
  const label = outcomeLabel(report.outcome);
  const fact = `${label}: ${rateWithInterval(row)} of people like me, against ${percent(report.segment.rate)} across the segment (${times(row.liftSegment)}).`;
  const verdict = report.fixed
    ? 'Everyone here shares that outcome, so it says nothing about me in particular.'
    : row.significant
      ? row.rate > report.segment.rate
        ? 'So yes, more likely than most people here.'
        : 'So less likely than most people here.'
      : "That is no real difference from everyone else here: the data can't tell us apart on this.";
  const weak = row.fewRows
    ? ` There are only ${row.n} of us, so take that as a guess.`
    : row.rare
      ? ' It happens so rarely that this is close to a guess.'
      : '';
  return {
    text: `${fact} ${verdict}${weak}`,
    traitsUsed: [],
    topic: `outcome: ${report.outcome.name}`,
    offTopic: false,
    similarity: 1,
  };
}
