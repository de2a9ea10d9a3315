/**
 * The opt-in text-generation model: loaded by transformers.js from the hub (on the person's click,
 * cached by the browser afterwards) or from a folder the person picked (through the library's
 * custom-cache hook, so nothing touches the network), run on WebGPU when the browser has it and
 * on wasm otherwise. Generation streams its text and runs in short steps, each continuing from the
 * last one's key/value cache, so a cancel is noticed between steps even while the runtime computes
 * on the worker's only thread.
 */
import {
  AutoModelForCausalLM,
  AutoTokenizer,
  env,
  TextStreamer,
  type PreTrainedModel,
  type PreTrainedTokenizer,
  type Tensor,
} from '@huggingface/transformers';
import { config } from '../../config';
import type { ModelLoadEvent } from '../embed/embedder';
import { isNode, oneLoadAtATime } from '../embed/environment';
import { throwIfAborted, yieldToEventLoop } from '../types';
import type { ChatMessage } from './prompt';

/** Where the model comes from: a hub repository (optionally from another host), or files the person gave. */
export type GeneratorChoice =
  | { source: 'hub'; modelId: string; host?: string }
  | { source: 'folder'; name: string; files: Record<string, Blob | Uint8Array> };

export interface GeneratorInfo {
  modelId: string;
  /** How the UI names the model on what it wrote. */
  label: string;
  source: GeneratorChoice['source'];
  device: 'webgpu' | 'wasm' | 'cpu';
  dtype: string;
  loadMs: number;
}

export interface Generation {
  text: string;
  tokens: number;
  /** Milliseconds from the call to the first new token. */
  firstTokenMs: number;
  totalMs: number;
  /** True when a cancel or the token limit ended it before the model did. */
  cut: boolean;
}

export interface GenerateOptions {
  signal?: AbortSignal;
  /** Each piece of text as it is decoded. */
  onText?: (piece: string) => void;
  maxNewTokens?: number;
}

export interface LoadedGenerator {
  readonly info: GeneratorInfo;
  generate(messages: ChatMessage[], options?: GenerateOptions): Promise<Generation>;
  dispose(): Promise<void>;
}

export interface LoadGeneratorOptions {
  /** Absolute URL of the folder with the ONNX runtime's wasm files (browser only). */
  wasmUrl?: string;
  onProgress?: (event: ModelLoadEvent) => void;
  signal?: AbortSignal;
}

/** ONNX file name → the dtype transformers.js loads it as, most compact first. */
const DTYPE_FILES: [string, string][] = [
  ['onnx/model_q4f16.onnx', 'q4f16'],
  ['onnx/model_q4.onnx', 'q4'],
  ['onnx/model_quantized.onnx', 'q8'],
  ['onnx/model_int8.onnx', 'int8'],
  ['onnx/model_uint8.onnx', 'uint8'],
  ['onnx/model_fp16.onnx', 'fp16'],
  ['onnx/model.onnx', 'fp32'],
];

/** The repository-style id a picked folder loads under (its own name, made a valid id). */
function folderId(name: string): string {
  return `local/${name.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'model'}`;
}

