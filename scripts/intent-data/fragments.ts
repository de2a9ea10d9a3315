/**
 * Labelled fragments the goal generator composes: person nouns (heads) and modifiers before and
 * after them, each with the slots it expresses. Every pool has train-only and dev-only phrasings,
 * so the dev set tests wordings the classifier never saw. Slot codes: `category:value`, `!` in
 * front for a negated slot, `@min-max` for a numeric constraint (either side may be empty).
 */
export interface Fragment {
  text: string;
  slots: string[];
}

export interface Pool {
  train: Fragment[];
  dev: Fragment[];
}

const f = (text: string, ...slots: string[]): Fragment => ({ text, slots });
const mom = ['parenting:parent', 'gender:female'];
const dad = ['parenting:parent', 'gender:male'];

export const HEADS: Pool = {
  train: [
    f('people'), f('customers'), f('users'), f('shoppers'), f('consumers'), f('buyers'),
    f('moms', ...mom), f('mothers', ...mom), f('mums', ...mom), f('mommies', ...mom),
    f('dads', ...dad), f('fathers', ...dad), f('parents', 'parenting:parent'), f('families', 'parenting:parent'),
    f('women', 'gender:female'), f('ladies', 'gender:female'), f('girls', 'gender:female'), f('men', 'gender:male'), f('guys', 'gender:male'),
    f('students', 'lifestyle:student'), f('college students', 'lifestyle:student'), f('college kids', 'lifestyle:student'), f('university students', 'lifestyle:student'), f('undergrads', 'lifestyle:student'),
    f('working professionals', 'lifestyle:professional'), f('professionals', 'lifestyle:professional'), f('salaried employees', 'lifestyle:professional'), f('office goers', 'lifestyle:professional'),
    f('entrepreneurs', 'lifestyle:entrepreneur'), f('small business owners', 'lifestyle:entrepreneur'), f('startup founders', 'lifestyle:entrepreneur'), f('freelancers', 'lifestyle:entrepreneur'),
    f('homemakers', 'lifestyle:homemaker'), f('housewives', 'lifestyle:homemaker', 'gender:female'),
    f('retirees', 'lifestyle:retired'), f('pensioners', 'lifestyle:retired'),
    f('teens', 'generation:teen@13-19'), f('teenagers', 'generation:teen@13-19'),
    f('new parents', 'parenting:new parent'), f('first-time parents', 'parenting:new parent'), f('new moms', 'parenting:new parent', 'gender:female'),
    f('expecting parents', 'parenting:expecting'), f('moms-to-be', 'parenting:expecting', 'gender:female'), f('pregnant women', 'parenting:expecting', 'gender:female'),
    f('working moms', 'lifestyle:professional', ...mom), f('stay-at-home dads', 'lifestyle:homemaker', ...dad), f('WFH dads', 'lifestyle:professional', ...dad),
    f('gamers', 'interests:gaming'), f('travellers', 'interests:travel'), f('fitness enthusiasts', 'interests:health'), f('tech enthusiasts', 'interests:tech'),
    f('fashionistas', 'interests:fashion'), f('movie lovers', 'interests:entertainment'),
    f('graduates', 'education:graduate'), f('MBA holders', 'education:postgraduate'),
  ],
  dev: [
    f('clients'), f('members'), f('prospects'), f('moms', ...mom), f('parents', 'parenting:parent'), f('women', 'gender:female'), f('students', 'lifestyle:student'),
    f('mummies', ...mom), f('papas', ...dad), f('daddies', ...dad), f('females', 'gender:female'), f('gentlemen', 'gender:male'), f('boys', 'gender:male'),
    f('undergraduates', 'lifestyle:student'), f('uni students', 'lifestyle:student'), f('college goers', 'lifestyle:student'),
    f('executives', 'lifestyle:professional'), f('white-collar workers', 'lifestyle:professional'), f('corporate employees', 'lifestyle:professional'),
    f('self-employed people', 'lifestyle:entrepreneur'), f('shop owners', 'lifestyle:entrepreneur'), f('founders', 'lifestyle:entrepreneur'),
    f('househusbands', 'lifestyle:homemaker', 'gender:male'), f('retired people', 'lifestyle:retired'), f('adolescents', 'generation:teen@13-19'),
    f('new dads', 'parenting:new parent', 'gender:male'), f('first time mums', 'parenting:new parent', 'gender:female'),
    f('expectant mothers', 'parenting:expecting', 'gender:female'), f('parents-to-be', 'parenting:expecting'),
    f('working women', 'lifestyle:professional', 'gender:female'), f('stay-at-home moms', 'lifestyle:homemaker', ...mom), f('work-from-home mums', 'lifestyle:professional', ...mom),
    f('esports fans', 'interests:gaming'), f('backpackers', 'interests:travel'), f('gym goers', 'interests:health'), f('gadget lovers', 'interests:tech'), f('Bollywood fans', 'interests:entertainment'),
    f('college graduates', 'education:graduate'), f('postgraduates', 'education:postgraduate'),
  ],
};

