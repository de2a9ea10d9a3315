/**
 * Grounding evaluation dev set: typed goals on real files, each with the rows it means written as a
 * plain hand-made filter over the parsed CSV row. Written from the files' own columns and values and
 * a plain reading of the goals, independently of the app's code (see README.md in this folder).
 *
 * Conventions used by every truth:
 * - "over / more than / above / older than X" is > X; "at least / X or more / X+" is ≥ X;
 *   "under / below / less than / younger than X" is < X; "between X and Y" is inclusive;
 *   "in their forties" is 40–49.
 * - Cells are compared trimmed and case-insensitively.
 * - A missing cell (blank, or '?' as in adult.csv) never matches a condition, negated ones included.
 * - A `nothing` goal names nothing the file holds, so its truth keeps every row.
 */
import { readRows } from './rows';

/**
 * "A lot", "a low balance" with no number: the upper or lower third of the column over the whole
 * file, computed here from the parsed rows (lower nearest rank: the sorted non-missing values at
 * index floor(p × (n − 1))).
 */
export function third(file: string, col: string, side: 'upper' | 'lower'): number {
  const values = readRows(file)
    .map((r) => (r[col] ?? '').trim())
    .filter((v) => v !== '')
    .map(Number)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  return values[Math.floor((side === 'upper' ? 2 / 3 : 1 / 3) * (values.length - 1))];
}

/** One parsed CSV row: header (exactly as in the file) → cell text, untrimmed. */
export type Row = Record<string, string>;

export interface GroundingCase {
  /** Unique, short: 'telco-senior-citizens'. */
  id: string;
  /** A file name in ../shared/datasets (e.g. 'adult.csv'), or 'sample' for public/sample/customers.csv. */
  file: string;
  goal: string;
  /** Which kind of grounding it exercises. */
  kind:
    | 'flag'
    | 'value'
    | 'numeric'
    | 'unit'
    | 'ordinal'
    | 'bracket'
    | 'negation'
    | 'taxonomy'
    | 'combined'
    | 'nothing';
  /** The rows the goal means, as a plain hand-written filter over the parsed row. */
  truth: (row: Row) => boolean;
}

// ---------------------------------------------------------------------------------------------
// Cell helpers. Each takes the row and a header exactly as in the file, and throws on a header the
// row does not have, so a misspelt column fails loudly instead of matching nothing.

/** Trimmed cell text, or undefined when the cell is missing (blank or '?'). */
export function cell(row: Row, col: string): string | undefined {
  if (!(col in row)) throw new Error(`no column ${JSON.stringify(col)}`);
  const text = (row[col] ?? '').trim();
  return text === '' || text === '?' ? undefined : text;
}

/** A cell's text as a number (trimmed); NaN when blank, '?' or not a number. */
export function num(text: string | undefined): number {
  const t = (text ?? '').trim();
  return t === '' ? NaN : Number(t);
}

/** A column's value as a number; NaN when missing, so every comparison with it is false. */
export const n = (row: Row, col: string): number => num(cell(row, col));

/** The cell equals one of the values (trimmed, case-insensitive). */
export function is(row: Row, col: string, ...values: string[]): boolean {
  const v = cell(row, col)?.toLowerCase();
  return v !== undefined && values.some((x) => x.trim().toLowerCase() === v);
}

/** The cell is present and equals none of the values (trimmed, case-insensitive). */
export function isNot(row: Row, col: string, ...values: string[]): boolean {
  const v = cell(row, col)?.toLowerCase();
  return v !== undefined && !values.some((x) => x.trim().toLowerCase() === v);
}

/** The cell is a ';'-joined multi-select answer that includes the item (trimmed, case-insensitive). */
export function hasItem(row: Row, col: string, item: string): boolean {
  const v = cell(row, col);
  return v !== undefined && v.split(';').some((x) => x.trim().toLowerCase() === item.toLowerCase());
}

/** lo ≤ x ≤ hi (false for NaN). */
export const between = (x: number, lo: number, hi: number): boolean => x >= lo && x <= hi;

/** Keeps every row: the truth of a `nothing` goal. */
const everyRow = (): boolean => true;

// ---------------------------------------------------------------------------------------------

const TELCO = 'WA_Fn-UseC_-Telco-Customer-Churn.csv';
const BANK = 'bank.csv';
const ADULT = 'adult.csv';
const INSURANCE = 'insurance.csv';
const TITANIC = 'titanic_train.csv';
const MARKETING = 'marketing_campaign.csv';
const MALL = 'Mall_Customers.csv';
const FOOD = 'onlinedeliverydata_bangalore.csv';
const STARBUCKS = 'starbucks_satisfactory_survey.csv';
const YOUNG = 'young_people_survey_responses.csv';
const SAMPLE = 'sample';

// Starbucks headers are whole questions; named once here.
const SB_GENDER = '1. Your Gender';
const SB_AGE = '2. Your Age';
const SB_STATUS = '3. Are you currently....?';
const SB_INCOME = '4. What is your annual income?';
const SB_VISITS = '5. How often do you visit Starbucks?';
const SB_ENJOY = '6. How do you usually enjoy Starbucks?';
const SB_TIME = '7. How much time do you normally  spend during your visit?';
const SB_OUTLET = "8. The nearest Starbucks's outlet to you is...?";
const SB_MEMBER = '9. Do you have Starbucks membership card?';
const SB_PURCHASE = '10. What do you most frequently purchase at Starbucks?';
const SB_SPEND = '11. On average, how much would you spend at Starbucks per visit?';
const SB_WIFI = '16. You rate the WiFi quality at Starbucks as..';
const SB_SERVICE = '17. How would you rate the service at Starbucks? (Promptness, friendliness, etc..)';
const SB_PROMO = '19. How do you come to hear of promotions at Starbucks? Check all that apply.';
const SB_CONTINUE = '20. Will you continue buying at Starbucks?';

const ADULT_MARRIED = ['Married-civ-spouse', 'Married-spouse-absent', 'Married-AF-spouse'];

