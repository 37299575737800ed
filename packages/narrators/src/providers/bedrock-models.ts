/** Bedrock model ids the configuration can name without looking them up. */
export const BEDROCK_MODELS = {
  claude3Haiku: 'anthropic.claude-3-haiku-20240307-v1:0',
  claude3Sonnet: 'anthropic.claude-3-sonnet-20240229-v1:0',
  titanTextExpress: 'amazon.titan-text-express-v1',
  titanTextLite: 'amazon.titan-text-lite-v1',
} as const;
