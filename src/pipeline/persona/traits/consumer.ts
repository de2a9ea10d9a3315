/**
 * Consumer traits shared by every domain: technology, budget, spending power, privacy, brands.
 * A field ending in `*` stands for its whole family (every `brand_awareness_*` column the file has).
 */
import { scale, type TraitSpec } from './spec';

export const techAdoption: TraitSpec = scale(
  'tech_adoption',
  'Tech adoption',
  [
    { field: 'device_count', dir: 1 },
    { field: 'interest_tech', dir: 1 },
  ],
  {
    descriptor: 'Tech-Savvy',
    text: (s) =>
      s.parent
        ? 'Brings technology into family life early'
        : 'Early adopter who lives with the latest gadgets',
    voice: (s) =>
      s.ev('device_count')
        ? `We have about ${s.num('device_count')} devices at home, and I still keep an eye on what's new.`
        : 'I like trying new gadgets before most people I know.',
    goal: (s) =>
      s.parent
        ? 'Find tech that genuinely makes family life easier'
        : 'Get the newest tech without overpaying',
    frustration: 'Products that lag behind on features or updates',
    buying: 'Reads specs and reviews, buys soon after launch',
  },
  {
    descriptor: 'Tech-Cautious',
    text: 'Sticks to the technology they already know',
    voice: 'I only buy a new gadget when the old one stops working.',
    goal: 'Keep things simple and reliable',
    frustration: 'Complicated set-ups and too many features',
    buying: 'Waits for proven products; asks people they trust',
  },
  {
    text: 'Uses technology about as much as the rest of the segment',
    voice: 'I use what I need — nothing fancy, nothing outdated.',
  },
);

/**
 * Budget-consciousness rests on price sensitivity, EMI use and (low) income; the premium reading
 * rests on price sensitivity and income only — not buying on EMI does not make anyone premium.
 */
export const budgetApproach: TraitSpec = {
  key: 'budget_approach',
  label: 'Budget approach',
  options: [
    {
      id: 'high',
      inputs: [
        { field: 'price_sensitivity', dir: 1 },
        { field: 'emi_flag', dir: 1 },
        { field: 'income', dir: -1 },
      ],
      descriptor: 'Budget-Conscious',
      text: 'Watches spending closely and spreads big purchases over time',
      voice: (s) =>
        s.shows('emi_flag')
          ? `If it's a big purchase, it goes on EMI — that's how ${s.num('emi_flag')} of people like me buy.`
          : 'I compare prices everywhere before I spend anything big.',
      goal: 'Get real value for money',
      frustration: 'Hidden costs and prices that jump without notice',
      buying: (s) =>
        s.shows('emi_flag')
          ? `Compares prices, waits for offers, pays in instalments (${s.num('emi_flag')} use EMI)`
          : 'Compares prices and waits for offers',
    },
    {
      id: 'low',
      inputs: [
        { field: 'price_sensitivity', dir: -1 },
        { field: 'income', dir: 1 },
      ],
      descriptor: 'Premium',
      text: 'Pays for quality rather than hunting for deals',
      voice: "I'd rather pay more once than buy twice.",
      goal: 'Buy the best option and be done with it',
      frustration: 'Cheap products that do not last',
      buying: 'Chooses premium lines; price is rarely the deciding factor',
    },
  ],
  typical: {
    text: 'About as price-aware as the rest of the segment',
    voice: "Price matters, but it isn't everything for me.",
  },
};

export const spendingPower: TraitSpec = scale(
  'spending_power',
  'Spending power',
  [{ field: 'income', dir: 1 }],
  {
    descriptor: 'Affluent',
    text: 'Earns above the segment average',
    voice: 'I can afford to spend on things I really want.',
    goal: 'Spend on experiences and quality',
    buying: 'Open to higher-priced options when they are worth it',
  },
  {
    descriptor: 'Value-Seeking',
    text: 'Earns below the segment average',
    voice: 'Money is tight, so every purchase has to earn its place.',
    goal: 'Make the money go further',
    frustration: 'Products priced out of reach',
    buying: 'Looks for entry-level options and discounts',
  },
  {
    text: 'Earns about what the segment earns',
    voice: "I'm comfortable, but I still think before I spend.",
  },
);

export const digitalPrivacy: TraitSpec = scale(
  'digital_privacy',
  'Privacy',
  [{ field: 'privacy_pref', dir: 1 }],
  {
    descriptor: 'Privacy-Minded',
    text: 'Guards personal data closely',
    voice: 'I read the permissions before I install anything.',
    goal: 'Stay in control of personal data',
    frustration: 'Apps that ask for more data than they need',
    buying: 'Prefers brands with clear privacy promises',
  },
  {
    descriptor: 'Open-Sharing',
    text: 'Relaxed about sharing data for convenience',
    voice: "If sharing a bit of data makes things easier, I don't mind.",
    buying: 'Signs up for apps and loyalty schemes readily',
  },
  {
    text: 'About as privacy-conscious as the rest of the segment',
    voice: 'I care about privacy, but I do not lose sleep over it.',
  },
);

export const brandOrientation: TraitSpec = scale(
  'brand_orientation',
  'Brand awareness',
  [{ field: 'brand_awareness_*', dir: 1 }],
  {
    descriptor: 'Brand-Aware',
    text: 'Knows the big brands well',
    voice: 'I know which brands I trust, and I stick with them.',
    goal: 'Buy from brands with a proven name',
    buying: 'Starts from familiar brands',
  },
  {
    descriptor: 'Brand-Agnostic',
    text: 'Pays little attention to brand names',
    voice: "Honestly, I don't care much about the logo — it has to work.",
    buying: 'Judges the product, not the brand',
  },
  {
    text: 'Brand awareness typical of the segment',
    voice: 'I know the well-known brands, like most people.',
  },
);