/** A folder's files as transformers.js's custom cache: a file is found by the path after the model's id. */
function folderCache(id: string, files: Record<string, Blob | Uint8Array>) {
  return {
    async match(request: string): Promise<Response | undefined> {
      const at = request.lastIndexOf(`${id}/`);
      if (at < 0) return undefined;
      const path = request.slice(at + id.length + 1).replace(/^resolve\/[^/]+\//, '');
      const file = files[path];
      if (!file) return undefined;
      return new Response(file instanceof Blob ? file : new Blob([file as Uint8Array<ArrayBuffer>]));
    },
    async put(): Promise<void> {},
  };
}

async function hasWebGpu(): Promise<boolean> {
  const gpu = (globalThis.navigator as { gpu?: { requestAdapter(): Promise<unknown> } } | undefined)?.gpu;
  if (!gpu || isNode()) return false;
  try {
    return (await gpu.requestAdapter()) !== null;
  } catch {
    return false;
  }
}

/** The listed model a hub id names, if it is one of ours (its dtypes are known). */
function listed(modelId: string) {
  return config.narrative.models.find((m) => m.id === modelId);
}

function dtypeFor(choice: GeneratorChoice, device: GeneratorInfo['device']): string {
  if (choice.source === 'hub') {
    const spec = listed(choice.modelId);
    return spec ? (device === 'webgpu' ? spec.dtype.webgpu : spec.dtype.wasm) : 'q4';
  }
  const found = DTYPE_FILES.find(([path]) => path in choice.files);
  if (!found) {
    throw new Error(
      'the folder holds no ONNX model: expected onnx/model.onnx (or model_q4.onnx, model_q4f16.onnx, model_quantized.onnx…) beside config.json and tokenizer.json.',
    );
  }
  return found[1];
}

/** Points transformers.js at the hub or at the picked files, and never anywhere else. */
function configure(choice: GeneratorChoice, id: string, options: LoadGeneratorOptions): void {
  const { signal } = options;
  if (choice.source === 'folder') {
    env.allowLocalModels = true;
    env.allowRemoteModels = false;
    env.useBrowserCache = false;
    env.useCustomCache = true;
    env.customCache = folderCache(id, choice.files);
    // A file the folder lacks is missing, not fetched from anywhere.
    env.fetch = async () => new Response(null, { status: 404, statusText: 'Not in the picked folder' });
  } else {
    env.allowLocalModels = false;
    env.allowRemoteModels = true;
    // transformers.js's own hub unless a mirror is named (the tests' local server); put back after the load.
    if (choice.host) env.remoteHost = choice.host;
    env.useCustomCache = false;
    env.customCache = null;
    env.useBrowserCache = !isNode() && typeof caches !== 'undefined';
    env.fetch = (input: RequestInfo | URL, init?: RequestInit) => fetch(input, { ...init, signal });
  }
  const wasm = env.backends.onnx.wasm;
  if (wasm && options.wasmUrl) {
    wasm.wasmPaths = {
      mjs: new URL(config.model.ortFiles.mjs, options.wasmUrl).href,
      wasm: new URL(config.model.ortFiles.wasm, options.wasmUrl).href,
    };
  }
}

function explain(error: unknown, choice: GeneratorChoice, id: string): Error {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'AbortError') return error;
  if (choice.source === 'folder')
    return new Error(`Could not load the model folder "${choice.name}": ${detail}`);
  const offline = globalThis.navigator?.onLine === false;
  const partial = /terminated|network|fetch|body|stream|aborted|ECONNRESET|socket/i.test(detail);
  const why = offline
    ? 'you appear to be offline'
    : partial
      ? `the download stopped part-way (${detail})`
      : detail;
  return new Error(
    `Could not download ${id}: ${why}. Nothing was kept; the template text stays. Try again when the connection is steady.`,
  );
}

/**
 * Loads the model and its tokenizer and runs a one-token warm-up, after any embedding-model load
 * in progress (they share transformers.js's settings).
 */
export function loadGenerator(
  choice: GeneratorChoice,
  options: LoadGeneratorOptions = {},
): Promise<LoadedGenerator> {
  return oneLoadAtATime(() => load(choice, options), options.signal);
}

