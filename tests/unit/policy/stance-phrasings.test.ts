import { describe, expect, it } from 'vitest';
import type { Language, Part, Stance } from '../../../src/policy/index.ts';
import { analyze } from '../../../src/policy/index.ts';

interface Case {
  text: string;
  stance: Stance;
  lang?: Language;
  scopes?: Partial<Record<Part, Stance>>;
}

/** One table per phrasing family; every family in the five languages where the family exists. */
const PROHIBITED: Case[] = [
  { text: 'No AI.', stance: 'prohibited' },
  { text: 'NO AI!!! Proposals written by ChatGPT will be ignored.', stance: 'prohibited' },
  { text: 'Please do not use ChatGPT for this task.', stance: 'prohibited' },
  { text: "Don't use chat gpt or any other A.I. tool.", stance: 'prohibited' },
  { text: 'AI-generated content will not be accepted.', stance: 'prohibited' },
  { text: 'We check every submission with Originality.ai.', stance: 'prohibited' },
  {
    text: 'Write your cover letter yourself, no GPT.',
    stance: 'prohibited',
    scopes: { proposal: 'prohibited' },
  },
  { text: '🚫 No Chatgpt, no Jasper, no Quillbot. We will know.', stance: 'prohibited' },
  { text: 'Using LLMs to write the articles is strictly prohibited.', stance: 'prohibited' },
  {
    text: 'Any use of Midjourney, DALL·E or Stable Diffusion is forbidden: all art must be hand drawn.',
    stance: 'prohibited',
  },
  {
    text: 'Voice-overs must be recorded by a real person; ElevenLabs or other AI voices will be rejected.',
    stance: 'prohibited',
  },
  { text: 'Human translation only - no DeepL, no Google Translate.', stance: 'prohibited' },
  { text: 'Machine translation is not allowed.', stance: 'prohibited' },
  { text: 'Do not use AI to write your proposal!', stance: 'prohibited', scopes: { proposal: 'prohibited' } },
  {
    text: 'Proposals that look AI generated will be declined.',
    stance: 'prohibited',
    scopes: { proposal: 'prohibited' },
  },
  { text: 'We run all drafts through GPTZero and Copyleaks.', stance: 'prohibited' },
  { text: 'Never use GPT-4 or Claude to generate the code.', stance: 'prohibited' },
  { text: 'Gemini, Copilot and similar tools are banned for this project.', stance: 'prohibited' },
  { text: 'The articles must be 100% human-written. AI content is not acceptable.', stance: 'prohibited' },
  {
    text: 'No AI: proposals and work must be written without generative AI tools.',
    stance: 'prohibited',
    scopes: { proposal: 'prohibited', work: 'prohibited' },
  },
  {
    text: 'Sin IA: las propuestas y el trabajo deben escribirse sin herramientas de IA generativa.',
    stance: 'prohibited',
    lang: 'es',
  },
  { text: 'No se aceptarán textos generados con inteligencia artificial.', stance: 'prohibited', lang: 'es' },
  { text: 'Está prohibido el uso de ChatGPT en este proyecto.', stance: 'prohibited', lang: 'es' },
  {
    text: 'Não use IA para escrever os artigos. Textos gerados por IA serão rejeitados.',
    stance: 'prohibited',
    lang: 'pt',
  },
  { text: 'É proibido o uso de inteligência artificial neste trabalho.', stance: 'prohibited', lang: 'pt' },
  {
    text: "N'utilisez pas ChatGPT pour rédiger les textes. Les contenus générés par l'IA seront refusés.",
    stance: 'prohibited',
    lang: 'fr',
  },
  { text: "L'utilisation de l'IA est interdite pour ce projet.", stance: 'prohibited', lang: 'fr' },
  { text: 'Die Nutzung von KI ist für diesen Auftrag nicht erlaubt.', stance: 'prohibited', lang: 'de' },
  {
    text: 'Bitte keine KI-generierten Texte einreichen, diese werden abgelehnt.',
    stance: 'prohibited',
    lang: 'de',
  },
];

const MORE_PROHIBITED: Case[] = [
  { text: 'No use IA en su propuesta.', stance: 'prohibited', lang: 'es' },
  { text: 'No utilice IA para redactar los textos.', stance: 'prohibited', lang: 'es' },
  { text: 'Any submission where AI was used will be rejected.', stance: 'prohibited' },
];