export const CASES: GroundingCase[] = [
  // === Telco churn (WA_Fn-UseC_-Telco-Customer-Churn.csv) ======================================
  // gender (Male/Female), SeniorCitizen (0/1), Partner, Dependents, PhoneService, PaperlessBilling,
  // Churn (Yes/No), MultipleLines (Yes/No/No phone service), InternetService (DSL/Fiber optic/No),
  // OnlineSecurity…StreamingMovies (Yes/No/No internet service), Contract (Month-to-month/One year/
  // Two year), PaymentMethod (Electronic check/Mailed check/Bank transfer (automatic)/Credit card
  // (automatic)), tenure (months, 0–72), MonthlyCharges, TotalCharges (" " for 11 new customers).
  {
    id: 'telco-senior-citizens',
    file: TELCO,
    goal: 'senior citizens',
    kind: 'flag',
    truth: (r) => is(r, 'SeniorCitizen', '1'),
  },
  {
    id: 'telco-churned',
    file: TELCO,
    goal: 'customers who churned',
    kind: 'flag',
    truth: (r) => is(r, 'Churn', 'Yes'),
  },
  {
    id: 'telco-dependents',
    file: TELCO,
    goal: 'Customers with dependants',
    kind: 'flag',
    truth: (r) => is(r, 'Dependents', 'Yes'),
  },
  {
    id: 'telco-paperless',
    file: TELCO,
    goal: 'customers on paperless billing',
    kind: 'flag',
    truth: (r) => is(r, 'PaperlessBilling', 'Yes'),
  },
  {
    id: 'telco-multiple-lines',
    file: TELCO,
    goal: 'customers with multiple lines',
    kind: 'flag',
    truth: (r) => is(r, 'MultipleLines', 'Yes'),
  },
  {
    id: 'telco-stream-movies',
    file: TELCO,
    goal: 'customers who stream movies',
    kind: 'flag',
    truth: (r) => is(r, 'StreamingMovies', 'Yes'),
  },
  {
    id: 'telco-electronic-check',
    file: TELCO,
    goal: 'customers who pay by electronic check',
    kind: 'value',
    truth: (r) => is(r, 'PaymentMethod', 'Electronic check'),
  },
  {
    id: 'telco-credit-card',
    file: TELCO,
    goal: 'people paying with a credit card',
    kind: 'value',
    truth: (r) => is(r, 'PaymentMethod', 'Credit card (automatic)'),
  },
  {
    id: 'telco-month-to-month',
    file: TELCO,
    goal: 'customers on a month-to-month contract',
    kind: 'value',
    truth: (r) => is(r, 'Contract', 'Month-to-month'),
  },
  {
    id: 'telco-two-year',
    file: TELCO,
    goal: 'Two Year contracts',
    kind: 'value',
    truth: (r) => is(r, 'Contract', 'Two year'),
  },
  {
    // "on" must not read as "One year" (they share a stem).
    id: 'telco-on-two-year',
    file: TELCO,
    goal: 'customers on two-year contracts',
    kind: 'value',
    truth: (r) => is(r, 'Contract', 'Two year'),
  },
  {
    id: 'telco-stayed',
    file: TELCO,
    goal: 'customers who stayed',
    kind: 'flag',
    truth: (r) => is(r, 'Churn', 'No'),
  },
  {
    id: 'telco-left-fiber',
    file: TELCO,
    goal: 'fiber optic customers who left',
    kind: 'combined',
    truth: (r) => is(r, 'Churn', 'Yes') && is(r, 'InternetService', 'Fiber optic'),
  },
  {
    id: 'telco-churned-seniors',
    file: TELCO,
    goal: 'churned seniors',
    kind: 'combined',
    truth: (r) => is(r, 'Churn', 'Yes') && is(r, 'SeniorCitizen', '1'),
  },
  {
    id: 'telco-fiber',
    file: TELCO,
    goal: 'FIBER OPTIC customers',
    kind: 'value',
    truth: (r) => is(r, 'InternetService', 'Fiber optic'),
  },
  {
    id: 'telco-monthly-over-100',
    file: TELCO,
    goal: 'monthly charges above 100',
    kind: 'numeric',
    truth: (r) => n(r, 'MonthlyCharges') > 100,
  },
  {
    id: 'telco-total-over-5000',
    file: TELCO,
    goal: 'customers with total charges over 5000',
    kind: 'numeric',
    truth: (r) => n(r, 'TotalCharges') > 5000,
  },
  {
    id: 'telco-tenure-under-year',
    file: TELCO,
    goal: 'customers with tenure under a year',
    kind: 'unit',
    truth: (r) => n(r, 'tenure') < 12,
  },
  {
    id: 'telco-first-year',
    file: TELCO,
    goal: 'new customers in their first year',
    kind: 'unit',
    truth: (r) => n(r, 'tenure') < 12,
  },
  {
    id: 'telco-over-five-years',
    file: TELCO,
    goal: 'customers who have been with us for more than 5 years',
    kind: 'unit',
    truth: (r) => n(r, 'tenure') > 60,
  },
  {
    id: 'telco-no-partner',
    file: TELCO,
    goal: 'customers without a partner',
    kind: 'negation',
    truth: (r) => is(r, 'Partner', 'No'),
  },
  {
    id: 'telco-no-internet',
    file: TELCO,
    goal: 'customers without internet service',
    kind: 'negation',
    truth: (r) => is(r, 'InternetService', 'No'),
  },
  {
    id: 'telco-no-phone',
    file: TELCO,
    goal: 'customers with no phone service',
    kind: 'negation',
    truth: (r) => is(r, 'PhoneService', 'No'),
  },
  {
    id: 'telco-not-senior',
    file: TELCO,
    goal: 'customers who are not senior citizens',
    kind: 'negation',
    truth: (r) => is(r, 'SeniorCitizen', '0'),
  },
  {
    id: 'telco-women',
    file: TELCO,
    goal: 'women',
    kind: 'taxonomy',
    truth: (r) => is(r, 'gender', 'Female'),
  },
  {
    id: 'telco-female-seniors-churned',
    file: TELCO,
    goal: 'female senior citizens who churned',
    kind: 'combined',
    truth: (r) => is(r, 'gender', 'Female') && is(r, 'SeniorCitizen', '1') && is(r, 'Churn', 'Yes'),
  },
  {
    id: 'telco-dsl-mailed-check',
    file: TELCO,
    goal: 'DSL customers who pay by mailed check',
    kind: 'combined',
    truth: (r) => is(r, 'InternetService', 'DSL') && is(r, 'PaymentMethod', 'Mailed check'),
  },
  {
    id: 'telco-fiber-monthly-churned',
    file: TELCO,
    goal: 'fiber optic customers on month-to-month contracts who churned',
    kind: 'combined',
    truth: (r) =>
      is(r, 'InternetService', 'Fiber optic') && is(r, 'Contract', 'Month-to-month') && is(r, 'Churn', 'Yes'),
  },
  { id: 'telco-pizza', file: TELCO, goal: 'customers who love pizza', kind: 'nothing', truth: everyRow },

  // === UCI bank marketing (bank.csv, ';'-delimited) =============================================
  // age, job (admin./blue-collar/entrepreneur/housemaid/management/retired/self-employed/services/
  // student/technician/unemployed/unknown), marital (married/single/divorced), education (primary/
  // secondary/tertiary/unknown), default/housing/loan (yes/no), balance, contact (cellular/telephone/
  // unknown), month (jan…dec), duration (last call, seconds), campaign (contacts this campaign),
  // poutcome (failure/other/success/unknown), y (subscribed a term deposit: yes/no).
  {
    id: 'bank-blue-collar',
    file: BANK,
    goal: 'blue-collar workers',
    kind: 'value',
    truth: (r) => is(r, 'job', 'blue-collar'),
  },
  {
    id: 'bank-retired',
    file: BANK,
    goal: 'retired people',
    kind: 'value',
    truth: (r) => is(r, 'job', 'retired'),
  },
  { id: 'bank-students', file: BANK, goal: 'Students', kind: 'value', truth: (r) => is(r, 'job', 'student') },
  {
    id: 'bank-married',
    file: BANK,
    goal: 'married clients',
    kind: 'value',
    truth: (r) => is(r, 'marital', 'married'),
  },
  {
    id: 'bank-divorced',
    file: BANK,
    goal: 'divorsed clients',
    kind: 'value',
    truth: (r) => is(r, 'marital', 'divorced'),
  },
  {
    id: 'bank-tertiary',
    file: BANK,
    goal: 'clients with tertiary education',
    kind: 'value',
    truth: (r) => is(r, 'education', 'tertiary'),
  },
  {
    id: 'bank-cellular',
    file: BANK,
    goal: 'clients contacted by cellular',
    kind: 'value',
    truth: (r) => is(r, 'contact', 'cellular'),
  },
  {
    id: 'bank-may',
    file: BANK,
    goal: 'clients last contacted in May',
    kind: 'value',
    truth: (r) => is(r, 'month', 'may'),
  },
  {
    id: 'bank-previous-success',
    file: BANK,
    goal: 'clients for whom the previous campaign was a success',
    kind: 'value',
    truth: (r) => is(r, 'poutcome', 'success'),
  },
  {
    id: 'bank-housing-loan',
    file: BANK,
    goal: 'customers with a housing loan',
    kind: 'flag',
    truth: (r) => is(r, 'housing', 'yes'),
  },
  {
    id: 'bank-default',
    file: BANK,
    goal: 'clients with credit in default',
    kind: 'flag',
    truth: (r) => is(r, 'default', 'yes'),
  },
  {
    id: 'bank-subscribed',
    file: BANK,
    goal: 'clients who subscribed a term deposit',
    kind: 'flag',
    truth: (r) => is(r, 'y', 'yes'),
  },
  {
    id: 'bank-balance-over-1000',
    file: BANK,
    goal: 'balance over 1000',
    kind: 'numeric',
    truth: (r) => n(r, 'balance') > 1000,
  },
  {
    id: 'bank-managers-high-balance',
    file: BANK,
    goal: 'managers with a high balance',
    kind: 'combined',
    truth: (r) => is(r, 'job', 'management') && n(r, 'balance') >= third(BANK, 'balance', 'upper'),
  },
  {
    id: 'bank-negative-balance',
    file: BANK,
    goal: 'customers with a negative balance',
    kind: 'numeric',
    truth: (r) => n(r, 'balance') < 0,
  },
  {
    id: 'bank-older-than-60',
    file: BANK,
    goal: 'older than 60',
    kind: 'numeric',
    truth: (r) => n(r, 'age') > 60,
  },
  {
    id: 'bank-age-30-40',
    file: BANK,
    goal: 'clients aged between 30 and 40',
    kind: 'numeric',
    truth: (r) => between(n(r, 'age'), 30, 40),
  },
  {
    id: 'bank-campaign-over-5',
    file: BANK,
    goal: 'clients contacted more than 5 times during this campaign',
    kind: 'numeric',
    truth: (r) => n(r, 'campaign') > 5,
  },
  {
    id: 'bank-call-over-10-min',
    file: BANK,
    goal: 'clients whose last call lasted more than 10 minutes',
    kind: 'unit',
    truth: (r) => n(r, 'duration') > 600,
  },
  {
    id: 'bank-not-married',
    file: BANK,
    goal: 'clients who are not married',
    kind: 'negation',
    truth: (r) => isNot(r, 'marital', 'married'),
  },
  {
    id: 'bank-no-personal-loan',
    file: BANK,
    goal: 'customers without a personal loan',
    kind: 'negation',
    truth: (r) => is(r, 'loan', 'no'),
  },
  {
    id: 'bank-married-blue-collar-forties',
    file: BANK,
    goal: 'married blue-collar workers in their forties',
    kind: 'combined',
    truth: (r) => is(r, 'marital', 'married') && is(r, 'job', 'blue-collar') && between(n(r, 'age'), 40, 49),
  },
  {
    id: 'bank-single-self-employed',
    file: BANK,
    goal: 'single self-employed people',
    kind: 'combined',
    truth: (r) => is(r, 'marital', 'single') && is(r, 'job', 'self-employed'),
  },
  {
    id: 'bank-managers-balance-5000',
    file: BANK,
    goal: 'managers with a balance above 5000',
    kind: 'combined',
    truth: (r) => is(r, 'job', 'management') && n(r, 'balance') > 5000,
  },
  { id: 'bank-astronauts', file: BANK, goal: 'astronauts', kind: 'nothing', truth: everyRow },

  // === UCI adult census income (adult.csv, '?' = missing) ========================================
  // age (17–90), workclass (Private/Self-emp-not-inc/Self-emp-inc/Local-gov/State-gov/Federal-gov/
  // Without-pay/Never-worked), education (Preschool…12th, HS-grad, Some-college, Assoc-voc,
  // Assoc-acdm, Bachelors, Masters, Prof-school, Doctorate), marital.status (Married-civ-spouse/
  // Married-spouse-absent/Married-AF-spouse/Never-married/Divorced/Separated/Widowed), occupation,
  // relationship (Husband/Wife/Own-child/Not-in-family/Unmarried/Other-relative), race, sex,
  // capital.gain, hours.per.week, native.country, income ("<=50K" / ">50K").
  {
    id: 'adult-over-50k',
    file: ADULT,
    goal: 'people earning over 50K',
    kind: 'bracket',
    truth: (r) => is(r, 'income', '>50K'),
  },
  {
    id: 'adult-under-50k',
    file: ADULT,
    goal: 'people earning less than 50K',
    kind: 'bracket',
    truth: (r) => is(r, 'income', '<=50K'),
  },
  {
    id: 'adult-doctorate',
    file: ADULT,
    goal: 'people with a doctorate',
    kind: 'value',
    truth: (r) => is(r, 'education', 'Doctorate'),
  },
  {
    id: 'adult-hs-grad',
    file: ADULT,
    goal: 'high school graduates',
    kind: 'value',
    truth: (r) => is(r, 'education', 'HS-grad'),
  },
  {
    id: 'adult-some-college',
    file: ADULT,
    goal: 'people with some college',
    kind: 'value',
    truth: (r) => is(r, 'education', 'Some-college'),
  },
  {
    id: 'adult-married',
    file: ADULT,
    goal: 'married people',
    kind: 'value',
    truth: (r) => is(r, 'marital.status', ...ADULT_MARRIED),
  },
  {
    id: 'adult-never-married',
    file: ADULT,
    goal: 'people who never married',
    kind: 'value',
    truth: (r) => is(r, 'marital.status', 'Never-married'),
  },
  {
    id: 'adult-self-employed',
    file: ADULT,
    goal: 'self-employed people',
    kind: 'value',
    truth: (r) => is(r, 'workclass', 'Self-emp-not-inc', 'Self-emp-inc'),
  },
  {
    id: 'adult-federal-gov',
    file: ADULT,
    goal: 'federal government employees',
    kind: 'value',
    truth: (r) => is(r, 'workclass', 'Federal-gov'),
  },
  {
    id: 'adult-husbands',
    file: ADULT,
    goal: 'husbands',
    kind: 'value',
    truth: (r) => is(r, 'relationship', 'Husband'),
  },
  {
    id: 'adult-sales',
    file: ADULT,
    goal: 'people who work in sales',
    kind: 'value',
    truth: (r) => is(r, 'occupation', 'Sales'),
  },
  {
    id: 'adult-tech-support',
    file: ADULT,
    goal: 'tech support staff',
    kind: 'value',
    truth: (r) => is(r, 'occupation', 'Tech-support'),
  },
  {
    id: 'adult-mexico',
    file: ADULT,
    goal: 'people from Mexico',
    kind: 'value',
    truth: (r) => is(r, 'native.country', 'Mexico'),
  },
  {
    id: 'adult-hours-over-50',
    file: ADULT,
    goal: 'working more than 50 hours a week',
    kind: 'numeric',
    truth: (r) => n(r, 'hours.per.week') > 50,
  },
  {
    id: 'adult-hours-under-35',
    file: ADULT,
    goal: 'people working under 35 hours per week',
    kind: 'numeric',
    truth: (r) => n(r, 'hours.per.week') < 35,
  },
  { id: 'adult-under-25', file: ADULT, goal: 'under 25', kind: 'numeric', truth: (r) => n(r, 'age') < 25 },
  {
    id: 'adult-capital-gain',
    file: ADULT,
    goal: 'people with capital gains over 10000',
    kind: 'numeric',
    truth: (r) => n(r, 'capital.gain') > 10000,
  },
  {
    id: 'adult-not-white',
    file: ADULT,
    goal: 'people who are not white',
    kind: 'negation',
    truth: (r) => isNot(r, 'race', 'White'),
  },
  {
    id: 'adult-no-capital-gain',
    file: ADULT,
    goal: 'people with no capital gains',
    kind: 'negation',
    truth: (r) => n(r, 'capital.gain') === 0,
  },
  {
    id: 'adult-women-masters-over-50k',
    file: ADULT,
    goal: 'women with a masters degree earning over 50K',
    kind: 'combined',
    truth: (r) => is(r, 'sex', 'Female') && is(r, 'education', 'Masters') && is(r, 'income', '>50K'),
  },
  {
    id: 'adult-divorced-women',
    file: ADULT,
    goal: 'divorced women',
    kind: 'combined',
    truth: (r) => is(r, 'marital.status', 'Divorced') && is(r, 'sex', 'Female'),
  },
  {
    id: 'adult-married-males-40-hours',
    file: ADULT,
    goal: 'married males working at least 40 hours a week',
    kind: 'combined',
    truth: (r) =>
      is(r, 'marital.status', ...ADULT_MARRIED) && is(r, 'sex', 'Male') && n(r, 'hours.per.week') >= 40,
  },
  { id: 'adult-purple-cars', file: ADULT, goal: 'people with purple cars', kind: 'nothing', truth: everyRow },

  // === Medical costs (insurance.csv) ==============================================================
  // age (18–64), sex (male/female), bmi, children (0–5), smoker (yes/no),
  // region (southeast/southwest/northwest/northeast), charges.
  {
    id: 'ins-obese-smokers',
    file: INSURANCE,
    goal: 'obese smokers',
    kind: 'combined',
    truth: (r) => is(r, 'smoker', 'yes') && n(r, 'bmi') >= 30,
  },
  {
    id: 'ins-mothers-of-two',
    file: INSURANCE,
    goal: 'mothers of two',
    kind: 'combined',
    truth: (r) => is(r, 'sex', 'female') && n(r, 'children') === 2,
  },
  { id: 'ins-smokers', file: INSURANCE, goal: 'smokers', kind: 'flag', truth: (r) => is(r, 'smoker', 'yes') },
  {
    id: 'ins-southeast',
    file: INSURANCE,
    goal: 'people in the southeast',
    kind: 'value',
    truth: (r) => is(r, 'region', 'southeast'),
  },
  {
    id: 'ins-north-east',
    file: INSURANCE,
    goal: 'customers in the North-East region',
    kind: 'value',
    truth: (r) => is(r, 'region', 'northeast'),
  },
  {
    id: 'ins-bmi-over-30',
    file: INSURANCE,
    goal: 'bmi over 30',
    kind: 'numeric',
    truth: (r) => n(r, 'bmi') > 30,
  },
  {
    id: 'ins-three-plus-children',
    file: INSURANCE,
    goal: 'customers with 3 or more children',
    kind: 'numeric',
    truth: (r) => n(r, 'children') >= 3,
  },
  {
    id: 'ins-age-30-40',
    file: INSURANCE,
    goal: 'age between 30 and 40',
    kind: 'numeric',
    truth: (r) => between(n(r, 'age'), 30, 40),
  },
  {
    id: 'ins-charges-over-20000',
    file: INSURANCE,
    goal: 'people with charges above 20,000',
    kind: 'numeric',
    truth: (r) => n(r, 'charges') > 20000,
  },
  {
    id: 'ins-charges-over-10k',
    file: INSURANCE,
    goal: 'customers whose charges are over 10k',
    kind: 'unit',
    truth: (r) => n(r, 'charges') > 10000,
  },
  {
    id: 'ins-non-smokers',
    file: INSURANCE,
    goal: 'non-smokers',
    kind: 'negation',
    truth: (r) => is(r, 'smoker', 'no'),
  },
  {
    id: 'ins-no-children',
    file: INSURANCE,
    goal: 'people without children',
    kind: 'negation',
    truth: (r) => n(r, 'children') === 0,
  },
  {
    id: 'ins-women-over-40',
    file: INSURANCE,
    goal: 'women over 40',
    kind: 'taxonomy',
    truth: (r) => is(r, 'sex', 'female') && n(r, 'age') > 40,
  },
  {
    id: 'ins-parents',
    file: INSURANCE,
    goal: 'parents',
    kind: 'taxonomy',
    truth: (r) => n(r, 'children') > 0,
  },
  {
    id: 'ins-smokers-over-50-southeast',
    file: INSURANCE,
    goal: 'Smokers over 50 in the Southeast',
    kind: 'combined',
    truth: (r) => is(r, 'smoker', 'yes') && n(r, 'age') > 50 && is(r, 'region', 'southeast'),
  },
  {
    id: 'ins-men-northwest',
    file: INSURANCE,
    goal: 'men in the northwest',
    kind: 'combined',
    truth: (r) => is(r, 'sex', 'male') && is(r, 'region', 'northwest'),
  },
  {
    id: 'ins-smokers-bmi-35',
    file: INSURANCE,
    goal: 'smokrs with a BMI of at least 35',
    kind: 'combined',
    truth: (r) => is(r, 'smoker', 'yes') && n(r, 'bmi') >= 35,
  },
  {
    id: 'ins-southwest-nonsmoking-women',
    file: INSURANCE,
    goal: 'non-smoking women in the southwest',
    kind: 'combined',
    truth: (r) => is(r, 'smoker', 'no') && is(r, 'sex', 'female') && is(r, 'region', 'southwest'),
  },
  {
    id: 'ins-purple-cars',
    file: INSURANCE,
    goal: 'people with purple cars',
    kind: 'nothing',
    truth: everyRow,
  },

  // === Titanic (titanic_train.csv) ==================================================================
  // Survived (0/1), Pclass (1/2/3), Sex (male/female), Age (blank for 177, fractional for infants),
  // SibSp (siblings/spouses aboard), Parch (parents/children aboard), Fare, Embarked (codes S/C/Q only).
  {
    id: 'titanic-survived',
    file: TITANIC,
    goal: 'passengers who survived',
    kind: 'flag',
    truth: (r) => is(r, 'Survived', '1'),
  },
  {
    id: 'titanic-first-class',
    file: TITANIC,
    goal: 'first class passengers',
    kind: 'ordinal',
    truth: (r) => is(r, 'Pclass', '1'),
  },
  {
    id: 'titanic-second-class',
    file: TITANIC,
    goal: '2nd class passengers',
    kind: 'ordinal',
    truth: (r) => is(r, 'Pclass', '2'),
  },
  {
    id: 'titanic-third-class',
    file: TITANIC,
    goal: 'third-class passengers',
    kind: 'ordinal',
    truth: (r) => is(r, 'Pclass', '3'),
  },
  {
    id: 'titanic-first-or-second',
    file: TITANIC,
    goal: 'passengers in first or second class',
    kind: 'ordinal',
    truth: (r) => is(r, 'Pclass', '1', '2'),
  },
  {
    id: 'titanic-female',
    file: TITANIC,
    goal: 'female passengers',
    kind: 'value',
    truth: (r) => is(r, 'Sex', 'female'),
  },
  {
    id: 'titanic-fare-under-10',
    file: TITANIC,
    goal: 'fare under 10',
    kind: 'numeric',
    truth: (r) => n(r, 'Fare') < 10,
  },
  {
    id: 'titanic-under-12',
    file: TITANIC,
    goal: 'passengers under 12',
    kind: 'numeric',
    truth: (r) => n(r, 'Age') < 12,
  },
  {
    id: 'titanic-older-than-60',
    file: TITANIC,
    goal: 'passengers older then 60',
    kind: 'numeric',
    truth: (r) => n(r, 'Age') > 60,
  },
  {
    id: 'titanic-age-20-30',
    file: TITANIC,
    goal: 'passengers aged between 20 and 30',
    kind: 'numeric',
    truth: (r) => between(n(r, 'Age'), 20, 30),
  },
  {
    id: 'titanic-parch',
    file: TITANIC,
    goal: 'passengers with parents or children aboard',
    kind: 'numeric',
    truth: (r) => n(r, 'Parch') > 0,
  },
  {
    id: 'titanic-sibsp-2',
    file: TITANIC,
    goal: 'passengers with 2 or more siblings or spouses aboard',
    kind: 'numeric',
    truth: (r) => n(r, 'SibSp') >= 2,
  },
  {
    id: 'titanic-did-not-survive',
    file: TITANIC,
    goal: 'passengers who did not survive',
    kind: 'negation',
    truth: (r) => is(r, 'Survived', '0'),
  },
  {
    id: 'titanic-male-survivors-first',
    file: TITANIC,
    goal: 'male survivors in first class',
    kind: 'combined',
    truth: (r) => is(r, 'Sex', 'male') && is(r, 'Survived', '1') && is(r, 'Pclass', '1'),
  },
  {
    id: 'titanic-third-class-females-survived',
    file: TITANIC,
    goal: 'female passengers in third class who survived',
    kind: 'combined',
    truth: (r) => is(r, 'Sex', 'female') && is(r, 'Pclass', '3') && is(r, 'Survived', '1'),
  },
  {
    id: 'titanic-third-male-died',
    file: TITANIC,
    goal: 'male passengers in 3rd class who did not survive',
    kind: 'combined',
    truth: (r) => is(r, 'Sex', 'male') && is(r, 'Pclass', '3') && is(r, 'Survived', '0'),
  },
  {
    id: 'titanic-women-who-died',
    file: TITANIC,
    goal: 'women who died',
    kind: 'flag',
    truth: (r) => is(r, 'Sex', 'female') && is(r, 'Survived', '0'),
  },
  { id: 'titanic-pizza', file: TITANIC, goal: 'passengers who love pizza', kind: 'nothing', truth: everyRow },

  // === iFood marketing campaign (marketing_campaign.csv, TAB-delimited) ==============================
  // Year_Birth, Education (Basic/2n Cycle/Graduation/Master/PhD), Marital_Status (Married/Together/
  // Single/Divorced/Widow/Alone/Absurd/YOLO), Income (yearly household, 24 blank), Kidhome,
  // Teenhome, Dt_Customer (dd-mm-yyyy), Recency (days since last purchase), MntWines…MntGoldProds,
  // NumDealsPurchases, NumWebPurchases…, AcceptedCmp1–5 (0/1), Complain (0/1), Response (0/1).
  {
    id: 'mc-responded',
    file: MARKETING,
    goal: 'people who responded to the last campaign',
    kind: 'flag',
    truth: (r) => is(r, 'Response', '1'),
  },
  {
    id: 'mc-complained',
    file: MARKETING,
    goal: 'customers who complained',
    kind: 'flag',
    truth: (r) => is(r, 'Complain', '1'),
  },
  {
    id: 'mc-accepted-first',
    file: MARKETING,
    goal: 'customers who accepted the offer in the first campaign',
    kind: 'ordinal',
    truth: (r) => is(r, 'AcceptedCmp1', '1'),
  },
  {
    id: 'mc-accepted-third',
    file: MARKETING,
    goal: 'customers who accepted the 3rd campaign',
    kind: 'ordinal',
    truth: (r) => is(r, 'AcceptedCmp3', '1'),
  },
  {
    id: 'mc-phd',
    file: MARKETING,
    goal: 'customers with a PhD',
    kind: 'value',
    truth: (r) => is(r, 'Education', 'PhD'),
  },
  {
    id: 'mc-basic-education',
    file: MARKETING,
    goal: 'customers with only basic education',
    kind: 'value',
    truth: (r) => is(r, 'Education', 'Basic'),
  },
  {
    id: 'mc-married',
    file: MARKETING,
    goal: 'married customers',
    kind: 'value',
    truth: (r) => is(r, 'Marital_Status', 'Married'),
  },
  {
    id: 'mc-widowed',
    file: MARKETING,
    goal: 'widowed customers',
    kind: 'value',
    truth: (r) => is(r, 'Marital_Status', 'Widow'),
  },
  {
    id: 'mc-income-over-75000',
    file: MARKETING,
    goal: 'income over 75000',
    kind: 'numeric',
    truth: (r) => n(r, 'Income') > 75000,
  },
  {
    id: 'mc-born-before-1960',
    file: MARKETING,
    goal: 'customers born before 1960',
    kind: 'numeric',
    truth: (r) => n(r, 'Year_Birth') < 1960,
  },
  {
    id: 'mc-wine-over-1000',
    file: MARKETING,
    goal: 'customers who spent more than 1000 on wine',
    kind: 'numeric',
    truth: (r) => n(r, 'MntWines') > 1000,
  },
  {
    id: 'mc-web-10-plus',
    file: MARKETING,
    goal: 'customers with at least 10 web purchases',
    kind: 'numeric',
    truth: (r) => n(r, 'NumWebPurchases') >= 10,
  },
  {
    id: 'mc-deals-over-5',
    file: MARKETING,
    goal: 'customers who made more than 5 purchases with a discount deal',
    kind: 'numeric',
    truth: (r) => n(r, 'NumDealsPurchases') > 5,
  },
  {
    id: 'mc-recency-over-60',
    file: MARKETING,
    goal: 'customers whose last purchase was more than 60 days ago',
    kind: 'numeric',
    truth: (r) => n(r, 'Recency') > 60,
  },
  {
    id: 'mc-two-teens',
    file: MARKETING,
    goal: 'customers with two teenagers at home',
    kind: 'numeric',
    truth: (r) => n(r, 'Teenhome') === 2,
  },
  {
    id: 'mc-wine-a-lot',
    file: MARKETING,
    goal: 'customers who spend a lot on wine',
    kind: 'numeric',
    truth: (r) => n(r, 'MntWines') >= third(MARKETING, 'MntWines', 'upper'),
  },
  {
    id: 'mc-rarely-fish',
    file: MARKETING,
    goal: 'customers who rarely buy fish',
    kind: 'numeric',
    truth: (r) => n(r, 'MntFishProducts') <= third(MARKETING, 'MntFishProducts', 'lower'),
  },
  {
    // "teens" is the children at home here, not the customers' own age.
    id: 'mc-complained-with-teens',
    file: MARKETING,
    goal: 'customers who complained and have teens',
    kind: 'combined',
    truth: (r) => is(r, 'Complain', '1') && n(r, 'Teenhome') > 0,
  },
  {
    id: 'mc-without-teenagers',
    file: MARKETING,
    goal: 'customers without teenagers',
    kind: 'negation',
    truth: (r) => n(r, 'Teenhome') === 0,
  },
  {
    id: 'mc-income-over-100k',
    file: MARKETING,
    goal: 'customers earning more than 100k a year',
    kind: 'unit',
    truth: (r) => n(r, 'Income') > 100000,
  },
  {
    id: 'mc-joined-2014',
    file: MARKETING,
    goal: 'customers who joined in 2014',
    kind: 'unit',
    truth: (r) => (cell(r, 'Dt_Customer') ?? '').endsWith('-2014'),
  },
  {
    id: 'mc-no-children',
    file: MARKETING,
    goal: 'customers with no children or teenagers at home',
    kind: 'negation',
    truth: (r) => n(r, 'Kidhome') === 0 && n(r, 'Teenhome') === 0,
  },
  {
    id: 'mc-did-not-respond',
    file: MARKETING,
    goal: 'customers who did not respond to the last campaign',
    kind: 'negation',
    truth: (r) => is(r, 'Response', '0'),
  },
  {
    id: 'mc-parents',
    file: MARKETING,
    goal: 'parents',
    kind: 'taxonomy',
    truth: (r) => n(r, 'Kidhome') + n(r, 'Teenhome') > 0,
  },
  {
    id: 'mc-boomers',
    file: MARKETING,
    goal: 'baby boomers',
    kind: 'taxonomy',
    truth: (r) => between(n(r, 'Year_Birth'), 1946, 1964),
  },
  {
    id: 'mc-gen-x',
    file: MARKETING,
    goal: 'Gen X customers, born 1965-1980',
    kind: 'taxonomy',
    truth: (r) => between(n(r, 'Year_Birth'), 1965, 1980),
  },
  {
    id: 'mc-married-phd-parents',
    file: MARKETING,
    goal: 'married parents with a PhD',
    kind: 'combined',
    truth: (r) =>
      is(r, 'Marital_Status', 'Married') &&
      is(r, 'Education', 'PhD') &&
      n(r, 'Kidhome') + n(r, 'Teenhome') > 0,
  },
  {
    id: 'mc-divorced-responders-high-income',
    file: MARKETING,
    goal: 'divorced customers earning over 60000 who responded to the last campaign',
    kind: 'combined',
    truth: (r) => is(r, 'Marital_Status', 'Divorced') && n(r, 'Income') > 60000 && is(r, 'Response', '1'),
  },
  { id: 'mc-boat', file: MARKETING, goal: 'people who own a boat', kind: 'nothing', truth: everyRow },

  // === Mall customers (Mall_Customers.csv) ===========================================================
  // Genre (gender: Male/Female), Age (18–70), Annual Income (k$) (thousands of dollars a year),
  // Spending Score (1-100).
  {
    id: 'mall-women-spend-a-lot',
    file: MALL,
    goal: 'women who spend a lot',
    kind: 'combined',
    truth: (r) =>
      is(r, 'Genre', 'Female') &&
      n(r, 'Spending Score (1-100)') >= third(MALL, 'Spending Score (1-100)', 'upper'),
  },
  { id: 'mall-women', file: MALL, goal: 'women', kind: 'taxonomy', truth: (r) => is(r, 'Genre', 'Female') },
  { id: 'mall-men', file: MALL, goal: 'Men', kind: 'taxonomy', truth: (r) => is(r, 'Genre', 'Male') },
  {
    id: 'mall-under-30',
    file: MALL,
    goal: 'customers under 30',
    kind: 'numeric',
    truth: (r) => n(r, 'Age') < 30,
  },
  {
    id: 'mall-twenties',
    file: MALL,
    goal: 'customers in their twenties',
    kind: 'numeric',
    truth: (r) => between(n(r, 'Age'), 20, 29),
  },
  {
    id: 'mall-age-30-40',
    file: MALL,
    goal: 'shoppers aged between 30 and 40',
    kind: 'numeric',
    truth: (r) => between(n(r, 'Age'), 30, 40),
  },
  {
    id: 'mall-score-over-80',
    file: MALL,
    goal: 'spending score above 80',
    kind: 'numeric',
    truth: (r) => n(r, 'Spending Score (1-100)') > 80,
  },
  {
    id: 'mall-income-over-70k',
    file: MALL,
    goal: 'annual income over 70k',
    kind: 'unit',
    truth: (r) => n(r, 'Annual Income (k$)') > 70,
  },
  {
    id: 'mall-income-over-100000',
    file: MALL,
    goal: 'customers earning more than 100,000 dollars a year',
    kind: 'unit',
    truth: (r) => n(r, 'Annual Income (k$)') > 100,
  },
  {
    id: 'mall-income-under-30-thousand',
    file: MALL,
    goal: 'people with an income under 30 thousand',
    kind: 'unit',
    truth: (r) => n(r, 'Annual Income (k$)') < 30,
  },
  {
    id: 'mall-women-over-40-low-score',
    file: MALL,
    goal: 'women over 40 with a spending score below 40',
    kind: 'combined',
    truth: (r) => is(r, 'Genre', 'Female') && n(r, 'Age') > 40 && n(r, 'Spending Score (1-100)') < 40,
  },
  {
    id: 'mall-rich-men-low-score',
    file: MALL,
    goal: 'men earning over 80k with a spending score under 30',
    kind: 'combined',
    truth: (r) =>
      is(r, 'Genre', 'Male') && n(r, 'Annual Income (k$)') > 80 && n(r, 'Spending Score (1-100)') < 30,
  },
  { id: 'mall-astronauts', file: MALL, goal: 'astronauts', kind: 'nothing', truth: everyRow },

  // === Online food delivery, Bangalore (onlinedeliverydata_bangalore.csv) ============================
  // Age (18–33), Gender, Marital Status (Single/Married/Prefer not to say), Occupation (Student/
  // Employee/Self Employeed/House wife), Monthly Income (No Income/Below Rs.10000/10001 to 25000/
  // 25001 to 50000/More than 50000), Educational Qualifications (Uneducated/School/Graduate/
  // Post Graduate/Ph.D), Family size (1–6), Medium (P1) (Food delivery apps/Walk-in/Direct call/
  // Web browser), Meal(P1).
  {
    id: 'food-students',
    file: FOOD,
    goal: 'students',
    kind: 'value',
    truth: (r) => is(r, 'Occupation', 'Student'),
  },
  {
    id: 'food-self-employed',
    file: FOOD,
    goal: 'self-employed people',
    kind: 'value',
    truth: (r) => is(r, 'Occupation', 'Self Employeed'),
  },
  {
    id: 'food-housewives',
    file: FOOD,
    goal: 'housewifes',
    kind: 'value',
    truth: (r) => is(r, 'Occupation', 'House wife'),
  },
  {
    id: 'food-married',
    file: FOOD,
    goal: 'married respondents',
    kind: 'value',
    truth: (r) => is(r, 'Marital Status', 'Married'),
  },
  {
    id: 'food-single',
    file: FOOD,
    goal: 'single people',
    kind: 'value',
    truth: (r) => is(r, 'Marital Status', 'Single'),
  },
  {
    id: 'food-post-graduates',
    file: FOOD,
    goal: 'post graduates',
    kind: 'value',
    truth: (r) => is(r, 'Educational Qualifications', 'Post Graduate'),
  },
  {
    id: 'food-phd',
    file: FOOD,
    goal: 'people with a PhD',
    kind: 'value',
    truth: (r) => is(r, 'Educational Qualifications', 'Ph.D'),
  },
  {
    id: 'food-walk-in',
    file: FOOD,
    goal: 'people who mainly order by walking in',
    kind: 'value',
    truth: (r) => is(r, 'Medium (P1)', 'Walk-in'),
  },
  {
    id: 'food-no-income',
    file: FOOD,
    goal: 'people with no income',
    kind: 'bracket',
    truth: (r) => is(r, 'Monthly Income', 'No Income'),
  },
  {
    id: 'food-income-over-50000',
    file: FOOD,
    goal: 'people earning more than 50000 a month',
    kind: 'bracket',
    truth: (r) => is(r, 'Monthly Income', 'More than 50000'),
  },
  {
    id: 'food-income-10-25k',
    file: FOOD,
    goal: 'people earning 10,001 to 25,000 a month',
    kind: 'bracket',
    truth: (r) => is(r, 'Monthly Income', '10001 to 25000'),
  },
  {
    id: 'food-income-over-25000',
    file: FOOD,
    goal: 'people earning over 25000 a month',
    kind: 'bracket',
    truth: (r) => is(r, 'Monthly Income', '25001 to 50000', 'More than 50000'),
  },
  {
    id: 'food-older-than-30',
    file: FOOD,
    goal: 'respondents older than 30',
    kind: 'numeric',
    truth: (r) => n(r, 'Age') > 30,
  },
  {
    id: 'food-under-22',
    file: FOOD,
    goal: 'respondents under 22',
    kind: 'numeric',
    truth: (r) => n(r, 'Age') < 22,
  },
  {
    id: 'food-family-5-plus',
    file: FOOD,
    goal: 'people with a family size of 5 or more',
    kind: 'numeric',
    truth: (r) => n(r, 'Family size') >= 5,
  },
  {
    id: 'food-not-students',
    file: FOOD,
    goal: 'people who are not students',
    kind: 'negation',
    truth: (r) => isNot(r, 'Occupation', 'Student'),
  },
  { id: 'food-women', file: FOOD, goal: 'women', kind: 'taxonomy', truth: (r) => is(r, 'Gender', 'Female') },
  {
    id: 'food-married-women-employees',
    file: FOOD,
    goal: 'married women who are employees',
    kind: 'combined',
    truth: (r) =>
      is(r, 'Marital Status', 'Married') && is(r, 'Gender', 'Female') && is(r, 'Occupation', 'Employee'),
  },
  {
    id: 'food-male-students-no-income',
    file: FOOD,
    goal: 'male students with no income',
    kind: 'combined',
    truth: (r) =>
      is(r, 'Gender', 'Male') && is(r, 'Occupation', 'Student') && is(r, 'Monthly Income', 'No Income'),
  },
  { id: 'food-horse', file: FOOD, goal: 'people who own a horse', kind: 'nothing', truth: everyRow },

  // === Starbucks survey, Malaysia (starbucks_satisfactory_survey.csv) =================================
  // 1. gender; 2. age band (Below 20/From 20 to 29/From 30 to 39/40 and above); 3. status (Student/
  // Employed/Self-employed/Housewife); 4. annual income band (Less than RM25,000 … More than
  // RM150,000); 5. visit frequency (Daily/Weekly/Monthly/Rarely/Never); 6. Dine in/Take away/
  // Drive-thru; 7. time per visit bands; 8. distance to outlet; 9. membership card (Yes/No);
  // 10. and 19. ';'-joined multi-select; 11. spend per visit bands; 12–18. 1–5 ratings; 20. continue (Yes/No).
  {
    id: 'sbux-members',
    file: STARBUCKS,
    goal: 'customers with a membership card',
    kind: 'flag',
    truth: (r) => is(r, SB_MEMBER, 'Yes'),
  },
  {
    id: 'sbux-continue',
    file: STARBUCKS,
    goal: 'customers who will continue buying at Starbucks',
    kind: 'flag',
    truth: (r) => is(r, SB_CONTINUE, 'Yes'),
  },
  {
    id: 'sbux-students',
    file: STARBUCKS,
    goal: 'students',
    kind: 'value',
    truth: (r) => is(r, SB_STATUS, 'Student'),
  },
  {
    id: 'sbux-employees',
    file: STARBUCKS,
    goal: 'customers who are employees',
    kind: 'value',
    truth: (r) => is(r, SB_STATUS, 'Employed'),
  },
  {
    id: 'sbux-self-employed',
    file: STARBUCKS,
    goal: 'self-employed customers',
    kind: 'value',
    truth: (r) => is(r, SB_STATUS, 'Self-employed'),
  },
  {
    id: 'sbux-dine-in',
    file: STARBUCKS,
    goal: 'people who usually dine in',
    kind: 'value',
    truth: (r) => is(r, SB_ENJOY, 'Dine in'),
  },
  {
    id: 'sbux-drive-thru',
    file: STARBUCKS,
    goal: 'drive-thru customers',
    kind: 'value',
    truth: (r) => is(r, SB_ENJOY, 'Drive-thru'),
  },
  {
    id: 'sbux-weekly',
    file: STARBUCKS,
    goal: 'customers who visit Starbucks weekly',
    kind: 'value',
    truth: (r) => is(r, SB_VISITS, 'Weekly'),
  },
  {
    id: 'sbux-within-1km',
    file: STARBUCKS,
    goal: 'customers who live within 1km of an outlet',
    kind: 'value',
    truth: (r) => is(r, SB_OUTLET, 'within 1km'),
  },
  {
    id: 'sbux-sandwiches',
    file: STARBUCKS,
    goal: 'customers who often buy sandwiches',
    kind: 'value',
    truth: (r) => hasItem(r, SB_PURCHASE, 'Sandwiches'),
  },
  {
    id: 'sbux-social-media',
    file: STARBUCKS,
    goal: 'customers who hear about promotions on social media',
    kind: 'value',
    truth: (r) => hasItem(r, SB_PROMO, 'Social Media'),
  },
  {
    id: 'sbux-twenties',
    file: STARBUCKS,
    goal: 'customers in their twenties',
    kind: 'bracket',
    truth: (r) => is(r, SB_AGE, 'From 20 to 29'),
  },
  {
    id: 'sbux-under-20',
    file: STARBUCKS,
    goal: 'customers under 20',
    kind: 'bracket',
    truth: (r) => is(r, SB_AGE, 'Below 20'),
  },
  {
    id: 'sbux-40-plus',
    file: STARBUCKS,
    goal: 'customers aged 40 or older',
    kind: 'bracket',
    truth: (r) => is(r, SB_AGE, '40 and above'),
  },
  {
    id: 'sbux-income-under-25000',
    file: STARBUCKS,
    goal: 'people earning less than RM25,000 a year',
    kind: 'bracket',
    truth: (r) => is(r, SB_INCOME, 'Less than RM25,000'),
  },
  {
    id: 'sbux-income-over-150000',
    file: STARBUCKS,
    goal: 'people earning more than RM150,000 a year',
    kind: 'bracket',
    truth: (r) => is(r, SB_INCOME, 'More than RM150,000'),
  },
  {
    id: 'sbux-spend-over-40',
    file: STARBUCKS,
    goal: 'customers who spend more than RM40 per visit',
    kind: 'bracket',
    truth: (r) => is(r, SB_SPEND, 'More than RM40'),
  },
  {
    id: 'sbux-short-visits',
    file: STARBUCKS,
    goal: 'customers who stay less than 30 minutes per visit',
    kind: 'bracket',
    truth: (r) => is(r, SB_TIME, 'Below 30 minutes'),
  },
  {
    id: 'sbux-service-4-plus',
    file: STARBUCKS,
    goal: 'customers who rated the service 4 or higher',
    kind: 'numeric',
    truth: (r) => n(r, SB_SERVICE) >= 4,
  },
  {
    id: 'sbux-wifi-2-or-less',
    file: STARBUCKS,
    goal: 'people who rated the WiFi quality 2 or lower',
    kind: 'numeric',
    truth: (r) => n(r, SB_WIFI) <= 2,
  },
  {
    id: 'sbux-non-members',
    file: STARBUCKS,
    goal: 'customers without a Starbucks membership card',
    kind: 'negation',
    truth: (r) => is(r, SB_MEMBER, 'No'),
  },
  {
    id: 'sbux-will-not-continue',
    file: STARBUCKS,
    goal: "customers who won't continue buying at Starbucks",
    kind: 'negation',
    truth: (r) => is(r, SB_CONTINUE, 'No'),
  },
  {
    id: 'sbux-female',
    file: STARBUCKS,
    goal: 'female customers',
    kind: 'value',
    truth: (r) => is(r, SB_GENDER, 'Female'),
  },
  {
    id: 'sbux-female-student-members',
    file: STARBUCKS,
    goal: 'female students who have a membership card',
    kind: 'combined',
    truth: (r) => is(r, SB_GENDER, 'Female') && is(r, SB_STATUS, 'Student') && is(r, SB_MEMBER, 'Yes'),
  },
  { id: 'sbux-boat', file: STARBUCKS, goal: 'people who own a boat', kind: 'nothing', truth: everyRow },

  // === Young People Survey, Slovakia (young_people_survey_responses.csv, every cell quoted) ===========
  // Smoking (never smoked/tried smoking/former smoker/current smoker), Alcohol (never/social drinker/
  // drink a lot), Punctuality, Lying, Internet usage (no time at all/less than an hour a day/few hours
  // a day/most of the day), Age (15–30), Height (cm), Weight (kg), Number of siblings, Gender
  // (female/male), Left - right handed, Education (currently a primary school pupil/primary school/
  // secondary school/college/bachelor degree/masters degree/doctorate degree), Only child (yes/no),
  // Village - town (village/city), House - block of flats; 1–5 ratings such as Horror, Rock, Cars.
  // Blank cells are missing.
  {
    id: 'yps-current-smokers',
    file: YOUNG,
    goal: 'current smokers',
    kind: 'value',
    truth: (r) => is(r, 'Smoking', 'current smoker'),
  },
  {
    id: 'yps-never-smoked',
    file: YOUNG,
    goal: 'people who never smoked',
    kind: 'value',
    truth: (r) => is(r, 'Smoking', 'never smoked'),
  },
  {
    id: 'yps-former-smokers',
    file: YOUNG,
    goal: 'former smokers',
    kind: 'value',
    truth: (r) => is(r, 'Smoking', 'former smoker'),
  },
  {
    id: 'yps-drink-a-lot',
    file: YOUNG,
    goal: 'people who drink a lot',
    kind: 'value',
    truth: (r) => is(r, 'Alcohol', 'drink a lot'),
  },
  {
    id: 'yps-never-drink',
    file: YOUNG,
    goal: 'people who never drink alcohol',
    kind: 'value',
    truth: (r) => is(r, 'Alcohol', 'never'),
  },
  {
    id: 'yps-village',
    file: YOUNG,
    goal: 'people from a village',
    kind: 'value',
    truth: (r) => is(r, 'Village - town', 'village'),
  },
  {
    id: 'yps-left-handed',
    file: YOUNG,
    goal: 'Left-handed people',
    kind: 'value',
    truth: (r) => is(r, 'Left - right handed', 'left handed'),
  },
  {
    id: 'yps-block-of-flats',
    file: YOUNG,
    goal: 'people living in a block of flats',
    kind: 'value',
    truth: (r) => is(r, 'House - block of flats', 'block of flats'),
  },
  {
    id: 'yps-masters',
    file: YOUNG,
    goal: 'people with a masters degree',
    kind: 'value',
    truth: (r) => is(r, 'Education', 'masters degree'),
  },
  {
    id: 'yps-primary-pupils',
    file: YOUNG,
    goal: 'primary school pupils',
    kind: 'value',
    truth: (r) => is(r, 'Education', 'currently a primary school pupil'),
  },
  {
    id: 'yps-always-on-time',
    file: YOUNG,
    goal: 'people who are always on time',
    kind: 'value',
    truth: (r) => is(r, 'Punctuality', 'i am always on time'),
  },
  {
    id: 'yps-never-lie',
    file: YOUNG,
    goal: 'people who never lie',
    kind: 'value',
    truth: (r) => is(r, 'Lying', 'never'),
  },
  {
    id: 'yps-only-child',
    file: YOUNG,
    goal: 'respondents who are an only child',
    kind: 'flag',
    truth: (r) => is(r, 'Only child', 'yes'),
  },
  {
    id: 'yps-internet-most-of-day',
    file: YOUNG,
    goal: 'people who spend most of the day on the internet',
    kind: 'bracket',
    truth: (r) => is(r, 'Internet usage', 'most of the day'),
  },
  {
    id: 'yps-under-18',
    file: YOUNG,
    goal: 'respondents under 18',
    kind: 'numeric',
    truth: (r) => n(r, 'Age') < 18,
  },
  {
    id: 'yps-siblings-3-plus',
    file: YOUNG,
    goal: 'people with 3 or more siblings',
    kind: 'numeric',
    truth: (r) => n(r, 'Number of siblings') >= 3,
  },
  {
    id: 'yps-weight-over-90',
    file: YOUNG,
    goal: 'people weighing over 90 kg',
    kind: 'numeric',
    truth: (r) => n(r, 'Weight') > 90,
  },
  {
    // A 1–5 rating: "love" is an answer of 4 or 5, "hate" 1 or 2.
    id: 'yps-women-love-horror',
    file: YOUNG,
    goal: 'women who love horror movies',
    kind: 'combined',
    truth: (r) => is(r, 'Gender', 'female') && n(r, 'Horror') >= 4,
  },
  {
    id: 'yps-men-hate-shopping',
    file: YOUNG,
    goal: 'men who hate shopping',
    kind: 'combined',
    truth: (r) => is(r, 'Gender', 'male') && n(r, 'Shopping') <= 2,
  },
  {
    id: 'yps-horror-4-plus',
    file: YOUNG,
    goal: 'people who rate horror movies 4 or more',
    kind: 'numeric',
    truth: (r) => n(r, 'Horror') >= 4,
  },
  {
    id: 'yps-taller-than-1-9-m',
    file: YOUNG,
    goal: 'people taller than 1.9 metres',
    kind: 'unit',
    truth: (r) => n(r, 'Height') > 190,
  },
  {
    id: 'yps-not-current-smokers',
    file: YOUNG,
    goal: 'people who are not current smokers',
    kind: 'negation',
    truth: (r) => isNot(r, 'Smoking', 'current smoker'),
  },
  {
    id: 'yps-not-only-child',
    file: YOUNG,
    goal: 'people who are not an only child',
    kind: 'negation',
    truth: (r) => is(r, 'Only child', 'no'),
  },
  {
    id: 'yps-gen-z',
    file: YOUNG,
    goal: 'Gen Z',
    kind: 'taxonomy',
    truth: (r) => between(n(r, 'Age'), 14, 29),
  },
  {
    id: 'yps-smokers-drink-a-lot',
    file: YOUNG,
    goal: 'current smokers who drink a lot',
    kind: 'combined',
    truth: (r) => is(r, 'Smoking', 'current smoker') && is(r, 'Alcohol', 'drink a lot'),
  },
  {
    id: 'yps-left-handed-village-females',
    file: YOUNG,
    goal: 'left-handed females from a village',
    kind: 'combined',
    truth: (r) =>
      is(r, 'Left - right handed', 'left handed') &&
      is(r, 'Gender', 'female') &&
      is(r, 'Village - town', 'village'),
  },
  { id: 'yps-purple-cars', file: YOUNG, goal: 'people with purple cars', kind: 'nothing', truth: everyRow },

  // === Bundled sample (public/sample/customers.csv) =================================================
  // age, gender (Female/Male/Other), city, city_tier (Tier-1/2/3), occupation (Salaried professional/
  // Self-employed/Business owner/Gig/Freelance worker/Student/Homemaker/Retired), education_level
  // (10th pass…Doctorate), monthly_income (₹ per month), income_source, has_children (1/0),
  // parenting_stage (None/Expecting/New parent (0-2)/Young kids (3-10)/Teens (11-17)/Empty nest (18+)),
  // family_size, device_count, price_sensitivity and brand_awareness_bose (0–1), emi_flag (1/0),
  // interest_* (0–1). Blank cells are missing.
  {
    id: 'sample-with-children',
    file: SAMPLE,
    goal: 'users with children',
    kind: 'flag',
    truth: (r) => is(r, 'has_children', '1'),
  },
  {
    id: 'sample-emi',
    file: SAMPLE,
    goal: 'users who bought on EMI',
    kind: 'flag',
    truth: (r) => is(r, 'emi_flag', '1'),
  },
  {
    id: 'sample-tier-1',
    file: SAMPLE,
    goal: 'users in tier 1 cities',
    kind: 'value',
    truth: (r) => is(r, 'city_tier', 'Tier-1'),
  },
  {
    id: 'sample-mumbai',
    file: SAMPLE,
    goal: 'users in Mumbai',
    kind: 'value',
    truth: (r) => is(r, 'city', 'Mumbai'),
  },
  {
    id: 'sample-retired',
    file: SAMPLE,
    goal: 'retired users',
    kind: 'value',
    truth: (r) => is(r, 'occupation', 'Retired'),
  },
  {
    id: 'sample-freelancers',
    file: SAMPLE,
    goal: 'freelancers',
    kind: 'value',
    truth: (r) => is(r, 'occupation', 'Gig/Freelance worker'),
  },
  {
    id: 'sample-homemakers',
    file: SAMPLE,
    goal: 'homemakers',
    kind: 'value',
    truth: (r) => is(r, 'occupation', 'Homemaker'),
  },
  {
    id: 'sample-doctorate',
    file: SAMPLE,
    goal: 'users with a doctorate',
    kind: 'value',
    truth: (r) => is(r, 'education_level', 'Doctorate'),
  },
  {
    id: 'sample-postgraduates',
    file: SAMPLE,
    goal: 'postgraduates',
    kind: 'value',
    truth: (r) => is(r, 'education_level', 'Postgraduate'),
  },
  {
    id: 'sample-pension',
    file: SAMPLE,
    goal: 'people living on a pension',
    kind: 'value',
    truth: (r) => is(r, 'income_source', 'Pension'),
  },
  {
    id: 'sample-expecting',
    file: SAMPLE,
    goal: 'expecting parents',
    kind: 'value',
    truth: (r) => is(r, 'parenting_stage', 'Expecting'),
  },
  {
    id: 'sample-new-parents',
    file: SAMPLE,
    goal: 'new parents',
    kind: 'value',
    truth: (r) => is(r, 'parenting_stage', 'New parent (0-2)'),
  },
  {
    id: 'sample-parents-of-teens',
    file: SAMPLE,
    goal: 'parents of teens',
    kind: 'value',
    truth: (r) => is(r, 'parenting_stage', 'Teens (11-17)'),
  },
  {
    id: 'sample-empty-nesters',
    file: SAMPLE,
    goal: 'empty nesters',
    kind: 'value',
    truth: (r) => is(r, 'parenting_stage', 'Empty nest (18+)'),
  },
  {
    id: 'sample-income-over-50000',
    file: SAMPLE,
    goal: 'monthly income above 50,000',
    kind: 'numeric',
    truth: (r) => n(r, 'monthly_income') > 50000,
  },
  {
    id: 'sample-devices-5-plus',
    file: SAMPLE,
    goal: 'users with 5 or more devices',
    kind: 'numeric',
    truth: (r) => n(r, 'device_count') >= 5,
  },
  {
    id: 'sample-family-over-6',
    file: SAMPLE,
    goal: 'users whose family size is over 6',
    kind: 'numeric',
    truth: (r) => n(r, 'family_size') > 6,
  },
  {
    id: 'sample-price-sensitive',
    file: SAMPLE,
    goal: 'price sensitivity above 0.8',
    kind: 'numeric',
    truth: (r) => n(r, 'price_sensitivity') > 0.8,
  },
  {
    id: 'sample-income-over-lakh',
    file: SAMPLE,
    goal: 'users earning more than 1 lakh a month',
    kind: 'unit',
    truth: (r) => n(r, 'monthly_income') > 100000,
  },
  {
    id: 'sample-bose-over-50pct',
    file: SAMPLE,
    goal: 'users with Bose awareness over 50%',
    kind: 'unit',
    truth: (r) => n(r, 'brand_awareness_bose') > 0.5,
  },
  {
    id: 'sample-without-children',
    file: SAMPLE,
    goal: 'users without children',
    kind: 'negation',
    truth: (r) => is(r, 'has_children', '0'),
  },
  {
    id: 'sample-outside-tier-1',
    file: SAMPLE,
    goal: 'users outside tier-1 cities',
    kind: 'negation',
    truth: (r) => isNot(r, 'city_tier', 'Tier-1'),
  },
  {
    id: 'sample-no-emi',
    file: SAMPLE,
    goal: "users who don't buy on EMI",
    kind: 'negation',
    truth: (r) => is(r, 'emi_flag', '0'),
  },
  {
    id: 'sample-gen-z',
    file: SAMPLE,
    goal: 'gen z users',
    kind: 'taxonomy',
    truth: (r) => between(n(r, 'age'), 14, 29),
  },
  {
    id: 'sample-gen-z-moms',
    file: SAMPLE,
    goal: 'Gen Z moms',
    kind: 'taxonomy',
    truth: (r) => is(r, 'gender', 'Female') && between(n(r, 'age'), 14, 29) && is(r, 'has_children', '1'),
  },
  {
    id: 'sample-moms-over-40',
    file: SAMPLE,
    goal: 'moms over 40',
    kind: 'taxonomy',
    truth: (r) => is(r, 'gender', 'Female') && n(r, 'age') > 40 && is(r, 'has_children', '1'),
  },
  {
    id: 'sample-salaried-bengaluru-over-30',
    file: SAMPLE,
    goal: 'salaried professionals in Bengaluru over 30',
    kind: 'combined',
    truth: (r) =>
      is(r, 'occupation', 'Salaried professional') && is(r, 'city', 'Bengaluru') && n(r, 'age') > 30,
  },
  {
    id: 'sample-students-under-20',
    file: SAMPLE,
    goal: 'students under 20',
    kind: 'combined',
    truth: (r) => is(r, 'occupation', 'Student') && n(r, 'age') < 20,
  },
  {
    id: 'sample-tier-3-women-emi',
    file: SAMPLE,
    goal: 'women in tier-3 towns who buy on EMI',
    kind: 'combined',
    truth: (r) => is(r, 'gender', 'Female') && is(r, 'city_tier', 'Tier-3') && is(r, 'emi_flag', '1'),
  },
  { id: 'sample-pizza', file: SAMPLE, goal: 'customers who love pizza', kind: 'nothing', truth: everyRow },
];
