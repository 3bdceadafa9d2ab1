import { describe, expect, it } from 'vitest';
import type { Stance } from '../../../src/policy/index.ts';
import { analyze, analyzeHtml } from '../../../src/policy/index.ts';

/** Sentences as they appear in real posts: mixed content, skills lists, emoji, shouting, five languages. */
const POSTS: [Stance, string][] = [
  ['none', 'Required skills: Python, OpenAI, LangChain, Pinecone. Build a RAG chatbot for our docs.'],
  ['none', 'Strong experience with LLMs (GPT-4, Claude), vector databases and prompt pipelines is a must.'],
  ['none', 'We are building an AI writing assistant. You will design the onboarding screens in Figma.'],
  ['none', 'Looking for a data annotator to rate ChatGPT responses for accuracy.'],
  ['none', 'Create a Custom GPT for our sales team using our knowledge base.'],
  ['none', 'Need a Zapier expert to connect Gmail, Slack and ChatGPT.'],
  ['none', 'Our previous freelancer used AI and the quality was poor, so we are looking for someone new.'],
  [
    'prohibited',
    'Our previous freelancer used AI and the quality was poor. This time: no AI-written content.',
  ],
  [
    'prohibited',
    'IMPORTANT: Do NOT use AI (ChatGPT, Claude, Gemini etc.). We check every article with Originality.ai and anything above 10% is rejected.',
  ],
  ['prohibited', '⚠️ AI-generated proposals = instant decline ⚠️'],
  ['prohibited', 'We have a strict no-AI policy.'],
  ['restricted', 'You may use Grammarly, but the writing itself has to be yours.'],
  ['restricted', 'AI is OK for research, NOT for writing.'],
  ['encouraged', 'You will be using ChatGPT and Midjourney daily to produce social media content.'],
  ['encouraged', 'Must be comfortable using AI tools like ChatGPT to speed up your workflow.'],
  ['allowed', 'Feel free to use any AI tools you like.'],
  ['none', 'Please start your proposal with the word banana so I know you read this. Bots will be ignored.'],
  ['prohibited', 'Proposals written by ChatGPT will be ignored.'],
  ['none', 'We need a copywriter for our AI SaaS landing page. Experience in B2B tech is a plus.'],
  ['none', 'Translate 20 pages from German to English. CAT tools like Trados are welcome.'],
  ['prohibited', 'No machine translation (DeepL, Google Translate) — we will check.'],
  [
    'restricted',
    'DeepL is fine as a starting point, but every sentence must be reviewed by a native speaker.',
  ],
  ['prohibited', 'Busco redactor. Importante: no se permite el uso de ChatGPT ni de ninguna IA.'],
  ['prohibited', 'Los textos deben ser 100% originales y sin IA. Revisamos con detectores.'],
  [
    'none',
    'Buscamos un community manager con experiencia en herramientas de IA para nuestra agencia de marketing.',
  ],
  ['encouraged', 'Se requiere dominio de herramientas de IA como ChatGPT y Midjourney.'],
  ['restricted', 'Puedes apoyarte en la IA para investigar, pero el texto final tiene que ser tuyo.'],
  ['allowed', 'Se permite el uso de IA.'],
  ['prohibited', 'Textos escritos por IA serão recusados. Não aceitamos conteúdo gerado por ChatGPT.'],
  ['restricted', 'É permitido usar IA apenas para revisão gramatical.'],
  ['none', 'Procuramos desenvolvedor com experiência em IA generativa e LLMs para nosso produto.'],
  ['prohibited', 'Merci de ne pas utiliser ChatGPT pour rédiger vos réponses.'],
  ['prohibited', 'Contenus générés par IA refusés.'],
  ['restricted', "L'usage de l'IA est toléré uniquement pour la correction orthographique."],
  ['none', "Nous cherchons un développeur pour intégrer l'API d'OpenAI dans notre CRM."],
  ['prohibited', 'KI-generierte Inhalte werden nicht akzeptiert.'],
  ['prohibited', 'Die Texte dürfen nicht mit ChatGPT erstellt werden.'],
  ['restricted', 'KI-Tools dürfen nur zur Recherche genutzt werden.'],
  ['none', 'Wir sind ein KI-Startup und suchen einen Webdesigner.'],
  ['restricted', 'Vertrauliche Kundendaten dürfen nicht in ChatGPT eingegeben werden.'],
  ['restricted', 'Never paste client data into ChatGPT.'],
  ['prohibited', 'NO A.I. WRITING!!!'],
  ['prohibited', 'no chat gpt pls'],
  ['prohibited', 'Write everything yourself. I will run it through GPTZero.'],
  ['none', 'Write a 2,000-word article comparing ChatGPT, Claude and Gemini for small businesses.'],
  ['none', 'Need a review of our AI policy document for legal compliance.'],
  ['prohibited', 'I will most likely archive any application that reads like LLM-generated boilerplate.'],
  [
    'encouraged',
    "The key skill: you're great at coding with AI tools and you drive Claude Code or Codex effectively.",
  ],
  ['none', 'Not looking for people who only build AI demos or only write prompts.'],
  ['none', 'DO NOT APPLY IF YOUR BACKGROUND IS MOSTLY:\n* autonomous AI agents\n* chatbot-only projects'],
  ['none', 'If you use AI to draft ideas we will review them together on a call.'],
  [
    'encouraged',
    'Experience with Claude Code, Codex, MCP, LangGraph or similar AI-native tooling is a strong plus.',
  ],
  ['none', 'Use the OpenAI API (gpt-4o-mini) to score each lead from the scraped homepage text.'],
  ['none', 'Connect our user database to an AI agent (OpenAI Assistants API or LangChain).'],
  ['none', 'Bonus: experience with AI-assisted mapping of product attributes.'],
];

describe('realistic post sentences', () => {
  it.each(POSTS)('%s: %s', (stance, text) => {
    expect(analyze(text).stance).toBe(stance);
  });

  it('reads HTML through analyzeHtml', () => {
    const reading = analyzeHtml(
      '<p>Please <strong>DO NOT</strong> use AI tools&nbsp;to write the articles.</p>',
    );
    expect(reading.stance).toBe('prohibited');
    expect(reading.evidence[0]!.quote).toBe('Please DO NOT use AI tools to write the articles.');
  });
});