const RESTRICTED: Case[] = [
  { text: 'AI for research only, the final text must be yours.', stance: 'restricted' },
  {
    text: 'You may use AI tools for proposals and work if you disclose which tools you used and how.',
    stance: 'restricted',
    scopes: { proposal: 'restricted', work: 'restricted' },
  },
  {
    text: 'AI tools may be used only for research and grammar; the final text must be your own.',
    stance: 'restricted',
  },
  { text: 'Assistive AI is OK, generated content is not.', stance: 'restricted' },
  { text: 'You can use ChatGPT to brainstorm but not to write the actual article.', stance: 'restricted' },
  { text: 'AI is allowed as long as you disclose it in your proposal.', stance: 'restricted' },
  { text: 'Please ask for approval before using any AI tool.', stance: 'restricted' },
  {
    text: 'Using Copilot is fine, but every line must be reviewed by you before you commit.',
    stance: 'restricted',
  },
  { text: 'Please disclose any use of AI tools in your delivery notes.', stance: 'restricted' },
  { text: 'Grammarly for spelling is fine. Do not use AI to write the content.', stance: 'restricted' },
  { text: 'Avoid machine translation without prior approval from the client.', stance: 'restricted' },
  {
    text: 'Puedes usar herramientas de IA para propuestas y trabajo si indicas qué herramientas usaste y cómo.',
    stance: 'restricted',
    lang: 'es',
  },
  {
    text: 'Las herramientas de IA solo pueden usarse para investigación y gramática; el texto final debe ser tuyo.',
    stance: 'restricted',
    lang: 'es',
  },
  {
    text: 'Puedes usar ChatGPT solo para ideas, pero el texto debe ser escrito por ti.',
    stance: 'restricted',
    lang: 'es',
  },
  {
    text: 'Você pode usar IA apenas para pesquisa, desde que o texto final seja seu.',
    stance: 'restricted',
    lang: 'pt',
  },
  {
    text: "Vous pouvez utiliser l'IA uniquement pour la recherche, le texte final doit être le vôtre.",
    stance: 'restricted',
    lang: 'fr',
  },
  {
    text: 'KI darf nur für die Recherche verwendet werden; der endgültige Text muss von Ihnen selbst geschrieben werden.',
    stance: 'restricted',
    lang: 'de',
  },
  { text: 'Der Einsatz von KI-Tools muss offengelegt werden.', stance: 'restricted', lang: 'de' },
  { text: "AI-assisted is fine, but I'd like to know if you used it.", stance: 'restricted' },
  { text: 'AI tools can be used for brainstorming only.', stance: 'restricted' },
  { text: 'Please be transparent about any AI use.', stance: 'restricted' },
  { text: 'All AI output must be reviewed by you before delivery.', stance: 'restricted' },
  {
    text: 'Mention in your proposal if you use AI tools.',
    stance: 'restricted',
    scopes: { proposal: 'restricted' },
  },
  { text: 'Você pode usar IA, desde que informe quais ferramentas usou.', stance: 'restricted', lang: 'pt' },
  { text: "L'IA est autorisée à condition de le déclarer.", stance: 'restricted', lang: 'fr' },
  {
    text: 'If AI was used, say so in your proposal.',
    stance: 'restricted',
    scopes: { proposal: 'restricted' },
  },
];

const ALLOWED: Case[] = [
  { text: 'AI tools are welcome for this job.', stance: 'allowed' },
  { text: "If you use ChatGPT or Claude to speed things up, that's fine.", stance: 'allowed' },
  { text: 'Feel free to use AI tools.', stance: 'allowed' },
  { text: "We don't mind if you use Copilot.", stance: 'allowed' },
  { text: 'Las herramientas de IA son bienvenidas en este trabajo.', stance: 'allowed', lang: 'es' },
  { text: 'Puedes usar ChatGPT sin problema.', stance: 'allowed', lang: 'es' },
  { text: 'O uso de IA é permitido neste projeto.', stance: 'allowed', lang: 'pt' },
  { text: "L'utilisation de l'IA est autorisée pour ce projet.", stance: 'allowed', lang: 'fr' },
  { text: 'Die Nutzung von KI-Tools ist ausdrücklich erlaubt.', stance: 'allowed', lang: 'de' },
  { text: 'Using ChatGPT is totally fine with us.', stance: 'allowed' },
  { text: 'We are an AI-friendly team: use whatever tools help you.', stance: 'allowed' },
  { text: 'AI-assisted work is acceptable.', stance: 'allowed' },
];

