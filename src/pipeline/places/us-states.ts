/**
 * US states: name, USPS postal code, and the US Census Bureau's region and division — the one table
 * grounding reads when a file's column holds states, so that "customers in California" finds "CA"
 * and "the Midwest" the twelve states of that region.
 *
 * Source: U.S. Census Bureau, "Census Regions and Divisions of the United States" (the four regions
 * and nine divisions used since 1984), and the USPS two-letter state abbreviations (Publication 28,
 * appendix B). The District of Columbia is in the South Atlantic division.
 */

export type CensusRegion = 'Northeast' | 'Midwest' | 'South' | 'West';

export interface UsState {
  name: string;
  code: string;
  region: CensusRegion;
  division: string;
}

const DIVISIONS: readonly [division: string, region: CensusRegion, states: readonly [string, string][]][] = [
  [
    'New England',
    'Northeast',
    [
      ['Connecticut', 'CT'],
      ['Maine', 'ME'],
      ['Massachusetts', 'MA'],
      ['New Hampshire', 'NH'],
      ['Rhode Island', 'RI'],
      ['Vermont', 'VT'],
    ],
  ],
  [
    'Middle Atlantic',
    'Northeast',
    [
      ['New Jersey', 'NJ'],
      ['New York', 'NY'],
      ['Pennsylvania', 'PA'],
    ],
  ],
  [
    'East North Central',
    'Midwest',
    [
      ['Illinois', 'IL'],
      ['Indiana', 'IN'],
      ['Michigan', 'MI'],
      ['Ohio', 'OH'],
      ['Wisconsin', 'WI'],
    ],
  ],
  [
    'West North Central',
    'Midwest',
    [
      ['Iowa', 'IA'],
      ['Kansas', 'KS'],
      ['Minnesota', 'MN'],
      ['Missouri', 'MO'],
      ['Nebraska', 'NE'],
      ['North Dakota', 'ND'],
      ['South Dakota', 'SD'],
    ],
  ],
  [
    'South Atlantic',
    'South',
    [
      ['Delaware', 'DE'],
      ['District of Columbia', 'DC'],
      ['Florida', 'FL'],
      ['Georgia', 'GA'],
      ['Maryland', 'MD'],
      ['North Carolina', 'NC'],
      ['South Carolina', 'SC'],
      ['Virginia', 'VA'],
      ['West Virginia', 'WV'],
    ],
  ],
  [
    'East South Central',
    'South',
    [
      ['Alabama', 'AL'],
      ['Kentucky', 'KY'],
      ['Mississippi', 'MS'],
      ['Tennessee', 'TN'],
    ],
  ],
  [
    'West South Central',
    'South',
    [
      ['Arkansas', 'AR'],
      ['Louisiana', 'LA'],
      ['Oklahoma', 'OK'],
      ['Texas', 'TX'],
    ],
  ],
  [
    'Mountain',
    'West',
    [
      ['Arizona', 'AZ'],
      ['Colorado', 'CO'],
      ['Idaho', 'ID'],
      ['Montana', 'MT'],
      ['Nevada', 'NV'],
      ['New Mexico', 'NM'],
      ['Utah', 'UT'],
      ['Wyoming', 'WY'],
    ],
  ],
  [
    'Pacific',
    'West',
    [
      ['Alaska', 'AK'],
      ['California', 'CA'],
      ['Hawaii', 'HI'],
      ['Oregon', 'OR'],
      ['Washington', 'WA'],
    ],
  ],
];

export const US_STATES: readonly UsState[] = DIVISIONS.flatMap(([division, region, states]) =>
  states.map(([name, code]) => ({ name, code, region, division })),
);

const BY_KEY = new Map<string, UsState>(
  US_STATES.flatMap((state) => [
    [state.code.toLowerCase(), state],
    [state.name.toLowerCase(), state],
  ]),
);

/** The state a cell names, by its postal code or its name (any case), or undefined. */
export function findUsState(text: string): UsState | undefined {
  return BY_KEY.get(text.trim().toLowerCase());
}

/** The Census regions and divisions, each with its states: what "the Midwest" or "New England" covers. */
export const US_AREAS: readonly { name: string; kind: 'region' | 'division'; states: readonly UsState[] }[] =
  [
    ...(['Northeast', 'Midwest', 'South', 'West'] as const).map((name) => ({
      name,
      kind: 'region' as const,
      states: US_STATES.filter((s) => s.region === name),
    })),
    ...DIVISIONS.map(([name]) => ({
      name,
      kind: 'division' as const,
      states: US_STATES.filter((s) => s.division === name),
    })),
  ];