/** Modifiers written before the head ("Gen Z moms", "budget-conscious students"). */
export const PRE: Pool = {
  train: [
    f('Gen Z', 'generation:gen z'), f('GenZ', 'generation:gen z'), f('zoomer', 'generation:gen z'), f('millennial', 'generation:millennial'), f('Gen X', 'generation:gen x'), f('boomer', 'generation:boomer'),
    f('young', 'generation:age range@18-34'),
    f('budget-conscious', 'budget:budget'), f('price-sensitive', 'budget:budget'), f('frugal', 'budget:budget'), f('low-income', 'budget:budget'), f('affluent', 'budget:premium'),
    f('premium', 'budget:premium'), f('high-income', 'budget:premium'), f('rich', 'budget:premium'), f('luxury-loving', 'budget:luxury'), f('value-seeking', 'budget:value'),
    f('urban', 'geography:urban'), f('rural', 'geography:rural'), f('metro', 'geography:metro@1-1'), f('small-town', 'geography:tier-3@3-3'), f('tier-2', 'geography:tier-2@2-2'),
    f('tier 1', 'geography:tier-1@1-1'), f('Mumbai-based', 'geography:mumbai@1-1'), f('Bangalore', 'geography:bengaluru@1-1'), f('Delhi', 'geography:delhi@1-1'), f('Jaipur', 'geography:jaipur@2-2'),
    f('non-metro', '!geography:metro@1-1'),
    f('working', 'lifestyle:professional'), f('WFH', 'lifestyle:professional'), f('stay-at-home', 'lifestyle:homemaker'), f('retired', 'lifestyle:retired'), f('self-employed', 'lifestyle:entrepreneur'),
    f('tech-savvy', 'interests:tech'), f('fitness-loving', 'interests:health'), f('fashion-forward', 'interests:fashion'), f('gaming', 'interests:gaming'), f('travel-loving', 'interests:travel'),
    f('health-conscious', 'interests:health'), f('movie-loving', 'interests:entertainment'),
    f('college-educated', 'education:graduate'), f('MBA', 'education:postgraduate'),
  ],
  dev: [
    f('Gen Z', 'generation:gen z'), f('millennial', 'generation:millennial'), f('gen-z', 'generation:gen z'), f('Generation Z', 'generation:gen z'), f('Gen Y', 'generation:millennial'),
    f('baby boomer', 'generation:boomer'), f('Gen-X', 'generation:gen x'), f('middle-aged', 'generation:age range@40-59'),
    f('thrifty', 'budget:budget'), f('well-off', 'budget:premium'), f('wealthy', 'budget:premium'), f('price conscious', 'budget:budget'), f('luxury', 'budget:luxury'),
    f('middle-class', 'budget:value'), f('cost-conscious', 'budget:budget'),
    f('tier-3', 'geography:tier-3@3-3'), f('tier II', 'geography:tier-2@2-2'), f('metropolitan', 'geography:metro@1-1'), f('Pune', 'geography:pune@1-1'), f('Chennai', 'geography:chennai@1-1'),
    f('Kochi', 'geography:kochi@2-2'), f('Indore', 'geography:indore@2-2'), f('Bengaluru', 'geography:bengaluru@1-1'), f('village', 'geography:rural'),
    f('work-from-home', 'lifestyle:professional'), f('salaried', 'lifestyle:professional'), f('freelance', 'lifestyle:entrepreneur'), f('non-working', '!lifestyle:professional'),
    f('gadget-loving', 'interests:tech'), f('yoga-loving', 'interests:health'), f('stylish', 'interests:fashion'), f('music-loving', 'interests:entertainment'),
    f('gamer', 'interests:gaming'), f('postgraduate', 'education:postgraduate'), f('PhD', 'education:postgraduate'),
  ],
};