const ENCOURAGED: Case[] = [
  { text: 'You must be fluent with Claude Code.', stance: 'encouraged' },
  { text: 'Use ChatGPT to draft, then edit the copy for our brand voice.', stance: 'encouraged' },
  { text: 'Requirements: experience with AI tools like Midjourney and ChatGPT.', stance: 'encouraged' },
  { text: 'We expect you to use Copilot daily.', stance: 'encouraged' },
  { text: 'Debes dominar ChatGPT y Midjourney.', stance: 'encouraged', lang: 'es' },
  { text: 'Experiência com ChatGPT é obrigatória.', stance: 'encouraged', lang: 'pt' },
  { text: 'Maîtrise de ChatGPT et de Midjourney indispensable.', stance: 'encouraged', lang: 'fr' },
  {
    text: 'Sie sollten ChatGPT sicher nutzen und Erfahrung mit Midjourney haben.',
    stance: 'encouraged',
    lang: 'de',
  },
];

/** Posts about AI work, the client's own AI use, and negations that are no ban. */
const NONE: Case[] = [
  { text: 'No AI experience needed, we will train you.', stance: 'none' },
  { text: 'No prior AI knowledge required.', stance: 'none' },
  {
    text: 'Build a customer-support chatbot with the OpenAI API and integrate it into our Shopify store.',
    stance: 'none',
  },
  { text: 'We are hiring an AI engineer to fine-tune LLM models for our startup.', stance: 'none' },
  { text: 'Looking for an AI video editor for our YouTube channel.', stance: 'none' },
  { text: 'We drafted this job post with ChatGPT, sorry for the formatting.', stance: 'none' },
  { text: 'Please edit our AI-generated drafts so they sound human.', stance: 'none' },
  { text: 'Integrate Claude API and Gemini into our internal dashboard.', stance: 'none' },
  { text: 'Our platform is an AI-powered SaaS for recruiters.', stance: 'none' },
  { text: 'We need a developer with experience building AI agents in Python.', stance: 'none' },
  { text: 'Write 10 blog posts about AI trends in healthcare.', stance: 'none' },
  {
    text: 'The voice-over will be generated with ElevenLabs by our team; you edit the video.',
    stance: 'none',
  },
  { text: 'Not just someone who has used ChatGPT: we need real ML engineers.', stance: 'none' },
  { text: 'Clients are not allowed to feed my artwork into AI software.', stance: 'none' },
  { text: 'Logo design for a bakery. Three concepts, two revisions.', stance: 'none' },
  { text: 'Necesitamos un freelancer con experiencia en agentes IA.', stance: 'none', lang: 'es' },
  {
    text: 'Buscamos desarrollador para integrar la API de OpenAI en nuestra web.',
    stance: 'none',
    lang: 'es',
  },
  {
    text: 'Procuramos um designer para criar o logotipo da nossa empresa de IA.',
    stance: 'none',
    lang: 'pt',
  },
  {
    text: "Nous recrutons un ingénieur IA pour développer notre solution d'intelligence artificielle.",
    stance: 'none',
    lang: 'fr',
  },
  { text: 'Wir suchen einen KI-Entwickler für unser Startup.', stance: 'none', lang: 'de' },
  { text: 'Information architecture (IA) and wireframes for a new website.', stance: 'none', lang: 'en' },
  { text: "J'ai besoin d'un logo pour mon entreprise.", stance: 'none' },
  { text: 'Our AI startup needs a logo and a landing page.', stance: 'none' },
  { text: 'Train our AI model by recording 200 short voice samples.', stance: 'none' },
  { text: 'Write prompts and evaluate responses for our AI.', stance: 'none' },
  { text: 'You need to edit AI drafts into publishable articles.', stance: 'none' },
  { text: 'You will verify AI-generated translations against the source (MTPE).', stance: 'none' },
  { text: "We don't need an AI expert, just a good writer.", stance: 'none' },
  { text: 'AI is not required for this job.', stance: 'none' },
  { text: 'I used ChatGPT to write this job description.', stance: 'none' },
  { text: 'We will provide AI-generated scripts; you record the voice-over.', stance: 'none' },
  { text: 'Build a system that generates product images with Stable Diffusion.', stance: 'none' },
  { text: 'Sin experiencia previa en IA necesaria.', stance: 'none', lang: 'es' },
  { text: 'Keine KI-Kenntnisse erforderlich.', stance: 'none', lang: 'de' },
  { text: 'Aucune connaissance en IA requise pour ce poste.', stance: 'none', lang: 'fr' },
  { text: 'Não é necessário conhecimento em IA para esta vaga.', stance: 'none', lang: 'pt' },
  { text: 'No AI was used to write this job post.', stance: 'none' },
  { text: 'I wrote this post myself, no ChatGPT.', stance: 'none' },
  { text: 'ChatGPT did not write this brief, our team did.', stance: 'none' },
];

