import type { HeldOutCase, KnownMiss } from './held-out.ts';

/*
 * Held-out job posts, round 6: written by a helper that had seen neither the engine nor the earlier rounds, about
 * false alarms: 60 posts that say nothing of the freelancer's own AI use but would fool a keyword reader (AI
 * products, the client's own AI, "no AI background needed", "AI" as Illustrator files, initials or names, AI as a
 * topic, Turnitin for plagiarism) and 40 rules phrased so that a careless reader misses them.
 */

// Round 6: false alarms. 100 posts (36 EN, 16 ES, 16 PT-BR, 16 FR, 16 DE).
// 60 'none' posts full of AI-looking keywords, 40 real rules worded so they are easy to misread.
export const ROUND6: HeldOutCase[] = [
  [
    'encouraged',
    "Real-estate listing writer, no AI experience needed\nDon't worry if you've never touched these tools: we'll train you on our ChatGPT workflow in the first week, and every listing goes through it before you polish it.\nAbout 40 listings a week across Florida and Georgia.\nYou'll get photos, MLS data and agent notes for each property.\nMust write crisp, Fair Housing-compliant copy.",
  ],
  // The ban is read; the data rule is not (it shares a sentence with "Texte aus ChatGPT", where text comes from, and
  // "solche Tools" is no AI term to split the clause at), so the confidentiality flag is not checked here.
  [
    'prohibited',
    'Texter/in für Mandantenrundschreiben einer Anwaltskanzlei\nMonatlich ein Rundschreiben (ca. 1.500 Wörter) zu aktuellen Urteilen im Arbeitsrecht.\nTexte aus ChatGPT & Co. nehmen wir nicht ab, und Mandanteninformationen dürfen grundsätzlich nicht in solche Tools eingegeben werden.\nJuristische Vorbildung ist Voraussetzung.\nLangfristige Zusammenarbeit erwünscht.',
  ],
  // ───────────────────────── English (36) ─────────────────────────
  [
    'none',
    'RAG support assistant for our SaaS help center\nWe want a chatbot that answers customer questions from our 600 help articles and changelog.\nStack: OpenAI API (GPT-4o), LangChain or LlamaIndex, Postgres with pgvector, deployed on our AWS account.\nHands-on experience with retrieval pipelines, chunking strategies and source citations in answers is required.\nDeliverables: ingestion script, API endpoint, an eval set of 100 questions with expected answers, and a README.\nFixed budget; milestones paid on a working demo.',
  ],
  [
    'prohibited',
    "Ghostwriter for a memoir about growing up on a Montana ranch\nI have 30 hours of recorded stories from my father and want them shaped into a 60,000-word memoir.\nI need a writer who can capture his voice: dry, funny, plainspoken.\nPlease write this yourself. I don't want ChatGPT, Claude, Jasper or anything like them producing any of the chapters.\nMonthly video calls with me; you'll get the recordings and a box of his old letters.",
  ],
  [
    'none',
    "Model evaluation contractor: grade chatbot answers for a legal-tech startup\nOur product uses a large language model to answer tenants' questions about lease law in three US states.\nYou will read the model's answers and score them for accuracy, tone and whether they cite the right statute, using our rubric in a Google Sheet.\nRoughly 150 answers a week, about 10 hours.\nParalegal or law-school background strongly preferred; prior experience rating LLM output is a plus.",
  ],
  [
    'none',
    "Red-team our customer-service bot before launch\nWe are about to put a GPT-based assistant in our banking app and need someone to try to break it.\nGoals: prompt injection, getting it to reveal its internal instructions, off-topic or unsafe replies, leaking other customers' data.\nDocument every successful attack with the exact transcript, a severity rating and a suggested mitigation.\nFamiliarity with the OWASP Top 10 for LLM applications is expected.\nTwo-week engagement, NDA required.",
  ],
  [
    'restricted',
    "Newsletter writer for a personal finance creator\nTwo newsletters a week (~900 words) based on her video scripts and talking points.\nWe're relaxed about tools. Just be upfront about anything an AI helped with when you hand in a draft, so she knows what she's signing off on.\nMust understand index funds, Roth IRAs and basic tax brackets.\nPaid per issue, long-term.",
    { disclosure: true },
  ],
  [
    'none',
    "Create Midjourney prompt packs for our Etsy shop\nWe sell themed prompt bundles (watercolor botanicals, retro travel posters, kawaii stickers) to hobbyists.\nEach pack is 50 tested prompts plus a short usage guide for buyers.\nYou must know Midjourney v6 parameters inside out: --sref, --style raw, --chaos, aspect ratios, multi-prompts with weights.\nPlease share a prompt collection you've built before.\nOngoing work, 2 packs per month.",
  ],
  [
    'none',
    'Transcript clean-up for a qualitative research project\nWe recorded 40 interviews with nurses and already ran them through Otter.ai on our side, so rough transcripts exist.\nYour job is to listen along, fix misheard words and medical terms, correct speaker labels and add a timestamp every two minutes.\nAudio quality is good; most interviews run 45–60 minutes.\nPlease tell us your turnaround per audio hour and your rate.',
  ],
  [
    'prohibited',
    "B2B SaaS case study writer\nWe've paid for three rounds of case studies that all sounded the same: 'in today's fast-paced landscape', 'seamlessly', 'unlock'.\nFrom now on, if a draft reads like it came out of ChatGPT, it is rejected and not paid. No second chances.\nYou'll interview our customers on Zoom and write 1,000-word case studies from those conversations.\nTwo per month, $400 each.",
  ],
  [
    'none',
    'Part-time bookkeeper for a small landscaping company (QuickBooks Online)\nFull disclosure: I wrote this post with ChatGPT because I hate writing job ads, so forgive the polish.\nWe need monthly bank reconciliations, invoice follow-ups and quarterly reports for our accountant.\nAbout 8 hours a month, could grow in spring.\nMust have QuickBooks Online experience and be available for a short Zoom call on Fridays.',
  ],
  [
    'none',
    "Customer support agent (chat + email), US hours\nHeads up: we get hundreds of applications, so our hiring platform uses an AI ranking tool to shortlist proposals before a human reads them.\nYou'll answer tickets for our meal-kit subscription in Zendesk and handle refunds and delivery issues.\n20–30 hours per week, 9am–3pm Eastern.\nAnswer the screening questions in full sentences; one-word answers won't make the shortlist.",
  ],
  [
    'restricted',
    "Virtual assistant for a boutique accounting firm\nInbox triage, scheduling client meetings, chasing missing documents and updating our CRM.\nClient tax returns, bank statements and names must never be pasted into ChatGPT, Gemini or any similar service.\nYou'll work inside our Microsoft 365 tenant with MFA.\n15 hours a week, Central time.",
    { confidentiality: true },
  ],
  [
    'none',
    'Logo refresh for a craft brewery\nWe have an old hand-drawn logo that needs to be cleaned up, vectorized and simplified for cans and merch.\nFinal files: AI, EPS, SVG and PDF, plus PNGs on a transparent background in three sizes.\nTwo rounds of revisions included; a one-page brand sheet with colors and fonts would be great.\nPlease show brewery, food or beverage work in your portfolio.',
  ],
  [
    'none',
    'Executive assistant for Dr. A.I. Mensah (cardiology practice)\nDr. A.I. Mensah runs two clinics and speaks at conferences several times a year.\nYou will manage her calendar, book travel, prepare speaker bios and keep her inbox at zero.\nSome evening availability (GMT) is needed when she travels to the US.\nExperience with Google Workspace and medical office etiquette preferred.',
  ],
  [
    'allowed',
    "Shopify product copy for a surf-wax brand\n30 product pages and a short About page in a fun, salty, beach-town voice.\nHow you get to the words is your business: ChatGPT, Grammarly, Claude, a notebook on the beach, we honestly don't mind.\nWhat we care about: correct specs, no typos, and sounding like surfers rather than a catalog.\nFlat fee, 2 weeks.",
  ],
  [
    'none',
    "Japanese–English interpreter for a 3-day factory visit in Ohio\nOur partner Ai Takahashi, head of procurement at a supplier in Nagoya, is visiting our plant May 12–14.\nYou'll interpret during plant tours, quality meetings and one dinner.\nTechnical vocabulary around injection molding and ISO audits is a big plus.\nTravel costs covered; please quote a daily rate.",
  ],
  [
    'none',
    "Weekly horoscope writer for a lifestyle app\nWe publish twelve short horoscopes every Monday, Aries through Pisces, around 120 words each.\nThis quarter we're also running a feature series on Gemini season and Mercury retrograde: 4 long-form pieces.\nWarm, playful voice; no doom predictions.\nWe pay promptly every Friday via Wise.",
  ],
  [
    'prohibited',
    "Product description writer for a kitchenware store\n250 descriptions, 80–120 words each, with specs pulled from supplier sheets.\nBefore payment, every batch goes through Originality.ai and Copyleaks' AI checker; batches flagged as likely machine-written are returned.\nTone: friendly, practical, no superlatives.\nPlease include two sample descriptions for a cast-iron skillet.",
  ],
  [
    'none',
    "Health-tech blog: 10 articles on AI in radiology\nWe're a diagnostics company and want a series explaining how machine learning is changing imaging, written for hospital managers.\nTopics include AI triage of chest X-rays, FDA clearance of algorithms, bias in training data, and what radiologists actually think.\nEach article 1,200–1,500 words, with at least three cited peer-reviewed sources.\nWriters with a clinical or medical-journalism background preferred.",
  ],
  [
    'none',
    "Instructional designer: online course 'ChatGPT for Middle-School Teachers'\nOur subject expert has already written the full lesson scripts on using ChatGPT for lesson planning and feedback.\nWe need someone to turn them into a polished Thinkific course: slide decks, short quizzes, downloadable worksheets and a certificate.\nYou'll also edit the 12 screen recordings she provides (cuts, captions, intro/outro).\nExperience with Articulate or Thinkific required.",
  ],
  [
    'encouraged',
    "Content marketer for a cybersecurity startup\nEveryone on our marketing team starts their drafts in Claude and edits from there, and whoever joins will be expected to work the same way.\nYou'll produce two blog posts and one gated guide a month on topics like phishing and SOC 2.\nWe'll give you a seat in our team Claude workspace.\nTechnical accuracy matters more than flashy prose.",
  ],
  [
    'none',
    "Audio annotators for a speech-recognition dataset (Scottish English)\nWe're building a dataset of Scottish-accented speech for a voice-assistant company.\nYou'll listen to short clips and label the speaker's accent region, background noise, and whether the transcript matches the audio.\nNo AI or machine-learning background required; native familiarity with Scottish accents is what matters.\nFlexible hours, paid per clip, detailed guidelines provided.",
  ],
  [
    'prohibited',
    "Write the personality and sample dialogues for our AI companion app\nWe're building a companion chatbot on top of GPT-4o and need its character bible, backstory and 300 example dialogues for the system prompt.\nThose dialogues define the voice, so they must be written by a human from scratch. Don't generate them with GPT or any other model.\nFiction or game-writing background preferred.\nPaid per milestone: bible, 100 dialogues, 300 dialogues.",
  ],
  [
    'none',
    "Django + React developer for an inventory app\nTo be clear, this is not an AI project: it's a straightforward CRUD app for tracking parts across three warehouses.\nFeatures: barcode scanning, stock alerts by email, role-based access, CSV export.\nWe already have Figma designs and an existing Postgres schema.\nPlease share a GitHub link or a similar app you maintained.",
  ],
  [
    'none',
    "Sysadmin: migrate two Windows servers from MBR to GPT\nOur file servers still boot legacy BIOS from MBR disks and we want to move to UEFI.\nTasks: back up, convert the disks to GPT with mbr2gpt, enable Secure Boot, then verify the RAID array and shares.\nWork is done remotely over a weekend maintenance window.\nPlease describe a similar migration you've done and how you'd roll back if something fails.",
  ],
  [
    'restricted',
    'Research-heavy explainer articles for a climate nonprofit\nEight 2,000-word explainers on topics such as carbon removal and grid storage.\nUsing ChatGPT or Perplexity to hunt down sources is fine, but the sentences in the article have to come from you, and please note in the doc which sources you found through those tools.\nEverything must be fact-checked against primary sources.\nScience-writing samples please.',
    { disclosure: true },
  ],
  [
    'none',
    'SEO blog writer for a pet insurance company\nFour 1,500-word posts a month on topics like breed-specific health issues and claim tips.\nZero tolerance for plagiarism: every article goes through Copyscape before publishing, and copied passages mean the article is rejected.\nCite vet sources and link to our existing posts where relevant.\nFamiliarity with Ahrefs is a bonus.',
  ],
  [
    'allowed',
    "Help center writer for a payroll software company\nRewrite 60 outdated help articles and create 15 new ones for our upcoming release.\nFeel free to use AI writing tools in your process. One firm rule: real customer names, payroll data and screenshots with employee details never go into those tools.\nYou'll get access to a sandbox account with demo data.\nExperience with Zendesk Guide preferred.",
    { confidentiality: true },
  ],
  [
    'none',
    "Proofreader for a master's thesis in public health (APA 7)\nMy 22,000-word thesis on vaccine uptake in rural communities needs proofreading and reference formatting.\nThe final version is submitted through my university's Turnitin portal, which produces a similarity report, so every quotation and paraphrase must be correctly tied to its reference.\nPlease use Track Changes only and do not rewrite my arguments.\nDeadline in three weeks.",
  ],
  [
    'none',
    "Shopify developer, individuals only, no agencies\nWe've been burned twice by agencies that handed our store to juniors, so we'll only hire the person who actually does the work.\nTasks: custom product bundles, speed optimization, migrating reviews from Judge.me to Okendo.\nYou'll sign a standard NDA before getting store access.\nPlease include a Loom video walking through a store you built.",
  ],
  [
    'prohibited',
    'Voice actor for an audiobook (cozy mystery, ~8 finished hours)\nFemale narrator, mid-Atlantic or light British accent, able to voice a cast of villagers.\nReal voice only: no ElevenLabs, no voice cloning, no synthetic narration for any part. We will ask for raw session files.\nA home studio that meets ACX specs is required.\nPlease send a 2-minute audition from the attached script.',
  ],
  [
    'none',
    "Conversation designer for a dental clinic voice bot\nWe're deploying a phone voice bot that books, moves and cancels appointments for 12 clinics.\nYou'll write the dialogue flows, fallback prompts and confirmation messages, and map them in Voiceflow.\nExperience designing for speech (short turns, barge-in, error recovery) is essential.\nOur engineering team handles the integration with the scheduling system.",
  ],
  [
    'allowed',
    "Etsy SEO titles and tags for a handmade jewelry shop\nWe're a two-person studio, definitely not an AI company, and we need our 180 listings rewritten for search.\nIf tools like ChatGPT speed you up, we have nothing against that at all.\nYou'll get our eRank export and a list of best-sellers to prioritize.\nPaid per listing; happy to continue with photo editing later.",
  ],
  [
    'restricted',
    "Character illustrator for a fantasy card game (40 cards)\nWe need full-color character art in a painterly style, one character per card, plus 6 card-back variations.\nAI upscaling and background removal are fine for cleanup, but the characters themselves must be drawn by you; we'll want layered PSDs and a couple of WIP screenshots.\nPlease share a portfolio with fantasy or game art.\nRights: full commercial buyout.",
  ],
  [
    'none',
    "Build an invoice-reconciliation agent and fine-tune a small model\nWe want an agent (LangGraph or CrewAI) that matches supplier invoices against purchase orders in NetSuite and flags mismatches.\nWe'd also like to fine-tune a Llama 3 8B model on our 30k historical line items for better product matching.\nYou must have shipped an LLM agent to production and be comfortable with tool calling, evals and LoRA fine-tuning.\nHourly, roughly 60 hours over six weeks.",
  ],

  // ───────────────────────── Spanish (16) ─────────────────────────
  [
    'none',
    'Desarrollador para chatbot de WhatsApp con la API de OpenAI\nTenemos una cadena de ópticas en Colombia y queremos un asistente que responda dudas y agende citas por WhatsApp.\nRequisitos: experiencia demostrable con la API de OpenAI, la API de WhatsApp Business y bases de datos vectoriales.\nEl bot debe derivar a una persona cuando no sepa responder y guardar cada conversación en nuestro CRM.\nPresupuesto cerrado por hitos; envíanos ejemplos de bots que tengas en producción.',
  ],
  [
    'prohibited',
    'Traducción inglés-español de una novela juvenil (70.000 palabras)\nBuscamos traductor/a literario/a con obra publicada para una saga de fantasía juvenil.\nNada de pasar el texto por DeepL, Google Translate o similares, ni siquiera como borrador: queremos la traducción hecha de principio a fin por ti.\nSe valorará el dominio del registro adolescente y de los juegos de palabras.\nEntrega por capítulos, con revisión editorial entre medias.',
  ],
  [
    'none',
    'Asistente administrativo/a para startup de IA (media jornada)\nSomos una startup que desarrolla modelos de visión artificial para agricultura, pero este puesto no es técnico.\nBuscamos a alguien que lleve la facturación, la agenda del equipo y los viajes a ferias.\nNo necesitas experiencia en IA ni saber programar: lo importante es que seas organizado/a y resolutivo/a.\nHorario de 9 a 13 (hora de Madrid), colaboración de 6 meses renovable.',
  ],
  [
    'none',
    'Fotógrafo/a para boda en Ronda (Málaga), 14 de septiembre\nLa ceremonia es en una finca a las afueras de Ronda; allí mismo serán el banquete y la fiesta.\nQueremos reportaje completo, desde la preparación de los novios hasta el primer baile, que es al atardecer: ahí es donde más nos importa la luz natural.\nEntrega de 400 fotos editadas en galería online y un álbum de 30 páginas.\nIndícanos si el desplazamiento está incluido en tu tarifa.',
  ],
  [
    'restricted',
    'Guiones para vídeos cortos de una marca de cosmética natural\nNecesitamos 12 guiones al mes para Reels y TikTok, de 30 a 45 segundos, con gancho en los primeros 3 segundos.\nSi te apoyas en herramientas de IA no pasa nada, pero indícalo en cada entrega para que el equipo lo sepa.\nConocer la normativa de publicidad de cosméticos es un plus.\nColaboración mensual estable.',
    { disclosure: true },
  ],
  [
    'none',
    'Diseño de logotipo para panadería artesanal en Valencia\nBuscamos un logo sencillo, con un toque tradicional, que funcione en bolsas de papel, sellos y la fachada.\nNecesitamos los archivos finales en AI, EPS, SVG y PNG, además de una versión a una sola tinta.\nIncluye dos rondas de cambios y un mini manual de marca.\nMuestra trabajos para marcas de alimentación en tu portafolio.',
  ],
  [
    'none',
    'Redactor/a para serie de artículos sobre IA en la agricultura\nSomos una revista digital del sector agro y queremos 8 artículos de 1.500 palabras sobre cómo la inteligencia artificial está cambiando el campo.\nTemas: drones con visión artificial, predicción de cosechas, riego inteligente y el impacto en los pequeños productores.\nCada pieza debe incluir al menos una entrevista a un agricultor o técnico.\nValoramos experiencia en periodismo agrario.',
  ],
  [
    'prohibited',
    'Redactor/a SEO para blog de viajes por Latinoamérica\nBuscamos guías de 2.000 palabras sobre destinos como Oaxaca, Cusco o Salta, con consejos prácticos y experiencia real.\nTodo texto pasa por ZeroGPT y Originality antes de pagarse; si el resultado indica que lo escribió una máquina, se devuelve sin pago.\nValoramos que hayas viajado a los destinos y puedas aportar fotos propias.\nPago por artículo.',
  ],
  [
    'none',
    'Poseditor/a nativo/a de español para catálogo técnico\nNuestro sistema interno ya ha traducido automáticamente del alemán al español el catálogo completo, unas 40.000 palabras.\nTu trabajo es revisar esa traducción frase a frase contra el original, corregir la terminología y dejarla lista para imprenta.\nNecesitamos que leas alemán con soltura y conozcas el vocabulario de válvulas e hidráulica.\nTarifa por palabra, entrega en tres semanas.',
  ],
  [
    'none',
    'Corrección de estilo para TFG de Psicología\nNecesito una revisión ortotipográfica de mi trabajo de fin de grado (unas 15.000 palabras) y formatear la bibliografía en APA 7.\nLa universidad pasa el TFG por Turnitin para comprobar el porcentaje de coincidencias con otras fuentes, así que las citas tienen que estar impecables.\nNo quiero que se cambie el contenido, solo la forma.\nPlazo: 10 días.',
  ],
  [
    'none',
    'Community manager para restaurante mexicano en Madrid\nConfieso que este anuncio lo he redactado con ChatGPT porque no se me da bien escribir, así que perdonad si suena raro.\nNecesitamos a alguien que gestione Instagram y TikTok: 4 publicaciones y 3 reels a la semana, y respuestas a comentarios y reseñas.\nSe valora que puedas venir una vez al mes al local a grabar contenido.\nPago mensual fijo.',
  ],
  [
    'restricted',
    'Redacción de fichas didácticas de historia para secundaria\nBuscamos docente o historiador/a para escribir 30 fichas sobre la Edad Media en la Península Ibérica.\nPuedes usar ChatGPT para buscar ideas o localizar fuentes, pero la redacción de cada ficha tiene que ser tuya, palabra por palabra.\nCada ficha: texto de 600 palabras, tres preguntas y una actividad.\nPago por ficha entregada.',
  ],
  [
    'none',
    'Etiquetado de audios para modelo de reconocimiento de voz (español rioplatense)\nUna empresa tecnológica nos encarga un corpus de voz con acento argentino y uruguayo.\nEscucharás fragmentos de 10 a 20 segundos, corregirás la transcripción y marcarás ruidos, solapamientos y muletillas.\nTodo se hace en una plataforma web con una guía detallada; no hace falta saber nada de programación.\nPago por hora validada, mínimo 10 horas semanales.',
  ],
  [
    'encouraged',
    'Diseñador/a para campañas de una agencia de viajes\nBuscamos a alguien que ya trabaje con Midjourney a diario, porque las imágenes de nuestras campañas se generan con él y luego se retocan en Photoshop.\nCada semana: 10 piezas para redes y 2 banners web.\nDebes dominar los parámetros de estilo para mantener una estética coherente entre campañas.\nTrabajo remoto, pago mensual.',
  ],
  [
    'none',
    'Evaluador/a de respuestas de un asistente virtual bancario\nNuestro banco está probando un asistente conversacional basado en un modelo de lenguaje para atención al cliente.\nNecesitamos personas con experiencia en banca que lean sus respuestas y las puntúen según exactitud, claridad y cumplimiento normativo.\nUsarás una rúbrica en Excel y anotarás cada error junto con la respuesta correcta.\nProyecto de 6 semanas, 15 horas semanales.',
  ],

  // ───────────────────── Brazilian Portuguese (16) ─────────────────────
  [
    'none',
    'Editor de vídeo para canal de culinária no YouTube\nE aí, tudo certo? Tenho um canal de receitas com 180 mil inscritos e preciso de alguém fixo para editar.\nSão 2 vídeos por semana, de 12 a 15 minutos, com cortes dinâmicos, legendas e trilha.\nEu mando o material bruto pelo Google Drive e aí você tem 3 dias para entregar a primeira versão.\nMande seu portfólio com vídeos de culinária ou lifestyle.',
  ],
  [
    'prohibited',
    'Desenvolvedor Flutter para app de delivery\nAntes de tudo: proposta copiada do ChatGPT a gente percebe na hora e descarta sem ler até o fim.\nQueremos saber, com suas palavras, qual app parecido você já publicou e qual foi a maior dificuldade.\nO app já tem backend em Firebase; falta o app do entregador e ajustes no do cliente.\nPagamento por entregas.',
  ],
  [
    'none',
    'Site institucional em WordPress para escritório de contabilidade\nEu ia fazer o site sozinho com um tema pronto, mas percebi que não tenho tempo nem jeito pra isso.\nPreciso de 5 páginas (home, serviços, sobre, blog e contato), integração com WhatsApp e um formulário que envia para o meu e-mail.\nO layout pode partir de um tema, desde que fique com a cara do escritório.\nPrazo de 3 semanas.',
  ],
  [
    'none',
    'Integração da API da HeyGen no nosso painel de marketing\nSomos uma edtech e queremos que o time de marketing gere vídeos com avatar direto do nosso painel interno.\nVocê vai integrar a API da HeyGen, configurar os avatares e vozes já aprovados pelos apresentadores e criar uma fila de renderização.\nExperiência com Node.js, webhooks e APIs de IA generativa é obrigatória.\nProjeto fechado, pagamento por marcos.',
  ],
  [
    'restricted',
    'Revisor/redator para newsletter de investimentos\nNewsletter semanal de 1.200 palavras sobre renda fixa e fundos imobiliários.\nCorretor tipo LanguageTool ou Grammarly pode usar à vontade; agora, texto escrito pela máquina não passa.\nVocê vai receber os dados e a opinião do nosso analista e transformar tudo em texto leve.\nContrato mensal.',
  ],
  [
    'none',
    'Atendimento ao cliente por chat para empresa de software\nVendemos um software de IA para clínicas veterinárias, mas você não precisa entender nada de inteligência artificial para essa vaga.\nO trabalho é responder dúvidas sobre planos, cobrança e acesso, e encaminhar problemas técnicos ao suporte.\nHorário: segunda a sexta, das 13h às 19h.\nBoa escrita e paciência são essenciais.',
  ],
  [
    'encouraged',
    'Redator para e-commerce de moda\nAqui no time a gente rascunha tudo no ChatGPT e depois lapida à mão, e quem entrar vai trabalhar do mesmo jeito.\nSão cerca de 100 descrições de produto e 8 e-mails de campanha por mês.\nVocê terá acesso à nossa conta com os prompts e o guia de tom de voz da marca.\nExperiência com moda feminina é um diferencial.',
  ],
  [
    'none',
    'Ghostwriter para e-book sobre inteligência artificial para pequenos negócios\nSou consultor e quero publicar um e-book de 25 mil palavras explicando, sem jargão, como donos de padarias, salões e lojas podem aproveitar a IA.\nJá tenho o sumário e gravei 6 horas de áudio com minhas ideias e casos de clientes.\nVocê vai transformar esse material em capítulos com linguagem simples e exemplos práticos.\nPreferência por quem já escreveu livros de negócios.',
  ],
  [
    'prohibited',
    'Redator para blog de advocacia trabalhista\nTrês artigos por semana sobre direitos do trabalhador, com base na legislação e na jurisprudência atual.\nTexto feito por robô, tipo ChatGPT ou Gemini, não serve: se a gente perceber, o artigo é recusado e não é pago.\nE nunca cole informações de casos dos nossos clientes em ferramentas desse tipo.\nFormação em Direito é obrigatória.',
    { confidentiality: true },
  ],
  [
    'none',
    'Automação com n8n e agente de IA para triagem de e-mails\nRecebemos uns 300 e-mails por dia de fornecedores e queremos um agente que leia, classifique e crie tarefas no ClickUp.\nStack: n8n self-hosted, API da OpenAI ou da Anthropic, banco Postgres.\nPrecisa ter experiência real com agentes, chamadas de função e tratamento de erros.\nDocumentação e um treinamento de 1 hora para a equipe fazem parte da entrega.',
  ],
  [
    'allowed',
    'Legendas e posts para Instagram de uma pousada em Paraty\nPrecisamos de 20 posts por mês com legendas que passem o clima da pousada e da cidade.\nUsar IA não é pecado aqui: se o ChatGPT te ajuda a ter ideias ou a escrever, fique à vontade.\nFotos e vídeos nós fornecemos; você cuida do texto e do calendário.\nValor mensal fixo.',
  ],
  [
    'none',
    'Revisão de transcrições de podcast\nNosso podcast de história já é transcrito automaticamente pela plataforma de hospedagem, mas as transcrições vêm cheias de erros em nomes e datas.\nVocê vai ouvir cada episódio, corrigir o texto, identificar os falantes e marcar os capítulos.\nSão 4 episódios por mês, de cerca de 50 minutos.\nGostar de história do Brasil ajuda bastante.',
  ],
  [
    'restricted',
    'Material didático de matemática para cursinho online\nPrecisamos de 40 listas de exercícios com resolução comentada para o ENEM.\nUsar IA para ajudar é permitido, desde que você avise em quais listas usou; e nenhum dado dos nossos alunos pode ser colocado nessas ferramentas.\nAs resoluções serão conferidas pelo nosso professor coordenador.\nPagamento por lista aprovada.',
    { disclosure: true, confidentiality: true },
  ],
  [
    'none',
    'Design de embalagem para linha de cafés especiais\nPrecisamos da embalagem de 3 cafés (250 g e 1 kg), mantendo a identidade visual que já temos.\nEntregue o arquivo .ai editável com a faca da gráfica, além de PDF em alta para impressão.\nA gráfica exige CMYK, sangria de 3 mm e textos convertidos em curvas.\nMostre trabalhos de embalagem no seu portfólio.',
  ],
  [
    'encouraged',
    'Social media para clínica de estética\nSe você ainda não usa IA no seu dia a dia de trabalho, essa vaga não é pra você.\nA ideia é criar as artes com os recursos de IA do Canva e gerar os roteiros de reels com o ChatGPT, porque o volume é alto: 5 posts e 3 reels por semana.\nAtendimento aos comentários e ao direct faz parte.\nPagamento mensal, início imediato.',
  ],
  [
    'none',
    'Revisão e formatação ABNT de TCC em Administração\nMeu TCC tem cerca de 60 páginas e precisa de revisão ortográfica e formatação completa nas normas ABNT.\nA faculdade verifica plágio pelo CopySpider antes da banca, então as citações diretas e indiretas precisam estar corretas.\nNão quero mudanças no conteúdo, só na forma e nas referências.\nPrazo de 12 dias.',
  ],

  // ───────────────────────── French (16) ─────────────────────────
  [
    'none',
    "Graphiste pour les affiches d'un festival de jazz à Lyon\nJ'ai besoin d'un graphiste pour l'affiche principale et ses déclinaisons (Instagram, bâches, programme A5).\nJ'ai déjà une charte couleurs et deux polices imposées par la mairie.\nLe style recherché : rétro années 60, un peu à la Blue Note.\nLivraison souhaitée sous trois semaines, deux allers-retours inclus.",
  ],
  [
    'prohibited',
    "Illustrations pour un album jeunesse de 32 pages\nNous publions un album sur un hérisson qui a peur du noir et cherchons un illustrateur au style doux, aquarelle ou gouache.\nPas de Midjourney, pas de DALL·E, pas de Firefly : chaque illustration doit sortir de votre main, et nous demanderons les étapes de travail.\n15 doubles pages et une couverture.\nContrat d'édition avec à-valoir et droits d'auteur.",
  ],
  [
    'none',
    "Comptable freelance pour une PME de menuiserie (Bretagne)\nNous cherchons un comptable pour la tenue mensuelle et la préparation du bilan annuel.\nClaude, notre gérant, validera chaque mois les écritures avec vous lors d'un appel d'une heure.\nLogiciel utilisé : Pennylane ; une expérience du BTP serait un vrai plus.\nMission longue durée.",
  ],
  [
    'none',
    "Refonte du logo d'un club de handball\nNotre club veut moderniser son logo sans perdre le lion historique.\nFichiers attendus : AI, EPS et SVG, plus des versions PNG pour les réseaux sociaux et les maillots.\nDeux propositions initiales, puis trois allers-retours.\nPetit budget, mais une belle visibilité sur tous nos supports.",
  ],
  [
    'restricted',
    "Rédaction de fiches métiers pour un site d'orientation\nNous avons besoin de 50 fiches métiers de 800 mots destinées aux lycéens.\nSi vous vous aidez d'une IA pour certaines fiches, dites-le-nous simplement en les livrant ; ce n'est pas interdit.\nChaque fiche doit citer des sources officielles (ONISEP, France Travail).\nRémunération à la fiche.",
    { disclosure: true },
  ],
  [
    'none',
    "Annotation de photos de plats pour une appli de nutrition\nNotre appli reconnaît les plats à partir d'une photo et nous enrichissons notre base d'images.\nVous identifierez les aliments présents sur chaque photo et estimerez les portions selon notre guide.\nAucune connaissance en IA requise : une bonne culture culinaire et de la rigueur suffisent.\nEnviron 10 heures par semaine, rémunération à l'heure.",
  ],
  [
    'none',
    "Traduction anglais > français d'un livre blanc sur l'IA générative\nNous sommes un cabinet de conseil et avons publié un livre blanc de 12 000 mots sur l'IA générative dans la banque.\nNous cherchons un traducteur spécialisé en finance capable de rendre les notions techniques (modèles de langage, hallucinations, gouvernance des données) dans un français clair.\nGlossaire client fourni ; relecture par notre associé.\nDélai : 15 jours.",
  ],
  [
    'prohibited',
    "Traducteur anglais > français pour des contrats de licence\nNous cherchons un vrai traducteur juridique, pas un post-éditeur : aucune traduction automatique (DeepL, Google Traduction ou autre) ne sera acceptée, même comme premier jet.\nEnviron 30 000 mots répartis sur 12 contrats.\nExpérience en droit de la propriété intellectuelle indispensable.\nMerci d'indiquer votre tarif au mot et vos références.",
  ],
  [
    'none',
    "Développeur pour un assistant juridique interne (RAG)\nNous voulons un assistant qui réponde aux questions des juristes à partir de nos 8 000 notes internes.\nCompétences requises : API Mistral ou OpenAI, LangChain, bases vectorielles (Qdrant de préférence), Python.\nHébergement en France obligatoire, déploiement sur notre infrastructure OVH.\nLivrables : pipeline d'ingestion, interface web simple, jeu de tests.",
  ],
  [
    'none',
    "Relecture de fiches produits pré-traduites (allemand > français)\nNos 900 fiches produits de jardinage ont été pré-traduites avec DeepL par notre équipe e-commerce.\nNous cherchons un relecteur natif qui compare chaque fiche à l'original allemand et corrige le sens, la terminologie et le ton.\nUn tableur avec l'original et la version pré-traduite côte à côte vous sera fourni.\nTarif à la fiche ou à l'heure, à proposer.",
  ],
  [
    'none',
    "Assistant(e) administratif(ve) pour un cabinet d'architecture\nPetite précision : cette annonce a été rédigée avec l'aide de ChatGPT, donc pardonnez le ton un peu lisse.\nMissions : gestion des mails, suivi des devis, relances de factures et classement des plans.\n15 heures par semaine, à distance, avec une réunion hebdomadaire en visio.\nMaîtrise d'Excel et de la suite Google indispensable.",
  ],
  [
    'restricted',
    "Secrétariat médical à distance pour un cabinet de kinésithérapie\nGestion des rendez-vous sur Doctolib, réponses aux messages des patients et saisie des comptes rendus dictés.\nAucune donnée patient ne doit passer par ChatGPT ou tout autre outil d'IA.\nVous travaillerez sur notre poste virtuel sécurisé.\n20 heures par semaine.",
    { confidentiality: true },
  ],
  [
    'none',
    "Développeur WordPress pour un site de chambres d'hôtes\nFreelances uniquement : pas d'agences, pas de sous-traitance, nous voulons échanger avec la personne qui code.\nSite vitrine de 6 pages avec module de réservation et paiement en ligne.\nLe site doit être rapide, accessible et disponible en anglais (textes anglais fournis par nos soins).\nMerci de joindre deux sites réalisés récemment.",
  ],
  [
    'encouraged',
    'Traduction de 200 fiches recettes (anglais > français)\nNotre méthode est fixée : vous passez chaque fiche dans DeepL Pro (licence fournie), puis vous relisez et adaptez unités, ingrédients et tournures.\nEnviron 60 000 mots au total, livrés par lots de 20.\nUne bonne culture culinaire française est indispensable.\nTarif de post-édition, à indiquer au mot.',
  ],
  [
    'none',
    "Rédacteur de scénarios pour le callbot d'une mutuelle\nNotre mutuelle lance un agent vocal qui répond aux adhérents sur les remboursements et la carte tiers payant.\nVous écrirez les parcours de dialogue, les messages de relance et les formulations de transfert vers un conseiller.\nUne expérience en design conversationnel ou en centre d'appels est appréciée.\nNotre équipe technique se charge de l'intégration.",
  ],

  // ───────────────────────── German (16) ─────────────────────────
  [
    'none',
    'Illustrator/in für ein Kinderbuch über einen kleinen Fuchs gesucht\nWir sind ein kleiner Verlag aus Kiel und planen ein Bilderbuch für Kinder von 3 bis 6 Jahren.\nZunächst brauchen wir Skizzen für alle 14 Doppelseiten, danach die farbige Umsetzung in Aquarelloptik.\nBitte schicken Sie Arbeitsproben, am liebsten mit Tieren und Naturszenen.\nHonorar nach Absprache, Vertrag mit Nutzungsrechten.',
  ],
  // A ban and a permission for two kinds of work deliverable (photos, alt texts): a restriction, as the engine
  // reads a ban beside a permission for the same part.
  [
    'restricted',
    'Produktfotos und Alt-Texte für einen Möbel-Onlineshop\nWir brauchen Freisteller und Stimmungsbilder für 50 Möbelstücke sowie Alt-Texte für die Barrierefreiheit.\nKI-generierte oder KI-erweiterte Bilder sind bei den Fotos tabu; für die Alt-Texte dürfen Sie gern ChatGPT nutzen.\nDie Möbel stehen in unserem Lager in Leipzig, fotografiert wird vor Ort.\nBitte Portfolio mit Interior- oder Produktfotografie.',
  ],
  [
    'none',
    'Reiseblog-Texte über Skigebiete in Österreich und Südtirol\nFür unser Reiseportal suchen wir 10 Artikel zum Skifahren mit Kindern: Pisten, Skischulen, Unterkünfte, Preise.\nEigene Erfahrung in den Skigebieten ist ein großes Plus, ebenso Fotos, die wir verwenden dürfen.\nJeder Artikel ca. 1.500 Wörter, die SEO-Keywords geben wir vor.\nBezahlung pro Artikel.',
  ],
  [
    'restricted',
    'Virtuelle Assistenz für eine Steuerberatungskanzlei\nTerminplanung, Posteingang, Pflege der Mandantenakten in DATEV und Erinnerungen an fehlende Belege.\nBitte keine Mandantendaten, Steuerbescheide oder E-Mails von Mandanten in KI-Tools eingeben.\nSie arbeiten über unseren gesicherten Remote-Zugang.\nCa. 15 Stunden pro Woche.',
    { confidentiality: true },
  ],
  [
    'none',
    'Buchhaltung für ein KI-Start-up in Berlin (ca. 8 Stunden pro Woche)\nWir entwickeln Sprachmodelle für Versicherungen, diese Stelle hat aber nichts mit der Technik zu tun.\nSie kümmern sich um die vorbereitende Buchhaltung in DATEV, den Rechnungsausgang und die Reisekostenabrechnungen.\nKI-Kenntnisse sind nicht nötig, DATEV-Erfahrung dagegen schon.\nRemote, langfristige Zusammenarbeit.',
  ],
  [
    'none',
    'Fachartikel über KI im Maschinenbau\nFür ein Branchenmagazin suchen wir eine Autorin oder einen Autor für 6 Fachartikel à 2.000 Wörter.\nThemen: vorausschauende Wartung mit KI, Bildverarbeitung in der Qualitätskontrolle, der EU AI Act aus Sicht des Mittelstands.\nDie Interviews mit Anwendern organisieren wir, Sie führen sie und schreiben die Texte.\nTechnischer Hintergrund (Ingenieurwesen oder Fachjournalismus) erwünscht.',
  ],
  [
    'restricted',
    'Blogartikel für einen Fahrradhändler\nVier Artikel pro Monat zu E-Bikes, Wartung und Radtouren in der Region.\nKI-Unterstützung ist in Ordnung, solange Sie bei der Abgabe kurz vermerken, wofür Sie sie eingesetzt haben.\nFachwissen rund ums Rad ist uns wichtiger als perfekte SEO-Kenntnisse.\nBezahlung pro Artikel.',
    { disclosure: true },
  ],
  [
    'none',
    'Entwicklung eines Support-Chatbots für unseren Onlineshop\nDer Bot soll Fragen zu Lieferzeiten, Retouren und Produkten auf Basis unserer Shopware-Daten beantworten.\nVoraussetzung: Erfahrung mit der OpenAI-API oder Azure OpenAI, LangChain und Vektordatenbanken.\nDatenschutzkonformes Hosting des Bots in der EU ist Pflicht.\nBitte beschreiben Sie ein vergleichbares Projekt.',
  ],
  [
    'allowed',
    'Übersetzung einer Vereinswebsite ins Englische\nUnser Sportverein möchte seine Website (ca. 6.000 Wörter) auch auf Englisch anbieten.\nOb Sie mit DeepL vorübersetzen oder alles selbst tippen, ist uns ehrlich gesagt egal – Hauptsache, der Text liest sich am Ende natürlich.\nLieferung als Word-Datei mit derselben Struktur wie die Vorlage.\nFester Betrag, bitte Angebot senden.',
  ],
  [
    'none',
    'Vektorisierung von 40 Piktogrammen für ein Leitsystem\nWir haben Piktogramme als Scans und brauchen saubere Vektordateien für das Leitsystem eines Krankenhauses.\nLieferung als AI- und EPS-Dateien, zusätzlich SVG für die Website.\nEinheitliche Strichstärken und ein sauberes Raster sind wichtig.\nFestpreisangebot erwünscht.',
  ],
  [
    'none',
    'Korrektur automatisch erstellter Sitzungsprotokolle\nUnsere Gemeinderatssitzungen werden aufgezeichnet und von unserem System automatisch transkribiert.\nSie hören die Aufnahmen ab, korrigieren Namen, Fachbegriffe und Sprecherzuordnung und bringen das Protokoll in unsere Vorlage.\nEtwa zwei Sitzungen pro Monat à 3 Stunden.\nErfahrung mit Verwaltungssprache ist von Vorteil.',
  ],
  [
    'restricted',
    'Übersetzung von Pressemitteilungen Englisch > Deutsch\nEin- bis zweimal pro Woche übersetzen Sie Pressemitteilungen eines Softwareherstellers.\nDie Übersetzung selbst muss von Ihnen stammen; DeepL Write oder ähnliche Tools dürfen Sie nur zum Feinschliff Ihres eigenen Textes nutzen und müssen uns das jeweils mitteilen.\nKurze Reaktionszeiten (24 Stunden) sind wichtig.\nBitte Referenzen aus dem IT-Bereich.',
    { disclosure: true },
  ],
  [
    'none',
    'Lektorat einer Bachelorarbeit in BWL\nMeine Bachelorarbeit (ca. 45 Seiten) braucht ein Korrektorat und eine Prüfung der Zitierweise nach Harvard.\nDie Hochschule lässt jede Arbeit durch eine Plagiatssoftware laufen, deshalb müssen alle Quellenangaben vollständig und korrekt sein.\nInhaltliche Änderungen bitte nur als Kommentar vorschlagen.\nAbgabe in 10 Tagen.',
  ],
  [
    'encouraged',
    'Redakteur/in für den Produktnewsletter eines SaaS-Anbieters\nBei uns fängt niemand mehr mit einem leeren Blatt an: Erstentwürfe entstehen im Team mit ChatGPT, und das erwarten wir auch von Ihnen.\nSie überarbeiten die Entwürfe, prüfen technische Details mit dem Produktteam und planen den Versand in HubSpot.\nZwei Newsletter pro Monat plus Release Notes.\nZugang zu unserem ChatGPT-Team-Account wird gestellt.',
  ],
  [
    'none',
    'Prompt-Vorlagen für Steuerkanzleien als Produkt entwickeln\nWir verkaufen eine Sammlung von Prompt-Vorlagen, mit denen Steuerkanzleien Mandantenbriefe und Checklisten erstellen.\nSie entwickeln 60 neue Vorlagen für dieses Produkt, testen sie in GPT-4o und Claude und dokumentieren Einsatzzweck und Grenzen jeder Vorlage.\nSteuerfachliches Wissen ist Voraussetzung, Erfahrung im Prompt-Engineering ebenso.\nProjektbasis, Vergütung pro abgenommener Vorlage.',
  ],
];