/** Modifiers written after the head ("moms in tier-2 cities", "students on a budget"). */
export const POST: Pool = {
  train: [
    f('in tier-2 cities', 'geography:tier-2@2-2'), f('in Mumbai', 'geography:mumbai@1-1'), f('from Bengaluru', 'geography:bengaluru@1-1'), f('in metros', 'geography:metro@1-1'),
    f('in rural areas', 'geography:rural'), f('living in small towns', 'geography:tier-3@3-3'), f('in smaller cities', '!geography:metro@1-1'), f('outside the metros', '!geography:metro@1-1'),
    f('in tier 3 towns', 'geography:tier-3@3-3'), f('in Hyderabad', 'geography:hyderabad@1-1'), f('from Jaipur', 'geography:jaipur@2-2'), f('in Lucknow', 'geography:lucknow@2-2'),
    f('in Kolkata', 'geography:kolkata@1-1'), f('in Delhi NCR', 'geography:delhi@1-1'), f('in big cities', 'geography:metro@1-1'), f('in urban India', 'geography:urban'), f('in Tier-1 cities', 'geography:tier-1@1-1'),
    f('into gaming', 'interests:gaming'), f('who love travel', 'interests:travel'), f('interested in fashion', 'interests:fashion'), f('who follow fitness', 'interests:health'),
    f('into tech', 'interests:tech'), f('who binge on OTT', 'interests:entertainment'), f('who love Bollywood movies', 'interests:entertainment'), f('into online courses', 'interests:education'),
    f('who play mobile games', 'interests:gaming'), f('into yoga', 'interests:health'), f('into skincare', 'interests:fashion'), f('who buy gadgets', 'interests:tech'), f('into upskilling', 'interests:education'),
    f('on a tight budget', 'budget:budget'), f('on a budget', 'budget:budget'), f('with money to spend', 'budget:premium'), f('looking for discounts', 'budget:budget'),
    f('who want value for money', 'budget:value'), f('who buy luxury brands', 'budget:luxury'), f('with high income', 'budget:premium'), f('who buy premium products', 'budget:premium'),
    f('over 40', 'generation:age range@40-'), f('aged 25-34', 'generation:age range@25-34'), f('under 30', 'generation:age range@18-29'), f('in their 30s', 'generation:age range@30-39'),
    f('between 18 and 24', 'generation:age range@18-24'), f('aged 45+', 'generation:age range@45-'), f('above 50', 'generation:age range@50-'), f('in their 20s', 'generation:age range@20-29'),
    f('with 2+ kids', 'parenting:parent', 'parenting:children count@2-'), f('with kids', 'parenting:parent'), f('with young kids', 'parenting:parent of young kids'),
    f('with toddlers', 'parenting:parent of young kids'), f('with teenagers', 'parenting:parent of teens'), f('with 3 children', 'parenting:parent', 'parenting:children count@3-3'),
    f('without kids', '!parenting:parent'), f('with no children', '!parenting:parent'), f('with newborns', 'parenting:new parent'), f('with one child', 'parenting:parent', 'parenting:children count@1-1'),
    f('with teenage kids', 'parenting:parent of teens'), f('in joint families', 'parenting:family size@5-'),
    f('earning above 50k', 'budget:income range@50000-'), f('earning over ₹1 lakh a month', 'budget:income range@100000-'), f('with income above 10 LPA', 'budget:income range@1000000-'),
    f('earning under 25k', 'budget:income range@-25000'), f('earning 30-50k per month', 'budget:income range@30000-50000'), f('with salary above 80k', 'budget:income range@80000-'),
    f('who are graduates', 'education:graduate'), f('with an MBA', 'education:postgraduate'), f('with a masters degree', 'education:postgraduate'), f('who finished high school', 'education:school'),
    f('with a bachelors degree', 'education:graduate'),
    f('who are not students', '!lifestyle:student'), f('excluding retirees', '!lifestyle:retired'), f("who aren't working", '!lifestyle:professional'), f('who work from home', 'lifestyle:professional'),
  ],
  dev: [
    f('in metros', 'geography:metro@1-1'), f('in Mumbai', 'geography:mumbai@1-1'), f('on a budget', 'budget:budget'), f('with kids', 'parenting:parent'), f('over 40', 'generation:age range@40-'),
    f('based in Pune', 'geography:pune@1-1'), f('across tier-II cities', 'geography:tier-2@2-2'), f('from villages', 'geography:rural'), f('in non-metro cities', '!geography:metro@1-1'),
    f('in major cities', 'geography:metro@1-1'), f('in Chennai', 'geography:chennai@1-1'), f('from Calcutta', 'geography:kolkata@1-1'), f('living in Indore', 'geography:indore@2-2'),
    f('in Coimbatore', 'geography:coimbatore@2-2'), f('in the countryside', 'geography:rural'), f('in tier three cities', 'geography:tier-3@3-3'), f('from Bombay', 'geography:mumbai@1-1'),
    f('passionate about wellness', 'interests:health'), f('hooked on video games', 'interests:gaming'), f('keen on makeup', 'interests:fashion'), f('who stream web series', 'interests:entertainment'),
    f('fond of travelling', 'interests:travel'), f('who love smartphones', 'interests:tech'), f('into e-learning', 'interests:education'), f('who go to the gym', 'interests:health'),
    f('who follow esports', 'interests:gaming'), f('who take vacations abroad', 'interests:travel'),
    f('who are price sensitive', 'budget:budget'), f('who prefer affordable options', 'budget:value'), f('who love luxury', 'budget:luxury'), f('with high net worth', 'budget:luxury'),
    f('who spend on premium brands', 'budget:premium'), f('who wait for discounts', 'budget:budget'),
    f('in their forties', 'generation:age range@40-49'), f('below 25', 'generation:age range@18-24'), f('over 55', 'generation:age range@55-'), f('in their early 20s', 'generation:age range@20-29'),
    f('aged 18-25', 'generation:age range@18-25'), f('who are 30+', 'generation:age range@30-'), f('younger than 35', 'generation:age range@18-34'),
    f('with two kids', 'parenting:parent', 'parenting:children count@2-2'), f('having 2 or more children', 'parenting:parent', 'parenting:children count@2-'),
    f('with small children', 'parenting:parent of young kids'), f("who don't have kids", '!parenting:parent'), f('with infants', 'parenting:new parent'), f('with teens', 'parenting:parent of teens'),
    f('with more than 2 kids', 'parenting:parent', 'parenting:children count@3-'), f('with preschoolers', 'parenting:parent of young kids'), f('in large families', 'parenting:family size@5-'),
    f('making more than 75k a month', 'budget:income range@75000-'), f('with salaries above ₹60,000/month', 'budget:income range@60000-'), f('on ₹50,000+/month', 'budget:income range@50000-'),
    f('earning 5-8 LPA', 'budget:income range@500000-800000'), f('earning below 20k', 'budget:income range@-20000'),
    f('holding a PhD', 'education:postgraduate'), f("with a bachelor's degree", 'education:graduate'), f('who are postgraduates', 'education:postgraduate'),
    f('who are college graduates', 'education:graduate'), f('with 12th pass education', 'education:school'),
    f('but not students', '!lifestyle:student'), f('other than retirees', '!lifestyle:retired'), f('who are self-employed', 'lifestyle:entrepreneur'), f('who are not working', '!lifestyle:professional'),
  ],
};

