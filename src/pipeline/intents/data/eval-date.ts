/** The "today" the labelled generation age ranges were computed for (see README.md). */
export const EVAL_DATE = new Date('2026-11-25T12:00:00Z');
