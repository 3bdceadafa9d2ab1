import { describe, expect, it } from 'vitest';
import { foldCase } from '../../../src/policy/fold.ts';
import { analyze } from '../../../src/policy/index.ts';
import { detectLanguage, languageOf } from '../../../src/policy/language.ts';

const detect = (text: string) => detectLanguage(foldCase(text));

describe('language detection', () => {
  it('tells the five languages apart', () => {
    expect(detect('We are looking for a writer who can work with our team on the blog.')).toBe('en');
    expect(
      detect('Buscamos un redactor para nuestro blog, con experiencia en SEO y que sea muy puntual.'),
    ).toBe('es');
    expect(
      detect('Procuramos um redator para o nosso blog, com experiência em SEO e que seja pontual.'),
    ).toBe('pt');
    expect(
      detect('Nous cherchons un rédacteur pour notre blog, avec une expérience en SEO et qui est ponctuel.'),
    ).toBe('fr');
    expect(
      detect('Wir suchen einen Texter für unseren Blog, der Erfahrung mit SEO hat und die Termine hält.'),
    ).toBe('de');
  });

  it('does not decide on a short greeting in another language', () => {
    const post =
      'Hello team! Wir suchen einen erfahrenen Texter für unseren Blog. Bitte keine KI verwenden, die Texte müssen ' +
      'von dir stammen, und wir prüfen sie auf der Plattform mit den Kollegen, die auch für die Kunden schreiben.';
    expect(detect(post)).toBe('de');
  });

  it('tells the language of a short rule with no stop word from its words for AI and for a ban', () => {
    expect(detect('KI verboten.')).toBe('de');
    expect(detect('Texte ohne KI schreiben.')).toBe('de');
    expect(detect('IA interdite.')).toBe('fr');
    expect(detect('Prohibido usar IA.')).toBe('es');
    // "IA" alone is Spanish, Portuguese and French: left open, so every lexicon reads it.
    expect(detect('Nada de IA.')).toBe('other');
  });

  it('reads short rules in each language', () => {
    expect(analyze('KI verboten.').stance).toBe('prohibited');
    expect(analyze('IA interdite.').stance).toBe('prohibited');
    expect(analyze('Nada de IA.').stance).toBe('prohibited');
    expect(analyze('Proibido usar IA.').stance).toBe('prohibited');
    expect(analyze('IA autorisée.').stance).toBe('allowed');
  });

  it('reads a script none of the lexicons cover as other', () => {
    expect(detect('私たちはブログのライターを探しています。AIの使用は禁止です。')).toBe('other');
  });

  it('reads a post in a foreign script with the English lexicon, and a tie with all five', () => {
    expect(languageOf(foldCase('私たちはブログのライターを探しています。ChatGPTの使用は禁止です。'))).toEqual(
      {
        language: 'other',
        lexicon: 'en',
      },
    );
    expect(languageOf(foldCase('Nada de IA.'))).toEqual({ language: 'other', lexicon: 'other' });
    expect(languageOf(foldCase('KI verboten.'))).toEqual({ language: 'de', lexicon: 'de' });
  });

  it('still reads the English rules inside a post in a foreign script', () => {
    const reading = analyze(
      'ブログ記事の執筆をお願いします。\nNo AI-generated content. 私たちは確認します。',
    );
    expect(reading.language).toBe('other');
    expect(reading.stance).toBe('prohibited');
  });
});