/** Sentences the phrase is wrapped in; dev uses its own. */
export const WRAPPERS = {
  train: ['{x}', '{x}', '{x}', '{x}', 'target {x}', 'personas for {x}', 'find {x}', 'marketing to {x}', 'I want to reach {x}', 'show me {x}', 'segment: {x}', 'campaign for {x}', '{x} personas', 'audience of {x}', 'Target audience - {x}'],
  dev: ['{x}', '{x}', '{x}', 'who are the {x}?', 'help me understand {x}', 'build personas of {x}', 'our audience is {x}', '{x} - personas pls', 'looking for {x}', 'need insights on {x}', '{x} segment', 'kindly show {x}', 'profile the {x}'],
};

/** Common misspellings, different ones in each split: [correct word, as misspelt]. */
export const TYPOS = {
  train: [['millennial', 'millenial'], ['professionals', 'proffesionals'], ['students', 'studnets'], ['entrepreneurs', 'entreprenuers'], ['mothers', 'mothres'], ['budget', 'buget'], ['fashion', 'fashon'], ['parents', 'parnets'], ['retirees', 'retirese'], ['Bangalore', 'Banglore']],
  dev: [['millennial', 'milennial'], ['professionals', 'profesionals'], ['students', 'stduents'], ['entrepreneurs', 'enterpreneurs'], ['teenagers', 'teenagars'], ['affluent', 'afluent'], ['Hyderabad', 'Hydrabad'], ['gaming', 'gamming'], ['luxury', 'luxary'], ['mothers', 'mohters']],
};
