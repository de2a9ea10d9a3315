/** Traits for parents: style, child safety, the family budget, education. */
import { budgetApproach } from './consumer';
import { scale, type TraitSpec } from './spec';

export const parentingStyle: TraitSpec = {
  key: 'parenting_style',
  label: 'Parenting style',
  options: [
    {
      id: 'digital',
      inputs: [
        { field: 'device_count', dir: 1 },
        { field: 'interest_tech', dir: 1 },
      ],
      descriptor: 'Tech-Savvy',
      text: 'Digital-first: uses apps and gadgets to run family life',
      voice: 'Half of our routine runs on apps — school updates, groceries, screen-time limits.',
      goal: 'Use technology to stay on top of the kids’ day',
      frustration: 'Juggling too many apps that do not talk to each other',
    },
    {
      id: 'protective',
      inputs: [{ field: 'privacy_pref', dir: 1 }],
      descriptor: 'Safety-First',
      text: 'Protective: careful about what reaches the children',
      voice: 'I check everything before it reaches my kids — apps, food, toys.',
      goal: 'Keep the children safe online and offline',
      frustration: 'Products that are vague about safety',
    },
    {
      id: 'structured',
      inputs: [{ field: 'interest_education', dir: 1 }],
      descriptor: 'Education-Focused',
      text: 'Structured: plans the week around learning',
      voice: 'Homework and classes come first in our house.',
      goal: 'Give the children a head start in learning',
    },
    {
      id: 'active',
      inputs: [
        { field: 'interest_health', dir: 1 },
        { field: 'interest_entertainment', dir: 1 },
      ],
      descriptor: 'Active',
      text: 'Active: health, outings and family time',
      voice: 'Weekends are for getting out with the kids.',
      goal: 'Keep the family healthy and active',
    },
    {
      id: 'big_family',
      inputs: [
        { field: 'children_count', dir: 1 },
        { field: 'family_size', dir: 1 },
      ],
      descriptor: 'Big-Family',
      text: 'Juggling a bigger household than the segment average',
      voice: 'With everyone at home, nothing is ever just for one person.',
      goal: 'Keep a busy household running smoothly',
      frustration: 'Products sized for small families',
    },
  ],
  typical: {
    text: 'A balanced parenting style, close to the segment on every measure',
    voice: 'I try to keep things balanced for the kids — a bit of everything.',
  },
};

export const childSafetyConcerns: TraitSpec = scale(
  'child_safety_concerns',
  'Child safety concerns',
  [{ field: 'privacy_pref', dir: 1 }],
  {
    descriptor: 'Safety-First',
    text: 'Puts the children’s safety and privacy first',
    voice: 'I worry about what my kids see online and who sees their data.',
    goal: 'Know exactly what the kids can access',
    frustration: 'Weak parental controls and unclear data use',
    buying: 'Checks safety ratings and parental controls before buying',
  },
  {
    descriptor: 'Easy-Going',
    text: 'Relaxed about safety settings and data sharing',
    voice: "I don't hover — the kids learn by doing.",
    buying: 'Rarely lets safety features decide a purchase',
  },
  {
    text: 'About as safety-conscious as other parents in the segment',
    voice: 'I keep an eye on safety, like any parent.',
  },
);

/** The budget trait in a family's words; same inputs as `budget_approach`. */
export const familyBudgetApproach: TraitSpec = {
  key: 'family_budget_approach',
  label: 'Family budget approach',
  options: budgetApproach.options.map((option) =>
    option.id === 'high'
      ? {
          ...option,
          text: 'Runs a tight family budget and spreads big purchases out',
          goal: 'Stretch the family budget without cutting corners on the kids',
          voice: (s) =>
            s.shows('emi_flag')
              ? `With the kids' expenses, anything big goes on EMI — ${s.num('emi_flag')} of parents like me do that.`
              : "With the kids' expenses, I compare prices on everything.",
        }
      : {
          ...option,
          text: 'Spends freely on the family when quality is right',
          voice: "For my kids, I'd rather pay for the better one.",
        },
  ),
  typical: {
    text: 'Manages the family budget like most parents in the segment',
    voice: 'We plan the big expenses, like any family.',
  },
};

export const educationalPriorities: TraitSpec = scale(
  'educational_priorities',
  'Educational priorities',
  [{ field: 'interest_education', dir: 1 }],
  {
    descriptor: 'Education-Focused',
    text: 'Invests time and money in the children’s learning',
    voice: 'Anything that helps my kids learn is worth it to me.',
    goal: 'Find good learning tools and classes',
    frustration: '“Educational” products with little real learning in them',
    buying: 'Spends readily on books, courses and learning apps',
  },
  {
    text: 'Leaves learning mostly to school',
    voice: 'School handles the studies; at home we keep it relaxed.',
  },
  {
    text: 'Cares about education as much as most parents in the segment',
    voice: 'Studies matter, but so does play.',
  },
);
