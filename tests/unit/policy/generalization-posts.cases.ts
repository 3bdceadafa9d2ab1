import type { HeldOutCase, KnownMiss } from './held-out.ts';

/*
 * Held-out whole job posts (round 2), written as clients write them: a title, a few lines of ordinary job content,
 * and the AI rule as one line among them (or none at all). Traps: posts about AI products, "AI" as Adobe
 * Illustrator's file format, the client's own AI use, AI screening of proposals by the client.
 */

export const POSTS: HeldOutCase[] = [
  // English
  [
    'prohibited',
    'Shopify product descriptions for a pet store\nWe sell organic dog treats and need 40 product descriptions rewritten.\nEach description 120-150 words, warm tone, SEO-friendly.\nPlease note: we do not accept copy produced by ChatGPT or similar tools.\nBudget is fixed, $4 per description.',
  ],
  [
    'prohibited',
    "Ghostwriter for LinkedIn posts (B2B SaaS founder)\n\nI post 3x a week about sales leadership. Need someone who can interview me for 20 min and turn it into posts that sound like me.\n\nRequirements:\n- Strong B2B background\n- Samples of LinkedIn content you've written\n- Absolutely no AI-written posts. My audience notices.\n\nLong-term for the right person.",
  ],
  [
    'prohibited',
    'Medical blog articles - 2,000 words each\nWe are a dermatology clinic looking for a writer with a healthcare background.\nAll articles are scanned with Originality.ai before payment.\nMust cite peer-reviewed sources.\nPlease include 2 samples.',
  ],
  [
    'prohibited',
    'Logo for a craft brewery\nWe are opening a small brewery in Vermont and need a hand-drawn logo with a vintage feel.\nDeliverables: AI, EPS, PNG files and a simple brand sheet.\nNo Midjourney or AI image generators - we want an original illustration.\nShare your portfolio.',
  ],
  [
    'none',
    "Vector illustrator needed for children's book cover\nLooking for a cute, colorful cover with a fox and a hedgehog.\nFinal files in AI and PDF format, print-ready CMYK.\n2 rounds of revisions included.\nTimeline: 2 weeks.",
  ],
  [
    'none',
    "Customer support chatbot for Shopify store\nWe want to build an AI chatbot that answers order-status questions using the OpenAI API.\nMust integrate with Gorgias and our Shopify backend.\nExperience with LangChain or similar is a plus.\nPlease share similar projects you've built.",
  ],
  [
    'none',
    'Video editor for YouTube channel\nWe script our videos with ChatGPT internally and need an editor to cut 2 videos per week.\nPremiere Pro or DaVinci Resolve.\nFast turnaround (48h).\nPaid per video.',
  ],
  [
    'none',
    'Virtual assistant - calendar and inbox management\nWe use an AI tool to pre-screen proposals, so answer the screening questions directly.\n10 hours per week, EST time zone.\nExperience with Google Workspace required.',
  ],
  [
    'restricted',
    'Data analyst for e-commerce dashboard\nBuild a Looker Studio dashboard from our GA4 and Shopify data.\nYou can use AI coding assistants for SQL, just mention it in your report.\nMust be available for 2 calls per week.',
    { disclosure: true },
  ],
  [
    'restricted',
    'Academic editor for a psychology dissertation\nProofread and format a 180-page dissertation to APA 7.\nAI tools may be used for spell-checking only; rewriting content with AI is not permitted.\nConfidentiality agreement required.',
  ],
  [
    'allowed',
    'Blog writer for a travel agency\nWe need 8 posts about hidden gems in Portugal.\nUsing AI tools is totally fine with us, we care about the final result.\nMust have been to Portugal or know it well.\nPay: $60 per post.',
  ],
  [
    'encouraged',
    "Marketing assistant for a real estate team\nWrite listing descriptions, newsletters, and social posts.\nYou should be comfortable using ChatGPT and Canva's AI features daily to move fast.\nPart-time, 15 hrs/week.",
  ],
  [
    'prohibited',
    "Need a copywriter for our landing page\nSaaS for dental practices, about 800 words total.\nWe tried ChatGPT already and hated the result. Please don't use it.\nShow us landing pages you wrote that converted.",
  ],
  [
    'prohibited',
    'React Native developer to fix bugs in our fitness app\nMust have published apps on both stores.\nCover letter tip: I read every proposal myself and I can spot a ChatGPT cover letter instantly - those get archived.\nHourly, about 20 hours.',
  ],
  [
    'none',
    "Senior ML engineer - LLM fine-tuning\nWe're fine-tuning Llama 3 on our legal documents and need help with the training pipeline.\nRequirements:\n- PyTorch, Hugging Face\n- Experience evaluating LLM outputs\n- Comfortable with AWS GPU instances",
  ],
  [
    'none',
    'Data labeling for an AI startup\nWe need people to label 5,000 images of retail shelves.\nNo prior AI experience needed, we will train you.\nPay per image, flexible hours.',
  ],
  [
    'restricted',
    'Bookkeeper for small law firm\nReconcile QuickBooks monthly and prepare reports.\nOur client files are confidential: never upload them to ChatGPT or any other AI service.\nCPA preferred.',
    { confidentiality: true },
  ],
  [
    'prohibited',
    'Translate a wine catalog from French to English\n35 pages, about 9,000 words.\nHuman translation only — no DeepL, no Google Translate, no ChatGPT.\nNative English speaker with wine knowledge preferred.',
  ],
  [
    'restricted',
    'Illustrations for a tabletop RPG\nWe need 12 character portraits in a painterly style.\nIf you want to use any AI for sketches or references, ask us first.\nCommercial rights must transfer.',
  ],
  [
    'prohibited',
    "Upwork profile bio rewrite\nShort job: rewrite my freelancer bio and headline.\nIf your proposal reads like it came out of ChatGPT, I'll pass.\nTell me one thing you'd change in my current headline.",
  ],
  [
    'encouraged',
    "Content ops specialist\nWe publish 50 SEO pages a month and want to scale with AI.\nYou'll build prompts and workflows in ChatGPT/Claude to draft pages, then edit them for quality.\nExperience with AI writing workflows is required.",
  ],
  [
    'none',
    "Prompt engineer for customer-service AI agent\nOur support bot built on GPT-4o gives inconsistent answers.\nWe need someone to rewrite the system prompts and set up evals.\nShare examples of prompt work you've done.",
  ],
  [
    'prohibited',
    "Python scraper for real estate listings\nScrape 3 public listing sites daily into Google Sheets.\nScreening question: describe how you'd handle pagination. Answer in your own words — answers copied from ChatGPT will be ignored.\nBudget $300.",
  ],
  [
    'restricted',
    'Technical writer for API docs\nDocument 40 REST endpoints for our payments API.\nAI assistance is OK for first drafts, but every page must be reviewed and tested by you against the sandbox.\nMarkdown + Docusaurus experience needed.',
  ],
  [
    'allowed',
    "Excel macro to merge monthly sales files\nSimple VBA job: merge 12 workbooks into one summary sheet.\nI don't care if you use ChatGPT to write the VBA, I just need it working.\nShould take a few hours.",
  ],
  [
    'prohibited',
    'Voice actor for e-learning course\nMale voice, neutral American accent, 45 minutes finished audio.\nWe will not accept AI voices or voice cloning of any kind.\nSend a 30-second sample reading the script attached.',
  ],
  [
    'none',
    "Virtual assistant for a coaching business\nManage my calendar, respond to client emails, and update our Notion.\nWe use Fathom AI to record calls, so you'll get summaries to file.\nMust be organized and responsive during US hours.",
  ],
  [
    'prohibited',
    "Resume writer for mid-career engineers\nI need 5 resumes rewritten per week.\nI've seen too many resumes generated by AI. I won't accept them.\nATS knowledge is a must.",
  ],
  [
    'restricted',
    'Social media manager (Instagram + TikTok)\nPlan and post content for a boutique gym.\nYou may use AI for captions, provided you tell me which posts used it.\nCanva skills required.',
    { disclosure: true },
  ],
  [
    'prohibited',
    "Children's book illustrator\n24 pages, watercolor style, for a self-published picture book.\nPlease, no AI art. I want every page painted or drawn by hand.\nShow me your previous children's books.",
  ],
  [
    'none',
    'Research assistant: AI regulation in the EU\nSummarize the EU AI Act and compare it to US state laws.\nDeliver a 15-page report with citations.\nLegal or policy background preferred.',
  ],
  [
    'encouraged',
    'Front-end developer (Next.js)\nWe move fast and expect every dev on the team to use Cursor or GitHub Copilot.\nTailwind, TypeScript, Vercel.\nStart immediately.',
  ],
  [
    'restricted',
    'SEO article writer – finance niche\n\nPlease note:\n• AI can help with outlines and research\n• The article itself must be written by you\n• We run spot checks\n\n$0.08/word.',
  ],
  [
    'prohibited',
    "Essay editor for college applications\nEdit 10 personal statements for clarity and grammar.\nThe students' voices must stay intact, so using AI to rewrite is strictly off-limits.\nFast turnaround.",
  ],
  [
    'none',
    'Illustrator for a board game\nNeed 60 card illustrations. Files in PSD and AI, layered.\nFantasy style similar to Magic: The Gathering.\nPortfolio required.',
  ],
  [
    'prohibited',
    'Write 10 product reviews for our outdoor gear blog\nYou must have actually used the products or similar ones.\nI will know if you used ChatGPT, so please write from experience.\n$50 per review.',
  ],
  [
    'none',
    'Customer success rep – SaaS\nHeads up: our hiring platform uses AI to rank applications, but a human reads every shortlisted one.\nRemote, full-time hours, Pacific time.\nZendesk experience needed.',
  ],
  [
    'restricted',
    'Transcription of 20 interview recordings\nThe recordings contain patient information and are covered by HIPAA.\nDo not upload them to any AI transcription service.\nAccuracy above 99% required.',
    { confidentiality: true },
  ],
  [
    'allowed',
    'Short YouTube scripts (60 seconds)\nTopics: personal finance tips for Gen Z.\nAI tools are allowed.\n20 scripts, $15 each.',
  ],
  [
    'encouraged',
    "AI-assisted video creator\nWe're looking for a creator who makes short ads with Runway, Sora or Kling.\nYou'll generate B-roll and edit it into 15-second spots.\nSend your reel.",
  ],
  [
    'prohibited',
    'Math tutor content – worked solutions\nWrite step-by-step solutions for 200 algebra problems.\nDo NOT use ChatGPT, Photomath or Wolfram to produce the solutions; we check for errors typical of AI.\nMath degree preferred.',
  ],
  [
    'none',
    "Bookkeeping for AI startup\nWe're a 6-person AI company. Need monthly bookkeeping in Xero, payroll via Gusto.\nStartup experience a plus.",
  ],
  [
    'restricted',
    "Copy editor for nonprofit annual report\nGrammarly and similar tools are fine for proofreading, but don't generate new text with AI.\n32 pages, AP style.\nDeadline: March 15.",
  ],
  [
    'restricted',
    'Sales deck redesign\nRedesign our 25-slide investor deck in Figma.\nThe deck includes unreleased financials, so please keep it out of ChatGPT and other AI tools.\nBrand guidelines provided.',
    { confidentiality: true },
  ],
  [
    'prohibited',
    'Cold email copywriter\nWrite 3 sequences for a B2B cybersecurity company.\nWe want real copywriting skill, not prompts. AI-generated sequences will not be accepted.\nShare reply-rate results from past campaigns.',
  ],
  [
    'none',
    'AI engineer for RAG over internal docs\nBuild a retrieval pipeline over 10k Confluence pages with embeddings and a vector DB.\nClaude or GPT-4 as the model.\nExperience with evals is a must.',
  ],
  [
    'encouraged',
    'Lead generation researcher\nFind 500 decision-makers in logistics companies.\nWe expect you to use AI tools like Clay and ChatGPT to speed up research.\nDeliver in Google Sheets.',
  ],
  [
    'restricted',
    "Podcast show notes writer\nWeekly show notes from a 60-min transcript.\nYou're welcome to start from an AI summary, but the final notes need to be edited by a human and fact-checked.\nOngoing work.",
  ],
  [
    'prohibited',
    "Wedding speech writer\nMy brother's wedding is in June, need a 5-minute best man speech.\nI want it personal, so please don't send anything written by AI.\nWe'll do a 30-min call first.",
  ],
  [
    'none',
    'Packaging designer for coffee bags\nDesign front and back labels for 3 blends.\nDeliver editable .ai files and print PDFs.\nExperience with food packaging required.',
  ],
  [
    'none',
    'Shopify developer\nOur store uses an AI recommendation app (Rebuy) that breaks the cart drawer.\nFix the conflict and optimize page speed.\nLiquid and JS required.',
  ],
  [
    'prohibited',
    'Looking for a Webflow developer\nMigrate 30 pages from WordPress to Webflow.\nWe get a lot of proposals written by AI. Such proposals will be declined without reply.\nStart with a short loom video.',
  ],
  [
    'restricted',
    'Research summaries for a newsletter\nSummarize 5 academic papers per week in plain English.\nUsing AI for summarizing is OK if you disclose it and double-check every number.\nScience background preferred.',
    { disclosure: true },
  ],
  [
    'prohibited',
    "Grant writer for arts nonprofit\nWe need a 10-page NEA grant application.\nSomeone suggested we use ChatGPT for this. We don't want that, please don't use it.\nPrevious successful grants required.",
  ],
  // Spanish
  [
    'prohibited',
    'Redactor de contenidos para blog de viajes\nBuscamos redactor nativo para 10 artículos mensuales sobre destinos en México.\nNo se aceptarán textos generados con ChatGPT ni otras herramientas de IA.\nPago por artículo: 25 USD.',
  ],
  [
    'restricted',
    'Traductor inglés-español para manual técnico\nManual de 60 páginas para maquinaria agrícola.\nPuedes usar DeepL como apoyo, siempre que revises cada frase manualmente.\nEntrega en Word con control de cambios.',
  ],
  [
    'none',
    'Desarrollador para chatbot con IA en WhatsApp\nQueremos un asistente que responda preguntas de clientes usando la API de OpenAI.\nIntegración con nuestro CRM (HubSpot).\nExperiencia con Node.js.',
  ],
  [
    'allowed',
    'Diseño de publicaciones para Instagram\nNecesitamos 30 publicaciones para una cafetería.\nPuedes usar herramientas de IA sin problema.\nEntrega en Canva.',
  ],
  [
    'encouraged',
    'Asistente de marketing digital\nBuscamos a alguien que domine ChatGPT y Midjourney para crear contenido rápido.\nMedio tiempo, horario de Colombia.\nInglés intermedio.',
  ],
  [
    'prohibited',
    'Corrector de estilo para novela\nNovela de 300 páginas, género thriller.\nSé que muchos usan la IA para corregir. Por favor, no lo hagas.\nBusco experiencia en ficción.',
  ],
  [
    'restricted',
    'Asistente administrativo para despacho contable\nCaptura de facturas y conciliaciones en Excel.\nLa información de nuestros clientes es confidencial y no debe introducirse en ChatGPT ni en ninguna IA.\n20 horas por semana.',
    { confidentiality: true },
  ],
  [
    'none',
    'Ilustrador vectorial para mascota de marca\nNecesitamos una mascota (un perro) en estilo cartoon.\nArchivos finales en AI, SVG y PNG.\nDos rondas de cambios.',
  ],
  [
    'restricted',
    'Redactor SEO para tienda de cosmética\nArtículos de 1.500 palabras optimizados para Google.\nSi usas IA en algún momento, indícalo en la entrega.\nSe valorará experiencia en belleza.',
    { disclosure: true },
  ],
  [
    'none',
    'Editor de video para TikTok\nNosotros generamos los guiones con IA; tú solo editas los videos.\nCapCut o Premiere.\n15 videos al mes.',
  ],
  [
    'prohibited',
    'Profesor de inglés para clases online\nClases de conversación para adultos, 3 veces por semana.\nLas respuestas a las preguntas de selección deben ser tuyas; las propuestas hechas con IA se descartan.\nNativo o C2.',
  ],
  [
    'encouraged',
    'Community manager con IA\nEs imprescindible usar herramientas de IA para programar y redactar publicaciones.\nGestión de 4 cuentas.\nDisponibilidad inmediata.',
  ],
  [
    'none',
    'Etiquetado de datos para proyecto de inteligencia artificial\nClasificar imágenes de productos de supermercado.\nNo se requiere experiencia previa en IA.\nPago por tarea.',
  ],
  [
    'prohibited',
    'Redacción de descripciones para Airbnb\n12 alojamientos en Cancún.\nNo quiero textos de ChatGPT, me doy cuenta enseguida.\nTono cálido y cercano.',
  ],
  // Portuguese
  [
    'prohibited',
    'Redator para blog de finanças pessoais\nProcuramos redator brasileiro para 8 artigos por mês.\nNão aceitamos textos feitos por inteligência artificial.\nEnvie amostras publicadas.',
  ],
  [
    'restricted',
    'Tradutor inglês-português (Brasil) para legendas\nSérie documental com 6 episódios.\nPode usar ferramentas de IA como apoio, desde que toda a tradução seja revisada por você.\nPrazo: 3 semanas.',
  ],
  [
    'none',
    'Desenvolvedor para integrar IA no nosso app\nQueremos adicionar um assistente com a API do ChatGPT ao aplicativo de delivery.\nFlutter e Firebase.\nProjeto de 2 meses.',
  ],
  [
    'allowed',
    'Criação de posts para LinkedIn\nPrecisamos de 12 posts para uma consultoria de RH.\nO uso de IA está liberado.\nEntregas semanais.',
  ],
  [
    'encouraged',
    'Assistente virtual com experiência em IA\nÉ obrigatório saber usar o ChatGPT para redigir e-mails e resumos.\nAtendimento a clientes por WhatsApp.\n30 horas semanais.',
  ],
  [
    'prohibited',
    'Revisor de TCC\nRevisão ortográfica e ABNT de um trabalho de 80 páginas.\nJá recebi revisões feitas pelo ChatGPT e não gostei. Não use.\nPrazo de 5 dias.',
  ],
  [
    'restricted',
    'Analista de dados para planilhas de vendas\nOrganizar e analisar os dados de vendas de 2023.\nOs dados dos nossos clientes são sigilosos: não coloque nada no ChatGPT.\nExcel avançado.',
    { confidentiality: true },
  ],
  [
    'none',
    'Designer para identidade visual de padaria\nLogo, cartão de visita e embalagem.\nEntregar arquivos em AI, PDF e PNG.\nEstilo artesanal.',
  ],
  [
    'restricted',
    'Roteirista para canal de YouTube\nRoteiros de 8 minutos sobre curiosidades históricas.\nSe usar IA, informe quais partes foram feitas com ela.\nPagamento por roteiro.',
    { disclosure: true },
  ],
  [
    'none',
    'Editor de podcast\nUsamos IA para gerar as transcrições; você cuidaria só da edição do áudio.\nEpisódios semanais de 40 minutos.\nAudition ou Reaper.',
  ],
  [
    'prohibited',
    'Artigos para site de saúde\nTodos os textos passam pelo detector de IA antes da publicação; se der positivo, o texto é recusado.\nFormação na área da saúde é um diferencial.',
  ],
  [
    'none',
    'Engenheiro de machine learning\nTreinar modelos de visão computacional para inspeção industrial.\nPython, PyTorch, OpenCV.\nExperiência prévia em projetos de IA em produção.',
  ],
  [
    'encouraged',
    'Designer gráfico para e-commerce\nProcuramos alguém que use Midjourney e Photoshop com IA no dia a dia para criar banners.\nEntregas rápidas.',
  ],
  // French
  [
    'prohibited',
    "Rédacteur web pour une agence immobilière\nNous recherchons un rédacteur pour 15 fiches de quartier à Lyon.\nLes textes générés par l'IA ne seront pas acceptés.\nMerci de joindre des exemples.",
  ],
  [
    'restricted',
    "Traduction anglais-français d'un site e-commerce\nEnviron 12 000 mots, mode et accessoires.\nDeepL est toléré pour un premier jet, à condition que tout soit relu et adapté par vous.\nLangue maternelle française exigée.",
  ],
  [
    'none',
    'Développeur pour agent conversationnel IA\nNous voulons intégrer un chatbot basé sur GPT-4 dans notre site de réservation.\nStack : Python, FastAPI.\nMission de 6 semaines.',
  ],
  [
    'allowed',
    "Rédaction de newsletters pour une startup\nDeux newsletters par mois sur la mobilité urbaine.\nVous êtes libre d'utiliser ChatGPT.\nTarif à discuter.",
  ],
  [
    'encouraged',
    "Assistant marketing\nVous devez maîtriser les outils d'IA (ChatGPT, Midjourney) pour produire des visuels et des textes.\nTélétravail.\n3 jours par semaine.",
  ],
  [
    'prohibited',
    "Correcteur pour un mémoire de master\n90 pages en sociologie.\nJ'ai vu des corrections faites par ChatGPT et le résultat était mauvais. Ne l'utilisez pas.\nNormes APA.",
  ],
  [
    'restricted',
    "Assistant juridique à distance\nMise en forme de contrats et suivi des dossiers.\nLes documents de nos clients sont confidentiels : ne les copiez jamais dans ChatGPT ou un autre outil d'IA.\nExpérience en cabinet d'avocats.",
    { confidentiality: true },
  ],
  [
    'none',
    'Graphiste pour étiquettes de vin\nCréation de 3 étiquettes pour un domaine en Bourgogne.\nFichiers livrés en AI et PDF haute définition.\nStyle élégant et classique.',
  ],
  [
    'restricted',
    "Rédacteur de fiches produits\n200 fiches pour une boutique de cosmétiques bio.\nSi vous utilisez l'IA, merci de le préciser dans votre livraison.\nOrthographe irréprochable.",
    { disclosure: true },
  ],
  [
    'none',
    "Monteur vidéo pour chaîne YouTube\nNos scripts sont rédigés avec l'aide de l'IA en interne ; nous cherchons uniquement un monteur.\nPremiere Pro.\n4 vidéos par mois.",
  ],
  [
    'prohibited',
    'Illustrateur pour un album jeunesse\n32 pages, aquarelle.\nAucune image générée par IA ne sera acceptée.\nPortfolio obligatoire.',
  ],
  [
    'none',
    'Ingénieur IA – vision par ordinateur\nDévelopper des modèles de détection de défauts sur des pièces industrielles.\nPyTorch, Docker.\nExpérience en MLOps appréciée.',
  ],
  [
    'prohibited',
    "Rédacteur pour blog culinaire\nRecettes et articles autour de la cuisine provençale.\nCertains candidats utilisent l'IA pour écrire leurs propositions. Cela sera refusé.\nEnvoyez une recette que vous avez écrite.",
  ],
  // German
  [
    'prohibited',
    'SEO-Texte für Reiseportal\nAlle Texte werden mit einem KI-Detektor geprüft.\nTexte mit hohem KI-Anteil werden abgelehnt.\nHonorar nach Absprache.',
  ],
  [
    'prohibited',
    'Texter für Online-Shop (Gartenmöbel)\nWir suchen einen Texter für 50 Produktbeschreibungen.\nMit KI erstellte Texte werden nicht akzeptiert.\nBitte Arbeitsproben mitschicken.',
  ],
  [
    'restricted',
    'Übersetzung Englisch-Deutsch für Software-Handbuch\nCa. 20.000 Wörter, technisch.\nDeepL darf verwendet werden, aber jede Übersetzung muss von dir sorgfältig geprüft werden.\nMuttersprache Deutsch.',
  ],
  [
    'none',
    'Entwickler für KI-Chatbot gesucht\nWir möchten einen Kundenservice-Bot auf Basis der OpenAI API in unsere Website integrieren.\nErfahrung mit Python und REST.\nProjektdauer: 3 Monate.',
  ],
  [
    'allowed',
    'Social-Media-Texte für ein Café\n20 Instagram-Posts pro Monat.\nDu darfst gerne KI-Tools benutzen.\nBezahlung pro Post.',
  ],
  [
    'encouraged',
    'Marketing-Assistenz (remote)\nDu arbeitest täglich mit ChatGPT und anderen KI-Tools, um Inhalte schnell zu erstellen.\n20 Stunden pro Woche.\nGute Deutschkenntnisse.',
  ],
  [
    'prohibited',
    'Lektorat für Sachbuch\n250 Seiten, Thema Gesundheit.\nIch habe schlechte Erfahrungen mit ChatGPT gemacht. Bitte verwende das nicht.\nErfahrung im Sachbuchlektorat erforderlich.',
  ],
  [
    'restricted',
    'Buchhaltung für kleine Arztpraxis\nMonatliche Buchhaltung in DATEV.\nPatientendaten dürfen auf keinen Fall in ChatGPT oder andere KI-Tools eingegeben werden.\nDiskretion vorausgesetzt.',
    { confidentiality: true },
  ],
  [
    'none',
    'Grafikdesigner für Firmenlogo\nModernes Logo für ein Handwerksunternehmen.\nLieferung als AI-, EPS- und PNG-Datei.\nZwei Korrekturschleifen.',
  ],
  [
    'restricted',
    'Blogartikel für Finanz-Startup\nVier Artikel pro Monat zu Themen wie ETFs und Altersvorsorge.\nWenn du KI einsetzt, gib das bitte bei der Abgabe an.\nFachkenntnisse erwünscht.',
    { disclosure: true },
  ],
  [
    'none',
    'Videoschnitt für Podcast-Clips\nWir erstellen die Untertitel automatisch mit KI, du übernimmst nur den Schnitt.\nAdobe Premiere.\nLaufende Zusammenarbeit.',
  ],
  [
    'none',
    'Data Scientist für KI-Projekt\nAufbau eines Prognosemodells für Energieverbrauch.\nPython, scikit-learn.\nKeine KI-Vorkenntnisse im Energiebereich nötig, aber Statistik-Erfahrung.',
  ],
  [
    'encouraged',
    'Video-Creator für KI-Werbespots\nDu erstellst kurze Werbevideos mit Runway und Midjourney.\nSchicke uns dein Showreel.',
  ],
  [
    'prohibited',
    'Ghostwriter für LinkedIn\nWir bekommen viele Anschreiben von ChatGPT. Das wollen wir nicht.\nBitte schreib uns drei Sätze über dich.',
  ],
];

/**
 * Posts the engine still reads wrongly, with why: the test checks they are STILL misses, so a fix shows and the case
 * moves up into `POSTS`.
 */
export const KNOWN_POST_MISSES: KnownMiss[] = [
  [
    'prohibited',
    "UX writer for mobile banking app\nWrite microcopy for onboarding and error states.\nA note on AI: we've tried it and the copy was generic. So no.\nFintech experience preferred.",
    '"So no." answers the AI note before it with a bare "no": no ban cue, no pointing word',
  ],
];
