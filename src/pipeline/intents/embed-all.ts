/** Embedding a whole list (training goals, slot phrases) in steps, with progress and cancel. */
import { config } from '../../config';
import type { Embedder } from '../embed/types';
import { throwIfAborted, yieldToEventLoop, type JobOptions } from '../types';

/** Embeds texts `config.model.embedStepSize` at a time, reporting progress and honouring cancellation between steps. */
export async function embedAll(
  embedder: Embedder,
  texts: string[],
  options: JobOptions = {},
  message = 'Embedding training goals',
): Promise<Float32Array[]> {
  const step = config.model.embedStepSize;
  const vectors: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += step) {
    throwIfAborted(options.signal);
    vectors.push(...(await embedder.embed(texts.slice(start, start + step))));
    options.onProgress?.({
      stage: 'intents',
      done: vectors.length,
      total: texts.length,
      unit: 'steps',
      message,
    });
    await yieldToEventLoop();
  }
  return vectors;
}
