import type { HeldOutCase, KnownMiss } from './held-out.ts';

/*
 * Held-out job posts, round 8: 80 posts by a helper that had seen neither the engine nor the earlier rounds,
 * about half of them setting different rules for the proposal, the work and the messages. Each case checks the
 * stance, the flags and the stance of every part the post singles out. First run: 26 of 80 read right in every
 * label (stance alone: 52 of 80, 65%; the parts were the weak point). Ids and the helper's reasons kept.
 */

export const ROUND8: HeldOutCase[] = [
  // ───────────── English (28) ─────────────
  // r8-002: AI coding tools are fine for the code; no AI bots or auto-generated replies in calls/Slack.
  [
    'prohibited',
    "Senior React/TypeScript dev – dashboard refactor\nWe're a 6-person fintech team. Need help migrating class components to hooks, adding tests (Vitest) and cleaning up a very tired Redux store.\nHow we work with AI:\n- Copilot, Cursor, Claude, whatever makes you faster: fine for the code. You own what you commit, same as always.\n- Standups, Slack, code review discussions: we want to talk to YOU. No AI meeting bots on our calls, no auto-generated Slack replies.\n$55–70/hr, ~20h/week for about 2 months.\nTell us about a refactor you're proud of (2-3 sentences is fine).",
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'allowed', communication: 'prohibited' },
    },
  ],
  // r8-007: AI first drafts are expected for the work, but obviously-AI proposals are archived.
  [
    'prohibited',
    'Repurpose podcast episodes into blog + LinkedIn posts (AI-assisted)\nWe run a weekly marketing podcast. Need someone to turn each episode transcript into a ~1,200-word blog post and 5 LinkedIn posts.\nWe EXPECT you to use AI for the first pass (Claude, ChatGPT, whatever you like). Then edit hard so it sounds like our host, who is sarcastic and hates buzzwords.\nFor the application though, write to us yourself. 3–4 sentences is plenty. Proposals that are obviously AI get archived without reply.\n$75 per episode, 4 episodes a month, ongoing.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'encouraged', proposal: 'prohibited' },
    },
  ],
  // r8-010: AI coding tools are freely allowed; an AI-written proposal is fine only if disclosed.
  [
    'restricted',
    "Python scraper for 3 real estate listing sites → Google Sheets\nNeed a reliable scraper (Playwright or Scrapy) for 3 listing sites, running daily, output to CSV + Google Sheets. Must handle pagination and basic anti-bot stuff.\nUse whatever AI coding tools you like for the build, I use them myself.\nSmall thing: if you used AI to write your proposal, just say so at the top. Not a dealbreaker, I just like knowing who I'm talking to.\nFixed $350. Link a scraper you've built before.",
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'allowed', proposal: 'restricted' },
    },
  ],
  // r8-011: AI only for research, article text must be human and is checked with Originality.ai; AI polishing of the application is fine.
  [
    'restricted',
    "Science writer – long-form sleep & nutrition articles\nWe publish evidence-based articles on sleep and nutrition (~200k monthly readers). Looking for writers with a science or health background.\nOur AI policy for writers:\n• Using AI for research and brainstorming: fine.\n• The article text itself: written by you. Every draft goes through Originality.ai and anything flagged as AI-written is sent back unpaid.\n• All sources must be real and checked (AI loves inventing studies).\nNot a native English speaker? It's fine to run your application through Grammarly or ChatGPT to clean up the English.\n$0.10/word, 1,500–2,500 words, ~4 pieces a month.",
    {
      disclosure: false,
      confidentiality: false,
      detectors: true,
      scopes: { work: 'restricted', proposal: 'allowed' },
    },
  ],
  // r8-014: No auto-transcription and no uploading audio to AI; AI/DeepL help with the proposal is fine.
  [
    'prohibited',
    "Transcription – 12 hrs of research interviews (heavy accents)\nResearch interviews with smallholder farmers in rural Kenya, mostly English with strong accents and some Swahili phrases.\nTranscripts must be done by ear. No Otter, no Whisper, no auto-transcription of any kind. The audio is confidential research data and can't be uploaded to any AI service (ethics board requirement).\nNon-native English speakers very welcome. You can use ChatGPT or DeepL to help write your proposal, that's fine with us.\n$1.20 per audio minute. Please mention if you know any Swahili.",
    {
      disclosure: false,
      confidentiality: true,
      detectors: false,
      scopes: { work: 'prohibited', proposal: 'allowed' },
    },
  ],
  // r8-015: AI coding assistants allowed; AI-written updates/call summaries to the client must be flagged.
  [
    'restricted',
    "WordPress/WooCommerce dev – slow site + random Stripe checkout error\nSite is slow (PageSpeed 31 on mobile) and checkout sometimes throws a Stripe error we can't reproduce. Need diagnosis + fix, then a short report of what you changed.\nAI coding assistants are fine, use them if they help.\nOne request about communication: if your updates or call summaries to me are written by an AI, mention it. I had a dev send me confident AI summaries that turned out to be wrong.\nBudget $300–500 depending on what you find. Access to staging provided.",
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'allowed', communication: 'restricted' },
    },
  ],
  // r8-016: Blanket ban: no AI of any kind on the project.
  [
    'prohibited',
    "Ghostwriter for a family memoir (my grandfather's WWII letters)\nI have about 200 letters (some scanned, some transcribed) and 15 hours of recorded conversations with my grandfather before he passed in 2019. I'd like a 40–60k word memoir for the family, maybe self-published later.\nNO AI of any kind on this project. Not for drafting, not for \"polishing\", not for summarizing the recordings. This is personal and I want a person's care in every page.\nBudget is flexible for the right person, roughly $6–9k.\nPlease tell me about a similar book you've written.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-017: ChatGPT/Copilot allowed for the M code, but real sales/customer data must stay out of AI tools.
  [
    'allowed',
    "Excel / Power Query wizard to automate monthly sales report\nEvery month someone here merges 4 CSV exports by hand and it takes 2 days. We want a Power Query setup (or similar) that does it in one click, plus a simple pivot dashboard.\nHappy for you to use ChatGPT or Copilot to help write the M code and formulas, no issue at all. Just don't paste our actual sales data or customer names into any AI tool; use dummy data if you need to test something.\nWe're on Microsoft 365 (Excel desktop, SharePoint). A short Loom video explaining the setup at the end would be great.\nEst. 10–15 hours, $35–45/hr.",
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r8-018: Daily use of AI coding agents is required and the client asks for the proposal to be written with an AI plus the prompt.
  [
    'encouraged',
    "Need a dev who's genuinely fast with Claude Code / Cursor\nLogistics startup, lots of small internal tools: CRUD apps, Retool replacements, scripts, the odd Slack bot. Many small tickets a week.\nYou MUST be comfortable working with AI coding agents daily; for the tickets that's the default tool here and we'll expect similar throughput to the team. If you're anti-AI this probably isn't the gig for you, no judgment.\nStack: Next.js, Postgres, Python.\nBonus: write your proposal with Claude or ChatGPT and paste the prompt you used below it. We want to see how you prompt.\n$50/hr, ~30h/week. Send your GitHub.",
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'encouraged', proposal: 'encouraged' },
    },
  ],
  // r8-019: AI use is allowed only if the freelancer reports which tools were used and for what.
  [
    'restricted',
    "Newsletter editor – B2B SaaS, 2 issues/month\nWe send a newsletter to ~14k operations managers. Need an editor to turn our product team's notes + 2-3 curated links into a tight 800-word issue.\nAI use: allowed, as long as you tell us which tools you used and for what. We add a short disclosure line at the bottom when AI was involved, so we need accurate info from you.\nMust be comfortable with Beehiiv and writing subject lines that actually get opened.\n$250 per issue. Send 2 samples of newsletters you've written or edited.",
    { disclosure: true, confidentiality: false, detectors: false },
  ],
  // r8-020: Articles are checked with Copyleaks and GPTZero and AI-written ones are rejected.
  [
    'prohibited',
    "SEO blog posts for dental clinics — 10 articles\nWe're an agency doing SEO for 12 dental practices in the Midwest. Need 10 articles (1,000–1,200 words) on topics like implants vs bridges, kids' first visit, etc.\nEvery article is checked with Copyleaks and GPTZero before we pay. Articles flagged as AI-written get rejected, no exceptions — our clients insist on it.\nPlease be able to follow a brief + keyword list, and know basic on-page SEO.\n$35 per article. Possible ongoing work.",
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r8-021: Client explicitly permits AI tools with no conditions.
  [
    'allowed',
    "Resume + LinkedIn rewrite (teacher → UX researcher)\nI taught middle school science for 9 years and just finished a UX research bootcamp. My resume still screams \"teacher\". Need a rewrite that translates my experience, plus LinkedIn headline/about section.\nYou're welcome to use AI tools however you like, I really don't mind. I just care that the result is good and true to my experience.\n1 revision round included. Budget $150.\nTell me about someone you've helped switch careers.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-022: Building an LLM/RAG chatbot is AI work; no rule on the freelancer's own AI use.
  [
    'none',
    'RAG chatbot for our internal HR docs (OpenAI API + Pinecone)\nWe have ~400 PDFs of HR policies and want an internal chatbot employees can ask questions to in Slack.\nScope:\n- ingest PDFs, chunk + embed (OpenAI embeddings or similar)\n- vector store (Pinecone, pgvector, open to suggestions)\n- Slack bot that answers with citations to the source doc\n- basic admin page to re-index\nMust have shipped at least one LLM/RAG project in production. Python preferred.\nBudget $4-6k. Please include a link or short demo of a similar bot.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-023: The AI drafts are the client's own; nothing is said about the editor's AI use.
  [
    'none',
    "Editor for AI-generated buying guides (outdoor gear)\nOur content team generates first drafts of buying guides with an in-house GPT workflow. They're... okay. We need an experienced editor to fact-check specs, cut the fluff, and make them read like someone who actually goes camping wrote them.\nAbout 6 guides a month, 2,000-3,000 words each.\nOutdoor/hiking knowledge is a big plus. AP style.\n$120 per guide. Tell us what gear you'd never go hiking without.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-024: ML/computer-vision skills are the job itself, not a rule on using generative AI tools.
  [
    'none',
    'Computer vision engineer – weld defect detection\nManufacturing company, we have ~30k labeled images of welds (good / porosity / crack / undercut). Need a model that runs on an edge device (Jetson Orin) at line speed.\nSkills: PyTorch, YOLOv8 or similar, TensorRT, data augmentation, model evaluation. Experience deploying AI models to the edge is a must.\nDeliverables: trained model, inference script, short report on accuracy per class.\nBudget $8k-12k, paid by milestones.\nPlease describe one CV model you deployed and what its real-world accuracy was.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-025: AI is only the client's business; 'not an AI job' sets no rule on the bookkeeper's tool use.
  [
    'none',
    "QuickBooks cleanup for small AI startup (not an AI job!)\nWe're a 9-person startup building AI tools for law firms. Our books are a disaster — 14 months of uncategorized transactions, two Stripe accounts, R&D credit questions coming up.\nTo be clear this is not an AI job, we need a bookkeeper. You don't need to know anything about machine learning.\nNeed: reconcile, categorize, set up a monthly close process. QBO ProAdvisor preferred.\n$45/hr, probably 30-40 hours for cleanup then a few hrs/month.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-026: Only the client's own ChatGPT use for writing the post is mentioned.
  [
    'none',
    'Virtual assistant for real estate agent (Florida)\nLooking for a VA to help me with listing paperwork, scheduling showings, updating my CRM (Follow Up Boss), and posting listings to Zillow and my website.\nHours: about 15/week, mostly mornings EST. Must be organized and reliable!!\nPay $7–10/hr depending on experience.\nPS – full honesty, I used ChatGPT to help write this post because writing is not my thing lol. The job is real though, I promise.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-027: Recordings will train the client's synthetic voice; no rule on the talent's own AI use.
  [
    'none',
    "Voice talent for synthetic voice dataset – female, British RP\nWe're building a licensed text-to-speech voice for an audiobook app. We need ~10 hours of studio-quality recordings of you reading a provided script (sentences + short passages).\nYour recordings will be used to create an AI voice. You will sign a clear licensing agreement and get paid per finished hour plus a royalty on usage.\nRequirements: treated room, good mic (U87/TLM103 class or similar), clean consistent delivery over multiple sessions.\n$250 per finished hour + royalties. Please send a 1-minute unprocessed sample.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-028: Backend work for an AI product; 'not looking for an AI engineer' is about the role, not tool use.
  [
    'none',
    "Backend developer (Django/DRF) for our AI writing app\nWe make an AI writing assistant used by ~40k students. Need a backend dev to maintain our Django REST API: billing (Stripe), user accounts, rate limiting, background jobs (Celery).\nWe are NOT looking for an AI/ML engineer — the model side is handled by our in-house team. This is classic backend work.\nPostgres, Redis, AWS. 20-30 hrs/week, long-term.\n$40-60/hr. Please share something you've built with Django.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── Spanish (13) ─────────────
  // r8-035: IA solo para documentarse; el texto debe ser propio y se comprueba con Originality.ai.
  [
    'restricted',
    'Redactor/a SEO para blog de reformas (España)\nEmpresa de reformas en Sevilla busca redactor para 8 artículos al mes sobre baños, cocinas, licencias de obra, etc.\nPuedes usar IA para documentarte y sacar ideas, pero el texto lo escribes tú: todos los artículos pasan por Originality.ai y, si salen como generados por IA, se devuelven y no se pagan. Lo sentimos, hemos tenido malas experiencias.\nSe valora conocer el sector y escribir con naturalidad, sin relleno.\n20 € por artículo de 1.000 palabras. Pago por PayPal o transferencia.',
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'restricted' } },
  ],
  // r8-037: IA permitida solo para subtítulos/audio, no voces ni imágenes IA, y pide que le cuenten qué herramientas usa.
  [
    'restricted',
    'Editor de video para canal de YouTube de viajes 🎬\nParce, busco editor para mi canal (viajes por Colombia y Centroamérica). 2 videos de 15-20 min al mes, más 6 shorts.\nPuedes usar herramientas de IA para subtítulos, limpiar el audio o cortar silencios (Descript, CapCut, lo que uses). Pero nada de voces generadas con IA ni avatares, y nada de imágenes de IA metidas como si fueran tomas reales.\nEn tu propuesta cuéntame qué herramientas de IA usas normalmente, para saber cómo trabajas.\nPago: 80 USD por video largo, 10 USD por short.',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r8-038: Exigen manejo de Midjourney/Stable Diffusion y esperan que el freelancer trabaje con IA generativa.
  [
    'encouraged',
    'Diseñador/a para ilustraciones de juego de cartas\nEstamos desarrollando un juego de cartas de fantasía y necesitamos 60 ilustraciones de personajes.\nRequisito: manejo fluido de Midjourney o Stable Diffusion, además de Photoshop para retocar. Trabajamos con IA generativa y esperamos que tú también; lo importante es mantener un estilo coherente en las 60 cartas.\nPresupuesto: 600 USD. Plazo de 5 semanas.\nManda ejemplos de series de imágenes con estilo consistente.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-039: Evaluar respuestas de un chatbot es trabajo sobre IA; 'no se necesita experiencia en IA' no regula su uso.
  [
    'none',
    'Evaluadores de respuestas de chatbot – español neutro (remoto, horario flexible)\nBuscamos personas hispanohablantes nativas para evaluar respuestas de un asistente conversacional: leer la pregunta, leer la respuesta, calificar de 1 a 5 según claridad, exactitud y tono, y escribir un comentario breve.\nNo se necesita experiencia en IA ni en tecnología, solo buena redacción y criterio.\nDisponibilidad mínima: 10 horas por semana.\nPago: 9 USD por hora. Se hará una pequeña prueba de selección.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-040: Construir un detector de IA es el proyecto; no revisan el trabajo del freelancer con detectores.
  [
    'none',
    'Desarrollador Python para herramienta de detección de textos generados por IA\nSomos una edtech en Bogotá. Queremos un detector de textos generados por IA para los trabajos de nuestros estudiantes, parecido a GPTZero o Turnitin pero entrenado con textos en español.\nNecesitamos: pipeline de datos, fine-tuning de un modelo (tipo RoBERTa en español), API con FastAPI y un panel sencillo.\nExperiencia con Hugging Face imprescindible.\nPresupuesto: 5.000 USD por hitos.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-041: La IA es solo el tema de la newsletter.
  [
    'none',
    'Redactor/a para newsletter semanal sobre inteligencia artificial\nSomos un medio digital pequeño de Barcelona y lanzamos una newsletter sobre novedades de IA para pymes: nuevos modelos, regulación europea, casos de uso en empresas.\nBuscamos a alguien que siga el sector de cerca y sepa explicarlo sin tecnicismos. Un envío a la semana, unas 900 palabras.\n150 € por envío, facturando como autónomo.\nEnvíanos un par de textos tuyos sobre tecnología.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── Portuguese (13) ─────────────
  // r8-042: ChatGPT só para pesquisa, texto final do redator; proposta feita por IA é descartada.
  [
    'prohibited',
    'Redator(a) pra blog de finanças pessoais\nProcuro redator pra 8 artigos/mês sobre finanças pessoais (cartão de crédito, dívidas, começar a investir). Linguagem simples, público bem iniciante.\nPode usar ChatGPT pra pesquisar e organizar as ideias, sem problema. Mas o texto final tem que ser escrito por vc, com a sua voz.\nProposta copiada de IA eu descarto na hora, então escreve do seu jeito msm, pode ser curtinha.\nR$ 60 por artigo de 1.200 palavras. Pagamento via Pix.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', proposal: 'prohibited' },
    },
  ],
  // r8-043: IA no código permitida se indicada nos pull requests; respostas de triagem sem IA.
  [
    'prohibited',
    'Programador(a) PHP/Laravel – manutenção de plataforma de reservas (Porto)\nSomos uma pequena empresa de turismo no Porto. Precisamos de alguém para corrigir bugs e desenvolver pequenas funcionalidades na nossa plataforma em Laravel 9.\nPode recorrer a ferramentas de IA para o código, desde que indique nos pull requests as partes geradas, para sabermos onde rever com mais cuidado.\nAs respostas às perguntas de triagem devem ser escritas por si, sem IA. Preferimos respostas curtas e honestas.\nOrçamento: 25 €/hora, cerca de 40 horas por mês.',
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', proposal: 'prohibited' },
    },
  ],
  // r8-048: Uso do assistente de IA é obrigatório no atendimento, mas nada de IA nas reuniões e chat interno.
  [
    'prohibited',
    'Atendente de SAC por chat – loja de moda online (home office)\nVaga para atendimento via chat e e-mail, seg a sex, das 9h às 15h.\nNo atendimento aos clientes você vai usar nosso assistente de IA, que sugere as respostas. É obrigatório usar, porque padroniza o tom da marca — você só ajusta quando precisar.\nJá nas reuniões de equipe e no chat interno com a gente, nada de IA respondendo por você. Queremos te conhecer de verdade.\nRemuneração: R$ 1.800/mês (PJ).\nResponda às perguntas de triagem abaixo.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'encouraged', communication: 'prohibited' },
    },
  ],
  // r8-049: Qualquer ferramenta de IA usada na revisão tem de ser declarada, com indicação de onde.
  [
    'restricted',
    'Revisão de inglês de artigo científico (biologia marinha)\nSou investigadora em Aveiro e preciso de revisão linguística de um artigo (~7.000 palavras) antes de o submeter a uma revista internacional.\nA revista exige uma declaração sobre o uso de IA. Por isso, qualquer ferramenta de IA que utilize na revisão (incluindo ChatGPT, DeepL Write, Grammarly) tem de ser declarada, com indicação de onde foi usada.\nProcuro alguém com experiência em textos científicos, idealmente nativo de inglês.\nOrçamento: 250 €. Prazo: 10 dias.',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r8-050: Proibição total de IA, com roteiros verificados no GPTZero.
  [
    'prohibited',
    'ROTEIRISTA PARA CANAL DARK (curiosidades)\nCanal com 300 mil inscritos procura roteirista fixo. 12 roteiros/mês, de 1.500 a 2.000 palavras.\nIMPORTANTE: NADA DE IA. Nem ChatGPT, nem Gemini, nem "só pra revisar". Todo roteiro passa no GPTZero e se der IA é recusado e vc sai do time.\nPagamento: R$ 45 por roteiro, via Pix toda sexta.\nManda um roteiro seu de exemplo (se não tiver, escreve um sobre o mistério do Triângulo das Bermudas).',
    { disclosure: false, confidentiality: false, detectors: true },
  ],
  // r8-051: O cliente pede que use ChatGPT/Gemini para gerar as fórmulas e o script.
  [
    'encouraged',
    'Automação de planilha de estoque no Google Sheets\nPreciso de alguém pra automatizar minha planilha de estoque: baixa automática quando entra pedido pelo formulário, alerta de estoque mínimo por e-mail e relatório mensal.\nSobre IA: faço questão! Usa ChatGPT ou Gemini pra gerar as fórmulas e o Apps Script, fica mais rápido e mais barato pra mim.\nA planilha tem umas 400 linhas de produto e 3 abas, nada muito complicado.\nValor fechado: R$ 600. Me fala em quanto tempo você entrega.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r8-052: Criar um bot com GPT é trabalho sobre IA; nenhuma regra sobre o uso de IA do freelancer.
  [
    'none',
    'Bot de WhatsApp com GPT para clínica odontológica\nQuero um bot no WhatsApp que responda dúvidas dos pacientes (horários, convênios, preços) e agende consultas direto na nossa agenda (Google Agenda).\nPode ser com a API da OpenAI, Gemini, o que for mais barato de manter. Precisa passar para um atendente humano quando o paciente pedir.\nIntegração com WhatsApp Business API (oficial, nada de número pirata).\nOrçamento: até R$ 5.000 + manutenção mensal a combinar.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-054: Só menciona que o próprio cliente usou o ChatGPT para escrever o anúncio.
  [
    'none',
    'Editor de vídeo para cultos e reels da igreja\nA Igreja Batista aqui do bairro precisa de alguém pra editar os cultos de domingo (corte, legenda, vinheta) e fazer 3 reels por semana com trechos da pregação.\nTemos o material bruto no Drive, gravado com 2 câmeras.\nPagamento: R$ 700 por mês.\nObs: esse anúncio foi escrito com ajuda do ChatGPT pq não sou muito bom com texto kkkk mas a vaga é real, pode mandar proposta 🙏',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── French (13) ─────────────
  // r8-056: Traduction automatique interdite pour le livrable; IA acceptée pour la soumission si mentionnée.
  [
    'prohibited',
    "Traduction anglais > français (Québec) – guide des employés, 25 000 mots\nBonjour! Nous sommes une coopérative en Estrie et avons besoin de faire traduire notre guide des employés vers le français québécois (terminologie OQLF, s.v.p.).\nLa traduction automatique (DeepL, Google Traduction, ChatGPT) n'est pas permise pour le livrable. On veut une vraie traduction humaine, c'est un document qui va être lu par tous nos employés.\nPour votre soumission par contre, si vous vous êtes aidé d'un outil d'IA pour la rédiger, c'est correct, mentionnez-le simplement.\nBudget : 0,16 $ CA / mot. Membre de l'OTTIAQ, un atout.",
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'prohibited', proposal: 'restricted' },
    },
  ],
  // r8-058: L'IA est attendue pour le travail; une candidature rédigée avec IA doit être signalée.
  [
    'restricted',
    "Community manager pour marque de cosmétiques solides (Instagram + TikTok)\nOn lance une petite marque de cosmétiques solides à Nantes et on cherche un·e CM freelance, environ 3 jours par mois.\nOn attend de vous que vous utilisiez l'IA au quotidien (ChatGPT pour les légendes, Canva IA pour les visuels) : on veut du volume et de la réactivité.\nPetite chose pour la candidature : si vous l'avez écrite avec une IA, dites-le-nous. Ça ne vous élimine pas, on veut juste savoir.\nRémunération : 500 €/mois. Montrez-nous 2-3 comptes que vous gérez.",
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'encouraged', proposal: 'restricted' },
    },
  ],
  // r8-059: IA permise pour les courriers sans données des mandants; réponses de présélection sans IA.
  [
    'prohibited',
    "Assistant·e administratif·ve à distance – fiduciaire à Lausanne\nNotre fiduciaire cherche une aide à distance, env. 15 h par semaine : courriers, relances, classement des pièces comptables, prise de rendez-vous.\nVous pouvez utiliser des outils d'IA pour rédiger ou reformuler les courriers. Condition absolue : aucune donnée de nos mandants (noms, montants, numéros AVS, dossiers) ne doit être saisie dans ces outils.\nLes réponses aux questions de présélection doivent être personnelles et rédigées sans IA.\nRémunération : CHF 35.–/heure. Début souhaité : septembre.",
    {
      disclosure: false,
      confidentiality: true,
      detectors: false,
      scopes: { work: 'allowed', proposal: 'prohibited' },
    },
  ],
  // r8-061: Une soumission rédigée avec IA est acceptée si c'est indiqué clairement.
  [
    'restricted',
    "Rédacteur(trice) pour infolettre municipale (Québec)\nNotre municipalité (4 500 habitants) cherche un(e) pigiste pour rédiger l'infolettre mensuelle : travaux, loisirs, avis publics, vie communautaire.\nConnaissance du monde municipal québécois appréciée.\nSi vous utilisez un outil d'IA pour rédiger votre soumission, indiquez-le clairement, s.v.p. Ça ne vous disqualifie pas.\nTarif : 300 $ par infolettre. Faites-nous parvenir un exemple de texte.",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { proposal: 'restricted' } },
  ],
  // r8-062: Textes livrés passés au détecteur d'IA Compilatio; fiches générées par IA refusées.
  [
    'prohibited',
    "Rédacteur web pour fiches pratiques juridiques (droit du travail)\nCabinet d'avocats parisien recherche rédacteur juriste pour 10 fiches pratiques par mois (licenciement, rupture conventionnelle, congés...).\nTous les textes livrés passent par un détecteur d'IA (Compilatio). Les fiches générées par IA seront refusées et non rémunérées.\nFormation juridique exigée (M1 minimum).\nRémunération : 90 € la fiche de 1 200 mots.",
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r8-063: ChatGPT explicitement autorisé, avec interdiction d'y coller les données du CRM.
  [
    'allowed',
    "Chargé(e) de prospection LinkedIn – SaaS RH\nNous vendons un logiciel de gestion des plannings pour la restauration. Mission : identifier des prospects, rédiger des messages d'approche, prendre des rendez-vous pour nos commerciaux.\nUtiliser ChatGPT ou un autre outil d'IA ne nous pose aucun problème, vous êtes libre. Seule règle : ne jamais y coller les données de notre CRM (noms, e-mails, chiffres clients).\nOutils : LinkedIn Sales Navigator (licence fournie) et HubSpot.\nRémunération : fixe 800 €/mois + 50 € par rendez-vous qualifié.",
    { disclosure: false, confidentiality: true, detectors: false },
  ],
  // r8-064: Mission d'ingénierie IA; aucune règle sur l'usage personnel de l'IA.
  [
    'none',
    "Ingénieur·e NLP – fine-tuning d'un modèle Mistral sur des données métier\nStart-up parisienne (assurtech). Nous voulons adapter un modèle open source (Mistral 7B ou équivalent) pour classer et résumer des déclarations de sinistre.\nCompétences : PyTorch, Hugging Face, LoRA/QLoRA, évaluation de modèles, déploiement (vLLM). Une vraie expérience en IA générative est indispensable.\nDonnées anonymisées fournies, GPU fournis.\nMission de 2 mois, TJM 600-700 €.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-066: Le chatbot est celui du client; aucune règle sur l'IA du rédacteur.
  [
    'none',
    "Rédaction d'une base de connaissances pour notre agent conversationnel\nNotre entreprise de thermopompes (Laval) a mis en place un agent conversationnel sur son site web. Il répond aux clients à partir d'une base de connaissances... qui n'existe pas encore!\nOn cherche un(e) rédacteur(trice) technique pour écrire environ 80 articles de FAQ : entretien, garanties, subventions, dépannage de base.\nVous travaillerez avec notre technicien en chef pour valider le contenu.\nBudget : 3 000 $ CA.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-067: Former des artisans à ChatGPT est une mission sur l'IA, sans règle sur l'usage du formateur.
  [
    'none',
    "Formateur·rice pour ateliers « ChatGPT et IA générative pour les TPE »\nLa CCI de notre département organise 4 ateliers d'une demi-journée pour des artisans et commerçants. Objectif : leur montrer concrètement comment utiliser ChatGPT, Le Chat de Mistral et Canva IA dans leur activité.\nVous concevez le support et animez les ateliers (présentiel, Clermont-Ferrand).\nExpérience de formation auprès d'un public non technique exigée.\nRémunération : 600 € HT par demi-journée, préparation incluse.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── German (13) ─────────────
  // r8-068: KI-Anschreiben werden aussortiert; KI bei den Texten erlaubt, wenn die Passagen markiert werden.
  [
    'prohibited',
    'Texter*in für Website-Relaunch (Handwerksbetrieb, ca. 12 Seiten)\nHallo zusammen,\nwir sind eine Tischlerei aus dem Allgäu und bekommen eine neue Website. Gesucht: jemand, der Startseite, Leistungsseiten und Über-uns-Text schreibt, bodenständig und ohne Marketing-Blabla.\nZur Bewerbung: Bitte schreibt das Anschreiben selbst. KI-generierte Anschreiben sortieren wir aus, davon bekommen wir genug.\nBei den Website-Texten selbst dürft ihr KI zur Unterstützung nutzen, markiert aber bitte, welche Passagen daraus stammen.\nBudget: 900 € pauschal. Erzählt uns kurz, ob ihr schon für Handwerksbetriebe geschrieben habt.',
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'restricted' },
    },
  ],
  // r8-069: DeepL nur für Produkttexte mit Nachbearbeitung, AGB von Hand; Telefonate/E-Mails ohne KI-Assistenten.
  [
    'prohibited',
    "Übersetzung DE > FR für Online-Shop (Velozubehör), ca. 15'000 Wörter\nGrüezi miteinander\nWir sind ein kleiner Velohändler aus Winterthur und möchten unseren Shop auch für die Romandie anbieten. Zu übersetzen sind Produkttexte, Kategorien und AGB.\nMaschinelle Übersetzung (DeepL o. Ä.) ist für die Produkttexte in Ordnung, sofern alles von Ihnen sorgfältig nachbearbeitet wird. Die AGB bitte vollständig von Hand übersetzen.\nTelefonate und E-Mails mit uns bitte ohne KI-Assistenten – wir möchten mit Ihnen persönlich sprechen.\nBudget: CHF 0.12 pro Wort. Bitte Referenzen aus dem E-Commerce angeben.",
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', communication: 'prohibited' },
    },
  ],
  // r8-070: KI beim Programmieren ausdrücklich erwünscht, KI beim Anschreiben egal.
  [
    'allowed',
    'Webentwickler/in für Relaunch unserer Hotel-Website (Tirol)\nServus! Wir sind ein Familienhotel im Zillertal und planen den Relaunch unserer Website (WordPress, Buchungsstrecke über unsere Channel-Manager-Schnittstelle).\nKI-Tools wie Copilot oder ChatGPT beim Programmieren sind bei uns ausdrücklich erwünscht, wir wollen, dass es zügig geht.\nOb du dein Bewerbungsschreiben mit KI formulierst, ist uns ehrlich gesagt wurscht. Zeig uns lieber Referenzen.\nBudget: ca. 4.000 €, Start im Jänner.\nBitte gib an, mit welchem Channel-Manager du schon gearbeitet hast.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'encouraged', proposal: 'allowed' },
    },
  ],
  // r8-072: KI zur Recherche nur mit manueller Prüfung jedes Eintrags; DeepL/ChatGPT für Rückfragen erlaubt.
  [
    'restricted',
    'Recherche: 500 Firmenadressen (Maschinenbau, NRW) als Excel-Liste\nWir brauchen eine saubere Liste mit 500 Maschinenbau-Firmen in NRW: Firmenname, Adresse, Website, Telefonzentrale, ungefähre Mitarbeiterzahl.\nKI dürft ihr für die Recherche verwenden, aber jeder Eintrag muss von euch manuell auf der Firmenwebsite oder im Handelsregister geprüft werden. KI erfindet gern Firmen.\nBei Rückfragen schreibt uns einfach – wenn Deutsch nicht eure Muttersprache ist, gern auch mit DeepL oder ChatGPT übersetzt, kein Problem.\nFestpreis: 250 €.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', communication: 'allowed' },
    },
  ],
  // r8-073: Keine KI-Bilder für die Etiketten; KI beim Begleittext der Bewerbung egal.
  [
    'prohibited',
    "Illustration für Weinetiketten – Weingut am Bielersee\nGrüezi\nUnser Weingut sucht eine Illustratorin oder einen Illustrator für eine neue Etikettenserie (4 Weine). Stil: feine Linien, etwas verspielt, mit Bezug zur Landschaft am See.\nFür die Etiketten kommen keine KI-generierten Bilder in Frage, auch nicht als Grundlage. Wir möchten echtes Handwerk, und die Markenrechte müssen sauber sein.\nBei der Bewerbung zählt für uns das Portfolio. Ob der Begleittext mit KI geschrieben wurde, ist uns egal.\nBudget: CHF 2'500 für alle vier Sujets.",
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'prohibited', proposal: 'allowed' },
    },
  ],
  // r8-075: KI ist im Projekt in jeder Form untersagt.
  [
    'prohibited',
    'Ghostwriter für Ratgeber-E-Book „Hund und Kind"\nIch bin Hundetrainerin und möchte ein E-Book (ca. 60 Seiten) über das Zusammenleben von Hunden und kleinen Kindern veröffentlichen. Die Inhalte liefere ich als Sprachmemos und Stichpunkte.\nWichtig: Der Einsatz von KI ist bei diesem Projekt in jeder Form untersagt. Keine KI-Tools, auch nicht „nur zum Glätten".\nBudget: 1.500 €, Zeitrahmen 2 Monate.\nBitte schickt mir eine Textprobe aus dem Ratgeber-Bereich.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-076: KI nur nach vorheriger Absprache und mit Angabe, wo sie eingesetzt wurde.
  [
    'restricted',
    'Lektorat Unternehmensbroschüre (Wien) – 24 Seiten\nGrüß Gott, wir sind ein Installationsbetrieb in Wien und brauchen ein Lektorat für unsere neue Imagebroschüre (österreichisches Deutsch bitte, also „Jänner", „heuer" usw. nicht ausbessern!).\nKI-Werkzeuge nur nach vorheriger Absprache mit uns. Wenn Sie so etwas einsetzen wollen, fragen Sie bitte vorher und geben Sie im Anschluss an, wo Sie es verwendet haben.\nDie Texte liegen als Word-Datei vor, Korrekturen bitte im Änderungsmodus.\nHonorar: 400 € pauschal. Lieferung binnen 10 Tagen.',
    { disclosure: true, confidentiality: false, detectors: false },
  ],
  // r8-078: KI ist nur das Geschäft des Kunden; keine KI-Kenntnisse nötig ist keine Regel.
  [
    'none',
    'Freelancer/in Webflow – KI-Startup aus Hamburg\nWir entwickeln Sprachmodelle für Versicherungen (Schadenmeldungen automatisch auswerten) und brauchen Unterstützung bei unserer Website in Webflow: neue Landingpages, CMS-Pflege, kleine Animationen.\nKI-Kenntnisse brauchst du dafür keine, Webflow-Kenntnisse dafür umso mehr.\n10–15 Stunden pro Woche, remote.\n35 €/Stunde. Schick uns Links zu Webflow-Seiten, die du gebaut hast.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-080: Übersetzt wird die Oberfläche einer MT-App; keine Regel zur maschinellen Übersetzung durch den Freelancer.
  [
    'none',
    "Übersetzung der Benutzeroberfläche unserer Übersetzungs-App DE > IT\nGrüezi! Wir sind ein Zürcher Startup und entwickeln eine App für maschinelle Übersetzung im Gesundheitswesen. Jetzt soll die App selbst auf Italienisch erscheinen (für das Tessin).\nUmfang: ca. 3'200 Wörter UI-Texte (Buttons, Fehlermeldungen, Onboarding) im JSON-Format.\nMuttersprache Italienisch, idealerweise mit Bezug zur Schweiz.\nBudget: CHF 700.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
];

/** Still read wrongly: the right reading, the text, what the engine reads instead, the labels checked. */
export const ROUND8_MISSES: KnownMiss[] = [
  // r8-001: AI is fine for the descriptions but GPT cover letters are binned.
  [
    'prohibited',
    "Product descriptions for candle shop – 60 SKUs\nHi! We're a 2-person candle business and I need someone to write product descriptions for our Shopify store (60 candles, ~120 words each).\nHonestly I don't care if you use ChatGPT or Jasper for the descriptions themselves, as long as they're accurate and sound like us (cozy, a little funny).\nBUT your proposal has to be written by you. I get 50 identical GPT cover letters every time I post and they all go straight to the bin.\nBudget: $180 fixed.\nStart your reply with your favourite candle scent so I know you actually read this 🕯️",
    'reads work restricted',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'allowed' },
    },
  ],
  // r8-003: Machine-generated screening answers are skipped; AI in grant drafting is OK if the freelancer says where.
  [
    'prohibited',
    "Grant writer for small youth sports nonprofit\nWe're a volunteer-run soccer league for low-income kids and need help with 2–3 foundation grant applications this spring. Experience with community foundations a plus.\nPlease answer the screening questions in your own words. We're a tiny team and we want to hear how you think, not what an AI thinks — answers that read machine-generated will be skipped.\nFor the grants themselves: if you use AI tools at any point while drafting, that's ok, but tell us where. A couple of funders now ask applicants about it.\n$40/hr, est. 30 hours total.",
    'reads proposal unset',
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'restricted' },
    },
  ],
  // r8-004: Synthetic/cloned voices are rejected; an AI notetaker on the call needs prior notice and approval (client's own ChatGPT script use is irrelevant).
  [
    'prohibited',
    'Male voice-over, American accent, explainer videos (x4)\nLooking for a warm, conversational male VO for four 90-sec explainers for our HR software. Scripts are final (our marketing guy wrote them with some ChatGPT help, so no need to touch them).\nThe voice itself must be YOU. No ElevenLabs, no cloned or synthetic voices, no AI "enhancement" that changes the voice. AI audio gets rejected.\nWe\'ll do a short live-directed session on Zoom. If you want to run an AI notetaker on that call, let us know beforehand and we\'ll say yes or no.\nDeliver WAV 48kHz, dry + lightly processed.\n$400 for all four. Send a 30s sample reading anything.',
    'reads disclosure false, communication unset',
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'prohibited', communication: 'restricted' },
    },
  ],
  // r8-005: Editing may use grammar checkers but no generative rewriting, with a tool list; ChatGPT cover letters get no reply.
  [
    'prohibited',
    "Copyeditor for PhD thesis (sociology, 80k words, Chicago)\nI'm a PhD candidate and need a careful copyedit before submission: grammar, consistency, citations, formatting. NOT substantive rewriting.\nMy university has strict rules on this, so:\n1) Spellcheck / Grammarly-type corrections are fine.\n2) No generative AI rewriting my sentences. Nothing that produces new text.\n3) At the end I need a short note from you listing every tool you used.\nAlso, please don't send me a ChatGPT cover letter. I've graded enough undergrad essays to spot one, and I won't reply.\nBudget around $1,200, 3 weeks.",
    'reads disclosure false',
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', proposal: 'prohibited' },
    },
  ],
  // r8-006: No AI extraction of invoice data and files may not go into AI tools, but machine translation is fine for messages.
  [
    'prohibited',
    'Data entry – 1,500 scanned invoices into Google Sheets\nNeed accurate entry of vendor, date, invoice #, net, VAT, total. Some scans are bad quality, some handwritten.\nPlease do NOT run these through ChatGPT or any AI tool to extract the data. We tried, it invented numbers. Manual entry, double-checked.\nAlso the invoices have supplier bank details on them, so they must not be uploaded into any AI tool or anywhere outside our Drive.\nEnglish is not my first language either, so no problem if you use Google Translate when you message me.\n$0.12 per invoice. Tell me your accuracy rate on past jobs.',
    'reads confidentiality false',
    {
      disclosure: false,
      confidentiality: true,
      detectors: false,
      scopes: { work: 'prohibited', communication: 'allowed' },
    },
  ],
  // r8-008: AI reply drafts must be human-reviewed before sending; any tools incl. AI are fine for internal Slack.
  [
    'restricted',
    "Part-time customer support VA (email + live chat), US hours\nAnswering customer emails and live chat in Gorgias for a small skincare brand. ~25h/week, Mon–Fri.\nYou can use Gorgias's AI reply suggestions to draft answers, but every reply has to be read and edited by you before it goes out. No auto-send, ever.\nFor internal Slack with me and the team, write however is easiest for you. Grammarly, translation tools, AI, whatever, I just need the message to be clear.\n$8/hr to start, raise after 60 days.\nScreening question: what would you say to a customer whose package shows delivered but never arrived?",
    'reads communication unset',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', communication: 'allowed' },
    },
  ],
  // r8-009: MT + post-editing allowed for the job if the engine is reported; the application test must be done without MT.
  [
    'prohibited',
    'EN>ES (LatAm) translation – mobile game UI + store listing, ~9k words\nNative Latin American Spanish translators only, gaming experience needed (RPG terminology).\nMachine translation + post-editing is acceptable for this project, but tell us which engine you used (DeepL, Google, etc.) so we can log it for the publisher.\nTo apply, translate the 3 lines below. Do the test yourself, no MT — we compare tests side by side and it\'s obvious.\n1. "Your inventory is full. Sell or discard items to continue."\n2. "The Ember Knight has joined your party!"\n3. "Daily quests reset at midnight server time."\n$0.05/word, deadline 10 days.',
    'reads proposal unset',
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', proposal: 'prohibited' },
    },
  ],
  // r8-012: Midjourney only for moodboards, final logo hand-made; the proposal paragraph must not be AI-written.
  [
    'prohibited',
    "Logo + brand kit for a craft brewery in Oregon\nSmall brewery opening this fall. Need: primary logo, secondary mark, color palette, 2 can label templates.\nAI image tools (Midjourney etc.) are fine for moodboards and exploring directions. The final logo has to be drawn by you, vector and original — we're trademarking it and AI-generated art is a mess for that.\nIn your proposal, give us 2–3 sentences in your own words on how you'd approach a brewery brand. Not AI-written please; we want to get a feel for you.\n$1,500–2,200 depending on experience. Portfolio link required.",
    'reads proposal unset',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', proposal: 'prohibited' },
    },
  ],
  // r8-013: Client wants AI used for captions/ideas but WhatsApp replies to the client must not be ChatGPT.
  [
    'prohibited',
    "social media person for 3 restaurant accounts!!\nhey, we own 3 restaurants in Austin (tacos, ramen, a brunch spot) and need someone to run IG + TikTok for all three. ~4 posts a week each + stories\nplease USE AI for captions, hashtags, content ideas, whatever. we literally want you to, speed > poetry\none thing tho: when we text on WhatsApp about the schedule or a shoot, it's you replying, not chatgpt. we've had that before and it was weird\n$600/month to start, more if it goes well\ndrop 1-2 accounts you've grown",
    'reads work prohibited',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'encouraged', communication: 'prohibited' },
    },
  ],
  // r8-029: ChatGPT permitido para las descripciones; propuestas hechas con IA no se leen.
  [
    'prohibited',
    'Redactor/a para descripciones de productos – tienda de artesanía mexicana\n¡Hola! Tenemos una tienda en Shopify con artesanías de Oaxaca y Michoacán y necesitamos 80 descripciones de producto (100-150 palabras c/u). Tono cálido, nada exagerado.\nPara las descripciones pueden apoyarse en ChatGPT si quieren, igual nosotros revisamos todo antes de publicar.\nLo que sí pedimos: la propuesta escríbanla ustedes. Si se nota que es de una IA, ni la leemos, neta.\nPresupuesto: $4,000 MXN (aprox. 230 USD).\nPara saber que leíste esto, dinos qué artesanía mexicana te gusta más 🙂',
    'reads work prohibited, proposal unset',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'allowed', proposal: 'prohibited' },
    },
  ],
  // r8-030: Traducción sin MT ni IA y documentos fuera de esas herramientas; la carta de presentación puede pulirse con ChatGPT.
  [
    'prohibited',
    'Traductor/a jurado inglés-español – contratos de arrendamiento\nDespacho de abogados en Madrid. Necesitamos traducir 6 contratos (unas 18.000 palabras) para un cliente británico, con traducción jurada.\nImprescindible: nada de traducción automática ni IA (DeepL, Google Translate, ChatGPT...) en la traducción. Los documentos son confidenciales y no pueden subirse a ninguna herramienta de este tipo.\nLa carta de presentación, en cambio, podéis pulirla con ChatGPT si os apetece; lo que nos importa es vuestra experiencia.\nTarifa a convenir, pago contra factura.\nIndicad vuestro número de traductor-intérprete jurado (MAEC).',
    'reads confidentiality false, proposal unset',
    {
      disclosure: false,
      confidentiality: true,
      detectors: false,
      scopes: { work: 'prohibited', proposal: 'allowed' },
    },
  ],
  // r8-031: Copilot permitido para programar; prohibido contestar por Slack o en reuniones con textos de ChatGPT.
  [
    'prohibited',
    'Dev backend Node.js para API de turnos médicos\nHola! Somos una startup chica de Córdoba y necesitamos sumar a alguien para terminar nuestra API (Node + Express + Postgres) y armar los tests.\nUsá Copilot o lo que quieras para programar, no tenemos drama con eso, siempre que entiendas el código que subís.\nLo que no bancamos: que nos contestes por Slack o en las reuniones con textos de ChatGPT. Queremos hablar con una persona, aunque escribas con faltas.\nUSD 1.800 por el proyecto, unas 6 semanas.\nMandanos tu GitHub y contanos qué fue lo último que deployaste.',
    'reads work restricted',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'allowed', communication: 'prohibited' },
    },
  ],
  // r8-032: IA solo para buscar y resumir fuentes, redacción propia; preguntas de filtro sin IA.
  [
    'prohibited',
    'Investigador/a de mercado – exportadores de café especial en Colombia\nBuenos días. Necesitamos un informe de 15-20 páginas sobre pequeños exportadores de café especial: precios, certificaciones, canales de venta, principales compradores.\nSobre herramientas de IA: puede usarlas para buscar y resumir fuentes, pero el análisis y la redacción del informe tienen que ser suyos.\nLas preguntas de filtro de esta oferta respóndalas sin IA, por favor. Queremos ver cómo escribe usted.\nPago: 900 USD. Plazo: 3 semanas.\nSe valora experiencia en el sector agrícola.',
    'reads work unset',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', proposal: 'prohibited' },
    },
  ],
  // r8-033: Prefieren que use IA para el contenido; nada de asistentes de IA en las reuniones y datos de pacientes fuera de la IA.
  [
    'prohibited',
    'Community manager para clínica dental en Valencia\nBuscamos CM para Instagram y TikTok: calendario mensual, 12 publicaciones, 8 reels y respuesta a comentarios.\nNos parece genial que uses IA para generar ideas, copys y hasta imágenes de apoyo; de hecho lo preferimos, vamos con presupuesto ajustado.\nEso sí: en las reuniones semanales por Meet no queremos asistentes de IA tipo Fireflies u Otter grabando ni transcribiendo. Se habla de pacientes y esa información no puede acabar en ninguna herramienta de IA.\n450 €/mes + IVA.\nMándanos 2 cuentas que lleves o hayas llevado.',
    'reads confidentiality false, work restricted',
    {
      disclosure: false,
      confidentiality: true,
      detectors: false,
      scopes: { work: 'encouraged', communication: 'prohibited' },
    },
  ],
  // r8-034: Recomienda Whisper para la primera pasada y le da igual si la postulación usa ChatGPT.
  [
    'allowed',
    'Transcripción de 20 entrevistas (sociología, Santiago)\nHola! Soy investigadora en una universidad y necesito transcribir 20 entrevistas de 45-60 min cada una, en español chileno (harto modismo, gente hablando rápido).\nPara la primera pasada te recomiendo usar Whisper o alguna herramienta de transcripción automática, y después revisas todo escuchando el audio. Así avanzas más rápido y me sale más barato a mí también jaja.\nLa postulación escríbela como quieras, con o sin ChatGPT, a mí me da lo mismo. Lo que sí, cuéntame en 3-4 líneas cuánta experiencia tienes con el acento chileno.\nPago: 1 USD por minuto de audio.',
    'reads work unset',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'encouraged', proposal: 'allowed' },
    },
  ],
  // r8-036: ChatGPT permitido para redactar correos, con la regla de no meter datos de clientes en ninguna IA.
  [
    'allowed',
    'Asistente virtual para despacho contable (CDMX)\nBuscamos asistente para agendar citas, contestar correos de clientes, dar seguimiento a pagos y organizar documentos en Drive. Medio tiempo, horario de CDMX.\nPuedes apoyarte en ChatGPT para redactar los correos, no hay problema, lo usamos todos. La única regla: nunca metas datos de nuestros clientes (nombres, RFC, montos, estados de cuenta) en ChatGPT ni en ninguna otra IA.\nSueldo: 7,500 MXN mensuales.\nMándanos un mensaje contándonos en qué horario estás disponible.',
    'reads work unset',
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r8-044: IA nas ilustrações permitida se avisar em quais peças; tradutor automático liberado nas mensagens.
  [
    'restricted',
    'Ilustrações para e-book infantil (20 páginas)\nEstou fazendo um e-book infantil sobre reciclagem e preciso de 20 ilustrações coloridas, estilo aquarela.\nIA generativa (Midjourney, Firefly etc.) pode ser usada nas ilustrações, mas quero saber em quais peças vc usou, porque vou colocar isso nos créditos.\nAceito freelancer de fora do Brasil! Se não fala português, pode usar tradutor automático nas mensagens comigo, sem problema nenhum.\nOrçamento: R$ 1.500. Manda portfólio com trabalhos infantis.',
    'reads communication restricted',
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', communication: 'allowed' },
    },
  ],
  // r8-045: IA liberada para DAX/Python, mas dados de clientes fora de IA (LGPD) e nada de ler ChatGPT nas calls.
  [
    'prohibited',
    'Analista de dados – dashboard de vendas no Power BI\nOi! Temos uma rede de 5 farmácias em BH e queremos um dashboard de vendas e estoque no Power BI, puxando do nosso ERP (exporta CSV).\nPode usar ChatGPT/Copilot pra escrever DAX, Python, o que for, sem problema nenhum.\nMAS: os dados de clientes (CPF, nome, compras) não podem ser colados em nenhuma IA, por causa da LGPD. Usa dados fictícios se precisar.\nE nas calls semanais quero conversar com você de verdade, sem ficar lendo resposta do ChatGPT na tela 😅\nOrçamento: R$ 3.000 a 4.000.',
    'reads stance allowed, communication unset',
    {
      disclosure: false,
      confidentiality: true,
      detectors: false,
      scopes: { work: 'allowed', communication: 'prohibited' },
    },
  ],
  // r8-046: Querem tradução automática como base revisada; proposta com IA aceita se avisada.
  [
    'restricted',
    'Tradução de legendas EN > PT-BR – série documental (6 episódios)\nProdutora independente precisa legendar 6 episódios de 50 min de um documentário sobre oceanos. Arquivos .srt já sincronizados.\nO prazo é curto, então a gente quer que você use tradução automática (DeepL ou similar) como base e depois revise tudo com calma: terminologia, limite de caracteres, naturalidade.\nSe você usou IA pra escrever a proposta, tudo bem, só avisa logo no começo.\nValor: R$ 8 por minuto de vídeo. Conta sua experiência com legendagem.',
    'reads disclosure false, work restricted',
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'encouraged', proposal: 'restricted' },
    },
  ],
  // r8-047: Transcrição automática permitida só com ferramentas locais (áudio fora de IA online); propostas do ChatGPT não consideradas.
  [
    'prohibited',
    'Transcrição e revisão de 10 episódios de podcast (português europeu)\nOlá. Temos um podcast interno da empresa (entrevistas com colaboradores) e precisamos das transcrições revistas para publicar na intranet.\nPode usar ferramentas de transcrição automática para adiantar trabalho, não nos importamos. Mas os áudios são internos e não podem ser carregados em serviços de IA online: só ferramentas que corram no seu computador (ex.: Whisper local).\nPropostas geradas pelo ChatGPT não serão consideradas; diga-nos simplesmente, por palavras suas, há quanto tempo faz transcrições.\nOrçamento: 300 € pelo conjunto.',
    'reads confidentiality false, work restricted',
    {
      disclosure: false,
      confidentiality: true,
      detectors: false,
      scopes: { work: 'allowed', proposal: 'prohibited' },
    },
  ],
  // r8-053: A IA é o produto do cliente; 'não é preciso perceber de IA' não regula o uso.
  [
    'none',
    'Gestor(a) de campanhas Meta Ads para app de geração de imagens por IA\nSomos uma startup em Lisboa com uma app que cria retratos e avatares com inteligência artificial. Queremos escalar a aquisição em Portugal, Espanha e Brasil.\nProcuramos alguém com experiência em campanhas de apps (instalações, CPI, eventos in-app) e bom domínio do Gestor de Anúncios.\nNão é preciso perceber de IA, é preciso perceber de performance.\nFee mensal de 800 € + bónus por objetivos.',
    'reads stance encouraged',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-055: IA libre pour le code et DeepL pour les échanges, mais candidatures générées par IA non lues.
  [
    'prohibited',
    "Développeur Python/Django – refonte back-office (mission 3 mois)\nBonjour,\nNous sommes une PME lyonnaise (logistique) et cherchons un·e dev Django pour refondre notre back-office : gestion des tournées, exports, droits utilisateurs.\nCôté code, vous pouvez utiliser Copilot, ChatGPT ou autre, ça ne nous pose aucun problème.\nEn revanche, la candidature doit être rédigée par vous. Les propositions visiblement générées par une IA ne seront pas lues.\nSi le français n'est pas votre langue maternelle, aucun souci pour utiliser DeepL dans nos échanges.\nTJM : 350-450 € selon profil. Merci d'indiquer vos disponibilités.",
    'reads communication unset',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'allowed', proposal: 'prohibited', communication: 'allowed' },
    },
  ],
  // r8-057: Images IA seulement avec accord préalable et signalées; traducteur automatique accepté pour les mails.
  [
    'restricted',
    "Graphiste pour affiche et brochure – festival de musique à Liège\nBonjour à toutes et tous,\nNotre ASBL organise un petit festival en septembre et cherche un·e graphiste pour l'affiche, une brochure de 12 pages et les visuels réseaux sociaux.\nImages générées par IA : possible, mais uniquement après accord de notre part, au cas par cas. Demandez-nous avant de les intégrer et indiquez-nous lesquelles sont concernées.\nPour nos échanges par mail, pas de souci si vous nous écrivez depuis la Flandre en passant par DeepL ou un autre traducteur automatique.\nBudget : 1.200 € (oui, on est une ASBL 🙂). Septante pour cent payés à la livraison des maquettes.",
    'reads disclosure false, communication unset',
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', communication: 'allowed' },
    },
  ],
  // r8-060: Discours 100 % humain et échanges sans chatbot, mais IA indifférente pour la candidature.
  [
    'prohibited',
    "Discours de mariage à écrire pour mon frère 💍\nSalut ! Je suis témoin au mariage de mon frère en juin et je suis nul pour écrire. Je cherche quelqu'un pour m'aider à écrire un discours de 4-5 minutes, drôle mais émouvant.\nLe discours doit être 100 % écrit par un humain, zéro IA. J'ai testé ChatGPT, ça sonnait faux.\nOn fera 2 appels pour que vous connaissiez l'histoire de mon frère : je veux échanger avec vous, pas avec un chatbot.\nPour la candidature, IA ou pas, peu m'importe, je regarde surtout vos exemples de textes.\nBudget : 150 €.",
    'reads stance restricted, work restricted, communication unset',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'prohibited', communication: 'prohibited', proposal: 'allowed' },
    },
  ],
  // r8-065: L'IA n'est que dans les produits vendus; 'pas besoin d'être expert en IA' ne règle rien.
  [
    'none',
    "Rédaction de fiches produits – objets connectés (boutique en ligne)\nBonjour, notre boutique basée à Namur vend des objets connectés : enceintes avec assistant vocal, caméras avec détection par IA, robots aspirateurs...\nOn cherche quelqu'un pour rédiger 40 fiches produits claires et vendeuses, en français.\nPas besoin d'être expert en intelligence artificielle, il faut surtout savoir expliquer simplement.\nBudget : 400 €, livrable en 3 semaines.",
    'reads stance prohibited, detectors true',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r8-071: KI für Anzeigentexte erlaubt, Kundendaten nicht in KI-Tools; Calls ohne KI-Notetaker und Bewerbung ohne KI.
  [
    'prohibited',
    'Freelancer*in Google Ads (SEA) für Agentur – langfristig\nWir sind eine kleine Performance-Agentur in Köln und suchen Unterstützung für ca. 8 Kundenkonten (E-Commerce, B2B).\nFür Anzeigentexte und Keyword-Recherche darfst du gern KI nutzen, machen wir auch.\nAber: Kundendaten, Umsatzzahlen oder Exporte aus den Konten gehören in kein KI-Tool. Da sind wir streng (DSGVO, NDAs).\nUnsere wöchentlichen Calls mit dir bitte ohne KI-Notetaker oder Bots, die mitschreiben.\nUnd die Bewerbung bitte selbst schreiben, keine KI-Texte.\nStundensatz: 60–75 € je nach Erfahrung.',
    'reads work restricted',
    {
      disclosure: false,
      confidentiality: true,
      detectors: false,
      scopes: { work: 'allowed', communication: 'prohibited', proposal: 'prohibited' },
    },
  ],
  // r8-074: Code darf mit KI entstehen; Screening-Antworten ohne ChatGPT, geprüft mit KI-Detektor.
  [
    'prohibited',
    'Python-Entwickler*in für Schnittstelle Shopware → DATEV\nWir brauchen eine Schnittstelle, die Bestellungen und Zahlungen aus Shopware 6 täglich in DATEV-Buchungsstapel überführt.\nDer Code darf gern mit KI-Unterstützung entstehen, Hauptsache er ist sauber, getestet und dokumentiert.\nDie Screening-Fragen beantwortet bitte ohne ChatGPT & Co. Wir lassen die Antworten durch einen KI-Detektor laufen und sortieren aus, was auffällt.\nBudget: 3.000–4.000 € Festpreis. Erfahrung mit dem DATEV-Format ist Pflicht.',
    'reads work unset',
    {
      disclosure: false,
      confidentiality: false,
      detectors: true,
      scopes: { work: 'allowed', proposal: 'prohibited' },
    },
  ],
  // r8-077: Vorübersetzung mit DeepL ist vorgeschrieben, danach Post-Editing.
  [
    'encouraged',
    'Post-Editing EN>DE: technische Dokumentation (Medizintechnik)\nFür einen Kunden aus der Medizintechnik suchen wir Übersetzer/innen mit Erfahrung im Post-Editing.\nArbeitsweise: Sie erstellen die Vorübersetzung selbst mit DeepL Pro (Lizenz stellen wir) und bearbeiten sie anschließend vollständig nach. Genau so ist das Projekt kalkuliert – reine Humanübersetzung können wir nicht vergüten.\nUmfang: ca. 40.000 Wörter, Trados-Paket.\nVergütung: 0,06 €/Wort. Bitte Nachweis Ihrer Qualifikation (Diplom/BDÜ) beilegen.',
    'reads stance none, work unset',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r8-079: Prompt-Engineering für das KI-Produkt ist KI-Arbeit ohne Regel zur eigenen Nutzung.
  [
    'none',
    'Prompt Engineer (m/w/d) für KI-Kundenservice-Assistenten – Freelance\nWir betreiben einen KI-Assistenten für Stadtwerke, der Kundenanfragen zu Abschlägen, Zählerständen und Umzügen beantwortet.\nDeine Aufgaben: System-Prompts optimieren, Testfälle schreiben, Antwortqualität evaluieren, Halluzinationen reduzieren. Erfahrung mit GPT-4o/Claude und Evaluations-Frameworks (z. B. promptfoo) erwünscht.\nLaufzeit 3 Monate, ca. 20 h/Woche.\nTagessatz nach Vereinbarung.',
    'reads stance encouraged',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
];
