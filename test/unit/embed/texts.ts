/**
 * Varied texts for the parity tests: marketing goals, long sentences, punctuation, digits, Hindi and
 * Hinglish, emoji, other scripts, whitespace oddities, the tokenizer's known quirks, and the empty string.
 */

const goals = [
  'Gen Z moms',
  'budget-conscious tier-2 students',
  'affluent millennials in metro cities',
  'working mothers with toddlers',
  'first-time home buyers',
  'retired couples who travel',
  'premium buyers',
  'price sensitive families',
  'college students',
  'university kids',
  'new parents',
  'dads of teenagers',
  'single professionals aged 25-34',
  'privacy-conscious tech enthusiasts',
  'rural farmers with smartphones',
  'EMI shoppers',
  'luxury watch collectors',
  'fitness fanatics',
  'gamers who stream',
  'pet owners',
  'high-income women 35+',
  'students in tier 3 towns',
  'small business owners',
  'frequent flyers',
  'eco-friendly shoppers',
  'brand loyalists',
  'deal hunters',
  'empty nesters',
  'expecting mothers',
  'young couples without kids',
];

const sentences = [
  'Find customers who are likely to respond to a discount on baby products next month.',
  'Which segment of our users is most sensitive to price changes, and how large is it?',
  'We want to understand middle-aged professionals who shop online at night using two or more devices.',
  'Show me the people who bought premium wine last year but have not visited the store since March.',
  'The campaign targets parents of school-age children living in smaller cities with moderate incomes.',
  'Customers with high brand awareness but low purchase frequency might need a loyalty programme.',
  'I am looking for affluent, tech-savvy buyers who care about privacy and pay in instalments.',
  'Students often compare prices across several apps before they order food late in the evening.',
  'Give me a persona for retirees who enjoy gardening, cooking and travelling with their grandchildren.',
  'Our churned telecom subscribers were mostly month-to-month contracts paying by electronic cheque.',
  'A quick brown fox jumps over the lazy dog while the cat watches from the window sill.',
  'Revenue grew 12% quarter over quarter, driven by repeat purchases among young urban families.',
  'She said: "we never use coupons, we just buy what we need" - and then laughed.',
  'Tier-1 cities like Mumbai, Delhi and Bengaluru behave differently from tier-2 cities such as Pune or Jaipur.',
  'To be, or not to be, that is the question.',
];

const punctuationAndDigits = [
  '!!!',
  '???',
  '...',
  '—',
  '(parents) [with] {kids}',
  '"quoted" \'single\'',
  'a/b/c',
  'hello,world;foo:bar',
  '#hashtag @mention',
  '$100 off orders over ₹999',
  '50% off!!!',
  '2024-11-25',
  '12:30 pm',
  ':30',
  ":00 o'clock",
  '3.14159',
  '1,000,000 users',
  '+91 98765 43210',
  'ages 18–24',
  'top-10%',
  '007',
  '1st 2nd 3rd 4th',
  'e-mail: someone@example.com',
  'http://example.com/path?q=1',
  'C++ & C# developers',
  'x^2 + y^2 = z^2',
  '~tilde~ `backtick` |pipe| \\backslash\\',
  '<s> </s> extra_token_id_1',
  '�',
  'tab\tseparated\tvalues',
  'line one\nline two',
  '   leading spaces',
  'trailing spaces   ',
  'double  space',
  '\u00a0non-breaking\u00a0space',
  'ﬁne ﬂowers (ligatures)',
  'ＦＵＬＬＷＩＤＴＨ １２３',
  'café crème brûlée',
  'naïve coöperation',
  'Straße',
  'İstanbul ıi',
];

const colonQuirks = [
  ':',
  ':)',
  ':(',
  ':-)',
  ':):',
  ' :):',
  'a :): b',
  '::',
  '://',
  ':):):',
  'ok :) :( :-)',
  ': )',
  '):',
];

