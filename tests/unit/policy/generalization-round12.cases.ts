import type { HeldOutCase, KnownMiss } from './held-out.ts';

/*
 * Held-out job posts, round 12: 50 posts of everyday traffic by a helper that had seen neither the engine nor the
 * earlier rounds, written as a measurement after rounds 10 and 11 were fixed. First run: 35 of 50 right in every
 * label, stance alone 43 of 50 (86%); the engine from before rounds 10 and 11 read 28 of 50 and the same 43
 * stances. Kept as read for one session, then its misses' families were fixed: 47 of 50 in every label, 49 stances.
 */

export const ROUND12: HeldOutCase[] = [
  // ───────────── English (20) ─────────────
  // r12-001: No mention of AI at all.
  [
    'none',
    'Shopify store – fix 3 annoying bugs (quick job, fast pay)\n\nHi! I run a small candle shop on Shopify (Dawn theme, heavily customized by a previous dev who vanished 🙃).\n\nIssues:\n- Cart drawer doesn\'t update the subtotal when you change quantity, have to refresh\n- Mobile menu overlaps the announcement bar on iPhone SE / small screens\n- The "Notify me when back in stock" button shows on products that ARE in stock\n\nWhat I need:\n• Fix all three without breaking the rest of the theme\n• Short note explaining what was wrong\n• Work on a duplicate theme first pls, not the live one\n\nBudget $120 fixed. If it goes well I have a longer list of small tweaks for later.\n\nStart your reply with the word "wick" so I know you read this.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-002: Forbids AI-written articles and says every draft is run through Originality.ai.
  [
    'prohibited',
    "Pet Nutrition Blog Writer – 8 articles/month, long term\n\nWe're a small raw-food brand for dogs and cats and we need a writer who actually knows (or is willing to properly research) pet nutrition.\n\nScope\n- 8 articles per month, 1,200–1,800 words each\n- Topics provided by us, you do the research and outline\n- Cite vets / peer-reviewed sources where claims are made\n- Light keyword brief from our SEO person\n\nImportant – please read\nWe do NOT accept AI-written content. Not partly, not \"edited\", none. Every draft goes through Originality.ai before our editor even opens it, and anything that flags gets sent back unpaid. We got burned last year and we're not doing it again.\n\nNice to have: you own a dog or cat 🐶🐱\n\nPay: $0.09/word to start, raise after 3 months.\nSend 2 samples of health or science writing you've done.",
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r12-003: The job is to build an AI chatbot; no rules on the freelancer's own tool use.
  [
    'none',
    "Build a RAG support chatbot on our help-center docs\n\nAbout us: B2B SaaS (scheduling software), ~400 help articles in Zendesk Guide.\n\nWe want a support assistant in our app that answers customer questions using only our documentation, with links to the source article.\n\nRequirements:\n- Ingest Zendesk articles (API), chunk + embed, keep in sync nightly\n- Vector store: pgvector preferred (we're already on Postgres)\n- LLM: OpenAI or Anthropic via API, we'll provide keys\n- Answer must cite article URLs; if confidence is low -> hand off to human agent\n- Simple admin page to see questions that got no good answer\n- Basic eval set (~50 questions) so we can measure changes\n\nStack: Node/TypeScript backend, React front end.\n\nTimeline ~4-6 weeks. Please share a similar system you've shipped and roughly how you'd approach evaluation. Hourly or fixed, open to both.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-004: AI allowed only for research/outlining, final prose must be the writer's, and tools used must be disclosed.
  [
    'restricted',
    "Technical Writer for API documentation (fintech)\n\nWe're rewriting the developer docs for our payments API and need an experienced tech writer for ~3 months.\n\nYou'll be doing:\n→ Reference pages for ~60 endpoints (from our OpenAPI spec)\n→ 5 getting-started guides + 2 migration guides\n→ Working with our engineers over Slack to clarify behaviour\n\nOn AI tools: we're not against them, within limits. Using an assistant to summarize a spec, brainstorm an outline or check grammar is fine. The actual documentation prose has to be written by you, not generated and pasted. At the end of each batch, add a line to the handoff doc saying which tools you used and for what — doesn't need to be long.\n\nMust have: experience documenting REST APIs, comfortable reading code samples (Python/JS), docs-as-code workflow (Markdown + Git).\n\nRate: $55–75/h depending on experience.",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r12-006: Explicitly says using ChatGPT or any tools is fine, no conditions.
  [
    'allowed',
    'Clean up + deduplicate a messy contact spreadsheet (~9k rows)\n\nGot an export from 3 old CRMs merged into one Google Sheet and it\'s a disaster lol.\n\nNeed:\n- Remove duplicates (same person, different spellings/emails)\n- Standardize phone numbers to +1 format\n- Split "Full name" into first/last\n- Fix state abbreviations\n- Flag rows with no email AND no phone\n\nUse whatever you want to get it done – formulas, Python, ChatGPT, some AI cleaner tool, doesn\'t matter to me at all. I just care that the final sheet is correct.\n\nFixed $80. Need it by Friday. Will send the sheet after hire.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r12-007: AI is fine for the code, but AI-written proposals are rejected; strictest is prohibited.
  [
    'prohibited',
    "React Native dev – fix offline sync in our field-inspection app\n\nOur inspectors fill in forms offline and sync when back online. Since the last update, some submissions duplicate and some photos never upload.\n\nStack: React Native 0.73, WatermelonDB, our own REST backend (Laravel).\n\nDeliverables:\n1. Find + fix the duplication bug\n2. Reliable photo upload queue with retry\n3. Short write-up of root cause\n\nUse Copilot or any AI coding tools you like for the code, we honestly don't care how you get there as long as it's tested.\n\nBUT: I'm getting 80+ proposals per post that are clearly pasted out of ChatGPT. Those get declined immediately. Write your proposal yourself, 3–5 sentences, and tell me how you'd debug a sync duplicate. That's it.",
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'allowed' },
    },
  ],
  // r12-008: No mention of AI.
  [
    'none',
    "QuickBooks Online bookkeeper – monthly reconciliation\n\nSmall landscaping company (2 trucks, 6 seasonal employees). My wife has been doing the books and she's done with it 😅\n\nMonthly tasks:\n* Reconcile 2 bank accounts + 1 credit card\n* Categorize transactions (~250/month)\n* Chase down missing receipts with me\n* Run P&L and send it by the 10th\n\nAlso need a one-time cleanup of Jan–Apr this year, it's behind.\n\nMust be experienced with QBO, US small business. ProAdvisor cert is a plus. Please tell me your monthly rate for this volume.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-009: The client used AI to generate the drafts; no rule for the freelancer.
  [
    'none',
    'Editor needed: polish 150 AI-generated product descriptions\n\nWe generated product descriptions for our home-decor catalog with an AI tool and honestly they read flat and a bit repetitive ("elevate your space" x100 😬).\n\nLooking for an editor to go through them and make them sound like us: warm, a little playful, never salesy.\n\nDetails:\n- 150 descriptions, 60–120 words each, in a Google Sheet\n- Keep product specs accurate (dimensions, materials)\n- Vary openings, kill the clichés\n- Brand voice guide provided (2 pages)\n\nPaid per batch of 50. Please send a before/after sample of an edit you\'ve done, any niche.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-010: Forbids AI transcription/cleanup tools and forbids uploading the recordings to any AI service.
  [
    'prohibited',
    'Verbatim transcription – 22 qualitative research interviews (health)\n\nWe\'re a university-affiliated research group. We need accurate verbatim transcripts of 22 interviews with patients (30–60 min each, US English, some background noise).\n\nRequirements:\n- Verbatim incl. fillers, pauses marked [pause], crosstalk marked\n- Speaker labels (I / P)\n- Timestamps every 2 minutes\n- Participant names and places replaced with [NAME] / [PLACE]\n\nNon-negotiable:\n- Transcription must be done by a human. No automatic/AI transcription (Otter, Whisper, Rev AI etc.) and no running the text through ChatGPT to "clean it up".\n- The audio and transcripts must not be uploaded to any AI service or cloud tool other than the secure folder we give you. This is part of our ethics approval.\n\nYou\'ll sign a confidentiality agreement. Rate per audio minute, please quote.',
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r12-011: AI only via the client's approved enterprise tool, and client documents may never go into public AI tools.
  [
    'restricted',
    "Paralegal support – contract abstraction (commercial leases)\n\nMid-size real estate firm. We need help abstracting ~120 commercial leases into our lease-management template (rent schedules, options, CAM, assignment clauses, etc.).\n\nYou should have: paralegal or legal ops experience, ideally with commercial leases. Very high attention to detail.\n\nAbout AI use — please read carefully:\n• You may use generative AI only through the Microsoft Copilot instance in our tenant, which we'll give you access to. No other AI tools for this project.\n• Never paste lease text, tenant names or any of our documents into ChatGPT, Gemini, Claude or any other public AI service.\n• Every abstract still has to be checked by you line by line against the source lease.\n\nWorkload ~15 h/week for 2 months. $35–45/h.",
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r12-012: Screening questions with no mention of AI.
  [
    'none',
    "Screening questions – Virtual assistant for real estate agent\n\n1. How many years have you worked as a VA, and for what kind of clients?\n2. Which CRMs have you used? (Follow Up Boss, kvCORE, other?)\n3. Describe how you would handle 40+ new leads coming in over a weekend.\n4. Are you comfortable making outbound calls to US numbers? Rate your spoken English 1–10.\n5. What time zone are you in and what hours can you cover between 9am–6pm Pacific?\n6. Have you ever managed someone else's calendar and inbox? What was the hardest part?\n7. What's your expected hourly rate?",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-013: AI is only the article topic; nothing about the writer's own tool use.
  [
    'none',
    "Freelance writer: 6 feature articles on AI in agriculture\n\nWe publish a quarterly magazine for mid-size farm operators in the Midwest. Next issue's theme is how AI and machine learning are showing up on farms: yield prediction, weed-detecting sprayers, dairy health monitoring, that kind of thing.\n\nWe need 6 features (1,500–2,000 words each) that:\n- Interview at least 2 real farmers or agronomists per article\n- Explain the tech plainly – our readers are practical, not techies\n- Are honest about cost and what doesn't work yet\n\nIdeal writer has covered ag, rural business or applied tech before. Pay $650 per feature + expenses for phone interviews.\n\nPitch us one angle you'd take and link 2 clips.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-014: Translator in chat is fine, but AI-generated code must be flagged to the client; strictest is restricted.
  [
    'restricted',
    "hey Marco, thanks for the update on the scraper.\n\ntwo quick things so we're on the same page going forward:\n\n– in our chats, don't worry about your English, if it's easier to write in Italian and run it through Google Translate or ChatGPT, totally fine with me, I just want to understand you.\n\n– for the code: you can use AI assistants, but when a chunk was mostly generated, please mention it in the PR description (just \"AI-generated: parser.py lines X–Y\" or similar). I review those parts more carefully. Not a big deal, I just want to know.\n\nOtherwise all good, the CSV export looks great. Let's aim to have the proxy rotation done by Thursday?\n\nthanks!\nJen",
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { communication: 'allowed', work: 'restricted' },
    },
  ],
  // r12-015: Asks the freelancer to generate ad variations with ChatGPT/Claude and then curate them.
  [
    'encouraged',
    "Ad copywriter – Meta ads for a meal-kit brand (high volume testing)\n\nWe test a LOT of ad creative. We need someone to produce copy variations at volume every week.\n\nHow we want you to work:\n1. Take our weekly brief (offer, audience, angle)\n2. Use ChatGPT or Claude to generate a wide spread of hooks and primary texts – 40+ per angle\n3. Pick the best 10, rewrite them so they sound human and on-brand\n4. Hand over in our Airtable with the angle tagged\n\nWe're specifically looking for someone who is already good at prompting LLMs for copy – it's part of the job, not optional. Show us a prompt you're proud of in your proposal.\n\n~10 hrs/week. $40/hr. Food/DTC experience is a big plus 🍝",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r12-016: AI only for reference/thumbnails, final art hand-made, and AI-assisted steps must be reported.
  [
    'restricted',
    "Illustrator for a 32-page picture book (ages 3–6)\n\nHi there! I'm a first-time author self-publishing a picture book about a hedgehog who's scared of the dark. Manuscript is done and edited.\n\nLooking for:\n✏️ 14 spreads + cover\n✏️ Soft, warm style — think watercolor or gouache look (digital is fine)\n✏️ Consistent character across all pages\n\nAbout AI: you're welcome to use AI image tools for mood boards or quick thumbnails while we figure out compositions, but the final illustrations must be drawn by you. When you send the sketches, just let me know which ones (if any) started from an AI reference so I'm aware.\n\nBudget $2,500–3,500 depending on experience. Please share your portfolio, especially any kids' book work!",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r12-017: No mention of AI.
  [
    'none',
    "Male voice-over, warm & trustworthy – 3 min explainer video\n\nWe're a credit union in Oregon making a short explainer about our new home-equity line.\n\nLooking for:\n- Male voice, 35–55 sounding, friendly, calm, NOT announcer-y\n- American accent (Pacific NW / neutral)\n- Broadcast-quality audio, dry, WAV 48kHz\n- 1 round of pickups included\n\nScript is ~420 words, final. Please send a demo reel or, even better, read the first paragraph below and attach it:\n\n\"Your home is more than where you live. Over the years, it's become something you've built...\"\n\nBudget $250–400.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-018: No mention of AI.
  [
    'none',
    'UI designer for a habit-tracking mobile app (Figma)\n\nWe have wireframes for a habit tracker (iOS first) and need someone to turn them into a polished UI kit and ~25 screens.\n\nDeliverables\n- Design system in Figma: color, type, spacing, components w/ variants\n- 25 screens (onboarding, home, habit detail, stats, settings)\n- Light + dark mode\n- Prototype for the main flow\n\nWe like: calm, rounded, lots of whitespace, subtle motion. Think Headspace meets Things 3.\n\nPlease include links to 2-3 mobile projects and your availability. Fixed price, milestone based.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-019: States machine translation as a first pass is fine with no further condition.
  [
    'allowed',
    "Spanish subtitles for 12 short cooking videos (EN → ES)\n\nWe run a cooking channel and want Spanish subtitles (neutral Latin American Spanish) for 12 videos, 6–10 min each.\n\nWe'll provide the English .srt files (already timed). You translate and deliver Spanish .srt with the same timing; adjust line breaks if needed for reading speed.\n\nFeel free to use DeepL, Google Translate or an AI tool as a starting point — that's fine by us. We just want natural subtitles that a home cook in Mexico or Colombia would read without tripping.\n\nPay: $15 per video. Could become ongoing (we post 2/week).",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r12-020: Data-labelling work for an AI model; no rule about the annotator's own AI use.
  [
    'none',
    "Annotators needed – rate chatbot answers for a customer-service model\n\nWe're training a customer-service model for an airline and need careful human raters.\n\nTask:\n- You'll see a customer question and 2 model answers\n- Pick the better one and explain why in 1–2 sentences\n- Flag anything factually wrong, rude or unsafe\n- Guidelines (12 pages) + a paid 1-hour calibration session\n\nRequirements:\n• Native-level English\n• Patience and consistency; we check agreement with other raters\n• 15+ h/week for 6 weeks\n\n$22/h. Training materials sent after a short qualification quiz.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── Spanish (8) ─────────────
  // r12-021: No menciona IA.
  [
    'none',
    'Diseño de carta para restaurante de tapas 🍷\n\nHola! Abrimos un bar de tapas en Valencia el mes que viene y necesitamos la carta.\n\nQué necesitamos:\n- Carta de comida (2 caras A4) + carta de vinos (1 cara)\n- Versión para imprimir y versión PDF para el QR\n- Estilo: mediterráneo, cálido, algo de ilustración a mano si se puede, nada recargado\n- En castellano y valenciano (los textos te los pasamos nosotros)\n\nTenemos logo ya hecho y paleta de colores.\n\nPresupuesto: 250-350€. Por favor mándame ejemplos de cartas o packaging que hayas hecho. Si estás en Valencia mejor, pero no es obligatorio.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-022: Prohíbe textos de IA y dice que revisan todo con un detector.
  [
    'prohibited',
    'Redactor/a SEO para blog de reformas – 10 artículos/mes\n\nSomos una empresa de reformas integrales en Madrid y queremos posicionar el blog.\n\nBuscamos:\n• Redactor/a nativo/a de España\n• Artículos de 1.000–1.500 palabras sobre reformas de cocina, baño, permisos, presupuestos...\n• Que sepa estructurar con H2/H3 y trabajar con keyword principal y secundarias\n• Entregas en Google Docs\n\nMuy importante: nada de ChatGPT ni ninguna otra IA para escribir los artículos. Pasamos cada texto por un detector de IA antes de publicarlo y, si da positivo, no se paga y se acaba la colaboración. Queremos textos de alguien que sepa de lo que habla o que se documente de verdad.\n\nPago: 25€ por artículo de 1.000 palabras. Indica en tu propuesta si has escrito sobre construcción o hogar.',
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r12-023: IA solo para ideas, con revisión humana y avisando cuándo se usó.
  [
    'restricted',
    'Community manager para clínica de fisioterapia (Instagram + Facebook)\n\nHola! Buscamos CM para llevar las redes de nuestra clínica en Sevilla.\n\nTareas:\n📱 12 publicaciones al mes (carrusel, reels sencillos, stories)\n📱 Calendario mensual para aprobar antes del día 25\n📱 Responder comentarios y mensajes en horario laboral\n📱 Informe mensual cortito con métricas\n\nSobre la IA: puedes apoyarte en herramientas tipo ChatGPT o Canva Magic para sacar ideas o un primer borrador, pero todo lo que se publique tiene que pasar por tu revisión (ojo con lo sanitario, nada de prometer curas). Y cuando una pieza la hayas hecho con ayuda de IA, indícalo en el calendario con una marca, así lo revisa también el fisio responsable.\n\nPago: 300€/mes, con posibilidad de subir. Se valora experiencia en sector salud.',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r12-024: El proyecto es integrar la API de OpenAI; no hay reglas sobre el uso propio de IA.
  [
    'none',
    'Bot de WhatsApp con IA para reservas de un hotel rural\n\nTenemos un hotel rural de 14 habitaciones en Asturias y queremos un asistente en WhatsApp que:\n\n- Responda preguntas frecuentes (horarios, parking, mascotas, desayunos) usando un documento que le damos\n- Consulte disponibilidad en nuestro PMS (tiene API REST)\n- Pase la conversación a recepción cuando el cliente quiera reservar o algo se complica\n- Funcione en español e inglés\n\nPensamos en WhatsApp Business API + API de OpenAI, pero estamos abiertos a propuestas si hay algo mejor o más barato.\n\nNecesitamos también un panel sencillo para ver conversaciones.\n\nCuéntanos qué proyectos parecidos has hecho y un presupuesto aproximado. Gracias!',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-025: Exige generar las imágenes con Midjourney o similar.
  [
    'encouraged',
    'Imágenes de producto con Midjourney para tienda de cosmética natural\n\nTenemos una marca pequeña de jabones y cremas artesanales y queremos renovar las fotos de ambiente de la web sin hacer una sesión de fotos completa.\n\nLa idea es que generes las escenas con Midjourney (o Stable Diffusion / Firefly si lo dominas mejor) y luego integres nuestros productos reales (te damos fotos en fondo blanco) con retoque en Photoshop para que quede creíble.\n\nNecesitamos:\n- 20 imágenes de ambiente (baño, naturaleza, mesa de madera, luz natural)\n- Formato cuadrado y vertical 4:5\n- Coherencia de estilo entre todas\n\nEs imprescindible que sepas trabajar con herramientas de generación de imágenes; es el núcleo del encargo. Enséñanos ejemplos de trabajos similares.\n\nPresupuesto: 400€.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r12-026: Propuestas con IA se descartan; en el código la IA se permite con revisión; lo más estricto es prohibido.
  [
    'prohibited',
    'Desarrollador/a Laravel – módulo de facturación electrónica (Verifactu)\n\nNecesitamos adaptar nuestro ERP (Laravel 10 + MySQL) a la normativa Verifactu.\n\nAlcance:\n1. Generación de registros de facturación con huella encadenada\n2. Envío a la AEAT y gestión de respuestas/errores\n3. Generación del QR en las facturas PDF\n4. Tests de integración\n\nSobre la IA:\n– En el desarrollo puedes usar Copilot o similares, siempre que revises cada línea y entiendas lo que subes; en la revisión de código te preguntaremos.\n– Las propuestas escritas con ChatGPT las descartamos directamente, sin leerlas. Escribe tú, aunque sean 4 líneas, y cuéntanos si ya has trabajado con Verifactu o TicketBAI.\n\nPresupuesto a convenir, por hitos.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'restricted' },
    },
  ],
  // r12-027: Permite usar cualquier herramienta, IA incluida, sin condiciones.
  [
    'allowed',
    'Transcribir 300 fichas de inventario escaneadas a Excel\n\nTenemos fichas antiguas de inventario de una ferretería (escaneadas en PDF, letra a máquina y algunas a mano) y hay que pasarlas a un Excel con columnas fijas: código, descripción, proveedor, precio, stock.\n\n- Unas 300 fichas\n- Plantilla de Excel ya preparada\n- Plazo: 10 días\n\nPuedes usar las herramientas que quieras, OCR, IA, lo que te vaya mejor, nos da igual cómo lo hagas. Lo que importa es que los datos queden bien.\n\nPago: 120€ cerrado. Si sale bien hay otro lote parecido.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r12-028: Solo menciona el uso de IA del propio cliente (Notion AI); ninguna regla para el freelancer.
  [
    'none',
    'Asistente virtual para despacho de arquitectura (media jornada)\n\nSomos un estudio de arquitectura pequeño en Barcelona (5 personas) y necesitamos ayuda con la parte administrativa.\n\nTareas:\n- Gestión de agenda de los dos socios y reservas de visitas de obra\n- Seguimiento de facturas y cobros pendientes\n- Preparar documentación para licencias (recopilar, no redactar)\n- Atender correo general\n\nHerramientas que usamos: Google Workspace, Holded y Notion. En el estudio usamos Notion AI para resumir las actas de reuniones, así que te encontrarás esos resúmenes en el espacio de trabajo.\n\nRequisitos: español nativo, catalán muy valorable, experiencia como asistente administrativo/a. 20 h semanales, horario de mañana.\n\nEnvíanos tu tarifa por hora y disponibilidad.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── Portuguese (7) ─────────────
  // r12-029: Não menciona IA.
  [
    'none',
    'Editor de vídeo para canal de YouTube sobre finanças pessoais\n\nFala pessoal! Tenho um canal com 85 mil inscritos sobre finanças pessoais e preciso de um editor fixo.\n\nO que você vai fazer:\n- Editar 2 vídeos por semana (15-20 min cada)\n- Cortes dinâmicos, zoom, legendas animadas nos trechos principais\n- Gráficos simples (tipo barras e números aparecendo)\n- Thumbnails ficam com outra pessoa, não se preocupe\n\nUso Premiere, mas se você editar em DaVinci tudo bem, só me entrega o MP4 + projeto.\n\nValor: R$ 180 por vídeo. Manda seu portfólio, de preferência com vídeos de conteúdo falado (talking head).',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-030: Proíbe tradução automática/IA e proíbe inserir os documentos em ferramentas de IA.
  [
    'prohibited',
    'Tradutor(a) jurídico(a) EN > PT-BR – contratos de M&A\n\nEscritório de advocacia em São Paulo busca tradutor(a) com experiência em contratos societários (SPA, acordos de acionistas, due diligence).\n\nVolume: cerca de 40 mil palavras nas próximas 6 semanas.\n\nRequisitos:\n• Formação em Direito ou tradução juramentada é diferencial\n• Domínio de terminologia societária nos dois idiomas\n• Uso de Trados ou memoQ (enviamos a memória de tradução)\n\nCondições inegociáveis:\n❌ Nada de tradução automática: não queremos DeepL, Google Tradutor nem ChatGPT no processo, nem como rascunho.\n❌ Os documentos são sigilosos. Nenhum trecho pode ser colado ou enviado a qualquer ferramenta de IA ou serviço online de tradução.\n\nAssinatura de NDA obrigatória. Envie sua tarifa por palavra.',
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r12-031: IA só para pesquisa; o texto final deve ser do redator, e o uso deve ser informado.
  [
    'restricted',
    'Copywriter para e-mails de nutrição (sequência de boas-vindas)\n\nTemos uma marca de suplementos e queremos reescrever a sequência de boas-vindas (7 e-mails) e criar 4 e-mails de carrinho abandonado.\n\nBuscamos alguém que escreva de um jeito leve, próximo, sem aquele tom de guru.\n\nSobre IA, nossa regra é simples: pode usar para pesquisa e para levantar referências, mas o texto que chega pra gente tem que ser escrito por você. E se usou IA em alguma etapa, coloca uma observação no fim do documento dizendo onde e pra quê. Sem julgamento, é só pra gente saber.\n\nEntrega em Google Docs. Orçamento: R$ 1.500 pelo pacote.\n\nNa proposta, mande 1 ou 2 e-mails que você escreveu e que tiveram bom resultado.',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r12-032: O cliente usa IA nos próprios textos; não há regra para o freelancer.
  [
    'none',
    'Revisor(a) para e-book gerado por IA – guia de viagem para Portugal\n\nCriei um e-book de 60 páginas com ajuda do ChatGPT sobre roteiros em Portugal para brasileiros. O conteúdo está ok, mas está com cara de robô e tenho medo de ter informação errada.\n\nPreciso de alguém que:\n- Revise o texto e deixe com voz mais humana e brasileira\n- Confira fatos (preços, horários, nomes de lugares, transportes)\n- Aponte o que está desatualizado ou inventado\n- Sugira 2 ou 3 dicas práticas por capítulo, se tiver\n\nSe você já morou ou viajou bastante em Portugal, melhor ainda!\n\nPrazo: 2 semanas. Valor a combinar, me diga quanto cobraria.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-033: Diz explicitamente que pode usar Copilot/ChatGPT à vontade, sem condições.
  [
    'allowed',
    'Dev front-end para landing page em Next.js\n\nPreciso de uma landing page para o lançamento do nosso app de gestão de condomínios.\n\n- Next.js + Tailwind\n- Design pronto no Figma (6 seções, versão mobile incluída)\n- Formulário de lista de espera integrado ao Mailchimp\n- Animações leves de entrada (Framer Motion)\n- Deploy na Vercel\n\nSobre ferramentas: pode usar Copilot, ChatGPT, v0, o que quiser. Pra gente tanto faz, o importante é o resultado ficar fiel ao Figma e rápido no PageSpeed.\n\nPrazo de 1 semana. Orçamento fechado: R$ 2.000.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r12-034: Libera o uso de IA nas fórmulas e automações sem qualquer condição.
  [
    'allowed',
    'Planilha de controle de estoque + fluxo de caixa (Google Sheets)\n\nTenho uma loja de roupas pequena e hoje controlo tudo num caderno 😅 Quero uma planilha que:\n\n1. Registre entradas e saídas de estoque por peça/tamanho/cor\n2. Avise quando um item estiver acabando\n3. Tenha um fluxo de caixa mensal simples\n4. Um painel com vendas do mês e peças mais vendidas\n\nSe você quiser usar ChatGPT ou Gemini pra montar fórmulas ou scripts, fique à vontade, não tenho problema nenhum com isso.\n\nPreciso também de uma videoaula curtinha (pode ser gravação de tela) explicando como usar.\n\nAté R$ 400.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r12-035: Não menciona IA.
  [
    'none',
    'Fotógrafo(a) de produto em Curitiba – linha de cerâmicas\n\nOlá! Tenho um ateliê de cerâmica e vou lançar uma coleção nova com 18 peças (xícaras, pratos, vasos).\n\nPreciso de:\n- Fotos em fundo neutro (para o e-commerce), 3 ângulos por peça\n- 8 a 10 fotos de ambientação (mesa posta, luz natural)\n- Tratamento básico de cor, fiel às peças reais\n- Arquivos em alta + versão web\n\nA sessão pode ser no ateliê (bairro São Francisco) ou no seu estúdio.\n\nOrçamento até R$ 1.800. Mande portfólio, especialmente se já fotografou cerâmica ou objetos com brilho/reflexo.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── French (8) ─────────────
  // r12-036: Aucune mention de l'IA.
  [
    'none',
    "Maintenance WordPress + WooCommerce – contrat mensuel\n\nBonjour,\n\nNous sommes une petite boutique en ligne de thés (Lyon), site sous WordPress/WooCommerce depuis 2019. Notre prestataire arrête son activité, nous cherchons quelqu'un pour prendre le relais.\n\nMissions :\n- Mises à jour mensuelles (cœur, thème, extensions) avec sauvegarde avant\n- Surveillance sécurité et disponibilité\n- Petites corrections (2-3 h/mois incluses)\n- Optimisation de la vitesse, le site est lent sur mobile\n\nHébergement chez o2switch. Nous aimerions un petit compte-rendu chaque mois.\n\nMerci d'indiquer votre forfait mensuel et vos références WooCommerce.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-037: Interdit tout contenu généré par IA et annonce une vérification Copyleaks.
  [
    'prohibited',
    "Rédacteur·rice web – fiches pratiques jardinage (long terme)\n\nSite de conseils jardinage (≈ 200 000 visites/mois) recherche rédacteur·rice passionné·e pour des fiches pratiques : taille, semis, maladies des plantes, potager...\n\nLe cahier des charges :\n• 4 à 6 fiches par semaine, 900 à 1 300 mots\n• Ton simple, concret, tutoiement\n• Sources fiables (INRAE, SNHF, pépiniéristes)\n\nÀ savoir avant de postuler : aucun contenu produit par une IA ne sera accepté. On passe chaque texte sur Copyleaks ; en cas de détection, le texte est refusé et non rémunéré. On veut de l'expérience de terrain, pas des généralités.\n\nRémunération : 0,06 €/mot, virement à 15 jours. Envoyez-nous un texte que vous avez écrit sur le jardin ou la nature.",
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r12-038: Seul DeepL Pro (avec contrat de confidentialité) est permis avec post-édition complète ; interdiction de mettre les documents dans des outils gratuits.
  [
    'restricted',
    "Traduction technique DE > FR – notices de machines agricoles\n\nConstructeur de matériel agricole, nous cherchons un·e traducteur·rice pour nos notices d'utilisation (env. 25 000 mots au total, mises à jour régulières ensuite).\n\nProfil : traducteur·rice de langue maternelle française, à l'aise avec le vocabulaire mécanique/hydraulique. Une expérience dans l'agricole est un vrai plus.\n\nConcernant la traduction automatique :\n- Seul DeepL Pro (abonnement payant, données non conservées) est autorisé, et uniquement comme base : chaque segment doit être entièrement post-édité par vous.\n- Aucun autre outil d'IA ou de traduction en ligne. Nos documents ne doivent jamais être collés dans Google Traduction, ChatGPT ou toute version gratuite d'un outil.\n\nLivraison au format XLIFF. Merci d'indiquer votre tarif au mot et votre disponibilité.",
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r12-039: La mission porte sur une formation à l'IA ; aucune règle sur l'usage de l'IA par le formateur.
  [
    'none',
    "Conception d'une formation « IA générative pour TPE » (e-learning)\n\nNous sommes un organisme de formation certifié Qualiopi. Nous souhaitons créer un module e-learning d'environ 3 h pour aider les dirigeants de TPE (artisans, commerçants) à comprendre et utiliser l'IA générative au quotidien.\n\nContenu attendu :\n- Ce que c'est, ce que ça ne fait pas (sans jargon)\n- Cas d'usage concrets : devis, réponses clients, réseaux sociaux\n- Risques : données personnelles, erreurs, droits d'auteur\n- Quiz et exercices pratiques\n\nLivrables : scénario pédagogique, scripts des vidéos, supports PDF. La réalisation vidéo est faite en interne.\n\nProfil : formateur·rice ou ingénieur·e pédagogique ayant déjà conçu des modules numériques. Budget : 3 000 à 4 500 € HT.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-041: Exige de travailler avec Claude Code ou Cursor au quotidien.
  [
    'encouraged',
    "Dév full-stack TypeScript – refonte d'un back-office\n\nStartup lyonnaise (logistique du dernier kilomètre), on refond notre back-office interne : Next.js, tRPC, Prisma, PostgreSQL.\n\nChez nous, tout le monde code avec un assistant IA (Claude Code ou Cursor principalement) et on attend la même chose de la personne qui nous rejoint. C'est une condition : on découpe le travail en petites specs précises, l'agent produit, et vous relisez/testez sérieusement.\n\nCe que vous ferez :\n✔ Migration des écrans existants (≈ 30 vues)\n✔ Mise en place de tests E2E avec Playwright\n✔ Amélioration des performances des listes (pagination, filtres)\n\nMission de 3 mois, 4 jours/semaine, TJM 450-550 €. Télétravail, une journée par mois à Lyon.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r12-042: ChatGPT autorisé pour les brouillons à condition de prévenir à chaque fois et que la cliente relise.
  [
    'restricted',
    "Bonjour Camille,\n\nMerci pour les trois premiers posts LinkedIn, le ton est vraiment bien.\n\nPetite précision suite à notre échange d'hier : tu peux tout à fait t'aider de ChatGPT pour les premiers jets, je n'ai rien contre. Par contre, préviens-moi à chaque fois que c'est le cas (un simple « IA » en commentaire dans le doc suffit) et je veux relire ces posts-là avant publication, sans exception. Ceux que tu écris entièrement toi-même, tu peux les programmer directement comme d'habitude.\n\nPour la semaine prochaine : le post sur notre certification B Corp et celui sur le recrutement du nouveau chef d'atelier.\n\nBonne journée,\nSophie",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r12-043: Aucune mention de l'IA.
  [
    'none',
    "Montage podcast – émission hebdo sur l'histoire locale\n\nBonjour !\n\nJe produis un podcast sur l'histoire de la Bretagne (épisodes de 40-50 min, 1 par semaine). Je cherche quelqu'un pour le montage.\n\nCe qu'il faut faire :\n- Nettoyer les prises (bruits de bouche, hésitations trop longues)\n- Égaliser les voix (on est 2 + parfois un invité à distance)\n- Ajouter générique, virgules sonores (fournis)\n- Export MP3 + mise en ligne sur Ausha\n\nEnregistrements en WAV, pistes séparées. Délai : 48 h après réception.\n\nTarif envisagé : 40 € par épisode. Envoyez-moi un exemple de podcast que vous avez monté.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── German (7) ─────────────
  // r12-044: KI ist nur das Geschäftsfeld des Kunden; keine Regel für den Freelancer.
  [
    'none',
    'Webflow-Entwickler:in für Relaunch unserer Website\n\nWir sind eine Beratung, die mittelständische Unternehmen bei der Einführung von KI-Lösungen begleitet (Prozessanalyse, Schulungen, Umsetzung). Unsere Website ist in die Jahre gekommen.\n\nDas Design ist fertig in Figma (Startseite, 4 Leistungsseiten, Team, Blog, Kontakt). Wir suchen jemanden, der das sauber in Webflow umsetzt.\n\nAnforderungen:\n- Webflow CMS für Blog und Referenzen\n- Responsiv, gute Core Web Vitals\n- DSGVO-konformes Cookie-Banner (Cookiebot o. Ä.)\n- Zweisprachig DE/EN (Webflow Localization)\n- Kurze Einweisung für unser Team\n\nZeitrahmen: 4 Wochen. Budget 4.000–6.000 €. Bitte Referenzen mit Webflow schicken.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-045: Verbietet KI-generierte Bilder für die Illustrationen.
  [
    'prohibited',
    'Illustrator:in für Etiketten unserer Craft-Beer-Serie gesucht 🍺\n\nKleine Brauerei aus Franken, wir bringen 2026 eine Serie von 5 saisonalen Bieren raus und brauchen für jedes ein eigenes Etikett.\n\nWas wir uns vorstellen:\n- Handgezeichneter Stil, gern Holzschnitt- oder Linolschnitt-Optik\n- Fränkische Motive (Landschaft, Feste, Sagen), kein Kitsch\n- Einheitliche Serie, aber jedes Bier erkennbar eigen\n- Druckfertige Dateien nach Vorgaben unserer Druckerei\n\nGanz klar: Keine KI-generierten Bilder, auch nicht als Basis zum Übermalen. Wir wollen echte Handarbeit, das passt zu unserem Bier und zu unserer Geschichte.\n\nBudget: 600 € pro Etikett inkl. Nutzungsrechte. Bitte Portfolio mitschicken!',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r12-046: KI-Assistenten erlaubt, aber Kennzeichnung im PR, Review und kein Quellcode in öffentliche KI-Dienste.
  [
    'restricted',
    'Backend-Entwickler:in Java/Spring Boot – Versicherungsplattform (remote)\n\nFür unsere Plattform zur Schadenabwicklung suchen wir Verstärkung für ca. 6 Monate, 32 h/Woche.\n\nAufgaben:\n• Neue REST-Services (Spring Boot 3, Java 21)\n• Anbindung an Kernsystem über Kafka\n• Tests (JUnit, Testcontainers)\n• Code-Reviews im Team\n\nZum Thema KI-Tools:\n1. Code-Assistenten sind erlaubt, aber nur GitHub Copilot Business über unseren Firmenaccount.\n2. Unser Quellcode, Kundendaten oder Logauszüge dürfen nicht in ChatGPT, Gemini oder andere öffentliche KI-Dienste kopiert werden.\n3. Wenn ein größerer Teil eines PRs von der KI stammt, vermerkt das bitte in der PR-Beschreibung.\n\nStundensatz 85–100 €. Deutsch fließend erforderlich, da das Team deutschsprachig ist.',
    { disclosure: true, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r12-047: Nicht erwähnt wird KI; reines Lektorat.
  [
    'none',
    'Lektorat für Sachbuch über Gartenbau in Permakultur (ca. 240 Seiten)\n\nHallo zusammen,\n\nich habe ein Sachbuch über Permakultur im Hausgarten geschrieben und suche ein gründliches Lektorat, bevor es an den Verlag geht.\n\nUmfang: ca. 62.000 Wörter, Word-Datei.\n\nWas ich mir wünsche:\n- Inhaltliches Lektorat: Aufbau, Verständlichkeit, Wiederholungen\n- Sprachliches Lektorat: Stil, Grammatik, Rechtschreibung nach Duden\n- Anmerkungen im Änderungsmodus, gern mit Begründung\n\nIdeal wäre jemand mit Erfahrung bei Ratgebern oder Sachbüchern, Gartenwissen ist ein Plus, aber kein Muss.\n\nZeitraum: bis Ende nächsten Monats. Bitte nennt mir euren Seitenpreis oder ein Pauschalangebot.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r12-049: Verlangt die Produktion von Videos mit KI-Avatar-Tools wie HeyGen.
  [
    'encouraged',
    'Social-Media-Videos mit KI-Avataren für Steuerkanzlei\n\nUnsere Kanzlei möchte auf LinkedIn und Instagram regelmäßig kurze Erklärvideos (60–90 Sek.) zu Steuerthemen posten, z. B. Homeoffice-Pauschale, Grundsteuer, E-Rechnung.\n\nDie Texte liefern wir. Du erstellst daraus die Videos mit einem KI-Avatar-Tool wie HeyGen oder Synthesia (Avatar unserer Steuerberaterin ist bereits angelegt), inklusive Untertiteln, Branding und Schnitt im Hochformat.\n\nVoraussetzung ist, dass du mit diesen KI-Video-Tools sicher umgehst, denn die Produktion soll komplett darüber laufen.\n\nUmfang: 8 Videos im Monat. Budget: 60 € pro Video. Bitte Beispiele schicken.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r12-050: Antworten ohne KI, werden mit GPTZero geprüft; im Projekt KI nur mit Kennzeichnung; strengste ist verboten.
  [
    'prohibited',
    'Screening-Fragen – Werkstudent:in / Freelancer Marktforschung (Desk Research)\n\nBitte beantworten Sie die folgenden Fragen selbst und ohne KI-Tools. Wir lassen die Antworten durch GPTZero laufen; KI-generierte Antworten werden nicht berücksichtigt.\n\n1. Welche Erfahrung haben Sie mit Desk Research oder Marktanalysen? Nennen Sie ein konkretes Projekt.\n2. Wie würden Sie die Marktgröße für vegane Fleischalternativen in Österreich abschätzen? Skizzieren Sie kurz Ihr Vorgehen.\n3. Welche Quellen nutzen Sie bevorzugt (z. B. Statista, Destatis, Branchenverbände) und warum?\n4. Wie viele Stunden pro Woche stehen Sie zur Verfügung?\n\nHinweis zum Projekt selbst: Dort dürfen Sie KI-Tools zur Recherche unterstützend einsetzen, solange Sie im Bericht kennzeichnen, welche Abschnitte damit erstellt wurden.',
    {
      disclosure: true,
      confidentiality: false,
      detectors: true,
      scopes: { proposal: 'prohibited', work: 'restricted' },
    },
  ],
];

/** Still read wrongly: the right reading, the text, what the engine reads instead, the labels checked. */
export const ROUND12_MISSES: KnownMiss[] = [
  // r12-005: Requires daily use of Claude Code / Cursor as part of the workflow.
  [
    'encouraged',
    "Senior Python dev – AI-assisted workflow REQUIRED\n\nWe're a 4-person team building internal tooling for logistics companies (FastAPI, Postgres, Celery, a bit of Pandas). We move fast and we expect everyone on the team to work with an AI coding assistant every day – Claude Code, Cursor, Copilot agent mode, whichever you prefer.\n\nIf you don't currently use one of these in your daily work, this role isn't a fit, sorry. We want people who know how to drive these tools: write good specs/prompts, review diffs critically, keep tests green.\n\nWhat you'll work on\n- New carrier integrations (REST + some nasty SOAP)\n- Refactoring a legacy billing module\n- Improving test coverage (currently ~40%)\n\nDetails\n• 30 h/week, long term\n• Async, overlap 2h with CET\n• $60–80/h\n\nIn your application tell us which assistant you use and one thing it's bad at.",
    'reads disclosure true',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r12-040: Le travail exige Midjourney, mais les candidatures écrites par IA sont ignorées ; le plus strict est interdit.
  [
    'prohibited',
    "Directeur·rice artistique IA – visuels pour une campagne d'affichage\n\nAgence de communication à Nantes. Pour une campagne régionale (office de tourisme), nous cherchons un·e DA qui maîtrise Midjourney et Photoshop.\n\nLe travail : produire 6 visuels d'affiche (paysages côtiers, ambiance rétro années 60) générés avec Midjourney puis retouchés et mis en page. L'usage des outils d'IA générative est au cœur de la mission, on attend que vous sachiez vraiment vous en servir.\n\nEn revanche, pour la candidature : écrivez-la vous-même. Les messages générés par ChatGPT seront ignorés, on en reçoit trop. Quelques lignes sincères + 3 visuels de votre portfolio suffisent.\n\nBudget : 1 800 € pour les 6 visuels, droits inclus.",
    'reads proposal unset',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'encouraged' },
    },
  ],
  // r12-048: Bewerbung mit KI ausdrücklich erlaubt, bei der Arbeit wird KI erwartet; am strengsten ist erlaubt.
  [
    'allowed',
    'Produktbeschreibungen für Online-Shop (Outdoor-Ausrüstung) – 400 Artikel\n\nWir sind ein Outdoor-Shop und brauchen neue Produkttexte für rund 400 Artikel (Zelte, Rucksäcke, Schlafsäcke).\n\nSo stellen wir uns die Arbeit vor: Texte werden mit einem KI-Tool (ChatGPT, Claude o. Ä.) auf Basis unserer Datenblätter vorformuliert und von dir überarbeitet, geprüft und in unser Shopsystem (Shopware) übertragen. Erfahrung mit Prompting setzen wir voraus, anders ist die Menge nicht zu schaffen.\n\nDeine Bewerbung darfst du übrigens gern auch mit KI formulieren, das ist für uns völlig okay. Uns interessiert vor allem, ob du schon ähnliche Mengen abgearbeitet hast.\n\nVergütung: 6 € pro Artikel. Start sofort.',
    'reads stance restricted, work restricted',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'allowed', work: 'encouraged' },
    },
  ],
];