async function load(choice: GeneratorChoice, options: LoadGeneratorOptions): Promise<LoadedGenerator> {
  const started = performance.now();
  const id = choice.source === 'hub' ? choice.modelId.trim() : folderId(choice.name);
  if (!id)
    throw new Error('enter a Hugging Face model id, for example ' + config.narrative.models[0].id + '.');
  const preferred: GeneratorInfo['device'] = isNode() ? 'cpu' : (await hasWebGpu()) ? 'webgpu' : 'wasm';
  const remoteHost = env.remoteHost;
  configure(choice, id, options);
  const progress_callback =
    options.onProgress && ((event: ModelLoadEvent) => options.onProgress!({ ...event }));
  const files = (device: GeneratorInfo['device'], dtype: string) =>
    Promise.all([
      AutoTokenizer.from_pretrained(id, { progress_callback }),
      AutoModelForCausalLM.from_pretrained(id, { dtype: dtype as 'fp32', device, progress_callback }),
    ]);
  let device = preferred;
  let dtype = dtypeFor(choice, device);
  let tokenizer: PreTrainedTokenizer;
  let model: PreTrainedModel;
  try {
    try {
      [tokenizer, model] = await files(device, dtype);
    } catch (error) {
      // The app serves the runtime's plain wasm build; when the WebGPU one cannot start, the
      // files already fetched are read again (from the cache) for wasm.
      if (device !== 'webgpu' || (error instanceof Error && error.name === 'AbortError')) throw error;
      throwIfAborted(options.signal);
      device = 'wasm';
      dtype = dtypeFor(choice, device);
      [tokenizer, model] = await files(device, dtype);
    }
  } catch (error) {
    throwIfAborted(options.signal);
    throw explain(error, choice, id);
  } finally {
    env.useCustomCache = false;
    env.customCache = null;
    env.remoteHost = remoteHost;
  }
  throwIfAborted(options.signal);
  const spec = choice.source === 'hub' ? listed(id) : undefined;
  const where = choice.source === 'hub' ? 'Hugging Face hub' : 'a folder on this computer';
  const info: GeneratorInfo = {
    modelId: id,
    label: `${spec?.name ?? (choice.source === 'folder' ? choice.name : id)} (${where}, ${device}, ${dtype})`,
    source: choice.source,
    device,
    dtype,
    loadMs: performance.now() - started,
  };
  const generator = new Generator(info, tokenizer, model);
  await generator.generate([{ role: 'user', content: 'Hi' }], { maxNewTokens: 1 });
  info.loadMs = performance.now() - started;
  return generator;
}

class Generator implements LoadedGenerator {
  constructor(
    readonly info: GeneratorInfo,
    private readonly tokenizer: PreTrainedTokenizer,
    private readonly model: PreTrainedModel,
  ) {}

  async generate(messages: ChatMessage[], options: GenerateOptions = {}): Promise<Generation> {
    const started = performance.now();
    const max = options.maxNewTokens ?? config.narrative.generation.maxNewTokens;
    const step = config.narrative.generation.stepTokens;
    const inputs = this.tokenizer.apply_chat_template(messages, {
      add_generation_prompt: true,
      return_dict: true,
    }) as { input_ids: Tensor; attention_mask: Tensor };
    const promptLength = inputs.input_ids.dims[1];
    let text = '';
    let tokens = 0;
    let firstTokenMs = NaN;
    const streamer = new TextStreamer(this.tokenizer, {
      skip_prompt: true,
      skip_special_tokens: true,
      callback_function: (piece: string) => {
        text += piece;
        options.onText?.(piece);
      },
      token_callback_function: () => {
        tokens++;
        if (Number.isNaN(firstTokenMs)) firstTokenMs = performance.now() - started;
      },
    });
    const eos = new Set(
      [
        this.model.generation_config?.eos_token_id ??
          (this.model.config as { eos_token_id?: number }).eos_token_id,
      ]
        .flat()
        .filter((x) => x != null),
    );
    let sequences = inputs.input_ids;
    let past: unknown = null;
    let ended = false;
    while (!ended && sequences.dims[1] - promptLength < max) {
      throwIfAborted(options.signal);
      const count = Math.min(step, max - (sequences.dims[1] - promptLength));
      const output = (await this.model.generate({
        input_ids: sequences,
        attention_mask: onesLike(sequences),
        past_key_values: past,
        max_new_tokens: count,
        do_sample: false,
        streamer,
        return_dict_in_generate: true,
      } as never)) as unknown as { sequences: Tensor; past_key_values: unknown };
      const made = output.sequences.dims[1] - sequences.dims[1];
      const last = Number((output.sequences.data as BigInt64Array)[output.sequences.dims[1] - 1]);
      ended = made < count || eos.has(last);
      sequences = output.sequences;
      past = output.past_key_values;
      // A cancel posted while the step ran is delivered here.
      await yieldToEventLoop();
    }
    const cut = !ended;
    return { text: text.trim(), tokens, firstTokenMs, totalMs: performance.now() - started, cut };
  }

  async dispose(): Promise<void> {
    await this.model.dispose();
  }
}

/** An attention mask of ones for a batch of one sequence. */
function onesLike(ids: Tensor): Tensor {
  const mask = new BigInt64Array(ids.dims[1]).fill(1n);
  return new (ids.constructor as new (type: string, data: BigInt64Array, dims: number[]) => Tensor)(
    'int64',
    mask,
    ids.dims,
  );
}