const TABLES: Record<string, Case[]> = {
  PROHIBITED: [...PROHIBITED, ...MORE_PROHIBITED],
  RESTRICTED,
  ALLOWED,
  ENCOURAGED,
  NONE,
};

for (const [name, cases] of Object.entries(TABLES)) {
  describe(`stance phrasings: ${name.toLowerCase()}`, () => {
    it.each(cases)('$text', ({ text, stance, lang, scopes }) => {
      const reading = analyze(text);
      expect(reading.stance).toBe(stance);
      if (lang) expect(reading.language).toBe(lang);
      if (scopes) expect(reading.scopes).toMatchObject(scopes);
    });
  });
}

/** The clause builder's sentences, in the three languages it does not write yet: the engine reads them all the same. */
const CLAUSES_PT_FR_DE: Case[] = [
  {
    text: 'Não use ferramentas de IA generativa (como o ChatGPT) na sua proposta.',
    stance: 'prohibited',
    lang: 'pt',
  },
  {
    text: 'Você pode usar ferramentas de IA generativa na sua proposta se nos disser quais ferramentas usou e como.',
    stance: 'restricted',
    lang: 'pt',
  },
  {
    text: 'No trabalho, você só pode usar ferramentas de IA generativa para pesquisa.',
    stance: 'restricted',
    lang: 'pt',
  },
  { text: 'Você pode usar ferramentas de IA generativa no trabalho.', stance: 'allowed', lang: 'pt' },
  {
    text: "N'utilisez pas d'outils d'IA générative (comme ChatGPT) pour votre proposition.",
    stance: 'prohibited',
    lang: 'fr',
  },
  {
    text: "Vous pouvez utiliser des outils d'IA générative pour le travail si vous nous dites quels outils vous avez utilisés et comment.",
    stance: 'restricted',
    lang: 'fr',
  },
  {
    text: "Pour le travail, vous ne pouvez utiliser des outils d'IA générative que pour la recherche.",
    stance: 'restricted',
    lang: 'fr',
  },
  { text: "Vous pouvez utiliser des outils d'IA générative pour le travail.", stance: 'allowed', lang: 'fr' },
  {
    text: 'Verwenden Sie keine generativen KI-Tools (wie ChatGPT) für Ihr Angebot.',
    stance: 'prohibited',
    lang: 'de',
  },
  {
    text: 'Sie dürfen generative KI-Tools für die Arbeit verwenden, wenn Sie uns mitteilen, welche Tools Sie wie genutzt haben.',
    stance: 'restricted',
    lang: 'de',
  },
  {
    text: 'Für die Arbeit dürfen Sie generative KI-Tools nur für die Recherche verwenden.',
    stance: 'restricted',
    lang: 'de',
  },
  { text: 'Sie dürfen generative KI-Tools für die Arbeit verwenden.', stance: 'allowed', lang: 'de' },
];

describe('clause sentences in pt, fr, de', () => {
  it.each(CLAUSES_PT_FR_DE)('$text', ({ text, stance, lang }) => {
    const reading = analyze(text);
    expect(reading.stance).toBe(stance);
    expect(reading.language).toBe(lang);
  });
});

describe('confidentiality', () => {
  it.each([
    ['Do not put our files, data or project details into generative AI tools or platforms.', true],
    [
      'No pongas nuestros archivos, datos ni detalles del proyecto en herramientas o plataformas de IA generativa.',
      true,
    ],
    ['Não coloque nossos arquivos, dados ou detalhes do projeto em ferramentas de IA generativa.', true],
    ['Ne mettez pas nos fichiers, données ou détails du projet dans des outils d’IA générative.', true],
    ['Geben Sie unsere Dateien, Daten oder Projektdetails nicht in generative KI-Tools ein.', true],
    ['Never paste client data into ChatGPT.', true],
    ['Send us your files by email.', false],
    ['AI tools are welcome for this job.', false],
  ] as const)('%s → %s', (text, confidentiality) => {
    const reading = analyze(text);
    expect(reading.confidentiality).toBe(confidentiality);
    // A rule about client data alone restricts AI use; it is not a ban on AI.
    if (confidentiality) expect(reading.stance).toBe('restricted');
  });
});

