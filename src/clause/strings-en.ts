import type { ClauseStrings } from './strings.ts';

export const en: ClauseStrings = {
  heading: 'AI use in this job',
  parts: {
    proposal: 'your proposal',
    work: 'the work',
    communication: 'your messages to us',
  },
  tasks: {
    research: 'research',
    brainstorming: 'brainstorming',
    grammar: 'proofreading',
    translation: 'translating',
    'code-assistance': 'programming help',
  },
  rule: {
    'no-ai': 'Do not use generative AI tools (such as ChatGPT) for {parts}.',
    'ai-with-disclosure':
      'You may use generative AI tools (such as ChatGPT) for {parts} if you tell us which tools you used and how.',
    'ai-only-for': 'For {parts}, you may use generative AI tools (such as ChatGPT) only for {tasks}.',
    'ai-welcome': 'You may use generative AI tools (such as ChatGPT) for {parts}.',
  },
  disclosure: 'Tell us which AI tools you used and how.',
  privacy: 'Do not paste or upload our files, data or project details into generative AI tools or platforms.',
  consequence: {
    'no-ai': {
      proposal: 'Proposals that ignore this will be declined.',
      contract: 'We will end the contract if this is not followed.',
    },
    'ai-with-disclosure': {
      proposal: 'Proposals that do not say which AI tools were used will be declined.',
      contract: 'We will end the contract if AI use is not disclosed.',
    },
    'ai-only-for': {
      proposal: 'Proposals that go beyond these limits will be declined.',
      contract: 'We will end the contract if these limits are not followed.',
    },
    'ai-welcome': {
      proposal: 'Proposals that ignore these rules will be declined.',
      contract: 'We will end the contract if these rules are not followed.',
    },
  },
};
