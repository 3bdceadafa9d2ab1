/**
 * Language-independent vocabulary: AI terms and named tools, detectors, and the nouns that turn an AI term into a
 * product or a skill. Regular-expression sources over folded text (see `CueLexicon`).
 */

/** Named generative-AI and machine-translation tools. */
export const TOOLS = [
  // With its plan, which is no team of people: "ChatGPT Team", "ChatGPT Enterprise".
  'chat ?-?gpt(?: (?:team|enterprise|plus|pro|edu))?',
  // A common misspelling.
  'chat ?-?gtp',
  'gpt-?[3-5](?:\\.5)?o?(?:-?(?:turbo|mini))?',
  'gpts?',
  'openai(?: playground)?',
  'claude(?: code)?',
  'anthropic',
  'gemini',
  'bard',
  'co-?pilot',
  'jasper(?: ai)?',
  'quillbot',
  'mid-?journey',
  'dall-?e(?: ?[23])?',
  'dalle',
  'stable diffusion',
  'eleven ?labs',
  'perplexity',
  'grammarly',
  'deepl',
  'google translate',
  // Its name in the other four languages: "nada de Google Tradutor".
  'google (?:tradutor|traductor|traduction|übersetzer|ubersetzer)',
  'sudowrite',
  'writesonic',
  'copy\\.ai',
  'rytr',
  'runwayml',
  'sora',
  'suno',
  'heygen',
  'synthesia',
  'leonardo(?:\\.ai)?',
  'firefly',
  'cursor(?: ai| ide)',
  'codex',
  'deepseek',
  'grok',
  'mistral',
  'notebooklm',
];

/** Generic terms for AI, in English and in the other languages' loans. */
export const GENERIC = [
  'ai',
  'a\\. ?i\\.?',
  'ais',
  'gen ?ai',
  'generative ai',
  'artificial intelligence',
  'llms?',
  'large language models?',
  'machine[- ]translat\\w*',
  // Translators' shorthand: "no MT", "MTPE" (machine translation post-editing).
  'mt(?:pe)?',
  'auto(?:mated|matic)[- ]translat\\w*',
  // Speech to text is machine output too: "no auto-transcription of any kind".
  'auto(?:mated|matic)?[- ]?transcri(?:ption|bed|bing)s?',
  'vibe[- ]?cod\\w*',
  // Generators named by what they make: "no image generators", "synthetic or cloned voices".
  'image generators?',
  'synthetic (?:voices?|narration|speech)',
  'cloned voices?',
  'machine[- ](?:written|generated)',
  'voice[- ]?clon\\w*',
  // A chatbot as a place data must not go ("a public chatbot"); a bare "chatbot" is mostly a product to build.
  // Matched from the rare word back: a term led by "free" or "online" would be tried at every such word.
  'chatbots?(?<=\\b(?:public|online|free|consumer|third-party) chatbots?)',
];

/** Wording that by itself demands human-only work ("human translation only"). */
export const HUMAN_ONLY = [
  'human[- ](?:translation|translated|written|writing|made|created|generated|authored)[ -]*only',
  '(?:only|100 ?%|purely|strictly|fully) human[- ](?:written|made|created|translation|translated|generated|authored|work)',
  'no (?:automated|automatic|machine) (?:tools|translation)',
];

/** AI-detection tools and services. */
export const DETECTORS = [
  'originality(?:\\.ai| ai)',
  // The bare name, where something is run through it: "We put all copy through Originality".
  'originality(?<=\\b(?:through|via|with|using) originality)',
  'gpt ?zero',
  'zero ?gpt',
  'copyleaks',
  'turnitin',
  'winston ai',
  'crossplag',
  // "Produce content at scale" is a phrase: the detector is named with its domain or beside a check.
  'content at scale(?:\\.ai|(?= (?:ai )?(?:detector|checker|score)))',
  'undetectable(?:\\.ai)?',
];

