/**
 * Every tunable the app uses, in one typed place: model ids, thresholds, defaults.
 * Stages import from here instead of scattering literals.
 */
export const config = {
  model: {
    /** The bundled model, served from the app's own origin under `models/`. */
    bundledId: 'personalens/use-lite',
    /** Path (relative to the app's base) where bundled models live. */
    localModelPath: 'models/',
    /** Path (relative to the app's base) where the ONNX runtime's wasm files are served. */
    wasmPath: 'ort/',
    /** The ONNX runtime files served from `wasmPath` (copied there by scripts/build-model.ts). */
    ortFiles: { mjs: 'ort-wasm-simd-threaded.mjs', wasm: 'ort-wasm-simd-threaded.wasm' },
    /** Texts per model run: bounds padding waste and keeps cancel responsive. */
    embedBatchSize: 32,
    /**
     * Texts embedded between progress reports and cancel checks when a whole list is embedded
     * (training goals, slot phrases): two model batches, so a cancel waits for at most two.
     */
    embedStepSize: 64,
    /** A hub model the user may opt into when online. */
    suggestedHubId: 'Xenova/all-MiniLM-L6-v2',
    embeddingCacheSize: 2048,
  },
  data: {
    tableName: 'data',
    /** Rows per insert transaction / progress report. */
    chunkRows: 5000,
    /**
     * Rows per INSERT statement. sql.js pays a fixed cost per statement call, so 50 rows per call
     * inserts about 2.5× faster than one (measured: 100k rows × 20 columns, 886 → 355 ms).
     */
    rowsPerInsert: 50,
    /**
     * Share of control bytes (other than tab, CR, LF, form feed) above which a file is not text: a
     * text file has none, and 1 % still lets a few stray bytes of a damaged export through.
     */
    maxControlShare: 0.01,
    /** Bytes at the start of a file inspected for binary content: enough for a few hundred rows. */
    sniffBytes: 64 * 1024,
    /** Text gathered before the delimiter and line break are guessed (papaparse looks at ≤ 10 rows). */
    detectChars: 64 * 1024,
    /**
     * Longest stretch of text held back as one unfinished row. Beyond it the file almost surely has an
     * unclosed quote (re-parsing an ever-growing row on every chunk would stall the load): the line
     * with the quote is read on its own and the lines after it are read again as rows.
     */
    maxPendingChars: 16 * 1024 * 1024,
    /** Longest SQL name made from a header; longer headers are cut (the header itself is kept for display). */
    maxSqlNameLength: 60,
    previewPageSize: 100,
    /**
     * Largest page the preview may ask for: a page crosses the worker boundary as one structured-clone
     * message, and 1000 rows of a wide file stay well under a frame's worth of copying on the UI thread.
     */
    maxPageRows: 1000,
    /**
     * Tallest the preview grid's scrolled content may be. Chromium caps an element's height near
     * 33.5 M px (issue 17: the grid could not reach rows past about 1.2 M at 28 px a row), so
     * past this the grid scales its scroll range (src/ui/virtual-rows.ts); 30 M keeps clear of it.
     */
    maxScrollHeight: 30_000_000,
    /** Distinct values kept exactly per column before the count is marked capped. */
    distinctCap: 10000,
    topValues: 12,
    /**
     * A column with at most this many distinct values keeps all of them with their counts in its
     * profile (the same as `query.maxCategoryValues` and `grounding.maxCategoryValues`: the columns
     * whose values a goal or a mapping may name).
     */
    allValueCounts: 200,
    /** Bytes read from the file per step (progress and cancel are checked between steps). */
    readChunkBytes: 1 << 20,
    /** Rows at the start of the file that column types are inferred from (then verified on every row). */
    inferenceRows: 10000,
    /**
     * Largest file accepted. The table lives in sql.js's WebAssembly memory (measured ceiling: 4 GB,
     * shared with the previous dataset until the new one replaces it) and takes about the CSV's size,
     * so 1 GB keeps a load clear of that ceiling; allocation failures below it are still caught.
     */
    maxFileBytes: 1024 * 1024 * 1024,
    /** Share of non-empty cells that may fail to parse before a column stops being numeric/date/boolean. */
    junkTolerance: 0.05,
    /** A text column is a category when it has at most this many distinct values… */
    categoryMaxDistinct: 200,
    /** …and at most this share of its non-empty cells are distinct (so repeated values exist). */
    categoryMaxShare: 0.5,
  },
  workspace: {
    /**
     * The OPFS folder the kept workspace lives in (worker/workspace-store.ts). OPFS with sync access
     * handles rather than IndexedDB, measured writing and reading back a 150 MB database in a worker
     * in Chromium with a profile on disk (`npm run bench -- workspace-storage`, median of 3, on two
     * cores shared with other jobs): OPFS sync access handle 694 ms to write and 988 ms to read;
     * OPFS writable stream 5.6 s and 3.0 s; IndexedDB Blob 8.0 s and 3.3 s; IndexedDB ArrayBuffer
     * 13.5 s and 9.5 s. In an in-memory (private) profile IndexedDB refuses the ArrayBuffer outright:
     * one value may be at most 127 MB there.
     */
    folder: 'personalens-workspace',
    /**
     * Bytes written per step when the database is kept: progress and Cancel between steps. 16 MB
     * is a tenth of a 150 MB database, about 75 ms at the 216 MB/s measured above.
     */
    writeChunkBytes: 16 * 2 ** 20,
    /**
     * The settings are kept this long after the last change, so a burst of choices (a goal run,
     * its domain, the mapping it made) is written once.
     */
    saveDelayMs: 500,
    /**
     * DEFLATE level of the database in a workspace file (`npm run bench -- workspace-file`, a 200k-row
     * table of 32.6 MB, on two busy cores): level 1 makes it 9.0 MB in 4.6 s, levels 3 and 6 make it
     * 8.4 and 8.1 MB in 5.2 and 5.4 s, storing (0) keeps 32.6 MB in 0.4 s. Level 1 saves nearly all
     * of the size for a file meant to be handed on, for the least time; it runs in the worker.
     */
    fileCompressionLevel: 1,
    /** A workspace file's extension (a ZIP inside: any unzip tool opens it). */
    fileExtension: '.personalens.zip',
    /**
     * Largest workspace file and database opened: the database is opened in sql.js's memory (4 GB
     * ceiling) beside the file's bytes, and the app loads CSVs up to `data.maxFileBytes` (1 GB), whose
     * table takes about as much; 1.5 GB leaves room for that with its indexes.
     */
    maxFileBytes: 1536 * 2 ** 20,
    maxDatabaseBytes: 1536 * 2 ** 20,
    /**
     * Largest header (the columns' profiles and the personas): a column lists at most 200 values
     * (`data.allValueCounts`) of some 30 bytes each, so even 2,000 columns stay near 12 MB.
     */
    maxHeaderBytes: 64 * 2 ** 20,
  },
  query: {
    /** A segment smaller than this is relaxed, weakest condition first. */
    minSegmentRows: 30,
    /** A mapping below this confidence is not applied (the column is still offered as a choice). */
    minMappingConfidence: 0.5,
    /** Leftover numeric columns mapped as `measure_*` fields (continuous ones first, then scales, then flags). */
    maxMeasures: 8,
    /** Text columns with at most this many distinct values are read in full (bands, category matching). */
    maxCategoryValues: 200,
    /**
     * Header–phrase cosine → name score: weight × (cos − floor) / (ceiling − floor), clamped to [0,1].
     * Measured with the bundled USE-lite: 18 synonym pairs a person accepts scored 0.36–0.82
     * ("Kids"~"children" 0.82, "Remuneration"~"salary" 0.61), 27 unrelated header/field pairs at most
     * 0.59 ("MonthlyCharges"~"monthly income"). With these settings a header maps on meaning alone
     * only at cos ≥ 0.72; below that the embedding just adds to value evidence.
     */
    embedding: { floor: 0.5, ceiling: 0.85, weight: 0.8 },
    /**
     * Percentile thresholds computed on this data: "budget" is price sensitivity at or above its 60th
     * percentile (or, without one, income in the lower third); "premium" is income in the upper third
     * (or price sensitivity at or below its 40th percentile); "luxury" the top tenth of income (or the
     * bottom fifth of price sensitivity); an interest is at or above its 70th percentile.
     */
    percentiles: {
      budgetPriceSensitivity: 0.6,
      budgetIncome: 1 / 3,
      premiumIncome: 2 / 3,
      premiumPriceSensitivity: 0.4,
      luxuryIncome: 0.9,
      luxuryPriceSensitivity: 0.2,
      interest: 0.7,
    },
    /** Rows returned for display when a query runs from the editor. */
    previewRows: 50,
    /**
     * How a column's header and values become a mapping confidence (candidates.ts). A decisive route
     * (values that can only be this field: gender words, birth dates) may stand on its values alone,
     * up to `valuesAlone` — under an exact header's 1, so a named column still wins, and over
     * `minMappingConfidence`, so it applies — or average name and values (`nameWeight`); a name-led
     * route needs the header, its values only moving the name's score by up to `nameLedValueWeight`.
     */
    confidence: {
      valuesAlone: 0.85,
      nameWeight: 0.5,
      nameLedValueWeight: 0.3,
      /** A derived reading (an expression over the column) carries a little more doubt than the column as it is. */
      derivedDoubt: 0.95,
      /** Counts of children at home: headers that say so over small whole numbers, so nearly certain. */
      childCounts: 0.9,
      /** A header scoring below this is not quoted in the reason as the field's name. */
      namedInReason: 0.5,
    },
    /**
     * What a column's values must look like for a reader (readers.ts, candidates.ts) to take it:
     * few distinct spellings and nearly all of them known words, so free text never reads as a code.
     */
    readers: {
      /** Gender: at most this many spellings, this share of values gender words, this share female or male. */
      genderMaxDistinct: 12,
      genderKnownShare: 0.9,
      genderBinaryShare: 0.5,
      /** Yes/no in words: at most this many spellings, this share of values yes or no words. */
      flagMaxDistinct: 8,
      flagYesNoShare: 0.95,
      /** City tier labels: this many distinct labels, this share readable as a tier. */
      tierMinDistinct: 2,
      tierMaxDistinct: 6,
      tierLabelShare: 0.9,
      /** Tier values without the word "tier" (X/Y/Z, 1/2/3) could mean anything: weak evidence alone. */
      unnamedTierScore: 0.4,
      /** Integers from this year on can be years of birth; smaller ones are amounts or codes. */
      earliestBirthYear: 1850,
      /** A children count's largest value: more is not a count of children at home. */
      maxChildren: 20,
      /** Whole numbers distinct on this share of more than `idMinRows` rows are row ids, not measures. */
      idDistinctShare: 0.95,
      idMinRows: 20,
      /** A measure with at most this many distinct values is a small scale (ranked after continuous ones). */
      scaleMaxDistinct: 7,
      /** More than this share of tier labels saying "tier" makes the column's values strong evidence. */
      tierWordShare: 0.5,
      /** City names: the share of listed Indian cities at which a column's values count in full. */
      cityShareForFull: 0.5,
      /** City tier from city names needs at least this share of listed cities (the rest read as tier 3). */
      cityTierMinShare: 0.3,
      /** City tier from PIN codes: only metros are recognised, so the values are fair, not full, evidence. */
      pinTierScore: 0.7,
      /**
       * A labelled text field needs this share of its values recognised. Marital-status and region
       * words ("single", "north", "central") also turn up in columns about other things, so those
       * two fields ask for more.
       */
      labelledMinShare: { occupation: 0.6, education: 0.6, marital: 0.8, region: 0.8 },
      /** Any text column: neutral value evidence, so only its header can map it. */
      anyTextScore: 0.5,
    },
  },
  grounding: {
    /** A text column with at most this many distinct values is a category whose values a goal can name. */
    maxCategoryValues: 200,
    /** …unless more than this share of its cells are distinct (names, tickets, free text) and it has more than `minFreeTextValues`. */
    maxDistinctShare: 0.5,
    minFreeTextValues: 20,
    /** A text column where at least this share of the distinct answers join choices with ";" or "|" is multiple choice. */
    multiChoiceShare: 0.3,
    /** An integer column with at most this many distinct values is a code ("Pclass" 1–3, "Kidhome" 0–2). */
    maxOrdinalCodes: 10,
    /**
     * A duration whose header gives no unit ("tenure") is read as years when its largest value is at
     * most `yearsUpTo` (a customer relationship of more than 30 years is rare) and as months up to
     * `monthsUpTo` (20 years); beyond that (seconds, days) the unit is unknown and a goal's "a year"
     * is not applied. The assumption is shown beside the condition.
     */
    durationRange: { yearsUpTo: 30, monthsUpTo: 240 },
    /** Words before a number that may name its column ("balance of at least 1000"). */
    numberReach: 4,
    /**
     * How well a goal word stands for a word of the file (ground/words.ts), below 1 for the same stem:
     * a derivation ("smoker" / "smoke") or a listed alias ("born" / "birth"); a sibling form
     * ("respond" / "response"); an abbreviation of four letters or more, a small misspelling, initials
     * or a header glued from two words' starts; one longer word of a header standing for all of it
     * ("seniors" for SeniorCitizen). A three-letter abbreviation ("gov" for "government") alone is too
     * weak to stand (under `minScore`); beside a derivation-or-better word of the same value it
     * counts as an abbreviation. "Strong" word matches elsewhere mean `derivation` or better.
     */
    wordMatch: {
      derivation: 0.95,
      sibling: 0.9,
      abbreviation: 0.85,
      oneWordOfHeader: 0.75,
      shortAbbreviation: 0.6,
    },
    /**
     * A header word in at least this many headers and this share of them is the file's topic
     * ("Starbucks" in a Starbucks survey, "brand" in brand_awareness_*), not a column's name.
     */
    topicWord: { minHeaders: 3, minShare: 0.15 },
    /**
     * Strength of each kind of evidence, times the weakest word match (1 exact stem, 0.95 a
     * derivation, 0.9 a sibling form, 0.85 an abbreviation or a misspelling). A value named verbatim
     * outranks a column named by one of its words; a column named beside its value adds
     * `namedBonus`; a column named in full with "with"/"without" (`presence`) outranks its none value
     * named in other columns ("without internet service": InternetService, not the six
     * "No internet service" columns). Candidates under `minScore` are dropped: with these numbers that drops a
     * misspelt head word of a value family (0.8 × 0.85) and a column named by one word alone only
     * when that word is itself misspelt.
     */
    scores: {
      value: 1,
      flag: 0.95,
      number: 0.95,
      numberByUnit: 0.8,
      ordinal: 0.9,
      presence: 1.05,
      countPresence: 0.85,
      family: 0.8,
      namedBonus: 0.05,
      /**
       * A US Census region or division over a column of states ("the Midwest" → 12 states): at the
       * confident strength, under a value named verbatim, so a file's own region column keeps those words.
       */
      area: 0.9,
    },
    /**
     * A category column holds US states when at least this share of its distinct values (unknown
     * answers aside) are state names or postal codes, and at least `minStates` of them: then
     * "California" finds "CA" and "the Midwest" its states. Two codes alone could be anything ("IN", "OR").
     */
    usStates: { share: 0.9, minStates: 3 },
    /**
     * "Spend a lot on wine", "a low balance": an amount word at most `reach` words from the number
     * column it qualifies reads as the column's upper (`more`) or lower (`less`) third in this data,
     * the same thirds as the budget words' income percentiles (query.percentiles).
     */
    intensity: { reach: 3, more: 2 / 3, less: 1 / 3 },
    /**
     * "Love horror movies", "hate shopping" on a rating column (whole numbers from 0 or 1 up to at
     * most `maxTop`, at least `minSteps` apart): a liking word at most `reach` words before the column
     * reads as the top `topShare` of the scale (4–5 of 1–5, 8–10 of 0–10), a disliking word as the bottom.
     */
    ratings: { reach: 3, minSteps: 3, maxTop: 10, topShare: 0.25 },
    minScore: 0.7,
    /**
     * A condition below this strength is marked "weak match" in the query view: read from a word
     * misspelt or abbreviated (0.85), a head word shared by several values (0.8 × a word score) or
     * one word of a longer header (0.95 × 0.75). Exact names and derivations (0.9 and up) are not marked.
     */
    confidentStrength: 0.9,
    /**
     * A grounded condition over the same words as a taxonomy slot replaces the slot's condition when
     * it names its column this strongly ("more than 50 hours a week": hours.per.week, not an age
     * over 50); a column named by one of its words alone (0.95 × 0.75) does not.
     */
    replaceSlotScore: 0.8,
  },
  intents: {
    /**
     * The intent classifier (see src/pipeline/intents/model.ts): L2 penalty, gradient steps, folds,
     * and principal directions kept. Chosen by out-of-fold micro-F1 on the training goals (never dev):
     * 256 directions 0.973, 192 0.968, 128 0.957; 50 steps are as good as 100.
     */
    l2: 0.01,
    iterations: 50,
    folds: 5,
    components: 256,
    /** Training examples shown when the user asks why a category scored as it did. */
    nearestExamples: 5,
    /** Longest run of goal words matched against the slot phrases ("more than 2 kids" is four). */
    maxSlotPhraseWords: 4,
    /** Longest goal accepted, in characters; longer text is refused with a message, not embedded. */
    maxGoalChars: 300,
  },
  features: {
    /**
     * Percentile the robust scaling maps to 0 (and 1 − it to 1): one extreme customer in a hundred
     * cannot squash everyone else into a corner of the 0–1 range.
     */
    clipQuantile: 0.01,
    /** Clustering needs at least two features to find structure worth a persona. */
    minFeatures: 2,
  },
  cluster: {
    /** The scan starts at one group: "no distinct sub-groups" is a possible answer (choose.ts). */
    kMin: 1,
    kMax: 8,
    seed: 42,
    /** Largest sample a quadratic algorithm (hierarchical, spectral, silhouette) sees. */
    maxQuadraticSample: 2000,
    /** Spectral's cubic eigendecomposition runs on at most this many rows. */
    maxSpectralSample: 400,
    /** The Gaussian mixture's EM runs on at most this many rows. */
    maxEmSample: 5000,
    /** Segments smaller than this are not clustered. */
    minRows: 10,
    /**
     * The scan does not choose a k whose smallest cluster holds less than this share of the rows
     * (each cluster becomes a persona: one of 3 people out of 66 describes nobody); a pinned k may.
     */
    minClusterShare: 0.05,
    /** Seeded k-means restarts per k; the lowest within-cluster sum of squares wins. */
    restarts: 4,
    /**
     * No-groups reference sets of each kind the gap statistic averages over (Tibshirani et al. 2001
     * used 10–20), each of `gapRows` rows, clustered by k-means with `gapRestarts` restarts.
     */
    gapReferences: 10,
    /** As many restarts as the k-means fit (`restarts`): fewer leave the reference's W at worse optima, inflating every gap. */
    gapRestarts: 4,
    /** Rows of the silhouette sample the gap statistic compares (the reference sets have as many). */
    gapRows: 500,
    /**
     * How far the best gap against independently permuted columns must exceed Gap(1) to count as
     * groups (choose.ts): this many standard errors and at least this much (Wₖ 10 % tighter).
     * Measured with k-means on two yes/no flags beside noise (8 seeds): the best gap stood up to 2.4
     * standard errors above Gap(1) by chance, and never more than 0.04; Mall Customers' five
     * groups stand 0.49 (17 standard errors) above.
     */
    permutedGapErrors: 2,
    permutedGapMinimum: 0.1,
    /** Once the gap finds groups, how each algorithm picks how many (choose.ts). */
    groupCriterion: {
      kmeans: 'calinskiHarabasz',
      hierarchical: 'calinskiHarabasz',
      gmm: 'bic',
      spectral: 'calinskiHarabasz',
    } as Record<
      'kmeans' | 'hierarchical' | 'gmm' | 'spectral',
      'calinskiHarabasz' | 'silhouette' | 'bic' | 'gap'
    >,
    /**
     * Bootstrap resamples per run for each cluster's stability (Hennig's clusterboot), each on
     * at most `resampleRows` rows of the fit sample (`spectralResampleRows` for spectral, whose
     * eigendecomposition is cubic).
     */
    resamples: 20,
    resampleRows: 500,
    spectralResampleRows: 150,
    /** Hennig's (2007) reading of a cluster's mean Jaccard over resamples: ≥ 0.75 stable, ≤ 0.5 dissolved. */
    stableJaccard: 0.75,
    dissolvedJaccard: 0.5,
    /**
     * The persona set calls the structure weak when the silhouette is below this (Kaufman &
     * Rousseeuw: under 0.25 "no substantial structure") and the mean stability below `stableJaccard`.
     */
    weakSilhouette: 0.25,
    /** Iteration cap for k-means (Lloyd) and EM. */
    maxIterations: 100,
    /**
     * k-means stops when no centroid moves more than √this (0.01 standard deviations of the
     * standardised features); ml-kmeans's default 1e-6 kept surplus-k runs iterating to the cap.
     */
    kmeansTolerance: 1e-4,
    /** Spectral bandwidth: a row's scale is the distance to its this-th nearest neighbour. */
    spectralNeighbour: 7,
    /** Added to each mixture covariance's diagonal, in units of the standardised features. */
    gmmVarianceFloor: 1e-3,
  },
  persona: {
    /** Seed for names (same data + seed → same personas). */
    seed: 42,
    /** |z| below this (cluster vs segment, in segment standard deviations) reads as "typical". */
    typicalZ: 0.2,
    /** A field must be filled for this share of the segment's rows to support any trait. */
    minFieldCoverage: 0.5,
    /** Traits shown as the card's headline (the strongest non-typical ones). */
    headlineTraits: 3,
    /**
     * A text value is a cluster's standout value only when at least this share of the cluster holds
     * it: a value a quarter of the people share can describe them; a rarer one describes a few.
     */
    standoutValueShare: 0.25,
    /** Evidence rows quoted in a trait's card text (more reads as a table, not a sentence). */
    evidenceQuoted: 2,
    /**
     * How much more a trait of the goal's own domain (`CORE` in traits/index.ts) counts when a
     * cluster's readings are ranked, so a budget goal's personas lead with budget traits when they
     * are about as strong as others.
     */
    coreTraitWeight: 1.5,
    /** The card's narrative: at most `maxLines` lines, and at least `minQuotes` quotes when the persona has that many distinct voices. */
    narrative: { maxLines: 3, minQuotes: 2 },
    /** Chat: traits an answer draws on for its topic (the first, then non-typical ones). */
    traitsPerTopic: 2,
    /** Chat: nearest examples that vote on a question's topic (a 5-NN vote beat nearest-example-only on held-out questions). */
    topicNeighbours: 5,
    /**
     * The card's chart of what sets a persona apart: up to `maxTraits` traits, at least `minTraits`
     * when the persona has that many (3–5 signals are what a glance takes in; the persona tools
     * people know lead with a handful). Its z axis spans at least ±`minExtent` standard deviations,
     * so a persona whose strongest trait is +0.3 does not fill the scale like one at +2.
     */
    chart: { minTraits: 3, maxTraits: 5, minExtent: 1 },
    /** A cluster counts as parents / one gender when at least this share of its rows is. */
    majorityShare: 0.6,
    /**
     * The personas speak Indian English (₹, lakh) when at least this share of the city values are
     * Indian cities of the place table, which lists the larger cities only, so a real Indian file's
     * smaller towns are missing from it.
     */
    indianCityShare: 0.3,
    /** Chat: a question whose best topic similarity is below this is off-topic. */
    topicFloor: 0.3,
    /**
     * Longest chat question, in characters: answers are chosen by topic, and a question longer than a
     * paragraph mixes topics (and costs an embedding of text nobody reads back).
     */
    maxQuestionChars: 500,
  },
  outcome: {
    /**
     * A column is proposed as an outcome only with at most this many values: an outcome is a small
     * set of results (yes/no, or a status such as active/churned/paused). adult's 7-valued
     * marital-status and marketing_campaign's 8-valued Marital_Status stay out; every shared file's
     * outcome has 2.
     */
    maxValues: 6,
    /**
     * A header of more words than this is a question or a description, not an outcome's name: the
     * starbucks survey's "How important are sales and promotions in your purchase decision?" is not
     * a purchase outcome; "Attrition_Flag", "loan_status", "AcceptedCmp3" have two or three words.
     */
    maxNameWords: 4,
    /** Significance level of each persona's test against the rest of the segment, after Holm's correction. */
    alpha: 0.05,
    /**
     * A persona with fewer rows than this (with a value) reads as weak evidence: below ~30 the Wilson
     * interval of a mid-range rate is wider than ±17 points, too wide to rank personas by.
     */
    minRows: 30,
    /**
     * Cochran's rule for the normal approximation behind the two-proportion test: with fewer than
     * this many expected events (or non-events) in a persona at the segment's rate, its p is rough,
     * and the reading says so (marketing_campaign's AcceptedCmp2 has 30 events in 2,240 rows).
     */
    minExpected: 5,
  },
  narrative: {
    /**
     * How the fact-checker (src/pipeline/narrative/check.ts) matches a generated sentence's claims
     * to the persona's evidence.
     */
    check: {
      /**
       * A percentage may differ from the evidence's share by this many points: the cards show shares
       * rounded to whole percents, and a model rounding 64.5 % again may say 64 or 65.
       */
      percentPoints: 1,
      /**
       * "half", "a third", "one in four" claim a share within this many points: people say "half"
       * for 45–55 %, and past that the next fraction ("a third", "two thirds") is the honest word.
       */
      fractionPoints: 5,
      /**
       * Any other number may differ from the evidence by the precision it is written to ("24" for
       * 24.3) or by this share of the value, whichever is larger: restating ₹1,05,523 as ₹1,05,500
       * or 2.71 as 2.7 is rounding, not a new fact; 2 % is under the gap between two personas'
       * averages that the cards call different (typicalZ = 0.2 standard deviations).
       */
      relativeTolerance: 0.02,
      /**
       * Shares that words claim: "all of us"/"everyone"/"always" at least `all`; "nobody"/"never" at
       * most `none`; "rarely"/"few" at most `few` (a quarter: past that, one person in three or four
       * is not "rarely"); "most"/"usually" over one half.
       */
      quantifiers: { all: 0.95, none: 0.05, few: 0.25 },
    },
    /** What the grounded prompt (src/pipeline/narrative/prompt.ts) shows and asks for. */
    prompt: {
      /**
       * Traits shown, distinctive first: a persona has up to 10, and each line costs ~40 tokens; 8
       * keeps the prompt near 500 tokens, which a 0.5B model on wasm reads in a few seconds.
       */
      maxTraits: 8,
      /** Sentences asked for: a card's paragraph, and a chat answer (a small model drifts past that). */
      narrativeSentences: 4,
      answerSentences: 3,
    },
    /**
     * The text-generation models offered (all instruction-tuned, Apache-2.0, run by transformers.js).
     * Sizes are the publishers' ONNX files for the dtype used: q4f16 on WebGPU, a wasm-friendly
     * quantisation otherwise (fp16 weights are slow on wasm). Speeds are not measured here.
     */
    models: [
      {
        id: 'HuggingFaceTB/SmolLM2-135M-Instruct',
        name: 'SmolLM2 135M Instruct',
        licence: 'Apache-2.0',
        dtype: { webgpu: 'q4f16', wasm: 'q4' },
        megabytes: { webgpu: 134, wasm: 200 },
      },
      {
        id: 'onnx-community/Qwen2.5-0.5B-Instruct',
        name: 'Qwen2.5 0.5B Instruct',
        licence: 'Apache-2.0',
        dtype: { webgpu: 'q4f16', wasm: 'q8' },
        megabytes: { webgpu: 483, wasm: 512 },
      },
    ],
    generation: {
      /**
       * New tokens per answer: 4 short sentences are ~80 tokens; 160 leaves room without letting a
       * small model ramble (each extra sentence is one more the checker is likely to drop).
       */
      maxNewTokens: 160,
      /**
       * Tokens per generation step: between steps the worker takes messages, so a cancel waits for at
       * most this many tokens (under a second at the wasm speeds of these models).
       */
      stepTokens: 8,
    },
  },
} as const;
