/** What a tool mainly does, so the UI can group and suggest them. */
export type ToolKind = 'assistant' | 'writing' | 'translation' | 'code' | 'image' | 'audio';

export interface KnownTool {
  /** As the vendor spells it, since the note quotes it. */
  name: string;
  kind: ToolKind;
}

/** Common tools for the UI's picker; the freelancer can still type any other name. */
export const COMMON_TOOLS: readonly KnownTool[] = [
  { name: 'ChatGPT', kind: 'assistant' },
  { name: 'Claude', kind: 'assistant' },
  { name: 'Gemini', kind: 'assistant' },
  { name: 'Microsoft Copilot', kind: 'assistant' },
  { name: 'Perplexity', kind: 'assistant' },
  { name: 'Grammarly', kind: 'writing' },
  { name: 'QuillBot', kind: 'writing' },
  { name: 'Jasper', kind: 'writing' },
  { name: 'Wordtune', kind: 'writing' },
  { name: 'DeepL', kind: 'translation' },
  { name: 'Google Translate', kind: 'translation' },
  { name: 'GitHub Copilot', kind: 'code' },
  { name: 'Cursor', kind: 'code' },
  { name: 'Midjourney', kind: 'image' },
  { name: 'DALL·E', kind: 'image' },
  { name: 'ElevenLabs', kind: 'audio' },
];
