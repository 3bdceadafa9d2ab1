import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../../src/policy/sentences.ts';

/** The sentence around the first occurrence of `word` in `text`. */
function around(text: string, word: string): string {
  const { start, end } = sentenceAt(text, text.indexOf(word));
  return text.slice(start, end);
}

describe('a stop before ")"', () => {
  it('does not end a sentence when the parenthesis closes a list inside it', () => {
    const text = "Si vous utilisez des outils d'IA (CapCut, etc.), cela ne nous pose aucun problème. Merci.";
    expect(around(text, 'IA')).toBe(
      "Si vous utilisez des outils d'IA (CapCut, etc.), cela ne nous pose aucun problème.",
    );
    const dots = 'If you are not using AI tools (ChatGPT, Gemini...) every day, this is not the right fit.';
    expect(around(dots, 'AI')).toBe(dots);
  });

  it('ends a sentence when the parenthesis holds a sentence of its own', () => {
    const text = 'Write it yourself. (We check every draft with GPTZero.) Budget is $50.';
    expect(around(text, 'GPTZero')).toBe('(We check every draft with GPTZero.');
  });
});
