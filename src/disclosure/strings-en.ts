import type { DisclosureStrings } from './strings.ts';

/** English. "generative-AI tool" is hyphenated as a compound modifier throughout. */
export const en: DisclosureStrings = {
  unnamedTool: 'a generative-AI tool',
  parts: {
    proposal: 'this proposal',
    screening: 'my answers to the screening questions',
    work: 'the deliverables',
  },
  use: {
    grammar: 'to check spelling and grammar',
    ideas: 'to research, brainstorm and outline',
    drafting: 'to produce a first draft, which I then rewrote substantially',
    generated: 'to generate most of the text, which I reviewed and edited',
    translation: 'to translate',
  },
  core: {
    grammar: {
      past: 'I used {tools} to check the spelling and grammar of {parts}',
      future: 'I will use {tools} to check the spelling and grammar of {parts}',
    },
    ideas: {
      past: 'I used {tools} to research, brainstorm and outline {parts}',
      future: 'I will use {tools} to research, brainstorm and outline {parts}',
    },
    drafting: {
      past: 'I used {tools} to produce a first draft of {parts}',
      future: 'I will use {tools} to produce first drafts of {parts}',
    },
    generated: {
      past: 'I used {tools} to generate most of {parts}',
      future: 'I will use {tools} to generate most of {parts}',
    },
    translation: {
      past: 'I used {tools} to translate {parts}, which I wrote in my own language',
      future: 'I will write {parts} in my own language and use {tools} to translate them',
    },
  },
  sameForWork: ', and I will do the same for {work}',
  reviewShort: {
    grammar: 'the wording and content are my own',
    ideas: 'every sentence is written and checked by me',
    drafting: 'I rewrite every draft substantially and check it myself',
    generated: 'I review and edit all of it and take responsibility for its accuracy',
    translation: 'I check every translation for accuracy',
  },
  review: {
    grammar: 'The ideas and the wording are my own, and I decide which corrections to accept.',
    ideas: 'Every sentence is written and checked by me.',
    drafting:
      'I rewrite each draft substantially in my own words and check every fact, so I stand behind the final text.',
    generated:
      'I read, correct and edit everything the AI produces, and I take full responsibility for the accuracy of what I send.',
    translation: 'I check every translation carefully, so it says exactly what I mean.',
  },
  process: {
    grammar: 'I write the text first and only then have it checked for typos and grammar mistakes.',
    ideas: 'The AI helps me find angles and put the points in order before I start writing.',
    drafting:
      'I give the AI my instructions, use its draft as a starting point, and then rework the structure and the wording.',
    generated:
      'I guide the AI with detailed instructions and check the result against the job requirements before sending it.',
    translation: 'I write in my own language first and only then have the text translated.',
  },
  clientMaterial: {
    past: 'In the process, I entered project details you provided (such as the job description or your files) into {tools}.',
    future: 'In the process, I will enter project details you provide (such as your files) into {tools}.',
  },
  offer: 'If you have rules or preferences about AI tools for this job, tell me and I will follow them.',
  none: {
    past: 'I wrote {parts} myself, without generative-AI tools',
    future: 'I will produce {parts} without generative-AI tools',
    alsoWork: ', and I will produce {work} without them as well',
    scope: 'That includes spelling and grammar checks and translation.',
    offer: 'If you have questions about how I work, ask me.',
  },
  placeholderHelp: {
    tools: 'The tools you used, as a list ("ChatGPT and Grammarly").',
    use: 'What the tools did ("to check spelling and grammar").',
    parts: 'What you used them for ("this proposal and the deliverables").',
    review: 'One sentence on how you checked the result and take responsibility for it.',
    client:
      "A sentence saying that the client's project details went into the tools; empty when they did not. Added at the end if your template leaves it out.",
  },
  templateErrors: {
    empty: 'The template is empty.',
    tooLong: 'The template is longer than {max} characters.',
    unknown: 'Unknown placeholder {name}. Use {list}.',
    unknownCase: 'Unknown placeholder {name}. Placeholders are lower case: did you mean {list}?',
    unmatched: 'A brace is not closed or not opened: write placeholders as {list}.',
    missingTools: 'The template must name the tools: include {list}.',
  },
};