/** Posts that set different rules for different parts: each part's stance, and the strictest overall. */
const SCOPED: { text: string; stance: Stance; scopes: Partial<Record<Part, Stance>> }[] = [
  {
    text: 'Proposals must be written by you; AI is fine for the code.',
    stance: 'prohibited',
    scopes: { proposal: 'prohibited', work: 'allowed' },
  },
  {
    text: 'Cover letters written with AI will be rejected. For the actual work, use whatever tools you like, including Copilot.',
    stance: 'prohibited',
    scopes: { proposal: 'prohibited', work: 'allowed' },
  },
  {
    text: 'Do not use AI when messaging us. AI tools are fine for the deliverables.',
    stance: 'prohibited',
    scopes: { communication: 'prohibited', work: 'allowed' },
  },
  {
    text: "We're building an AI chatbot with the OpenAI API. Please write your proposal yourself - no ChatGPT.",
    stance: 'prohibited',
    scopes: { proposal: 'prohibited' },
  },
  {
    text: 'Tu propuesta debe estar escrita por ti, sin IA. Para el código puedes usar Copilot.',
    stance: 'prohibited',
    scopes: { proposal: 'prohibited', work: 'allowed' },
  },
];

describe('stance per part', () => {
  it.each(SCOPED)('$text', ({ text, stance, scopes }) => {
    const reading = analyze(text);
    expect(reading.stance).toBe(stance);
    expect(reading.scopes).toEqual(scopes);
  });
});

describe('detectors', () => {
  it.each([
    ['We check every submission with Originality.ai.', true],
    ['All drafts go through GPTZero before we pay.', true],
    ['Articles flagged as AI-generated by our checker will be rejected.', true],
    ['Los textos se revisan con un detector de IA.', true],
    ['All papers are checked with Turnitin for plagiarism.', false],
    ['Write 5 blog posts about gardening.', false],
    // A detector as a comparison is a check only where the sentence checks.
    ['We run every article through tools like GPTZero.', true],
    ['All texts go through a detector such as Originality.ai.', true],
    // The detector is the product: built, sold, or named as a comparison for one.
    ['About us: Veritext builds an AI-content detector used by 300+ universities.', false],
    ['Développeur pour extension Chrome de détection de texte IA', false],
    [
      "Nous voulons une extension Chrome qui estime la probabilité qu'un texte ait été généré par une IA, un peu comme GPTZero.",
      false,
    ],
    ['We want a detector like GPTZero for our LMS.', false],
  ] as const)('%s → %s', (text, detectors) => {
    const reading = analyze(text);
    expect(reading.detectors).toBe(detectors);
    if (!detectors) expect(reading.stance).toBe('none');
  });
});

interface FullCase {
  text: string;
  stance: Stance;
  scopes: Partial<Record<Part, Stance>>;
  disclosure?: boolean;
  confidentiality?: boolean;
}