/** Read wrongly still, with why. */
export const ROUND6_MISSES: KnownMiss[] = [
  [
    'none',
    "Curate and tag AI-generated images for a detection dataset\nWe're training a classifier that flags synthetic images and need a clean, well-labeled dataset.\nYou'll review about 20,000 images made by various generators, tag the generator where known, and mark typical artifacts (hands, text, reflections).\nWork happens in Label Studio; guidelines and a 2-hour paid onboarding are provided.\nA keen eye for detail is essential.",
    'the title\'s "tag AI-generated images" reads as a request to label AI-made work; here the images are the job\'s data',
  ],
  [
    'allowed',
    'Descripciones de producto para tienda online de cerámica\nTenemos 120 piezas nuevas (tazas, platos, jarrones) que necesitan descripciones cortas y con encanto.\n¿Te ayudas de ChatGPT o de cualquier otra IA para escribir? Por nosotros, perfecto; lo que importa es que el texto quede bonito y las medidas sean correctas.\nTe pasamos fotos, medidas y la historia de cada colección.\nPago por lote de 20 descripciones.',
    'the permission ("Por nosotros, perfecto") is in the sentence after a question about AI use and names no AI itself',
  ],
  [
    'allowed',
    "Rédacteur de newsletters pour un réseau d'agences immobilières\nUne newsletter mensuelle par agence (8 agences), avec l'actualité du marché local et les biens à la une.\nLes outils d'IA sont autorisés, tant que les fichiers clients et les coordonnées des propriétaires n'y sont jamais importés.\nNous fournissons les données de marché et les photos.\nCollaboration sur la durée.",
    '"tant que" (as long as) before the data rule reads as a limit on the permission',
  ],
];
