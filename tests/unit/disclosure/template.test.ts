import { describe, expect, it } from 'vitest';
import { checkTemplate, PLACEHOLDERS, STRINGS, TEMPLATE_MAX } from '../../../src/disclosure/index.ts';

describe('checkTemplate', () => {
  it('accepts templates that use only known placeholders and name the tools', () => {
    expect(checkTemplate('I used {tools} {use} for {parts}. {review} {client}', 'en')).toEqual({ ok: true });
    expect(checkTemplate('{tools}', 'es')).toEqual({ ok: true });
  });

  const cases: [string, string, RegExp][] = [
    ['an empty template', '   ', /The template is empty/],
    [
      'an unknown placeholder',
      'I used {tools} for {project}.',
      /Unknown placeholder \{project\}\. Use \{tools\}, \{use\}, \{parts\}, \{review\} or \{client\}/,
    ],
    ['a capitalised placeholder', 'I used {Tools}.', /did you mean \{tools\}/],
    ['an unclosed brace', 'I used {tools} for {parts.', /A brace is not closed or not opened/],
    ['a stray closing brace', 'I used {tools}} here.', /A brace is not closed or not opened/],
    ['a template that hides the tools', 'I used AI {use}.', /must name the tools: include \{tools\}/],
    [
      'a template longer than the limit',
      `{tools} ${'x'.repeat(TEMPLATE_MAX)}`,
      /longer than 1500 characters/,
    ],
  ];
  for (const [name, template, message] of cases) {
    it(`rejects ${name}`, () => {
      const check = checkTemplate(template, 'en');
      expect(check.ok).toBe(false);
      expect(check.ok ? [] : check.errors).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    });
  }

  it('lists every problem at once, in the requested language', () => {
    const check = checkTemplate('Usé {herramientas} {foo}.', 'es');
    expect(check).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^Marcador desconocido \{herramientas\}/),
        expect.stringMatching(/^Marcador desconocido \{foo\}/),
        expect.stringMatching(/incluya \{tools\}/),
      ],
    });
  });
});

describe('placeholders for the options UI', () => {
  it('has help text for every placeholder in every language', () => {
    for (const strings of Object.values(STRINGS)) {
      expect(Object.keys(strings.placeholderHelp).sort()).toEqual([...PLACEHOLDERS].sort());
      for (const help of Object.values(strings.placeholderHelp)) expect(help.length).toBeGreaterThan(10);
    }
  });
});