/** Phrases that say submissions are checked for AI, in any of the five languages. */
export const DETECTION_PHRASES = [
  '(?:ai|gpt|a\\.i\\.)[- ]?(?:detect\\w*|checker\\w*|scanner\\w*|classifier\\w*)',
  'detect\\w* (?:\\S+ ){0,3}?(?:ai|a\\.i\\.|chatgpt|gpt|llm|ki|ia)',
  '(?:flag\\w*|screen\\w*|scan\\w*|monitor\\w*|check\\w*|test\\w*|run \\w+ through) (?:\\S+ ){0,6}?for (?:\\S+ ){0,2}?(?:ai|a\\.i\\.|chatgpt|gpt|llm)',
  'screening tools',
  'flag\\w* as (?:\\S+ ){0,2}?(?:ai|a\\.i\\.|gpt|chatgpt|llm)',
  '(?:ai|content|our) (?:checker|detector)s?',
  "(?:detector|detección|detecção|detectores|détecteur|détection)\\w* (?:de |d')(?:ia|contenido ia)",
  'ki-(?:detektor\\w*|erkennung\\w*|prüf\\w*)',
];

/** Nouns right after an AI term that make it a product, a field or a company, not a tool the freelancer uses. */
/** Another field, then a role: "(AI/)ML engineer", "(AI &) data specialists". */
const JOINED_FIELD_ROLE =
  '(?:ml|nlp|llm|data|machine learning) (?:engineer\\w*|developers?|devs?|specialists?|experts?|scientists?|researchers?|roles?|positions?|teams?)';

export const PRODUCT_AFTER = [
  'apis?',
  // "AI/ML engineer", "AI & data specialists": a field joined to another before the role. Two sources, not an
  // optional "and": a source led by an optional group is not factored by its first letters.
  JOINED_FIELD_ROLE,
  `(?:and|&) ${JOINED_FIELD_ROLE}`,
  'sdks?',
  'integrat\\w*',
  'engineer\\w*',
  'developers?',
  'development',
  'devs?',
  'specialists?',
  'experts?',
  'consult\\w*',
  'architect\\w*',
  'agenc(?:y|ies)',
  'compan(?:y|ies)',
  'startups?',
  'saas',
  'products?',
  'solutions?',
  'systems?',
  'chat ?bots?',
  'bots?',
  'agents?',
  'agentic',
  'apps?',
  'plugins?',
  '(?:v\\d+ )?parameters',
  'actions',
  'applications?',
  'models?',
  'pipelines?',
  'automations?',
  'powered',
  'driven',
  'enabled',
  'based',
  'first',
  'hype',
  'industry',
  'space',
  'market\\w*',
  'trends?',
  'news',
  'ethics',
  'safety',
  'governance',
  'researchers?',
  'demos?',
  'mapping',
  'diagnos\\w*',
  'layers?',
  'guardrails?',
  'purposes?',
  'technolog\\w*',
  'studio',
  'training',
  'trainers?',
  'tutors?',
  'courses?',
  'workshops?',
  'strateg\\w*',
  'initiatives?',
  'roadmaps?',
  'adoption',
  'transformation',
  'projects?',
  'services?',
  'labs?',
  'teams?',
  'department',
  'possibilities',
  'communit\\w*',
  'scoring',
  'qualification',
  'generation',
];

/** Nouns right after an AI term that make it a skill ("AI experience"): not a ban when negated. */
export const SKILL_AFTER = [
  // "No AI or tech experience needed".
  '(?:or|and|/) ?[\\w-]+(?: [\\w-]+)? (?:experience|knowledge|skills|background)',
  'experience',
  'knowledge',
  'skills?',
  'background',
  'expertise',
  'proficiency',
  'familiarity',
  'literacy',
  'savvy',
  '(?:vor)?kenntnisse',
];

/** Nouns after a generic AI term that make it a tool the freelancer would use ("AI tools", "AI writing software"). */
export const TOOL_AFTER = [
  'tools?',
  'software',
  'assistants?',
  'platforms?',
  'programs?',
  'generators?',
  'writers?',
  'writing',
  'content',
  'image',
  'images',
  'art',
  'video',
  'videos',
  'voice',
  'voices',
  'text',
  'output',
  'generated',
  'written',
  'created',
  'made',
  'produced',
];
