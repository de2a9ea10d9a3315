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
    /** A hub model the user may opt into when online. */
    suggestedHubId: 'Xenova/all-MiniLM-L6-v2',
    embeddingCacheSize: 2048,
  },
  data: {
    tableName: 'data',
    /** Rows per insert transaction / progress report. */
    chunkRows: 5000,
    previewPageSize: 100,
    /** Distinct values kept exactly per column before the count is marked capped. */
    distinctCap: 10000,
    topValues: 12,
  },
  query: {
    minSegmentRows: 30,
  },
  cluster: {
    kMin: 2,
    kMax: 8,
    seed: 42,
    /** Largest sample a quadratic algorithm (hierarchical, spectral, silhouette) sees. */
    maxQuadraticSample: 2000,
  },
} as const;
