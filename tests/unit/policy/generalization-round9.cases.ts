import type { HeldOutCase, KnownMiss } from './held-out.ts';

/*
 * Held-out job posts, round 9: 70 posts of ordinary marketplace traffic (about 40% saying nothing about AI use),
 * by a helper that had seen neither the engine nor the earlier rounds, written as a measurement and read before
 * any fix: 48 of 70 right in every label, stance alone 61 of 70 (87%, the best first run so far).
 */

export const ROUND9: HeldOutCase[] = [
  // ───────────── English (22) ─────────────
  // r9-001: Performance job with no mention of AI at all.
  [
    'none',
    'Shopify speed fix - mobile PageSpeed is 31 😬\n\nOur home decor store (~400 SKUs, Dawn 12 theme) has gotten painfully slow on mobile after years of piling on apps.\n\nWhat I need:\n- audit installed apps + theme code, tell me what to kill\n- proper lazy loading for collection images\n- get rid of render-blocking scripts\n- do NOT break the cart drawer (the last guy did)\n\nGoal is 70+ on mobile without changing the look. Fixed price, open to a milestone split. In your reply tell me the before/after score on a similar store youve worked on.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-002: The post is about building an AI chatbot; no rule on the freelancer's own AI use.
  [
    'none',
    "GPT-powered chatbot for 3 dental clinics (WordPress)\n\nWe run three family dental clinics in Ohio and want a chatbot on our website that can:\n• answer FAQs (hours, insurance we accept, rough pricing)\n• book/reschedule appointments through NexHealth\n• hand the conversation to front desk staff when it gets complicated\n\nShould be built on the OpenAI API (or similar) using our own FAQ docs as the knowledge base. Experience with RAG / vector databases is a big plus, HIPAA experience too.\n\nPlease include a link to a bot you've built that I can actually try.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-003: Only the client's own ChatGPT use is described; nothing about the editor's use.
  [
    'none',
    'Editor for AI-drafted blog posts (HR tech SaaS)\n\nQuick context: our marketing team generates first drafts in-house with ChatGPT. They\'re accurate-ish but flat, and everyone can tell.\n\nWe need an editor who can make them sound like a person with opinions wrote them:\n- rewrite intros so they hook\n- add real examples / mini case studies\n- fact-check stats and link sources\n- cut the filler ("In today\'s fast-paced world...")\n\n8–10 posts a month, 1,200–1,800 words each, US English. Knowing HRIS/payroll software is a bonus. Paid per post.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-004: AI is only the client's line of business.
  [
    'none',
    'Bookkeeper - QBO cleanup for a small AI consulting LLC\n\nHi! I run a 2-person consultancy (we help mid-size companies figure out where machine learning actually makes sense for them). Great at that, terrible at books.\n\nQuickBooks Online is a mess for 2023 and 2024: uncategorized transactions, duplicate Stripe payouts, a couple of contractor payments that need 1099s.\n\nLooking for someone to clean it up, reconcile both bank acounts + the Amex, and then maybe stay on monthly. US-based or very familiar with US tax forms please. CPA not required.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-005: Video editing job with no AI mention.
  [
    'none',
    "YouTube editor for woodworking channel (long-form, 15-25 min)\n\nChannel is at 180k subs, uploading weekly. I shoot everything on two cameras + a GoPro overhead, you get the raw footage on Dropbox.\n\nYou'd handle: rough cut, pacing, color (light touch, I like natural wood tones), sound cleanup — lots of table saw noise to tame — plus simple text callouts for measurements.\n\nNo flashy transitions, no meme zooms. Think calm, workshop-y.\n\nPaid per video, 48-72h turnaround. Send me a video you've edited that you're proud of, ideally something with hands-on craft.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-006: 'Nothing that screams AI' is a visual-style brief for an AI product's logo, not a tool rule.
  [
    'none',
    'Logo + wordmark for Nebulr (AI meeting notes app)\n\nWe\'re launching Nebulr next quarter — it records your meetings and turns them into action items. Need a logo and wordmark that work at favicon size and on a dark UI.\n\nWhat we DON\'T want:\n- robots\n- brains, neurons, circuit boards\n- anything that screams "AI company" — every competitor already looks like that\n\nWe like calm, slightly playful, think Linear meets Notion. Deliverables: SVG, PNG, simple usage guide. 3 initial concepts, 2 revision rounds.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-007: 'No AI background needed' is about required skills, not about using AI tools.
  [
    'none',
    "Virtual assistant for busy real estate team (20 hrs/wk, EST hours)\n\nWe're a team of 4 agents in Tampa and we're drowning in admin. You'll:\n- manage 2 inboxes and flag what matters\n- schedule showings + keep our Google calendars sane\n- update listings in Follow Up Boss\n- send weekly updates to sellers\n\nNo tech or AI background needed, this is a people + organization job. Must be available 9am–1pm Eastern and comfortable on the phone with clients. Long term for the right person!!",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-008: Rejects LLM agents as the solution to build, which is about the product, not the freelancer's tools.
  [
    'none',
    'Python scraper for county property records (NOT an AI/ML job)\n\nI keep getting proposals pitching LLM agents for this. Please no. I need a boring, reliable scraper.\n\n- 6 county assessor websites (list in attachment)\n- pull parcel ID, owner, assessed value, last sale date/price\n- handle pagination + the occasional CAPTCHA\n- output to CSV, runnable weekly via cron\n\nPlaywright or requests/BS4, your call. Clean code and a README are a must.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-009: Data labeling for a vision model is AI work but sets no rule on the freelancer's AI use.
  [
    'none',
    "Image annotation: bounding boxes for retail shelf dataset (~5,000 images)\n\nWe're training a computer vision model to detect products on supermarket shelves. Need annotators to draw bounding boxes and tag SKUs in CVAT.\n\n- 12 product classes, guidelines doc provided\n- accuracy checked on a 10% sample, payment per approved image\n- first 200 images are a paid trial\n\nPrior annotation experience (CVAT, Label Studio, Labelbox) preferred. Please mention your average speed per image.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-010: Articles flagged as AI by Originality.ai are rejected unpaid.
  [
    'prohibited',
    'Pet health writer — vet-reviewed blog (Originality.ai checked)\n\nWe publish practical articles for dog and cat owners (think: "why is my cat throwing up after eating"). Our vet reviews everything before it goes live.\n\nRequirements:\n- 1,500-word articles, 4/month to start\n- you cite sources (journals, AVMA, etc.)\n- conversational but accurate tone\n- every article is scanned with Originality.ai before payment; anything flagged as AI-generated goes back unpaid\n\nPay: $0.10/word. Please send two published samples, ideally in pet or health niches.',
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r9-012: Forbids AI voices, voice clones and TTS for the recording.
  [
    'prohibited',
    'Male voice over - 90 sec explainer video (US accent)\n\nFintech app explainer, script is final (~210 words). Friendly, confident, not salesy. Need WAV, 48kHz, clean room, plus one pickup round if we tweak a line.\n\nIMPORTANT: we need an actual human recording. No ElevenLabs, no voice clones, no TTS of any kind. We got burned on this last time and the end client noticed in 5 seconds.\n\nPlease attach a raw, unedited sample reading the first paragraph of the script (attached).',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r9-013: Forbids running messages with the client through ChatGPT.
  [
    'prohibited',
    "marketing assistant, long term, small candle business\n\nhi! i make soy candles and sell on etsy + my own site. i need someone ~10hrs a week to help with pinterest, scheduling IG posts and answering wholesale inquiries.\n\none thing that matters to me: when we message each other please dont run it through chatgpt or whatever. i've had assistants before who replied to everything with perfect little AI paragraphs and it felt like talking to a wall. typos are fine!! just be you.\n\ntell me your favorite candle scent so i know you read this 🕯️",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { communication: 'prohibited' } },
  ],
  // r9-015: AI allowed in the grant proposals (the deliverable) if the writer says which parts.
  [
    'restricted',
    "Grant writer for small food-bank nonprofit (3 applications, Q3)\n\nWe're applying to two community foundations and one state grant. We have the program data, budgets and past applications; we need someone who can turn that into compelling, compliant narratives.\n\nExperience with food security or social services grants is a big plus.\n\nA note on AI: some funders now ask applicants whether AI was used. So if AI helps with any part of the grant proposals you write for us, just tell us which parts. We're not against it, we just need to answer honestly.\n\nPlease share a grant you wrote that got funded (redacted is fine).",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r9-016: Assistive correction tools OK, tools that generate sentences not: assistive yes, generative no.
  [
    'restricted',
    "Ghostwriter / editor for my father's memoir (~60k words)\n\nMy dad is 84 and has recorded about 30 hours of stories (Korean War, running a diner in Queens for 40 years). I have transcripts. I need someone to shape them into a readable memoir in his voice.\n\nTools: spellcheck and Grammarly-style corrections are fine. Anything that writes sentences for you — ChatGPT, Claude, Grammarly's \"rewrite\" features — is not. It has to sound like him, not like a machine guessing.\n\nPaid in milestones per chapter. Please tell me about a long-form project you've finished.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r9-017: ChatGPT allowed for support replies only with human review, and customer data must stay out of AI tools.
  [
    'restricted',
    'Customer support agent – email & chat (Shopify store, skincare)\n\nYou\'ll be answering order questions, returns, and "which serum should I use" messages in Gorgias. ~40 tickets/day, weekday coverage 8am–4pm PST.\n\nRules:\n✅ Using our saved macros is expected\n✅ You can use ChatGPT to help phrase a tricky reply — but you read and edit every reply yourself before it\'s sent, nothing goes out unchecked\n❌ Never paste customer names, emails, addresses or order numbers into ChatGPT or any other AI tool\n\nNative-level English, friendly tone, skincare knowledge a plus.',
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r9-018: States AI tools are totally fine with no conditions.
  [
    'allowed',
    "Investor pitch deck redesign (18 slides, seed round)\n\nWe have the content and numbers; the deck just looks like a 2012 Word doc. Need a clean, modern redesign in Google Slides (must stay editable by us).\n\n- consistent layout system + 2-3 chart styles\n- custom icons or illustrations where it helps\n- 5-day turnaround\n\nUsing AI tools (Midjourney, Firefly, Gamma, whatever) is totally fine with me, I care about the result, not the process.\n\nShare 2 decks you've designed, bonus if they raised.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-019: AI is allowed for writing the scripts, but real employee data must not go into AI tools.
  [
    'allowed',
    "Google Sheets automation for payroll prep (Apps Script)\n\nSmall landscaping company, 25 seasonal employees. Every two weeks I copy hours from our time-tracking export into a payroll sheet by hand. Want it automated:\n- import CSV export → clean → calculate OT\n- flag anyone over 50 hrs\n- generate a summary tab for the accountant\n\nFeel free to use ChatGPT/Copilot to write the formulas and scripts, I don't mind at all. Just don't put the real employee data (names, rates, SSNs) into any AI tool — I'll give you a dummy copy of the sheet to work with.",
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r9-020: Expects the developer to ship with AI coding agents every day.
  [
    'encouraged',
    "Senior React/TypeScript dev — AI-first team, contract-to-hire\n\nWe're a 6-person team building a scheduling product for clinics. Stack: Next.js, tRPC, Prisma, Postgres.\n\nHow we work: everyone here ships with Claude Code or Cursor agents every day, and we expect you to as well. If you've never used an AI coding agent on a real codebase, this probably isn't the right fit.\n\nMust have:\n- 5+ yrs React, strong TS\n- experience with complex forms + calendars\n- overlap with 10am–2pm CET\n\nIn your proposal, tell us one thing an AI agent got badly wrong for you and how you caught it.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-021: Writers must draft articles with ChatGPT templates and then edit.
  [
    'encouraged',
    "SEO writer – use our AI workflow (travel niche)\n\nWe run 4 travel sites (Portugal, Greece, Croatia, Sicily). We've built a content workflow around ChatGPT and want writers who'll work inside it:\n\n1. generate the draft with our prompt templates\n2. fact-check every place, price and opening time\n3. add your own tips/local color and edit for voice\n\nYou MUST be comfortable prompting and editing AI output, that's the job. ~15 articles/week, paid per article. Bonus if you've actually been to any of these places!",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // ───────────── Spanish (12) ─────────────
  // r9-023: Community management without any AI mention.
  [
    'none',
    'Community Manager para restaurante de mariscos en CDMX 🦐\n\n¡Hola! Tenemos una marisquería en la Roma Norte y queremos crecer en Instagram y TikTok.\n\nBuscamos a alguien que:\n- arme el calendario de contenido mensual\n- venga 1 vez por semana a grabar (o coordine con nuestro mesero que graba bien jaja)\n- conteste DMs y comentarios\n- reporte métricas cada mes\n\nDe preferencia que viva en CDMX. Pago mensual fijo, platicamos. Mándanos ejemplos de cuentas que hayas manejado.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-024: Integrating ChatGPT into WhatsApp is the product, not a rule on the freelancer's use.
  [
    'none',
    'Integrar ChatGPT con WhatsApp Business para inmobiliaria\n\nSomos una inmobiliaria en Córdoba y recibimos cientos de consultas x WhatsApp. Queremos un bot que use la API de OpenAI para:\n• responder preguntas sobre propiedades (precio, expensas, ubicación) usando nuestra base de datos\n• agendar visitas\n• pasarle la conversación a un agente cuando haga falta\n\nSi ya hiciste algo parecido con la API de WhatsApp Cloud, contanos y mandá una demo. Presupuesto a convenir, pagamos por hitos.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-025: Tax/accounting job with no AI mention.
  [
    'none',
    'Gestor/a para autónomo (IVA trimestral y renta) – España\n\nSoy diseñador autónomo en Valencia, facturo a clientes de España y de la UE (operaciones intracomunitarias, ROI dado de alta). Llevo dos años haciéndolo yo y ya no me fío de mí mismo 😅\n\nNecesito:\n- presentación de los modelos 303, 130, 349 y 390\n- revisión de la declaración de la renta\n- alguien a quien preguntar dudas de vez en cuando\n\nCuota mensual. Imprescindible experiencia con autónomos y operaciones intracomunitarias.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-026: 'AI' here is the Adobe Illustrator file format; no rule on AI tools.
  [
    'none',
    'Diseño de etiqueta para mezcal artesanal (Oaxaca)\n\nSomos una familia productora de mezcal en Santiago Matatlán y estamos por lanzar nuestra primera marca propia. Buscamos diseño de etiqueta frontal y contraetiqueta para botella de 750 ml.\n\nQueremos algo que refleje el maguey, el palenque y a nuestra familia, sin caer en calaveras ni clichés de "lo mexicano". Nos gustan las ilustraciones a línea y los colores tierra.\n\nEntregables: archivos editables (AI/PDF), versiones para imprenta y mockup. Cuéntanos tu proceso y mándanos portafolio.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-027: The texts were AI-generated by the client; the reviewer's own AI use is not addressed.
  [
    'none',
    'Revisión de fichas de producto (ferretería online) – textos generados con IA\n\nTenemos unas 1.200 fichas de producto que generamos nosotros con una herramienta de IA a partir de las especificaciones del fabricante. El problema: hay errores técnicos y muchas suenan igual.\n\nBuscamos a alguien con conocimientos de bricolaje/ferretería que:\n- revise datos técnicos (medidas, potencias, compatibilidades)\n- corrija ortografía y estilo (español de España)\n- marque las que haya que reescribir\n\nPago por lote de 100 fichas. Se valora experiencia en e-commerce.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-028: Bans DeepL, Google Translate and ChatGPT for the translation.
  [
    'prohibited',
    'Traductor/a EN→ES para documentación médica (dispositivos)\n\nNecesitamos traducir manuales de usuario e instrucciones de uso de un glucómetro al español neutro para Latinoamérica (aprox. 22.000 palabras).\n\nRequisitos:\n- experiencia comprobable en traducción médica o de dispositivos\n- manejo de Trados o memoQ (enviamos memoria de traducción)\n- nada de traducción automática: ni DeepL, ni Google Translate, ni ChatGPT. Toda la traducción debe ser humana.\n- entrega por partes semanales\n\nIncluye en tu propuesta tu tarifa por palabra y un ejemplo de trabajo similar.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r9-030: AI only for structure/ideas, final text must be the writer's, tools must be reported.
  [
    'restricted',
    'Redactor/a de contenidos para consultoría de RRHH (España)\n\nBuscamos a alguien que escriba 4 artículos al mes sobre gestión de personas, convenios colectivos y novedades laborales para nuestro blog.\n\nSobre el uso de IA: puedes apoyarte en ella para estructurar el artículo o buscar ideas, pero el texto final tiene que estar escrito por ti y debes indicarnos qué herramientas has usado en cada entrega.\n\nValoramos formación en Relaciones Laborales o Derecho. Tarifa por artículo, a negociar.',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r9-032: P.S. says using AI tools is no problem.
  [
    'allowed',
    'Asistente virtual para agencia de viajes (medio tiempo, remoto)\n\nSomos una agencia pequeña en Bogotá especializada en viajes a Europa. Necesitamos apoyo con:\n- cotizaciones de vuelos y hoteles\n- armar itinerarios en Google Docs\n- seguimiento a clientes por correo y WhatsApp\n\nHorario: lunes a viernes, 8 a 12 (hora Colombia). Indispensable buena ortografía. Conocer Amadeus suma puntos.\n\nPD: si usas herramientas de IA para organizarte o redactar, no hay ningún problema por nuestra parte.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-033: Requires the editor to use AI tools (Runway, CapCut, ElevenLabs) in production.
  [
    'encouraged',
    'Editor/a de video para canal de finanzas personales – ¡con IA!\n\nSubimos 3 shorts diarios y 1 video largo por semana. Para sostener ese ritmo necesitamos que trabajes con herramientas de IA: subtítulos automáticos, limpieza de audio, b-roll generado (Runway, CapCut, ElevenLabs para correcciones de voz, etc.).\n\nEsto es requisito, no opcional. Si prefieres editar todo a mano, te entendemos, pero no es para este proyecto.\n\nMándanos 3 shorts que hayas editado y dinos qué herramientas usas.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // ───────────── Portuguese (12) ─────────────
  // r9-035: Landing page job with no AI mention.
  [
    'none',
    'Landing page em WordPress/Elementor para clínica de estética\n\nOi! Tenho uma clínica de estética em Curitiba e preciso de uma landing page para a campanha de harmonização facial.\n\nPreciso de:\n- layout responsivo (a maioria dos acessos vem do celular)\n- formulário integrado com WhatsApp\n- pixel do Meta e tag do Google Ads instalados\n- carregamento rápido!!\n\nJá tenho as fotos e os textos. Prazo: 10 dias. Manda o link de páginas q você já fez, de preferência na área da saúde/estética.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-036: Translation job that says nothing about machine translation or AI.
  [
    'none',
    'Tradução do website de uma quinta de enoturismo (PT-PT → EN-GB)\n\nSomos uma quinta familiar no Douro com alojamento e provas de vinho. Queremos o nosso site traduzido para inglês britânico, cerca de 6.500 palavras (páginas de alojamento, experiências, loja online, termos e condições).\n\nProcuramos alguém com boa sensibilidade para turismo e vinho — o texto tem de convidar, não só informar.\n\nPrazo: 3 semanas. Agradecemos que indique o preço por palavra e envie um exemplo de tradução na área do turismo.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-037: Building an AI model is the job; no rule on the freelancer's AI use.
  [
    'none',
    'Desenvolvedor(a) Python para treinar modelo de classificação de documentos\n\nSomos uma fintech e recebemos milhares de documentos por dia (RG, CNH, comprovante de residência, holerite). Queremos um modelo de IA que classifique o tipo de documento e extraia os campos principais.\n\nRequisitos:\n- experiência com visão computacional / OCR (LayoutLM, Donut ou similar)\n- PyTorch\n- deploy em AWS (SageMaker é um plus)\n\nTemos ~40 mil documentos rotulados. Contrato de 3 meses, PJ.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-038: AI tools are only the creator's content topic.
  [
    'none',
    'Editor de vídeo para Reels e TikTok – perfil sobre produtividade e IA\n\nTenho um perfil com 90 mil seguidores onde falo de produtividade, ferramentas de IA e rotina de trabalho remoto. Gravo tudo no celular e preciso de alguém pra editar 5 vídeos curtos por semana.\n\nO que eu quero:\n- cortes dinâmicos, legendas estilo "karaokê"\n- zoom e efeitos sonoros com moderação\n- entrega em até 24h\n\nMe manda 3 exemplos de vídeos curtos que vc editou. Pagamento semanal via Pix ou pela plataforma.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-039: Subtitles were auto-generated by the client's platform; no rule for the reviewer.
  [
    'none',
    'Revisão de legendas geradas automaticamente – curso online (PT-BR)\n\nTemos um curso de marketing digital com 64 aulas (~18 horas). As legendas foram geradas automaticamente pela nossa plataforma e estão cheias de erros: nomes de ferramentas errados, pontuação maluca, sincronia fora do lugar.\n\nPrecisamos de alguém para:\n- corrigir texto e pontuação\n- ajustar tempos das legendas (arquivos .srt)\n- padronizar termos técnicos (lista enviada por nós)\n\nPagamento por hora de vídeo revisada. Atenção a detalhes é essencial!',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-040: No ChatGPT/AI texts; all texts run through GPTZero before approval.
  [
    'prohibited',
    'Redator(a) de artigos para blog jurídico (direito do consumidor)\n\nProcuramos redator com formação em Direito ou experiência comprovada em conteúdo jurídico para escrever 8 artigos por mês.\n\nRegras:\n1. Textos originais, com citação de legislação e jurisprudência atualizadas\n2. NÃO aceitamos textos feitos com ChatGPT ou qualquer IA. Todo texto passa pelo GPTZero antes da aprovação\n3. Linguagem acessível, sem juridiquês\n\nValor por artigo a combinar. Envie 2 artigos publicados.',
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r9-041: Illustrations must be made by hand, no Midjourney/Stable Diffusion even as a base.
  [
    'prohibited',
    'Ilustrador(a) para livro infantil (32 páginas)\n\nSou autora e vou publicar o meu primeiro livro infantil, sobre uma lontra que tem medo da água. Procuro ilustrador(a) com traço próprio, cores suaves, estilo aguarela (pode ser digital).\n\nSerão 16 ilustrações de página dupla + capa.\n\nImportante: as ilustrações têm de ser feitas por si, de raiz. Nada de Midjourney, Stable Diffusion, DALL·E ou afins, nem sequer como base para pintar por cima. A editora exige isso em contrato.\n\nAgradeço que envie portefólio e uma estimativa de prazo.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r9-042: AI only for research; the script must be written by the freelancer, and AI use must be reported.
  [
    'restricted',
    'Roteirista para canal de história no YouTube 📜\n\nCanal com 250 mil inscritos sobre história do Brasil. Preciso de roteiros de 12-15 minutos (~2.000 palavras), 1 por semana.\n\nSobre IA: pode usar para pesquisa e para organizar as fontes, tudo bem. Mas o roteiro em si tem que ser escrito por você, e se usou IA em alguma etapa, me avisa na entrega.\n\nImportante ter bom texto narrativo e cuidado com as fontes (nada de curiosidade inventada!). Mande um roteiro ou texto que você já escreveu.',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r9-043: DeepL Pro allowed only as a base with full review, documents may not go into other tools.
  [
    'restricted',
    'Tradutor(a) jurídico EN→PT-PT – contratos comerciais\n\nEscritório de advogados em Lisboa procura tradutor(a) para volume regular de contratos e pareceres (inglês → português europeu).\n\nFerramentas: pode usar o DeepL Pro da nossa conta como ponto de partida, desde que reveja e corrija cada frase — não aceitamos pós-edição superficial. Os documentos não podem ser colocados em nenhuma outra ferramenta (ChatGPT, Google Tradutor, etc.), por questões de sigilo profissional.\n\nRequisitos: formação em tradução ou Direito, experiência mínima de 3 anos, disponibilidade para prazos curtos.',
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r9-044: Explicitly fine to use ChatGPT/Copilot to program, no conditions.
  [
    'allowed',
    'Sistema simples de agendamento para barbearia (web + painel)\n\nTenho 2 barbearias em BH e quero sair do caderninho. Preciso de:\n- página onde o cliente escolhe barbeiro, serviço e horário\n- painel pra gente ver a agenda do dia\n- lembrete por WhatsApp 1h antes\n\nPode fazer com a tecnologia que preferir. Orçamento fechado, me fala o prazo e se vc dá suporte depois da entrega.\n\nP.S.: pode usar ChatGPT, Copilot, o que quiser pra programar, sem problema nenhum — eu só quero o sistema funcionando direitinho.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r9-045: AI use is released, but customer data must never go into AI tools.
  [
    'allowed',
    'Limpeza e organização de base de clientes (planilhas + RD Station)\n\nTemos uma base de ~35 mil contatos espalhada entre planilhas antigas e o RD Station CRM, cheia de duplicados e campos bagunçados.\n\nTarefas:\n- deduplicar e padronizar (nome, telefone, cidade)\n- segmentar por estágio do funil\n- importar tudo limpo no CRM\n\nUso de IA liberado pra agilizar fórmulas, scripts etc. Mas NUNCA coloque dados dos nossos clientes (nome, CPF, telefone, e-mail) em nenhuma ferramenta de IA. Isso é inegociável por causa da LGPD.',
    { disclosure: false, confidentiality: true, detectors: false },
  ],
  // r9-046: Mastery of generative AI tools to produce ad creatives is mandatory.
  [
    'encouraged',
    'Gestor(a) de tráfego pago + criativos (e-commerce de moda fitness)\n\nInvestimos ~R$ 30 mil/mês em Meta Ads e Google. Queremos alguém que cuide das campanhas e também produza criativos em volume.\n\nPra isso, é obrigatório dominar ferramentas de IA generativa (Midjourney, Canva IA, Runway ou parecidas) e usá-las pra testar muitas variações de criativos por semana.\n\nEnvie cases com números (ROAS, CPA) e exemplos de criativos que você fez.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // ───────────── French (12) ─────────────
  // r9-047: Rejection language concerns portfolios, not AI.
  [
    'none',
    "Développeur WordPress/WooCommerce – refonte boutique de thé\n\nBonjour,\n\nNous vendons des thés et infusions bio en ligne depuis 2016. Notre boutique WooCommerce commence à dater : thème lourd, tunnel de commande trop long, compatibilité Colissimo capricieuse.\n\nMission :\n- nouveau thème léger (on a une maquette Figma)\n- simplification du tunnel de commande\n- mise à jour des extensions + tests\n- formation rapide pour notre équipe\n\nLes candidatures sans exemples de boutiques réalisées ne seront pas retenues. Merci d'indiquer un délai et un budget estimatif.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-048: Bookkeeping job with no AI mention.
  [
    'none',
    "Tenue de livres pour PME en rénovation (QuickBooks, TPS/TVQ) – Québec\n\nAllo! On est une petite entreprise de rénovation à Sherbrooke, 5 employés. On a besoin de quelqu'un pour :\n- faire la tenue de livres mensuelle dans QuickBooks en ligne\n- préparer les déclarations de TPS/TVQ\n- faire les paies aux deux semaines\n- s'arranger avec notre comptable en fin d'année\n\nConnaissance des règles de la CCQ un gros plus. Environ 8-10 h par mois. Écris-nous avec ton taux horaire!",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-049: Integrating an LLM agent into a CRM is the deliverable, not a rule on tool use.
  [
    'none',
    "Intégration d'un agent IA dans notre CRM (Odoo) – Bruxelles\n\nNous sommes une PME de distribution de matériel médical. Nous souhaitons intégrer un agent basé sur un LLM (OpenAI ou Mistral) dans Odoo 17 pour :\n- résumer l'historique d'un client avant un appel\n- proposer des relances aux commerciaux\n- classer les e-mails entrants\n\nCompétences attendues : Python, API Odoo, expérience concrète avec les LLM (RAG, function calling).\n\nMission d'environ 2 mois. Merci de décrire un projet similaire.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-050: Only the client's staff uses ChatGPT; the proofreader's use is not addressed.
  [
    'none',
    "Correcteur/correctrice pour newsletters rédigées avec l'IA\n\nNous sommes une agence immobilière (réseau de 12 agences en Bretagne). Nos newsletters mensuelles sont rédigées par notre chargée de com' avec l'aide de ChatGPT. Le fond est bon, mais le style est plat et il reste des anglicismes.\n\nNous cherchons quelqu'un pour :\n- relire et corriger (orthographe, typographie française)\n- rendre le ton plus chaleureux et local\n- signaler les infos à vérifier\n\nEnviron 4 newsletters par mois, 800 mots chacune. Tarif au feuillet ou au forfait, à discuter.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-051: Audio editing job with no AI mention.
  [
    'none',
    "Monteur/monteuse audio pour podcast d'entretiens (1 épisode/semaine)\n\nSalut ! Je produis un podcast sur les métiers de l'artisanat (ébénistes, potiers, forgerons...). Les entretiens se font souvent dans les ateliers, donc il y a du bruit de fond 🙃\n\nCe que j'attends :\n- nettoyage audio (bruits, souffle, niveaux)\n- coupes des hésitations trop longues, sans dénaturer la conversation\n- intégration du générique et des transitions\n- export MP3 + WAV\n\nÉpisodes de 45-60 min. Envoie-moi un extrait avant/après de ton travail.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-052: Machine translation and generative AI strictly forbidden for the translation.
  [
    'prohibited',
    "Traduction juridique DE→FR – statuts et pacte d'actionnaires\n\nCabinet d'avocats parisien, nous recherchons un(e) traducteur(trice) juridique pour traduire des statuts de GmbH et un pacte d'actionnaires (environ 15 000 mots au total).\n\nExigences :\n• langue maternelle française, spécialisation en droit des sociétés\n• maîtrise des équivalences GmbH/SAS, Geschäftsführer/gérant, etc.\n• traduction automatique (DeepL, Google Traduction) et IA générative strictement interdites\n\nMerci d'indiquer vos références et votre tarif au mot.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r9-053: Under 'what we don't want': no ChatGPT/Jasper, texts checked with Originality.ai, AI-flagged texts unpaid.
  [
    'prohibited',
    "Rédacteur(trice) pour blogue d'entreprise de thermopompes\n\nOn cherche quelqu'un qui écrit bien en français québécois pour 6 articles par mois sur le chauffage, la climatisation et les subventions Rénoclimat.\n\nCe qu'on ne veut pas :\n- du français de France (nos clients le remarquent tout de suite!)\n- des textes génériques copiés des sites des fabricants\n- du ChatGPT, du Jasper, rien de ça. On passe tous les textes dans Originality.ai et si ça sort comme généré par IA, on paie pas.\n\nTarif : 0,12 $/mot. Envoie-nous 2 textes que t'as écrits.",
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r9-056: P.S. permits AI tools without conditions.
  [
    'allowed',
    "Mise en forme d'une présentation PowerPoint (40 slides) – Genève\n\nBonjour,\n\nJe dois présenter notre rapport annuel au conseil de fondation dans deux semaines. Le contenu est prêt, mais la mise en page est catastrophique.\n\nBesoin :\n- charte graphique cohérente (logo et couleurs fournis)\n- graphiques lisibles à partir de nos tableaux Excel\n- quelques pictos\n\nLivraison au format .pptx modifiable. Merci de me donner un prix forfaitaire.\n\nP.S. Si des outils d'IA vous font gagner du temps, vous pouvez les utiliser, aucun souci de notre côté.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-057: Writer must produce first drafts with ChatGPT/Claude and rework them.
  [
    'encouraged',
    "Rédacteur web SEO – fiches conseils jardinage (avec IA)\n\nNous éditons un site de conseils jardinage (potager, taille, maladies des plantes). Nous cherchons un rédacteur qui maîtrise ChatGPT ou Claude : vous produirez les premières versions avec l'IA à partir de nos briefs, puis vous les retravaillerez (vérification, exemples concrets, ton).\n\nVolume : 20 à 30 articles par mois.\n\nNe postulez que si vous utilisez déjà l'IA au quotidien dans votre travail de rédaction. Un test rémunéré sera proposé.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r9-058: Wants the designer to generate backgrounds with Midjourney/Firefly.
  [
    'encouraged',
    "Graphiste pour visuels réseaux sociaux – marque de cosmétiques\n\nMarque de cosmétiques naturels, on publie tous les jours sur Instagram et Pinterest. On cherche un(e) graphiste pour produire 30 visuels par mois.\n\nNotre façon de travailler : on veut que tu utilises Midjourney ou Adobe Firefly pour générer les décors et textures de fond, puis que tu intègres nos vraies photos produits par-dessus dans Photoshop.\n\nTu dois être à l'aise avec ces outils dès le départ. Envoie ton portfolio + 2 exemples de visuels faits avec l'IA 🌿",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // ───────────── German (12) ─────────────
  // r9-059: Bookkeeping job; 'Keine Agenturen' is not an AI rule.
  [
    'none',
    'Unterstützung Buchhaltung (DATEV) für kleine GmbH – ca. 10 Std./Monat\n\nWir sind eine kleine Agentur für Messebau in Köln (7 Mitarbeitende) und suchen Unterstützung bei der laufenden Buchhaltung.\n\nAufgaben:\n- Belege in DATEV Unternehmen online zuordnen\n- Abstimmung mit unserer Steuerberaterin\n- Mahnwesen und offene Posten im Blick behalten\n\nWichtig: gute Deutschkenntnisse und Erfahrung mit DATEV. Keine Agenturen bitte, wir suchen eine Einzelperson für die langfristige Zusammenarbeit.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-060: Hotel website job with no AI mention (only ski words).
  [
    'none',
    'Webentwickler:in für Hotel-Website mit Buchungsstrecke (Tirol)\n\nGrüß Gott! Wir sind ein familiengeführtes 4-Sterne-Hotel direkt am Skigebiet und möchten unsere Website neu aufsetzen.\n\nDas brauchen wir:\n- modernes, schnelles Design (Vorlage aus Figma vorhanden)\n- Anbindung an unser Buchungssystem (Seekda)\n- mehrsprachig: DE, EN, NL\n- Seiten für Skiverleih, Wellness und Angebote\n\nBitte schicken Sie Referenzen aus der Hotellerie mit. Start idealerweise im Mai, damit alles vor der Wintersaison läuft.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-061: The AI chatbot is the product to build.
  [
    'none',
    'KI-Chatbot für unseren Onlineshop (Velozubehör) entwickeln\n\nWir betreiben einen Onlineshop für Velozubehör in der Schweiz und möchten einen KI-Chatbot, der Kundinnen und Kunden bei der Produktwahl hilft (passt dieser Reifen auf mein Velo? welches Schloss für E-Bikes?).\n\nAnforderungen:\n- Einbindung in Shopify\n- Zugriff auf unseren Produktkatalog\n- Antworten auf Deutsch und Französisch\n- Übergabe an unser Team, wenn der Bot nicht weiterweiss\n\nBitte beschreiben Sie kurz, welche Technologie Sie einsetzen würden und was Sie schon umgesetzt haben.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-062: AI is only the client's business.
  [
    'none',
    'Social-Media-Freelancer (LinkedIn) für KI-Startup in Berlin\n\nWir sind ein junges Startup, das KI-gestützte Tools für Steuerkanzleien entwickelt. Unser Gründer postet auf LinkedIn – unregelmäßig und ohne Plan. Das wollen wir ändern.\n\nDu:\n- entwickelst mit uns einen Redaktionsplan\n- interviewst den Gründer 1x pro Woche (30 Min) und machst daraus 3 Posts\n- kümmerst dich um Karussells und einfache Grafiken\n\nErfahrung im B2B-Bereich ist Pflicht, Kenntnisse im Steuerbereich wären super. Bitte schick uns Beispiele von Profilen, die du betreut hast.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-063: No machine translation and no AI tools for the translation.
  [
    'prohibited',
    'Fachübersetzung DE→EN: Betriebsanleitungen für Verpackungsmaschinen\n\nWir sind ein Maschinenbauunternehmen aus Baden-Württemberg und suchen eine/n erfahrene/n technische/n Übersetzer/in (Muttersprache Englisch).\n\nUmfang: 3 Betriebsanleitungen, insgesamt ca. 40.000 Wörter. Terminologieliste liegt vor.\n\nBitte beachten:\n- keine maschinelle Übersetzung (DeepL, Google Translate o. Ä.)\n- keine KI-Tools\n- Lieferung als bilinguale Datei (XLIFF)\n\nBitte Referenzen aus Maschinenbau oder Automatisierungstechnik angeben.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r9-064: Applications visibly written with ChatGPT are not considered.
  [
    'prohibited',
    'Fotograf/in für Firmenjubiläum in Zürich (Samstag, 14. Juni)\n\nUnser Unternehmen feiert 50 Jahre und wir suchen eine Fotografin oder einen Fotografen für den Anlass (ca. 150 Gäste, 17–23 Uhr, Zunfthaus zur Zimmerleuten).\n\nGewünscht: Reportage-Stil, Gruppenfotos der Teams, Reden. Lieferung von ca. 300 bearbeiteten Bildern innert 10 Tagen.\n\nZur Bewerbung: Schreiben Sie uns bitte ein paar persönliche Sätze, warum Sie die Richtige oder der Richtige sind. Bewerbungen, die erkennbar mit ChatGPT oder ähnlichen Tools verfasst wurden, werden nicht berücksichtigt.\n\nPortfolio-Link nicht vergessen.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { proposal: 'prohibited' } },
  ],
  // r9-065: AI only for research and outline; the text itself must be written by the freelancer.
  [
    'restricted',
    'Fachartikel für Handwerker-Blog (Sanitär/Heizung) – 4 pro Monat\n\nWir sind ein Fachgroßhandel für Sanitär und Heizung und betreiben einen Blog für Installateure. Themen: Wärmepumpen, GEG, hydraulischer Abgleich, Förderungen.\n\nAnforderungen:\n- fundiertes technisches Wissen (idealerweise selbst aus dem Handwerk)\n- ca. 1.200 Wörter pro Artikel\n- KI-Tools wie ChatGPT dürfen nur für Recherche und Gliederung genutzt werden, der eigentliche Text muss von dir geschrieben sein\n- Quellenangaben\n\nVergütung pro Artikel nach Absprache.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r9-066: AI coding help OK only if disclosed in the pull request.
  [
    'restricted',
    'Backend-Entwickler:in (Node.js) für Erweiterung unserer Lager-App\n\nWir entwickeln eine App für kleine Lagerbetriebe. Für die nächsten 3 Monate brauchen wir Verstärkung im Backend (Node.js, NestJS, PostgreSQL).\n\nAufgaben: neue Inventur-API, Barcode-Import, Performance-Optimierung bestehender Endpunkte.\n\nKI-Unterstützung beim Programmieren (Copilot, Cursor usw.) ist grundsätzlich ok, solange du im Pull Request offenlegst, welche Teile damit entstanden sind.\n\nRemote, Überschneidung mit 9–15 Uhr MEZ nötig.',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r9-067: Client says whether AI is used doesn't matter, whatever works is allowed.
  [
    'allowed',
    'Excel-Dashboard für Vertriebskennzahlen (Power Query + Pivot)\n\nHallo zusammen,\n\nich leite den Vertrieb bei einem mittelständischen Getränkehändler und möchte aus unseren monatlichen CRM-Exporten ein übersichtliches Dashboard bauen lassen.\n\n- automatischer Import der CSV-Dateien per Power Query\n- Umsatz nach Region, Außendienstler und Produktgruppe\n- Vergleich zum Vorjahr\n\nOb du dafür KI nutzt oder nicht, ist mir ehrlich gesagt egal – erlaubt ist, was funktioniert. Hauptsache, ich kann es danach selbst pflegen.\n\nBitte Festpreis angeben.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-068: AI tools expressly allowed, but confidential HR documents must not be uploaded to them.
  [
    'allowed',
    'Freelance-Assistenz HR: Stellenanzeigen & Onboarding-Unterlagen\n\nWir sind ein Pflegedienst mit 60 Mitarbeitenden in Hannover und brauchen Unterstützung bei HR-Texten: Stellenanzeigen, Onboarding-Checklisten, Infoblätter für neue Kolleg:innen.\n\nKI-Tools sind ausdrücklich erlaubt. Vertrauliche Unterlagen – Arbeitsverträge, Personalakten, Gesundheitsdaten – dürfen aber unter keinen Umständen in ChatGPT & Co. hochgeladen werden.\n\nUmfang: ca. 15 Std./Monat, langfristig. Erfahrung im Gesundheitswesen ist ein Plus.',
    { disclosure: false, confidentiality: true, detectors: false },
  ],
  // r9-069: Daily use of Copilot/Cursor/Claude Code is a prerequisite.
  [
    'encouraged',
    'Python-Entwickler:in für Datenpipelines (Airflow, dbt) – 6 Monate\n\nDu arbeitest täglich mit GitHub Copilot, Cursor oder Claude Code? Perfekt, genau das setzen wir voraus. Unser Team arbeitet konsequent KI-gestützt und wir erwarten, dass du das auch tust.\n\nStack: Airflow, dbt, Snowflake, Python 3.11, Terraform.\n\nAufgaben:\n- bestehende Pipelines migrieren\n- Datenqualitäts-Checks aufbauen\n- Doku pflegen\n\n32–40 Std./Woche, remote aus DE/AT/CH.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r9-070: Copywriter should draft newsletters and subject lines with ChatGPT; AI skill required.
  [
    'encouraged',
    'Texter:in für wöchentlichen Newsletter (E-Commerce, Wohnaccessoires)\n\nWir verschicken jede Woche einen Newsletter an 45.000 Abonnent:innen. Wir suchen jemanden, der ChatGPT versiert einsetzt, um schnell mehrere Entwürfe und Betreffzeilen-Varianten zu erstellen, und daraus dann die beste Version feinschleift.\n\nWas du mitbringst:\n- Gespür für Ton und Marke (warm, nicht kitschig)\n- Erfahrung mit A/B-Tests von Betreffzeilen\n- sicherer Umgang mit KI-Textwerkzeugen – das ist Voraussetzung\n\nBitte schick uns 2 Newsletter, die du geschrieben hast.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
];

/** Still read wrongly: the right reading, the text, what the engine reads instead, the labels checked. */
export const ROUND9_MISSES: KnownMiss[] = [
  // r9-011: AI is fine for the code but a GPT-sounding proposal gets skipped; strictest is prohibited.
  [
    'prohibited',
    'Django dev – refactor REST API + add tests\n\nMid-size Django 4.2 project, DRF, Postgres. Views are bloated, zero tests on the billing module. Want:\n1. split fat views into services\n2. pytest coverage on billing to ~80%\n3. fix the N+1 queries on /orders\n\nUse Copilot, Cursor, whatever you like for the code — I judge the PR, not how you typed it.\n\nBut write your proposal yourself. If it opens with "I hope this message finds you well" and reads like ChatGPT I\'m skipping it. Two or three sentences about a similar refactor you did is plenty.',
    'reads proposal unset, work encouraged',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'allowed' },
    },
  ],
  // r9-014: Screening question rules out AI transcription because recordings may not be processed by such services.
  [
    'prohibited',
    "Verbatim transcription – 14 hrs of qualitative research interviews\n\nUniversity research project (sociology). Audio is two speakers, mostly clear, some Southern US accents and crosstalk.\n\nNeeds: true verbatim (ums, pauses, false starts), timestamps every 2 min, speaker labels.\n\nScreening questions:\n1. What's your accuracy rate on difficult audio?\n2. Do you use any automatic/AI transcription (Otter, Whisper, Rev auto, etc.) at any stage? Our ethics approval doesn't allow the recordings to be processed by those services, so transcription has to be fully manual.\n3. Can you sign a confidentiality agreement?",
    'reads stance restricted, disclosure true, confidentiality false, work restricted',
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r9-022: Screening question expects Midjourney/Firefly for early concepts.
  [
    'encouraged',
    "Packaging designer for a craft hot sauce line (3 SKUs)\n\nWe're a small-batch hot sauce brand out of Austin. Need label + box designs for 3 flavors (mild mango, chipotle, ghost pepper).\n\nScreening questions:\n1. Link to packaging work you've done (food/bev preferred)\n2. Which AI image tools do you use for moodboards and early concepts? We expect candidates to use something like Midjourney or Firefly to get us 10+ rough directions fast before we pick one to refine.\n3. Your availability for the next 4 weeks\n\nFinal files: print-ready PDF with dielines.",
    'reads disclosure true',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r9-029: Screening answers that look ChatGPT-made are discarded.
  [
    'prohibited',
    'Redactor/a para blog de recetas caseras 🍝\n\nTenemos un blog de cocina con bastante tráfico de Argentina, Uruguay y Chile. Buscamos alguien que escriba 2 recetas por semana con historia, pasos claros y tips.\n\nPara postularte respondé esta pregunta: ¿cuál es la comida que te hacía tu abuela (o alguien de tu familia) y por qué te acordás de ella?\n\nRespondé con tus palabras. Las respuestas que parecen hechas con ChatGPT las descartamos directamente, sin leer el resto.\n\nSi sacás fotos de tus platos, sumás puntos.',
    'reads proposal unset',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { proposal: 'prohibited' } },
  ],
  // r9-031: Copilot OK if the dev says which code came from it, and no client code/data into ChatGPT.
  [
    'restricted',
    'Desarrollador Laravel para módulo de facturación CFDI 4.0\n\nTenemos un sistema interno en Laravel 10 y necesitamos agregar timbrado de facturas CFDI 4.0 con un PAC (ya tenemos contrato con Facturama).\n\nAlcance:\n- generación de XML y PDF\n- cancelaciones y complementos de pago\n- pruebas en sandbox\n\nSe vale usar Copilot u otras herramientas de IA, siempre y cuando nos avises qué partes del código salieron de ahí. Eso sí: no subas nuestro código ni datos de clientes (RFC, razones sociales) a ChatGPT ni a servicios parecidos.\n\nPago por entregables.',
    'reads disclosure false',
    { disclosure: true, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r9-034: Agent must draft replies and help articles with AI and write good prompts.
  [
    'encouraged',
    'Agente de soporte por chat (SaaS de facturación) – manejo de IA obligatorio\n\nAtenderás tickets en Intercom de clientes de México y Colombia. Tenemos un asistente de IA integrado y queremos que lo aproveches al máximo: redactar respuestas con IA, resumir conversaciones largas y armar artículos de ayuda.\n\nBuscamos:\n• saber escribir buenos prompts (lo vamos a evaluar en la prueba)\n• paciencia con usuarios no técnicos\n• disponibilidad de 9 a 18 h (CDMX)\n\nContrato por 6 meses, renovable.',
    'reads stance none, work unset',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r9-054: Any tools for the code, but AI-written applications are discarded; overall prohibited.
  [
    'prohibited',
    "Développeur Flutter – appli de réservation pour salles d'escalade\n\nNous développons une appli (iOS/Android) de réservation de créneaux pour des salles d'escalade. Backend Firebase déjà en place.\n\nÀ faire : écran de réservation, paiement Stripe, notifications push, mode hors-ligne basique.\n\nPour le code, utilisez les outils que vous voulez (Copilot, Cursor, etc.), ce qui compte c'est la qualité du résultat.\n\nEn revanche, pour postuler : répondez en quelques lignes à la question « quel est le bug le plus bizarre que vous ayez corrigé ? ». Les candidatures rédigées par IA seront écartées.",
    'reads work unset',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'allowed' },
    },
  ],
  // r9-055: AI only with prior approval and disclosure per sheet, and no patient data in the tools.
  [
    'restricted',
    "Rédaction de fiches patients pour un centre de kinésithérapie\n\nNous sommes un centre de kiné à Lyon. Nous voulons créer une vingtaine de fiches d'exercices et de conseils pour nos patients (lombalgie, entorse de cheville, rééducation du genou...). Chaque fiche sera validée par un de nos kinés.\n\nOutils d'IA : autorisés uniquement avec notre accord préalable, et vous devez nous dire pour quelles fiches vous les avez utilisés. Aucune donnée patient (comptes rendus, noms, dossiers) ne doit être saisie dans ces outils.\n\nProfil recherché : rédacteur santé, idéalement avec une formation paramédicale.",
    'reads disclosure false',
    { disclosure: true, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
];
