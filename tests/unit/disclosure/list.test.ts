import { describe, expect, it } from 'vitest';
import { joinList } from '../../../src/disclosure/list.ts';

describe('joinList', () => {
  const cases: [string[], 'en' | 'es', 'and' | 'or', string][] = [
    [[], 'en', 'and', ''],
    [['ChatGPT'], 'en', 'and', 'ChatGPT'],
    [['ChatGPT', 'Grammarly'], 'en', 'and', 'ChatGPT and Grammarly'],
    [['ChatGPT', 'Claude', 'DeepL'], 'en', 'and', 'ChatGPT, Claude and DeepL'],
    [['your proposal', 'the work'], 'en', 'or', 'your proposal or the work'],
    [['ChatGPT', 'Claude', 'DeepL'], 'es', 'and', 'ChatGPT, Claude y DeepL'],
    [['ChatGPT', 'Imagen'], 'es', 'and', 'ChatGPT e Imagen'],
    [['ChatGPT', 'Hipertexto'], 'es', 'and', 'ChatGPT e Hipertexto'],
    [['agua', 'hielo'], 'es', 'and', 'agua y hielo'],
    [['siete', 'ocho'], 'es', 'or', 'siete u ocho'],
    [['tu propuesta', 'el trabajo'], 'es', 'or', 'tu propuesta o el trabajo'],
  ];
  for (const [items, lang, kind, expected] of cases) {
    it(`${JSON.stringify(items)} (${lang}, ${kind}) → ${expected}`, () => {
      expect(joinList(items, lang, kind)).toBe(expected);
    });
  }
});
