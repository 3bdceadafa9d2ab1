import type { HeldOutCase, KnownMiss } from './held-out.ts';

/*
 * Held-out whole job posts, round 3: written by a helper that had not seen the engine or the earlier sets, in the
 * five languages (traps: posts about AI products, Illustrator files, the client's own AI use, "no AI experience
 * needed"). Five labels were set to the engine's documented readings: a ban on the proposal beside a permission
 * for the work is prohibited overall (the example), and a permission beside a rule keeping client data out
 * of AI tools stays allowed, with the confidentiality flag.
 */
export const ROUND3: HeldOutCase[] = [
  // ---- English ----
  [
    'prohibited',
    "Blog writer for HR software company (4 posts/month)\nWe're a small B2B SaaS selling scheduling tools to HR teams.\n- 4 posts per month, 1,200–1,500 words each\n- Topics: shift planning, labor law basics, employee retention\n- $120 per post, long-term if it works out\nPlease don't send me anything ChatGPT wrote. Every draft goes through Originality.ai and anything flagged as AI gets sent back unpaid.\nShare 2-3 samples you've written in the HR or B2B space.",
  ],
  [
    'prohibited',
    'Shopify theme customization – product page + cart drawer\nNeed someone to tweak our Dawn theme:\n• add a size guide popup on product pages\n• rebuild the cart drawer to show upsells\n• fix mobile layout bug on collection pages\nBudget $400 fixed, needs to be done within 10 days.\nIf your proposal reads like chat gpt wrote it I\'m skipping it, just tell me in two lines how you\'d do the cart drawer.\nStart your reply with the word "drawer" so I know you read this.',
  ],
  [
    'prohibited',
    "Product description writer – 60 skincare SKUs\nWe're relaunching our skincare line and need fresh product descriptions.\n- 60 products, ~150 words each + 3 bullet benefits\n- Brand voice guide will be provided\n- Must understand ingredient claims (no medical claims!)\nNO AI CONTENT. EVERYTHING MUST BE HUMAN WRITTEN.\nDeadline: 3 weeks. Fixed price, send your rate per description.",
  ],
  [
    'prohibited',
    "Children's picture book illustrator (32 pages)\nLooking for an illustrator for a picture book about a fox who's afraid of the dark.\n✅ 14 spreads + cover\n✅ Warm, hand-drawn / watercolor feel\n✅ Print-ready files at 300 dpi\n❌ Midjourney, DALL·E, Stable Diffusion or any other AI-generated art — will be rejected\nPlease include a link to your portfolio and your estimated timeline.",
  ],
  [
    'prohibited',
    'Male voice actor for explainer video (US accent)\n90-second explainer for a fintech app, script is ready (approx. 230 words).\n- Warm, friendly, mid-30s sounding voice\n- Deliver WAV, 48kHz, dry + lightly processed version\n- 1 round of pickups included\nReal human voice only — ElevenLabs or any other AI voice = instant decline.\nBudget $150. Please attach a short demo reading the first paragraph.',
  ],
  [
    'prohibited',
    "English > German translation of user manual (approx. 18,000 words)\nTechnical manual for an industrial coffee machine. Native German speaker required.\n- Source files in InDesign (IDML), we'll provide a glossary\n- Trados or memoQ preferred\n- Delivery in 3 batches over 4 weeks\nWe compare your work against DeepL and Google Translate output, and machine-translated files will be rejected without payment.\nPlease quote per word.",
  ],
  [
    'prohibited',
    'Research report writer for environmental nonprofit\nWe need a 25-page report summarizing the state of urban tree canopy programs in 10 US cities.\n- Desk research + 3-4 short interviews with city staff\n- APA citations, all sources linked\n- Draft in 4 weeks, final in 6\nAll drafts are checked with GPTZero and Turnitin before we even start reviewing them.\nBudget: $2,500. Experience with policy writing is a big plus.',
  ],
  [
    'prohibited',
    "Ghostwriter for LinkedIn posts (finance coach)\nI'm a financial coach and need 3 LinkedIn posts a week in my voice.\n- We'll do a 30 min call every 2 weeks so you get my stories\n- Posts 150-250 words, conversational\n- $300/month to start\npls no A.I. writting, my audience can smell it a mile away and so can I\nTell me about a post you wrote that did well.",
  ],
  [
    'prohibited',
    "React Native developer – paid take-home test first\nWe're building a habit-tracking app (Expo, TypeScript, Supabase).\nStep 1: paid 3-hour take-home task ($90)\nStep 2: if it goes well, ~20 hrs/week ongoing at your rate\nRequirements: 2+ years React Native, comfortable with offline-first sync\nDo not use Copilot, Cursor, ChatGPT or any other AI assistant on this project — we review every PR with you live on a call.\nPlease mention your timezone.",
  ],
  [
    'prohibited',
    "Paralegal support – summarizing deposition transcripts\nSmall litigation firm looking for an experienced paralegal (remote, US).\n- Summarize ~40 deposition transcripts (page-line format)\n- Flag inconsistencies between witnesses\n- Approx. 60 hours over 2 months, $35/hr\nUnder no circumstances may any transcript be uploaded to ChatGPT, Claude or any other AI tool, and we don't want AI used anywhere in this work.\nNDA required before files are shared.",
    { confidentiality: true },
  ],
  [
    'prohibited',
    "Amazon listing copywriter – kitchen gadgets\nWe sell kitchen gadgets on Amazon US and need listings rewritten for 12 ASINs.\n• title, 5 bullets, description, backend keywords\n• keyword research done by us (Helium 10 export provided)\n• 1 revision round per listing\nCopy gets run through Copyleaks' AI detector before we pay, so don't bother using AI to write it.\n$45 per listing.",
  ],
  [
    'prohibited',
    "Long-term travel writer for our destination guides\nWe run a travel site focused on Southeast Asia and want someone who's actually been there.\n- 2 guides/month, 2,500+ words with personal tips\n- Your own photos are a huge plus\n- $0.08/word\nWe've been burned by AI-spun content before, so this is strictly a no-AI gig.\nTell us which countries you've spent the most time in.",
  ],
  [
    'restricted',
    'Newsletter writer for a craft beer brand\nWeekly email newsletter (~600 words) going to 14k subscribers.\n- New releases, brewery events, one "beer nerd" section\n- Tone: funny, not cringe\n- Draft due every Monday, we send Thursday\nUsing AI for outlines or headline ideas is ok, just tell me when you did and which tool.\n$90 per issue, ongoing.',
    { disclosure: true },
  ],
  [
    'restricted',
    "Case study writer – B2B logistics software\nWe need 5 customer case studies based on interview recordings we'll send you.\n- 800–1,000 words each\n- Challenge / solution / results structure with real numbers\n- Customer logos + approval process handled by us\nYou can use ChatGPT to brainstorm angles or rough out a structure, but the writing itself has to come from you.\n$350 per case study.",
  ],
  [
    'restricted',
    'Backend developer – Node.js API maintenance\nLooking for a Node/TypeScript dev to help maintain our billing API (Express, Postgres, Stripe).\n- Fix a backlog of ~15 bugs\n- Add webhook retries + logging\n- ~15 hrs/week, $50-65/hr\nFine to use Copilot in your editor, but never paste our code, logs or customer data into ChatGPT or any other AI chat.\nMust be able to overlap 3 hours with CET.',
    { confidentiality: true },
  ],
  [
    'restricted',
    'Illustrations for a board game (cards + box art)\nIndie board game, 54 cards + box cover + rulebook spot illustrations.\n- Fantasy setting, slightly cartoonish (think Root / Everdell vibes)\n- Style frames first, then full production\n- Budget $3,000–4,000 depending on experience\nTell me upfront if you plan to use any gen AI in your process, and wait for my OK before you do.\nPlease share your portfolio, board game work especially.',
    { disclosure: true },
  ],
  // Overall the ban on the proposal (the issue's own example: proposal prohibited, work allowed).
  [
    'prohibited',
    'Python dev – scrape and clean public procurement data\nNeed a scraper for 3 EU procurement portals, output cleaned CSV daily.\n- Python, Playwright or Scrapy\n- Deploy on our VPS with cron\n- Handle pagination + basic dedup\nWrite your proposal yourself (AI-generated ones go straight to the bin). Using AI tools while you code is totally fine though.\nFixed $600.',
  ],
  [
    'restricted',
    "Proofreader/editor for a self-published thriller (85k words)\nLooking for a line editor for my second novel.\n- Line edit + consistency check (names, timeline)\n- Track changes in Word\n- 4 week turnaround\nGrammarly for catching typos is fine, but I don't want any ChatGPT/Jasper rewritten paragraphs in my book.\nBudget around $1,200, open to your rate.",
  ],
  [
    'restricted',
    'Health & wellness articles – medically reviewed site\nWe publish evidence-based articles on sleep, nutrition and stress.\n- 1,500 words, min. 6 peer-reviewed sources\n- Reviewed by our in-house RD before publishing\n- 6 articles/month\nAI-assisted drafts are acceptable as long as you flag it in your delivery notes and personally fact-check every claim.\nPay: $0.12/word.',
    { disclosure: true },
  ],
  [
    'restricted',
    'Spanish > English translation – e-commerce site (~9,000 words)\nTranslating our online furniture store (product pages, FAQ, shipping policy).\n- Native English speaker (US)\n- Deliver in Google Sheets, column next to source\n- SEO-friendly, not literal\nDeepL as a first pass is OK only if you fully post-edit it — raw machine output will be rejected.\n10 day deadline, please quote per word.',
  ],
  [
    'allowed',
    "Build a pitch deck from our notes (12–15 slides)\nSeed-stage startup needs a clean investor deck.\n- We'll share a Google Doc with all the content and numbers\n- Design in Google Slides or Pitch\n- 2 revision rounds\nUse whatever tools you like, AI included — I only care about the result.\nNeed it within a week. $500.",
  ],
  [
    'allowed',
    'Clean up and merge 3 customer spreadsheets\nWe have 3 messy Excel files (~8,000 rows total) with duplicate customers and inconsistent formats.\n- Standardize names, phones, addresses\n- Merge into one sheet, remove dupes\n- Short note on what you changed\nUsing ChatGPT or Claude to help with formulas or scripts is totally fine by me.\nProbably 5-8 hours of work.',
  ],
  [
    'allowed',
    'Podcast show notes + episode titles\nWeekly interview podcast about small business. Need show notes for each episode.\n- 200-word summary, timestamps, guest links\n- 5 title options per episode\n- Transcript comes from our hosting platform\nNot against AI tools at all, use them if they help.\n$40 per episode, ongoing.',
  ],
  [
    'allowed',
    'Concept art for a mobile game – 10 environment pieces\nCasual puzzle game set on floating islands. Need 10 environment concepts.\n- Bright, painterly style\n- 1920x1080, layered PSD\n- Deadline 3 weeks\nMidjourney, Stable Diffusion, whatever you normally use — AI tools are fine here.\nShare your portfolio please.',
  ],
  [
    'encouraged',
    "Full-stack dev for internal tools (Next.js + Supabase)\nWe're a 6-person ops team building internal dashboards fast.\n- Next.js, TypeScript, Supabase, Tailwind\n- Ship small features weekly\n- 20-30 hrs/week\nWe work AI-first, so you must be comfortable with Cursor or Claude Code day to day.\n$45-60/hr depending on experience.",
  ],
  [
    'encouraged',
    "200 product descriptions for a home decor store\nWe're adding 200 products (vases, candles, throws) to our Shopify store.\n- 80-120 words each, warm and simple tone\n- Include material + care info from our spreadsheet\n- Budget $400 total, 2 weeks\nPlease use ChatGPT to produce the first drafts from the spreadsheet, then polish each one by hand — that's the only way we hit the deadline.",
  ],
  [
    'encouraged',
    "Marketing assistant (part-time, remote)\nHelp our 3-person team with social posts, email campaigns and reporting.\n• Canva, Mailchimp, Meta Business Suite\n• ~15 hrs/week, flexible\n• $20/hr\nIf you're not already using AI tools (ChatGPT, Gemini, Canva Magic Write...) every day for this kind of work, this probably isn't the right fit.\nTell us your favorite tool for scheduling posts.",
  ],
  [
    'encouraged',
    'Market research analyst – EV charging in Southeast Asia\nWe need a 15-page landscape report on EV charging operators in 5 SEA countries.\n- Players, pricing, regulation, market size estimates\n- Sources cited\n- 2 weeks, budget $800\nWe expect you to lean heavily on AI research tools like GPT-4o and Perplexity to move fast.',
  ],
  [
    'none',
    'Build a customer support chatbot using OpenAI API\nWe run an online course platform and want a chatbot on our site that answers questions from our help docs.\n- OpenAI API (GPT-4o) + vector search over ~200 help articles\n- Embeddable widget for our WordPress site\n- Handoff to a human via email when unsure\nExperience with RAG and prompt engineering required.\nBudget $1,500-2,500.',
  ],
  [
    'none',
    'Logo redesign for a landscaping company\nFamily landscaping business, 20 years old, logo looks dated.\n- 3 initial concepts, 2 revision rounds\n- Final files: AI, EPS, SVG, PNG (transparent) + PDF brand sheet\n- Must work in one color for truck decals\nBudget $350.',
  ],
  [
    'none',
    'Editor to humanize our AI-generated blog drafts\nWe generate first drafts with our in-house AI tool and need an editor to make them sound natural.\n- ~10 drafts/week, 1,000 words each\n- Fix tone and flow, add real examples\n- Fact-check stats\n$25 per article. Native English only.',
  ],
  [
    'none',
    "Video editor for an AI-powered fitness app's YouTube channel\nFitLoop is an AI-powered workout app and we're growing our YouTube channel.\n- 4 videos/month, 8-12 min each\n- Premiere Pro or DaVinci, captions, B-roll\n- Thumbnails a plus\nNo AI knowledge needed — you're editing workout videos, not building models.\n$80 per video.",
  ],
  [
    'none',
    'Bookkeeper for BrightAI Labs (QuickBooks Online)\nBrightAI Labs is a 12-person software company looking for a part-time bookkeeper.\n- Monthly reconciliations, AP/AR\n- Payroll journal entries (Gusto)\n- Month-end close by the 10th\n5+ years QuickBooks Online experience.\n~10 hrs/month.',
  ],
  [
    'none',
    'Virtual assistant – inbox and calendar management\nBusy real estate broker needs help with email triage and scheduling.\n- Gmail + Google Calendar\n- Confirm showings, reschedule, send reminders\n- 10 hrs/week, US Eastern hours\nHeads up: we use an AI tool to pre-screen applications, so answer the 3 screening questions directly.\n$12-15/hr.',
  ],
  [
    'none',
    "Fix checkout bug on WooCommerce store\nCustomers on iPhone can't complete checkout — the place order button does nothing.\n- WooCommerce 8.x, Stripe gateway\n- Staging site available\n- Need it fixed ASAP, ideally within 48 hours\nFixed $150, bonus if done today.",
  ],
  [
    'none',
    'Fine-tune Llama 3 on our support tickets\nWe have ~50k anonymized support tickets and want a fine-tuned model to draft replies.\n- LoRA fine-tune on Llama 3 8B\n- Evaluation vs. baseline GPT-4o-mini\n- Deploy on our AWS (g5 instances)\nMust have shipped at least one fine-tuning project to production.\nBudget $4-6k.',
  ],
  [
    'none',
    "Image annotation for AI training dataset\nWe're labeling street images to train a computer vision model.\n- Draw bounding boxes for cars, bikes, pedestrians\n- ~3,000 images, tool provided (CVAT)\n- Paid per image, $0.08\nNo AI experience required, just attention to detail.",
  ],
  [
    'none',
    'Social media manager for a dog grooming salon\nSmall salon in Austin, we want to grow Instagram + TikTok.\n- 3 posts/week + stories\n- We send photos/videos, you edit and caption\n- Monthly mini report\n(Full disclosure, I wrote this job post with ChatGPT because I hate writing these lol)\n$400/month.',
  ],
  [
    'none',
    "WordPress site speed optimization\nOur site scores 38 on mobile PageSpeed. Need it above 80.\n- Elementor site, WP Rocket already installed\n- Image optimization, lazy loading, remove unused plugins\n- Don't break the booking form!\nOne-off job, $250.",
  ],
  [
    'none',
    'Excel dashboard for sales team\nNeed a simple sales dashboard in Excel from our CRM export.\n- Monthly revenue by rep and region\n- Pivot tables + a couple of charts\n- Refreshable when we paste new data\nNo need to know ChatGPT or any fancy AI stuff, just solid Excel.\n$200 fixed.',
  ],
  // ---- Spanish ----
  [
    'prohibited',
    'Redactor/a de artículos SEO para clínica dental\nSomos una clínica en Valencia y queremos posicionar el blog.\n- 8 artículos al mes de 1.000-1.200 palabras\n- Las keywords las damos nosotros\n- Tono cercano, nada de jerga médica innecesaria\nNada de textos hechos con ChatGPT: los pasamos todos por Originality y si salen como IA no se pagan.\nPago: 25 € por artículo.',
  ],
  [
    'prohibited',
    'Traducción inglés > español (LatAm) de app móvil\nNecesitamos traducir los textos de nuestra app de finanzas personales (~6.000 palabras).\n• Español neutro latinoamericano\n• Entrega en archivo .json respetando las variables\n• Glosario incluido\n🚫 Prohibido usar DeepL, Google Translate o cualquier traductor automático.\nPlazo: 10 días. Cotizá por palabra.',
  ],
  [
    'prohibited',
    'Locutor/a para video institucional (acento mexicano)\nVideo de 2 minutos para una empresa de logística.\n- Voz masculina o femenina, tono profesional y cálido\n- Archivo WAV, sin música\n- 1 ronda de correcciones\nBuscamos voz humana real, NO voces de IA (ElevenLabs y similares quedan descartadas).\nPresupuesto: 80 USD.',
  ],
  [
    'prohibited',
    'Ilustradora para cuento infantil\nBusco ilustrador/a para un cuento de 24 páginas sobre una tortuga que quiere volar.\n- 12 ilustraciones a doble página + portada\n- Estilo acuarela o lápices de colores\n- Archivos en alta para imprenta\nNO SE ACEPTAN IMÁGENES GENERADAS CON IA\nMándame tu portfolio y tu tarifa por ilustración.',
  ],
  [
    'prohibited',
    'Asistente administrativo para despacho de abogados\nDespacho en Madrid busca apoyo remoto para organizar expedientes.\n- Escanear y clasificar documentación\n- Llevar el control de plazos en Excel\n- Unas 15 horas semanales\nNo se permite usar inteligencia artificial en este trabajo, y bajo ningún concepto se pueden subir nuestros documentos a ChatGPT ni a ninguna otra herramienta de IA.\nImprescindible firmar acuerdo de confidencialidad.',
    { confidentiality: true },
  ],
  [
    'restricted',
    'Guiones para videos cortos de TikTok (marca de café)\nNecesitamos 12 guiones al mes para Reels/TikTok.\n- Duración 15-30 segundos\n- Humor y tendencias, pero sin pasarse\n- Te pasamos el calendario de lanzamientos\nPuedes usar IA como apoyo, pero avísanos qué partes hiciste con ella.\n15 USD por guion, trabajo continuo.',
    { disclosure: true },
  ],
  [
    'restricted',
    'Redacción de fichas de producto para ferretería online\nTienda online con unas 300 referencias sin descripción.\n- 100-150 palabras por ficha\n- Datos técnicos en un Excel que te pasamos\n- Lotes de 50 fichas\nSi quieres, usa la IA para sacar ideas o buscar información, pero la redacción final tiene que ser tuya.\nPago por lote, dinos tu precio.',
  ],
  // Permission with a data rule: see the Python post above.
  [
    'allowed',
    'Desarrollador/a Laravel para mantenimiento de CRM\nTenemos un CRM interno en Laravel 10 + MySQL que necesita mejoras.\n- Corregir errores en el módulo de facturación\n- Nuevos informes en PDF\n- 20 h/semana aprox.\nPuedes apoyarte en Copilot, pero no pegues datos de clientes ni trozos de la base de datos en ChatGPT ni en ninguna IA externa.\nHorario compatible con España (CET).',
    { confidentiality: true },
  ],
  // Overall the ban on the proposal (the issue's own example: proposal prohibited, work allowed).
  [
    'prohibited',
    'App en Flutter para reservas de pádel\nClub de pádel quiere una app sencilla para reservar pistas.\n- Login, calendario de pistas, pago con Stripe\n- Panel admin básico\n- Android e iOS\nLa propuesta escríbela tú (las que huelen a ChatGPT las descarto directamente); para programar usa las herramientas que quieras, IA incluida.\nPresupuesto: 2.500-3.500 USD.',
  ],
  [
    'allowed',
    'Transcripción de entrevistas (español rioplatense)\n10 entrevistas de unos 45 minutos cada una para un proyecto de investigación.\n- Transcripción literal con marcas de tiempo cada 2 min\n- Entrega en Word\n- Plazo: 2 semanas\nSi usás ChatGPT, Whisper o lo que sea para agilizar, no hay problema.\nPago por minuto de audio, pasanos tu tarifa.',
  ],
  [
    'allowed',
    'Limpieza y organización de base de datos en Excel\nTenemos un Excel de 5.000 contactos con duplicados y formatos distintos.\n- Unificar formatos de teléfono y correo\n- Eliminar duplicados\n- Separar por provincia\nUsa las herramientas que quieras (IA incluida), lo importante es que el Excel quede bien.\nPago fijo: 60 €.',
  ],
  [
    'encouraged',
    'Asistente de marketing de contenidos (medio tiempo)\nAgencia pequeña en Bogotá busca asistente remoto.\n- Redactar borradores de posts y newsletters\n- Programar publicaciones en Metricool\n- Apoyo en reportes mensuales\nImprescindible manejar ChatGPT o Claude con soltura, en la agencia trabajamos con IA todos los días.\nPago: 600 USD/mes.',
  ],
  [
    'encouraged',
    'Imágenes para catálogo de una marca de velas\nNecesitamos 30 imágenes ambientadas (velas en salones, baños, mesas de cena).\n- Estilo cálido y minimalista\n- Formato cuadrado y vertical\nLa idea es que generes las escenas con Midjourney o similar y luego las retoques en Photoshop con nuestras fotos de producto.\nPresupuesto: 300 €.',
  ],
  [
    'none',
    'Chatbot de WhatsApp con la API de OpenAI\nTenemos una inmobiliaria y queremos un bot que responda consultas sobre pisos disponibles.\n- Integración WhatsApp Business API + OpenAI\n- Que lea nuestro listado de pisos desde Google Sheets\n- Derivar a un agente humano cuando haga falta\nExperiencia demostrable con proyectos similares.\nPresupuesto a convenir.',
  ],
  [
    'none',
    'Diseño de logotipo para panadería artesanal\nAbrimos una panadería de masa madre en Sevilla y necesitamos logo.\n- 3 propuestas iniciales\n- Versiones a color y monocromo\n- Entregables: archivos AI, PDF y PNG\nPresupuesto: 200 €.',
  ],
  [
    'none',
    'Community manager para startup de inteligencia artificial\nSomos una startup que desarrolla una plataforma de IA para gestionar inventarios de restaurantes.\n- Gestionar LinkedIn e Instagram\n- 4 publicaciones semanales\n- Responder comentarios y mensajes\nNo hace falta experiencia con inteligencia artificial, te explicamos el producto.\nPago: 400 USD/mes.',
  ],
  [
    'none',
    'Corrector/a de estilo para textos de blog\nGeneramos nuestros borradores con una herramienta de IA y necesitamos a alguien que los revise y les dé un tono más natural.\n- Unos 20 textos al mes de 800 palabras\n- Corregir estilo, repeticiones y datos\n- Español de España\nPago: 10 € por texto.',
  ],
  [
    'none',
    'Presentación en PowerPoint para congreso médico\nNecesito diseñar una presentación de 25 diapositivas para un congreso de cardiología.\n- El contenido ya está redactado\n- Gráficos a partir de tablas de Excel\n- Diseño sobrio y profesional\nEntrega en 5 días. Presupuesto: 150 €.',
  ],
  // ---- Portuguese (BR) ----
  [
    'prohibited',
    'Redator(a) para blog de pet shop\nProcuro redator para escrever 6 artigos por mês para o blog da nossa pet shop.\n- Artigos de 1.000 palavras sobre cuidados com cães e gatos\n- Otimização SEO básica (palavra-chave, meta description)\n- Pagamento de R$ 80 por artigo\nNão aceito texto feito no ChatGPT, passo tudo no ZeroGPT antes de aprovar.\nMande 2 textos que você já escreveu.',
  ],
  [
    'prohibited',
    'Tradução inglês > português de e-book (~25 mil palavras)\nE-book sobre marketing digital para pequenos negócios.\n- Português do Brasil, linguagem leve\n- Entrega em Word com a formatação mantida\n- Prazo de 3 semanas\nTradução tem que ser humana, nada de Google Tradutor ou DeepL.\nOrçamento por palavra, me manda sua proposta.',
  ],
  [
    'prohibited',
    'Desenvolvedor WordPress para site de escritório de contabilidade\nPrecisamos de um site institucional simples.\n• 5 páginas (home, sobre, serviços, blog, contato)\n• Formulário integrado ao WhatsApp\n• Layout responsivo\nProposta com cara de IA eu nem leio. Escreve do seu jeito, curto e direto.\nOrçamento: até R$ 2.000.',
  ],
  [
    'prohibited',
    'Ilustração para capa de livro de fantasia\nAutora independente procura ilustrador(a) para capa de romance de fantasia.\n- Capa, lombada e contracapa\n- Estilo pintura digital\n- Arquivos para impressão (Clube de Autores / Amazon KDP)\n❌ Nada de IA (Midjourney, Leonardo etc.), quero arte feita por artista de verdade\nOrçamento entre R$ 800 e R$ 1.500.',
  ],
  [
    'prohibited',
    'Transcrição de podcast (12 episódios)\nTemos 12 episódios de ~1h de um podcast sobre empreendedorismo.\n- Transcrição completa, com identificação de falantes\n- Entrega em Google Docs\n- Revisão de ortografia\nÉ PROIBIDO USAR IA PRA TRANSCREVER OU REVISAR. Queremos transcrição feita por gente.\nPagamento por episódio.',
  ],
  // A permission with a rule keeping client data out of AI tools: allowed, and the confidentiality flag (the
  // evaluator weighs shared material against it).
  [
    'allowed',
    'Dev Python para automação de relatórios financeiros\nPrecisamos automatizar relatórios que hoje são feitos na mão no Excel.\n- Python + pandas\n- Integração com a API do nosso ERP\n- Relatórios em PDF enviados por e-mail toda segunda\nPode usar IA pra te ajudar no código, mas dados de clientes NUNCA podem ir pro ChatGPT ou qualquer outra IA.\nProjeto fechado, orçamento a combinar.',
    { confidentiality: true },
  ],
  [
    'restricted',
    'Roteirista para vídeos de YouTube (canal de curiosidades)\nCanal com 300 mil inscritos procura roteirista fixo.\n- 2 roteiros por semana, 8-10 minutos de vídeo\n- Pesquisa com fontes confiáveis\n- R$ 150 por roteiro\nUso de IA é permitido, desde que você avise o que foi feito com ela em cada roteiro.\nMande um roteiro de exemplo.',
    { disclosure: true },
  ],
  [
    'restricted',
    'Redação de descrições para imobiliária\nImobiliária em Curitiba precisa de descrições para 40 imóveis.\n- Texto de 150-200 palavras por imóvel\n- Destacar diferenciais e localização\n- Fotos e ficha técnica enviadas por nós\nPode usar o ChatGPT pra pesquisa e estrutura, mas o texto final tem que ser escrito por você.\nR$ 15 por descrição.',
  ],
  [
    'allowed',
    'Criação de posts para Instagram de academia\nAcademia de bairro quer melhorar o Instagram.\n- 12 posts por mês (arte + legenda)\n- Canva tá ótimo\n- Stories de vez em quando\nPode usar IA à vontade, sem problema nenhum.\nR$ 600 por mês.',
  ],
  [
    'allowed',
    'Organização de planilhas de estoque\nLoja de roupas com planilhas de estoque bagunçadas.\n- Unificar 4 planilhas em uma\n- Criar fórmulas de alerta de estoque baixo\n- Deixar um passo a passo simples pra equipe\nSe quiser usar o ChatGPT pra agilizar as fórmulas, tudo bem.\nValor fixo de R$ 300.',
  ],
  [
    'encouraged',
    'Assistente virtual para agência de marketing\nAgência em São Paulo procura assistente remoto (20h/semana).\n- Apoio na criação de conteúdo e relatórios\n- Organização de tarefas no ClickUp\n- Atendimento a clientes por e-mail\nPrecisa saber usar IA (ChatGPT, Claude, Gemini) no dia a dia, é parte essencial da função.\nR$ 2.000/mês.',
  ],
  [
    'encouraged',
    'Locução em português para 40 vídeos curtos de treinamento\nEmpresa de software precisa narrar 40 vídeos de 1-2 minutos.\n- Roteiros prontos\n- Voz consistente entre todos os vídeos\n- Entrega em MP3 + sincronização no vídeo\nQueremos que você gere as locuções no ElevenLabs (a gente paga o plano) e faça a edição final.\nOrçamento: R$ 1.200.',
  ],
  [
    'none',
    'Integração do Gemini no nosso CRM\nQueremos que o CRM (HubSpot) gere resumos automáticos das conversas com clientes usando o Gemini.\n- Integração via API\n- Resumo salvo como nota no contato\n- Documentação do fluxo\nExperiência com APIs de IA generativa é obrigatória.\nOrçamento a combinar.',
  ],
  [
    'none',
    'Social media para padaria\nPadaria em Belo Horizonte procura social media.\n- 3 posts por semana no Instagram\n- Fotos feitas por nós, você edita e legenda\n- Relatório mensal simples\nR$ 500 por mês, começo imediato.',
  ],
  [
    'none',
    'Designer gráfico para a Nexus AI\nA Nexus AI é uma startup de análise de dados para o agronegócio e precisa de um designer.\n- Materiais para feira agropecuária (banners, folders)\n- Apresentação institucional\n- Manual de marca simples\nPortfólio é obrigatório.\nOrçamento: R$ 3.000.',
  ],
  [
    'none',
    'Vetorização de logotipo antigo\nTemos só um JPG de baixa qualidade do nosso logo e precisamos dele em vetor.\n- Redesenhar fiel ao original\n- Entregar em .AI, .PDF e .SVG\n- Versão em preto e branco\nTrabalho rápido, R$ 150.',
  ],
  [
    'none',
    'Editor de vídeo para podcast sobre inteligência artificial\nNosso podcast fala de IA e tecnologia, e precisamos de um editor.\n- 1 episódio por semana (~1h)\n- Cortes para Reels/Shorts\n- Legendas\nNão precisa saber nada de IA, só editar bem.\nR$ 200 por episódio.',
  ],
  // ---- French ----
  [
    'prohibited',
    "Rédacteur web SEO – site de location de vacances\nNous cherchons un rédacteur pour des pages de destinations (Bretagne, Normandie, Côte d'Azur).\n- 10 articles de 1 200 mots\n- Mots-clés fournis\n- Ton chaleureux, vouvoiement\nLes textes générés par IA (ChatGPT, Jasper…) seront refusés : on vérifie tout avec Originality.ai.\nRémunération : 0,06 € / mot.",
  ],
  [
    'prohibited',
    "Traduction anglais > français d'un site e-commerce (cosmétiques)\nEnviron 12 000 mots : fiches produits, FAQ, CGV.\n• Traducteur natif français\n• Connaissance du vocabulaire cosmétique\n• Livraison en 2 semaines\nTraduction humaine uniquement : pas de DeepL, pas de Google Traduction, même en premier jet.\nMerci d'indiquer votre tarif au mot.",
  ],
  [
    'prohibited',
    "Ghostwriter pour livre de développement personnel\nCoach de vie cherche une plume pour écrire son premier livre (~40 000 mots).\n- Entretiens hebdomadaires en visio\n- Plan validé ensemble\n- Livraison chapitre par chapitre\nPAS D'IA. Je veux un livre écrit par un humain, point.\nBudget à discuter selon expérience.",
  ],
  [
    'prohibited',
    'Voix off française pour publicité radio\nSpot radio de 30 secondes pour une concession automobile à Lyon.\n- Voix masculine, dynamique\n- Fichier WAV, 2 prises\n- Livraison sous 48 h\nPas de voix synthétique ni de clonage par IA (type ElevenLabs), on veut un vrai comédien.\nBudget : 150 €.',
  ],
  [
    'prohibited',
    "Assistant(e) pour synthèse de dossiers RH\nCabinet RH cherche un(e) freelance pour synthétiser des dossiers de candidats.\n- Environ 30 dossiers par mois\n- Fiche synthèse d'une page par candidat\n- Respect strict du RGPD\nInterdiction d'utiliser l'IA sur cette mission, et aucun document ne doit être copié dans ChatGPT ou un outil du même genre.\nAccord de confidentialité à signer.",
    { confidentiality: true },
  ],
  [
    'restricted',
    "Correction de rapports de stage pour une école de commerce\nNous cherchons un correcteur pour des rapports de stage (30-50 pages).\n- Orthographe, grammaire, typographie\n- Suivi des modifications dans Word\n- Environ 15 rapports par mois\nL'IA est tolérée uniquement pour la relecture orthographique, à condition de nous le signaler.\nTarif à la page.",
    { disclosure: true },
  ],
  [
    'restricted',
    "Création de contenus LinkedIn (cabinet d'expertise comptable)\nCabinet d'expertise comptable cherche un freelance pour animer sa page LinkedIn.\n- 8 posts par mois\n- 1 carrousel par mois\n- Sujets : fiscalité, paie, création d'entreprise\nVous pouvez utiliser des outils d'IA, mais merci de préciser lesquels et pour quelles parties dans chaque livrable.\nBudget : 500 € / mois.",
    { disclosure: true },
  ],
  [
    'restricted',
    "Rédaction de newsletters pour une boutique de thé\nBoutique en ligne de thés bio, newsletter toutes les deux semaines.\n- 500 à 700 mots\n- Présentation des nouveautés + une recette\n- Ton doux et poétique\nLes outils d'IA pour corriger l'orthographe (Grammarly, etc.), ça passe ; les textes rédigés par ChatGPT, non.\n80 € par newsletter.",
  ],
  // A permission with a rule keeping client data out of AI tools: allowed, and the confidentiality flag (the
  // evaluator weighs shared material against it).
  [
    'allowed',
    "Développeur Symfony – évolution d'une application métier\nApplication de gestion de planning pour des cliniques vétérinaires.\n- Symfony 6, PostgreSQL, API Platform\n- Nouvelles fonctionnalités + corrections\n- 3 jours par semaine pendant 2 mois\nUtiliser Copilot ou Cursor ne nous dérange pas, mais aucune donnée client ni extrait de la base ne doit être collé dans un outil d'IA.\nTJM à proposer.",
    { confidentiality: true },
  ],
  [
    'allowed',
    "Mise en page d'un catalogue produits sous InDesign\nCatalogue de 40 pages pour un fabricant de meubles.\n- Textes et photos fournis\n- Gabarit à créer\n- Export PDF impression + web\nL'utilisation de ChatGPT ou d'autres IA ne pose aucun problème de notre côté.\nBudget : 600 €.",
  ],
  [
    'allowed',
    "Saisie et nettoyage de données clients\nEnviron 2 000 fiches clients à vérifier et compléter dans notre CRM.\n- Vérifier adresses et numéros\n- Supprimer les doublons\n- Compléter les champs manquants à partir des sites web\nVous pouvez vous aider de l'IA si vous le souhaitez.\nRémunération forfaitaire de 250 €.",
  ],
  [
    'encouraged',
    "Développeur full-stack React / Node (startup)\nStartup parisienne dans la logistique urbaine, équipe de 5 devs.\n- React, Node.js, TypeScript\n- Mises en production plusieurs fois par semaine\n- Mission de 6 mois, full remote\nMaîtrise de Claude Code ou de Cursor indispensable : on développe avec l'IA au quotidien.\nTJM : 450-550 €.",
  ],
  [
    'encouraged',
    'Fiches produits pour une boutique de déco\nNous avons 150 produits à mettre en ligne sur Shopify.\n- 100 mots par fiche\n- Caractéristiques fournies dans un fichier Excel\n- Ton simple et élégant\nVous utiliserez ChatGPT pour générer les premières versions des fiches, puis vous les retravaillerez à la main.\nBudget : 300 €.',
  ],
  [
    'none',
    "Développement d'un agent IA pour notre service client\nNous voulons un agent conversationnel capable de répondre aux questions fréquentes de nos clients.\n- LangChain + API OpenAI\n- Connexion à notre base de connaissances (Notion)\n- Intégration sur notre site (widget)\nExpérience en RAG exigée.\nBudget : 3 000 – 5 000 €.",
  ],
  [
    'none',
    "Création d'un logo pour un food truck\nFood truck de crêpes à Nantes, besoin d'un logo sympa.\n- 2 ou 3 pistes créatives\n- Déclinaison pour le camion et les réseaux sociaux\nFichiers sources attendus : .ai, .eps et .png\nBudget : 250 €.",
  ],
  [
    'none',
    "Modérateur(trice) de contenu – plateforme de révision propulsée par l'IA\nNotre plateforme, propulsée par l'IA, aide les lycéens à réviser le bac.\n- Modérer les questions publiées par les élèves\n- Signaler les contenus inappropriés\n- 10 h par semaine, horaires flexibles\nAucune connaissance en IA requise.\n15 € de l'heure.",
  ],
  [
    'none',
    "Assistant(e) administratif(ve) pour agence immobilière\nAgence à Bordeaux cherche un(e) assistant(e) à distance.\n- Gestion des mails et des rendez-vous de visite\n- Mise à jour des annonces\n- 12 h par semaine\nPour info, nous utilisons un outil d'IA pour trier les candidatures : répondez bien aux questions de présélection.\nTarif horaire à proposer.",
  ],
  [
    'none',
    "Montage vidéo pour chaîne YouTube de cuisine\nChaîne de recettes familiales, 1 vidéo par semaine.\n- Rushes d'1 h à monter en 12-15 min\n- Sous-titres, musique libre de droits\n- Miniature incluse\nLogiciel au choix (Premiere, DaVinci, Final Cut).\n70 € par vidéo.",
  ],
  // ---- German ----
  [
    'prohibited',
    'Texter/in für Ratgeberartikel (Garten & Balkon)\nWir betreiben einen Onlineshop für Pflanzen und suchen Unterstützung für unseren Ratgeber.\n- 6 Artikel pro Monat, je ca. 1.200 Wörter\n- SEO-Briefing wird gestellt\n- Du-Ansprache, locker aber fundiert\nKeine KI-Texte! Wir prüfen alle Artikel mit GPTZero.\nVergütung: 8 Cent pro Wort.',
  ],
  [
    'prohibited',
    'Übersetzung Englisch > Deutsch: Website für Fahrradhersteller\nCa. 10.000 Wörter (Produktseiten, FAQ, AGB).\n• Muttersprache Deutsch\n• Erfahrung mit technischen Texten\n• Lieferung in 2 Wochen\nBitte keine maschinelle Übersetzung (DeepL, Google Translate) – wir merken das und zahlen dafür nicht.\nAngebot bitte pro Wort.',
  ],
  [
    'prohibited',
    'WordPress-Entwickler/in für Relaunch einer Praxis-Website\nPraxis für Physiotherapie in Köln, die bestehende Seite ist veraltet.\n- Neues Theme, 8 Seiten\n- Online-Terminbuchung einbinden\n- DSGVO-konform (Cookie-Banner, Impressum)\nKI-generierte Bewerbungen werden direkt aussortiert – schreib uns lieber drei ehrliche Sätze.\nBudget: 1.500–2.000 €.',
  ],
  [
    'prohibited',
    'Illustrationen für Kinder-Sachbuch über den Wald\nVerlag sucht Illustrator/in für ein Sachbuch (48 Seiten) für Kinder ab 5.\n- ca. 30 Illustrationen, detailreich\n- Stil: Buntstift oder Aquarell\n- Druckfertige Dateien\n🚫 Keine KI-Bilder (Midjourney, Stable Diffusion usw.)\nBitte Portfolio und Honorarvorstellung schicken.',
  ],
  [
    'prohibited',
    'Lektorat für Unternehmensbroschüre\nWir brauchen ein gründliches Lektorat für unsere Imagebroschüre (24 Seiten).\n- Rechtschreibung, Grammatik, Stil\n- Änderungen im Korrekturmodus\n- Abgabe innerhalb von 5 Werktagen\nDer Einsatz von ChatGPT o. ä. ist bei diesem Auftrag ausdrücklich nicht erwünscht.\nFestpreis nach Absprache.',
  ],
  [
    'restricted',
    'Social-Media-Texte für Yogastudio\nYogastudio in Hamburg sucht Unterstützung für Instagram.\n- 3 Posts pro Woche inkl. Captions und Hashtags\n- Fotos liefern wir\n- Monatlicher Redaktionsplan\nKI-Tools sind ok, solange du offenlegst, wo du sie eingesetzt hast.\n300 € pro Monat.',
    { disclosure: true },
  ],
  [
    'restricted',
    'Python-Entwickler/in für Datenpipeline (Versicherung)\nWir bauen eine ETL-Pipeline für Schadensdaten.\n- Python, Airflow, PostgreSQL\n- Tests und Dokumentation\n- ca. 20 Std./Woche, remote\nGegen Copilot haben wir nichts, aber Kundendaten und Quellcode dürfen auf keinen Fall in ChatGPT o. ä. landen.\nStundensatz nach Erfahrung.',
    { confidentiality: true },
  ],
  [
    'restricted',
    'Blogartikel für Steuerberatungskanzlei\nKanzlei in München sucht freie/n Autor/in für Fachartikel.\n- 2 Artikel pro Monat, je 1.000 Wörter\n- Themen: Steuertipps für Selbstständige\n- Fachliche Prüfung durch uns\nChatGPT nur für die Recherche, den Text schreibst du selbst – und sag kurz Bescheid, wenn du KI genutzt hast.\n150 € pro Artikel.',
    { disclosure: true },
  ],
  [
    'allowed',
    'Präsentation für Vertriebsmeeting gestalten\nWir brauchen eine ansprechende PowerPoint (20 Folien) aus unseren Stichpunkten.\n- Corporate Design wird gestellt\n- Diagramme aus Excel-Daten\n- 1 Korrekturschleife\nDu darfst gerne KI-Tools nutzen, das ist für uns kein Problem.\nBudget: 250 €.',
  ],
  [
    'allowed',
    'Datenbereinigung in Excel (Kundenliste)\nKundenliste mit ca. 4.000 Einträgen, viele Dubletten und uneinheitliche Schreibweisen.\n- Dubletten entfernen\n- Adressen vereinheitlichen\n- Kurze Doku der Schritte\nWenn dir ChatGPT oder Claude bei den Formeln hilft – nur zu.\nFestpreis 120 €.',
  ],
  [
    'encouraged',
    'Content-Assistent/in (Teilzeit, remote)\nKleine Digitalagentur sucht Unterstützung im Content-Team.\n- Entwürfe für Blog und Newsletter\n- Bildideen und einfache Grafiken\n- Recherche\nSicherer Umgang mit KI-Tools (ChatGPT, Claude, Midjourney) ist Pflicht, wir arbeiten jeden Tag damit.\n20 Std./Woche, 25 €/Std.',
  ],
  [
    'encouraged',
    'Frontend-Entwickler/in Vue.js\nSaaS-Startup für Eventmanagement sucht Verstärkung.\n- Vue 3, TypeScript, Pinia\n- Neue Features im Dashboard\n- 3 Monate, Verlängerung möglich\nWir erwarten, dass du mit GitHub Copilot oder Cursor arbeitest, um schneller zu liefern.\nStundensatz 60–75 €.',
  ],
  [
    'none',
    'RAG-System für interne Wissensdatenbank\nUnsere Mitarbeitenden sollen Fragen zu internen Richtlinien per Chat stellen können.\n- OpenAI API + Pinecone\n- Anbindung an Confluence\n- Einfache Weboberfläche\nErfahrung mit LLM-Anwendungen erforderlich.\nBudget: 4.000–6.000 €.',
  ],
  [
    'none',
    'Logo-Überarbeitung für Handwerksbetrieb\nSchreinerei sucht ein moderneres Logo, der Wiedererkennungswert soll bleiben.\n- 2 Entwürfe\n- Farb- und Schwarzweißversion\n- Lieferung als AI-, EPS- und PDF-Datei\nBudget: 300 €.',
  ],
  [
    'none',
    'Kundensupport (Deutsch) für KI-Startup\nWir entwickeln eine KI-gestützte Buchhaltungssoftware und suchen Verstärkung im Support.\n- E-Mail- und Chat-Support auf Deutsch\n- Tickets in Zendesk bearbeiten\n- 15 Std./Woche\nKeine KI-Vorkenntnisse nötig, die Einarbeitung übernehmen wir.\n18 €/Std.',
  ],
  [
    'none',
    'Korrektorat für Produkttexte\nUnsere Produkttexte erstellen wir mit einer KI – jetzt suchen wir jemanden, der sie sprachlich glattzieht.\n- ca. 80 Texte pro Monat, je 150 Wörter\n- Rechtschreibung, Stil, Konsistenz\n- Deutsch auf Muttersprachniveau\n5 € pro Text.',
  ],
  [
    'none',
    'Shopify-Shop einrichten (Naturkosmetik)\nWir starten einen kleinen Onlineshop für Naturkosmetik.\n- Theme anpassen\n- 30 Produkte anlegen\n- Zahlungsarten und Versand einrichten\nStart nächste Woche, Budget ca. 800 €.',
  ],
];

/** None left after the fixes; a miss found later goes here with its reason. */
export const ROUND3_MISSES: KnownMiss[] = [];