/** Families the round-12 posts showed, each in the languages where it is written that way. */
const ROUND12_FAMILIES: FullCase[] = [
  // A permission "within limits" is a limited one.
  {
    text: "On AI tools: we're not against them, within limits.",
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  { text: 'La IA está bien, con ciertos límites.', stance: 'restricted', scopes: { work: 'restricted' } },
  { text: 'Pode usar IA, dentro de certos limites.', stance: 'restricted', scopes: { work: 'restricted' } },
  {
    text: "L'IA est acceptée, dans certaines limites.",
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  { text: 'KI ist okay, in Maßen.', stance: 'restricted', scopes: { work: 'restricted' } },
  // Only through one tool limits the permission.
  {
    text: 'You may use generative AI only through the Copilot instance in our tenant.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  // A request to be told, in a gerund or a note.
  {
    text: 'AI tools are fine. At the end of each batch, add a line to the handoff doc saying which tools you used and for what.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    disclosure: true,
  },
  {
    text: 'Pode usar IA. Deixe uma nota no fim dizendo onde usou.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    disclosure: true,
  },
  {
    text: 'Tu peux utiliser ChatGPT, je n’ai rien contre. Préviens-moi à chaque fois que c’est le cas.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    disclosure: true,
  },
  {
    text: 'You can use AI image tools for thumbnails. Just let me know which ones started from an AI reference.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    disclosure: true,
  },
  // "Nothing against it" permits.
  { text: 'Pode usar o ChatGPT, não tenho nada contra.', stance: 'allowed', scopes: { work: 'allowed' } },
  { text: 'Bei KI-Tools haben wir nichts dagegen.', stance: 'allowed', scopes: { work: 'allowed' } },
  {
    text: 'Deine Bewerbung darfst du übrigens gern auch mit KI formulieren, das ist für uns völlig okay.',
    stance: 'allowed',
    scopes: { proposal: 'allowed' },
  },
  // Bans: a slash list after "no", a gerund after "no", "no part of".
  { text: 'No automatic/AI transcription.', stance: 'prohibited', scopes: { work: 'prohibited' } },
  { text: 'No running the text through ChatGPT.', stance: 'prohibited', scopes: { work: 'prohibited' } },
  {
    text: 'Our files are confidential. No part of them may be pasted into ChatGPT.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    confidentiality: true,
  },
  {
    text: 'Os documentos são sigilosos. Nenhum trecho pode ser colado em qualquer ferramenta de IA.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    confidentiality: true,
  },
  {
    text: 'Kundendaten dürfen nicht in ChatGPT kopiert werden.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    confidentiality: true,
  },
  // A ban that points back takes the part the sentence before names.
  {
    text: 'I get many proposals written by ChatGPT. Those get declined.',
    stance: 'prohibited',
    scopes: { proposal: 'prohibited' },
  },
  // Requirements: the team's habit, the core of the job.
  {
    text: 'We expect everyone on the team to work with an AI coding assistant every day.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  {
    text: 'Using AI tools is at the heart of this role.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  {
    text: "L'usage des outils d'IA générative est au cœur de la mission.",
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  {
    text: 'Chez nous, tout le monde code avec un assistant IA et on attend la même chose de la personne qui nous rejoint.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  {
    text: 'Bei uns arbeiten alle mit Copilot, und das erwarten wir auch von dir.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  {
    text: 'El uso de herramientas de IA está en el centro del trabajo.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  // Teaching others to use AI every day is the job, not a rule.
  {
    text: "Nous souhaitons créer un module pour aider les dirigeants de TPE à comprendre et utiliser l'IA générative au quotidien.",
    stance: 'none',
    scopes: {},
  },
];

/** Families the round-13 posts showed. */
const ROUND13_FAMILIES: FullCase[] = [
  // The tasks of a requirement describe it; beside a permission they limit it.
  {
    text: 'Wir erwarten, dass Sie ChatGPT oder Claude aktiv für Recherche, Gliederungen und Entwürfe einsetzen.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  {
    text: 'Use ChatGPT for research and first drafts, then edit.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  { text: 'You may use AI for research.', stance: 'restricted', scopes: { work: 'restricted' } },
  { text: 'Puedes usar IA para investigar.', stance: 'restricted', scopes: { work: 'restricted' } },
  // "No problem" is no negation of the use after it.
  {
    text: 'Si usas IA, no hay ningún problema, úsala con confianza.',
    stance: 'allowed',
    scopes: { work: 'allowed' },
  },
  {
    text: 'Não tem problema nenhum, use o ChatGPT à vontade.',
    stance: 'allowed',
    scopes: { work: 'allowed' },
  },
  // "At no stage", with the verb it negates.
  {
    text: 'KI darf in keinem Arbeitsschritt eingesetzt werden.',
    stance: 'prohibited',
    scopes: { work: 'prohibited' },
  },
  { text: 'En ningún momento se puede usar IA.', stance: 'prohibited', scopes: { work: 'prohibited' } },
  { text: 'Em nenhum momento pode ser usada IA.', stance: 'prohibited', scopes: { work: 'prohibited' } },
  {
    text: "À aucune étape l'IA ne peut être utilisée.",
    stance: 'prohibited',
    scopes: { work: 'prohibited' },
  },
  { text: 'At no stage may AI tools be used.', stance: 'prohibited', scopes: { work: 'prohibited' } },
  // Turning away those who don't like working with AI requires it; so does "expected to do the same".
  {
    text: "If you don't like working with AI coding tools, this isn't the right fit.",
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  {
    text: "Everyone here works with Claude Code and Cursor every day, and you'll be expected to do the same.",
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  {
    text: 'We want this done with AI image tools like Midjourney.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  // A rule before a colon covers the tools after it.
  {
    text: "Tools you'll be required to use: ChatGPT, Notion AI and Canva.",
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  {
    text: "Mes outils, que je vous demanderai d'utiliser aussi : Notion AI pour les comptes rendus, ChatGPT pour les brouillons.",
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  // Mastering AI tools, used daily, is required.
  {
    text: 'Buscamos a alguien que domine herramientas de IA y las use a diario.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  // Questions about use, then a request to be told.
  {
    text: '¿Usas IA para redactar? Cuéntanoslo en la propuesta.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    disclosure: true,
  },
  {
    text: "Si vous utilisez un outil d'IA, dites-moi lequel et pour quoi faire.",
    stance: 'restricted',
    scopes: { work: 'restricted' },
    disclosure: true,
  },
  // Data kept out of AI tools named by where they would go.
  {
    text: 'Never paste our code into a public chatbot.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    confidentiality: true,
  },
  {
    text: "Don't upload the files into any online AI service.",
    stance: 'restricted',
    scopes: { work: 'restricted' },
    confidentiality: true,
  },
  {
    text: 'Kundendaten haben in KI-Tools nichts zu suchen.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    confidentiality: true,
  },
  {
    text: 'Client data has no place in ChatGPT.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    confidentiality: true,
  },
  // Reviewing your own replies is a condition; a review that is the job is none.
  {
    text: 'You can use an AI assistant to draft replies, but you must read and edit every reply yourself.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  { text: 'Human editor needed for a nonfiction book (drafted with ChatGPT)', stance: 'none', scopes: {} },
  // A bare "No." takes the parts the sentence after it names.
  {
    text: 'Q: Can I use AI tools?\nA: No. Not for the articles and not for your application either.',
    stance: 'prohibited',
    scopes: { proposal: 'prohibited', work: 'prohibited' },
  },
  // A plan of a tool is no team of people.
  {
    text: 'Vous utiliserez nos outils (ChatGPT Team, Surfer SEO) pour produire les premières versions.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
];

/** Families the round-14 posts and messages showed. */
const ROUND14_FAMILIES: FullCase[] = [
  // A "while" of time joins its clause; the usual bar of quality limits nothing.
  { text: 'Using Copilot or ChatGPT while coding is fine.', stance: 'allowed', scopes: { work: 'allowed' } },
  {
    text: "Use Copilot or whatever you like while coding, I don't care as long as it's correct and tested.",
    stance: 'allowed',
    scopes: { work: 'allowed' },
  },
  // Rules that point back at the tools, or extend to a part.
  {
    text: "On travaille avec des outils d'IA : Opus Clip, ElevenLabs. Vous devez être à l'aise avec ces outils et les utiliser au quotidien.",
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  {
    text: 'We use ChatGPT and Claude. You may use these tools for research only.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  {
    text: 'Texte, die mit ChatGPT erstellt wurden, können wir nicht annehmen. Das gilt übrigens auch für die Bewerbung.',
    stance: 'prohibited',
    scopes: { proposal: 'prohibited', work: 'prohibited' },
  },
  {
    text: 'No generative AI tools of any kind on this engagement. This also goes for your emails to us.',
    stance: 'prohibited',
    scopes: { work: 'prohibited', communication: 'prohibited' },
  },
  // Answers: after a dash, and to a French question whose participle agrees.
  {
    text: 'Darf ich DeepL nutzen? – Zum Nachschlagen einzelner Begriffe ja.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  {
    text: "L'IA est-elle autorisée ? Oui, mais uniquement pour des tâches annexes.",
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  {
    text: 'Q: Can I use AI tools? A: For organizing your research notes, fine.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  // Permissions by indifference.
  {
    text: 'Usar IA (Copilot, ChatGPT, lo que sea) no es problema para nosotros.',
    stance: 'allowed',
    scopes: { work: 'allowed' },
  },
  {
    text: 'Não nos importamos que uses ferramentas de IA para programar.',
    stance: 'allowed',
    scopes: { work: 'allowed' },
  },
  {
    text: 'Quanto à IA: à vontade, podes usar o ChatGPT, não temos qualquer problema com isso.',
    stance: 'allowed',
    scopes: { work: 'allowed' },
  },
  // Bans by consequence.
  {
    text: 'Las propuestas hechas con ChatGPT no las vamos a tener en cuenta.',
    stance: 'prohibited',
    scopes: { proposal: 'prohibited' },
  },
  {
    text: 'Proposals that are obviously AI-generated go straight to the archive.',
    stance: 'prohibited',
    scopes: { proposal: 'prohibited' },
  },
  // Requirements: a workflow set out, an expectation with the verb first.
  {
    text: 'El flujo que queremos: pasas todo por DeepL y después revisas cada cadena.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  {
    text: 'Bei der Menge setzen wir voraus, dass Sie mit einem KI-Tool wie ChatGPT arbeiten.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  // Approval by a named person.
  {
    text: 'No lo descartamos, pero cualquier herramienta de IA tiene que aprobarla antes nuestro responsable de calidad.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  // A request to be told two sentences after the permission.
  {
    text: 'Yes, you can use ChatGPT for outlining. The prose needs to be yours. Could you add a short note saying what you used it for?',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    disclosure: true,
  },
  // Data kept out: "n'y collez pas".
  {
    text: "Oui, pas de problème pour utiliser ChatGPT. Seule chose : n'y collez pas les prix, ce sont des informations confidentielles.",
    stance: 'allowed',
    scopes: { work: 'allowed' },
    confidentiality: true,
  },
  // A detector that is the product marketed is no check.
  {
    text: "We've built a detector for teachers (think GPTZero / Originality.ai competitor). Need a copywriter for our pricing page (us vs Copyleaks).",
    stance: 'none',
    scopes: {},
  },
];

/** Families the round-15 casual texts showed. */
const ROUND15_FAMILIES: FullCase[] = [
  // Casual requests to be told.
  {
    text: 'using chatgpt for formulas etc is fine w/ me, just lmk where u used it',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    disclosure: true,
  },
  {
    text: 'KI gerne, aber sag Bescheid, wo du sie benutzt hast.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    disclosure: true,
  },
  {
    text: 'Podem usar imagens geradas por IA para fundos, mas marquem-nas no nome do ficheiro.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
    disclosure: true,
  },
  {
    text: "L'utilisation d'outils IA n'est possible qu'après notre accord écrit : dites-nous dans votre offre lesquels vous comptez utiliser.",
    stance: 'restricted',
    scopes: { work: 'restricted' },
    disclosure: true,
  },
  // Casual permissions.
  { text: 'AI is cool w/ me if it helps.', stance: 'allowed', scopes: { work: 'allowed' } },
  {
    text: "Pas de trouble si tu utilises l'IA pour t'aider.",
    stance: 'allowed',
    scopes: { work: 'allowed' },
  },
  // Unreviewed output is a condition, not a ban.
  {
    text: 'Podés usar DeepL como apoyo. No queremos traducción automática sin revisar.',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  // The team's habit, and those against AI turned away.
  {
    text: 'Bei uns arbeiten alle mit Copilot, und das erwarten wir auch von dir: Du solltest KI sicher einsetzen.',
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  {
    text: "The whole team codes with Cursor every day and we need you to as well. If you're against AI coding tools this isn't the right fit.",
    stance: 'encouraged',
    scopes: { work: 'encouraged' },
  },
  // Detectors: named bare after "through"; compared as the topic.
  {
    text: 'We put all copy through Originality before it goes live.',
    stance: 'prohibited',
    scopes: { work: 'prohibited' },
  },
  {
    text: 'Need an article comparing GPTZero, Originality.ai and Copyleaks for teachers.',
    stance: 'none',
    scopes: {},
  },
  // Client material named as an export.
  {
    text: "Use whatever AI tools make you faster, no problem at all. Only thing: don't upload our customer export into them.",
    stance: 'allowed',
    scopes: { work: 'allowed' },
    confidentiality: true,
  },
];

const FULL_TABLES: Record<string, FullCase[]> = {
  'round-12 families': ROUND12_FAMILIES,
  'round-13 families': ROUND13_FAMILIES,
  'round-14 families': ROUND14_FAMILIES,
  'round-15 families': ROUND15_FAMILIES,
};

for (const [name, cases] of Object.entries(FULL_TABLES)) {
  describe(name, () => {
    it.each(cases)('$text', ({ text, stance, scopes, disclosure = false, confidentiality = false }) => {
      const reading = analyze(text);
      expect(reading.stance).toBe(stance);
      expect(reading.scopes).toEqual(scopes);
      expect(reading.disclosureRequired).toBe(disclosure);
      expect(reading.confidentiality).toBe(confidentiality);
    });
  });
}
