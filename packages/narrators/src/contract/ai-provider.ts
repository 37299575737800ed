/**
 * The AIProvider contract: the design brief's interface, kept recognisable, plus token usage,
 * streaming and cancellation, with one call per mode (whole, streamed) as vercel/ai's language
 * model spec has. Types only; each provider is one module in ../providers.
 */
import type { BeatPlan, StoryState } from '@liminal/story';

/** What a provider knows of the story: the prompts the story domain built, and the state. */
export interface StoryContext {
  /** System prompt: the rules and the world. */
  system: string;
  state?: StoryState;
  plan?: BeatPlan;
}

export interface ModelCapabilities {
  model: string;
  streaming: boolean;
  /** Largest completion the narrator asks for. */
  maxOutputTokens: number;
  contextWindowTokens: number;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface NarrativeRequest {
  system: string;
  prompt: string;
  maxOutputTokens: number;
}

export interface GenerateOptions {
  signal?: AbortSignal;
}

export interface StreamOptions extends GenerateOptions {
  /** Each piece of the completion's text, as it arrives. */
  onDelta: (text: string) => void;
}

export interface NarrativeResult {
  text: string;
  /** As the provider reported it, streamed calls included. */
  usage: TokenUsage;
  model: string;
}

export interface AIProvider {
  /** Unique within a configuration: "openai", "bedrock-haiku", "local-llama". */
  readonly name: string;
  /** The design brief's call: the text of the next beat for a prompt (`generate`, text only). */
  generateNarrative(
    prompt: string,
    context: StoryContext,
    options?: GenerateOptions,
  ): Promise<string>;
  /** The whole completion at once, with usage for cost accounting. */
  generate(request: NarrativeRequest, options?: GenerateOptions): Promise<NarrativeResult>;
  /**
   * The completion streamed: its text goes to `onDelta` as it arrives, and the promise resolves
   * with the whole, as `generate` would. A model that cannot stream (see capabilities) sends its
   * whole text as one piece.
   */
  stream(request: NarrativeRequest, options: StreamOptions): Promise<NarrativeResult>;
  /** True when the text passes the beat rules (either kind). */
  validateResponse(response: string): boolean;
  /** USD for `tokens` output tokens, or exactly for a usage. */
  estimateCost(tokens: number | TokenUsage): number;
  getModelCapabilities(): ModelCapabilities;
}