const hindiAndHinglish = [
  'नमस्ते',
  'नमस्ते दुनिया',
  'माताएँ जिनके छोटे बच्चे हैं',
  'कॉलेज के छात्र',
  'सस्ते फ़ोन खरीदने वाले ग्राहक',
  'भारत में युवा माता-पिता',
  'mummy log jo online shopping karte hain',
  'sasta aur accha phone chahiye',
  'college ke students jo Bangalore mein rehte hain',
  'Gen Z moms जो Instagram use करती हैं',
  'premium customers दिल्ली में',
  'budget wale parents',
  'EMI पर फ़ोन लेने वाले',
  'bachchon ke liye khilone',
  'यह एक परीक्षण वाक्य है।',
];

const emoji = [
  '😀',
  '😀😀😀',
  'Gen Z moms 👩‍👧',
  '🚀 startup founders',
  'coffee ☕ lovers',
  'I ❤️ shopping',
  '🇮🇳 Indian shoppers',
  '👍🏽 thumbs up',
  'a😀b',
  '💰💰 big spenders 💰💰',
];

const otherScripts = [
  '中文用户',
  '日本語のテキスト',
  '한국어 사용자',
  'مرحبا بالعالم',
  'שלום עולם',
  'Привет, мир',
  'Γειά σου Κόσμε',
  'ภาษาไทย',
  'தமிழ் மக்கள்',
  'বাংলা ভাষা',
];

/** A text well over the graph's 128-token limit. */
const long = Array.from({ length: 60 }, (_, i) => `customer ${i} bought item number ${i * 7}`).join(', ');

/** Mixes of the above, so quirks also appear mid-sentence. */
function combinations(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 30; i++) {
    const parts = [
      goals[i % goals.length],
      emoji[i % emoji.length],
      hindiAndHinglish[i % hindiAndHinglish.length],
    ];
    const mid = punctuationAndDigits[(i * 7) % punctuationAndDigits.length];
    out.push(`${parts[0]} ${mid} ${parts[(i % 2) + 1]}`);
  }
  for (let i = 0; i < 20; i++)
    out.push(`${colonQuirks[i % colonQuirks.length]} ${goals[(i * 3) % goals.length]}`);
  return out;
}

/** All parity texts (more than 200), including the empty string. */
export const PARITY_TEXTS: string[] = [
  '',
  ' ',
  ...goals,
  ...goals.map((g) => g.toUpperCase()),
  ...sentences,
  ...punctuationAndDigits,
  ...colonQuirks,
  ...hindiAndHinglish,
  ...emoji,
  ...otherScripts,
  long,
  ...combinations(),
];

/**
 * Paraphrase pairs for the semantic sanity test: each text's partner should be its nearest
 * neighbour among all partners. Audiences marketers actually type, phrased two ways.
 */
export const PARAPHRASES: [string, string][] = [
  ['moms', 'mothers'],
  ['college students', 'university kids'],
  ['affluent', 'premium buyers'],
  ['budget-conscious shoppers', 'people looking for cheap deals'],
  ['new parents', 'couples who just had a baby'],
  ['retired people', 'senior citizens'],
  ['tech enthusiasts', 'people who love gadgets'],
  ['frequent travellers', 'people who fly often'],
  ['pet owners', 'people with dogs or cats'],
  ['fitness fanatics', 'gym lovers'],
  ['small business owners', 'entrepreneurs running a shop'],
  ['teenagers', 'young people aged 13 to 19'],
  ['rural customers', 'people living in villages'],
  ['big city residents', 'urban dwellers'],
  ['gamers', 'people who play video games'],
  ['vegetarians', 'people who do not eat meat'],
  ['online shoppers', 'people who buy things on the internet'],
  ['coffee lovers', 'people who drink a lot of coffee'],
  ['car owners', 'people who drive their own car'],
  ['home buyers', 'people purchasing a house'],
  ['music fans', 'people who love listening to songs'],
  ['book readers', 'people who enjoy reading novels'],
  ['job seekers', 'unemployed people looking for work'],
  ['sports fans', 'people who follow football and cricket'],
];
