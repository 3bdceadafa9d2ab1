import type { HeldOutCase, KnownMiss } from './held-out.ts';

/*
 * Held-out job posts, round 7: 60 posts of every kind by a helper that had seen neither the engine nor the earlier
 * rounds, written as a measurement after rounds 3 to 6 had been fixed. First run: 47 of 60 (78%).
 */

export const ROUND7: HeldOutCase[] = [
  // ───────────── English (20) ─────────────
  [
    'prohibited',
    "Long-form blog writer for B2B SaaS (cybersecurity niche)\nWe publish 8 articles/month, 1,800–2,500 words each, on topics like zero-trust, SOC 2 and endpoint security.\nYou'll get a brief, keywords and 2–3 internal SMEs to interview.\nIMPORTANT: Do not use ChatGPT, Jasper, Claude or any other AI writing tool at any stage.\nEvery draft goes through Originality.ai before review; flagged pieces are rejected and not paid.\nRate: $0.12/word, long-term for the right person.\nPlease include 2 published samples (Google Docs links are fine).",
  ],
  [
    'none',
    'Build a customer-support chatbot with OpenAI API + our help center\nWe want a widget on our site that answers questions using our 200 help articles (RAG).\nStack preference: Node or Python, Pinecone or pgvector, deploy on Vercel.\nMust include an admin page to review conversations and flag wrong answers.\nExperience with LLM evaluation is a strong plus.\nPlease share a similar project you shipped.',
  ],
  [
    'restricted',
    "Shopify product descriptions – 150 SKUs (home & kitchen)\nEach description: 80–120 words + 5 bullet points, brand voice guide provided.\nYou may use AI tools to speed things up, but you must tell us which ones and for which SKUs.\nWe'll check everything for accuracy against the spec sheets, so no invented features please.\nUndisclosed AI use will end the contract.\nBudget: $1.50 per SKU, paid in milestones of 50.",
    { disclosure: true },
  ],
  [
    'prohibited',
    'React + Supabase dev to finish our booking MVP\nMost of the UI is done; we need auth flows, Stripe checkout and a couple of dashboard pages.\nStack: Next.js 14, TypeScript, Tailwind, Supabase.\nUsing Copilot or Cursor while you code is totally fine with me.\nBut proposals that were obviously written by ChatGPT will be declined without reply – write to me like a human.\nFixed price, ~3 weeks. Start your message with your favorite Supabase gotcha.',
  ],
  [
    'none',
    'Logo + brand mini-kit for a craft brewery 🍺\nName: Hollow Pine Brewing. Vibe: rustic, outdoorsy, a little playful.\nDeliverables: primary logo, secondary mark, color palette, 2 font pairings.\nFiles needed: .AI, .EPS, .SVG, and transparent PNGs.\nMust be fluent in Adobe Illustrator – everything vector, please.\nBudget $500–800.',
  ],
  [
    'allowed',
    "Landing page copy for a meditation app 🧘\nOne page: hero, 3 feature blocks, testimonials section, FAQ, CTA.\nWe have the brand guide and some rough notes from the founders.\nUse whatever tools you like – AI included, no problem on our side. We care about the result.\nFixed $400, 2 rounds of revisions.\nShow me one landing page you wrote that you're proud of.",
  ],
  [
    'restricted',
    "Academic editor for PhD thesis (sociology, 80k words)\nLooking for a developmental + line edit on chapters 2–5, Chicago style.\nSpellcheck and basic grammar tools (e.g. Grammarly's spelling/punctuation fixes) are fine.\nDo not use generative AI to rewrite or paraphrase my paragraphs – any rewording suggestions must come from you, as tracked changes.\nExperience with qualitative research is a big plus.\nTimeline: 6 weeks.",
  ],
  [
    'none',
    'Article: How AI is changing residential real estate in 2025\nLooking for a 2,000-word feature for our agent newsletter.\nCover: AI valuation tools, virtual staging, lead scoring, and the risks/limits agents should know.\nInclude at least 5 cited sources and 2 quotes from industry people (we can help with intros).\nTone: practical, not hype.\n$350 fixed.',
  ],
  [
    'encouraged',
    "AI-savvy content marketer for a lean growth team\nWe ship fast: newsletters, social threads, short blog posts, ad variations.\nWe expect you to use ChatGPT, Claude, Midjourney etc. every day to move quickly.\nIf AI tools aren't already part of your daily workflow, please don't apply.\nIn your proposal, share one prompt you're proud of and what it produced.\nPart-time, remote, ongoing.",
  ],
  [
    'prohibited',
    "Illustrator for 24-page picture book (ages 3–6)\nStory is about a shy hedgehog who learns to swim 🦔 Manuscript and page breakdown are ready.\nWe're looking for a warm, textured style – think gouache or watercolor, traditional or digital.\nAll artwork must be created by you. AI image generators (Midjourney, DALL·E, Stable Diffusion, Firefly…) are not allowed, not even for sketches or backgrounds.\nWe'll ask for WIP screenshots along the way.\nFinal files: layered PSD or .ai plus 300 dpi TIFFs.\nPlease share your portfolio and your rate per spread.",
  ],
  [
    'restricted',
    "Power BI dashboard + data cleanup for our sales team\nWe have 3 years of messy Excel exports from our CRM (about 40k rows) that need cleaning, de-duping and modeling.\nDeliverables: cleaned dataset, star schema, 4–5 dashboard pages with drill-downs.\nThis data is confidential. Do not paste or upload any of it into ChatGPT, Copilot or any other AI tool.\nNDA will be signed before access is granted.\nPlease mention similar projects you've done.",
    { confidentiality: true },
  ],
  [
    'none',
    "Community manager for our Discord + Instagram\nOur in-house team uses AI to brainstorm post ideas each week; your job is scheduling, replying to comments and running the Discord.\nYou'll host one community event per month (AMA or game night).\nMust be comfortable with Later or Buffer.\n10–15 hrs/week, ongoing.\nTell us about a community you've grown.",
  ],
  [
    'prohibited',
    'Male narrator for history documentary on YouTube (US accent)\n~25 min script per episode, 2 episodes/month.\nCalm, authoritative tone – think BBC nature docs but American.\nWe need a real human voice. AI voices, ElevenLabs clones or any text-to-speech will not be accepted.\nYou must have a treated space and deliver clean 48kHz WAV.\nSend a 60s sample reading the attached paragraph.',
  ],
  [
    'allowed',
    "Virtual assistant – inbox + calendar management (EST hours)\nDaily: triage ~100 emails, draft replies, schedule meetings, update our CRM.\nYou're welcome to use ChatGPT or similar tools to draft replies.\nJust never paste client names, email addresses or any financial details into them.\nMust be available 9am–1pm EST, Mon–Fri.\n$8–10/hr depending on experience.",
    { confidentiality: true },
  ],
  [
    'none',
    "Image annotation – bounding boxes for warehouse robotics dataset\nDraw boxes around pallets, forklifts and people in ~5,000 images using CVAT.\nNo AI or machine learning experience needed – we'll train you in a 30-min call.\nAccuracy matters more than speed; we'll spot-check 10%.\nPaid per image, $0.06 each.",
  ],
  [
    'restricted',
    'Python developer – scraper + ETL for public procurement data\nScrape 3 government tender portals daily, normalize into Postgres, alert on keyword matches.\nMust handle pagination, rate limits and retries gracefully.\nAI coding assistants are OK, but note in each PR which parts were AI-generated, and you need to be able to explain every line.\nTests required (pytest).\nHourly, 15–20 hrs/week.',
    { disclosure: true },
  ],
  [
    'prohibited',
    "Ghostwriter for a founder's LinkedIn (3 posts/week)\nYou'll interview me for 30 min every Monday and turn my stories into posts that sound like me.\nFAQ before you apply:\n- Can I use AI for drafts? No.\n- What about outlines or rewording? Also no. I want zero AI in this.\n- Is this long-term? Yes, if it works after the first month.\n$900/month to start.",
  ],
  [
    'none',
    "Bookkeeper for small landscaping business (QuickBooks Online)\nReconcile 2 bank accounts and 1 credit card monthly, categorize expenses, run P&L.\nWe're about 6 months behind, so first job is catch-up.\nAfter that ~5 hrs/month ongoing.\nQBO certification preferred. US-based tax knowledge a plus.\nStart your proposal with the word “mulch” so I know you read this.",
  ],

  // ───────────── Spanish (10) ─────────────
  [
    'restricted',
    'Redacción de fichas de producto para tienda online de material de camping\nSon 80 fichas: título, descripción de 150 palabras y características técnicas.\nPuedes usar IA solo para investigar o sacar ideas; el texto final tiene que estar redactado por ti.\nTe pasamos las fichas técnicas de los fabricantes.\nPago: 4 € por ficha.\n¿Has escrito antes para e-commerce? Cuéntanos.',
  ],
  [
    'none',
    'Desarrollador/a para integrar la API de OpenAI en nuestra app de reservas\nQueremos un asistente dentro de la app que responda dudas sobre horarios, precios y cancelaciones.\nBackend en Laravel, frontend en Vue.\nHay que guardar el historial de conversaciones y poder desactivar el asistente desde el panel.\nEnvía ejemplos de integraciones similares.\nPresupuesto fijo a negociar.',
  ],
  [
    'prohibited',
    'Redactor/a para blog de viajes (España y Latinoamérica)\nBuscamos a alguien que escriba 6 artículos al mes de 1.500 palabras sobre destinos, rutas y consejos prácticos.\nValoramos mucho que hayas viajado a los sitios sobre los que escribes.\nNo aceptamos contenido generado con IA (ChatGPT, Gemini, Copy.ai…). Todos los textos pasan por un detector de IA antes de publicarse.\nPago por artículo: 45 €.\nEnvía 2 muestras publicadas.',
  ],
  [
    'allowed',
    'Asistente virtual para organizar correo y agenda (horario de México)\nGestionar 2 bandejas de entrada, responder correos sencillos, agendar reuniones y llevar una hoja de gastos.\n¿Se puede usar IA? Sí, sin problema, usa las herramientas que te hagan más eficiente.\nDisponibilidad de 4 horas diarias de lunes a viernes.\nPago: 6 USD/hora.\nImprescindible buena ortografía.',
  ],
  [
    'prohibited',
    'Traducción jurídica inglés → español (contratos de arrendamiento)\nSon 4 contratos, unas 18.000 palabras en total.\nTraducción 100 % humana: nada de DeepL, Google Translate ni ChatGPT, tampoco como borrador.\nLos documentos son confidenciales y no pueden subirse a ninguna herramienta de IA ni servicio en línea.\nImprescindible experiencia en traducción jurídica (traductor jurado es un plus).\nPlazo: 10 días.',
    { confidentiality: true },
  ],
  [
    'none',
    'Contador/a para declaración anual de persona física (Argentina)\nSoy monotributista y necesito ayuda con la declaración de ganancias y bienes personales.\nTengo todos los comprobantes ordenados en una carpeta de Drive.\nBusco a alguien con experiencia en AFIP/ARCA y que pueda explicarme en una llamada lo que presenta.\nPago fijo, a convenir.\nGracias.',
  ],
  [
    'restricted',
    'Diseñador/a gráfico para posts de Instagram (marca de cosmética)\n12 piezas al mes: carruseles, stories y algún reel sencillo.\nTenemos manual de marca y fotos de producto.\nPuedes usar herramientas de IA para fondos o ideas, pero siempre debes avisarnos qué piezas llevan elementos generados con IA.\nBuscamos relación a largo plazo.\nComparte tu portafolio y tu tarifa mensual.',
    { disclosure: true },
  ],
  [
    'encouraged',
    'Community manager con dominio de herramientas de IA\nGestionarás Instagram, TikTok y LinkedIn de una agencia inmobiliaria.\nEs requisito que uses IA a diario (ChatGPT, Canva Magic, CapCut IA…) para producir contenido rápido.\nEn tu propuesta cuéntanos qué herramientas de IA usas y para qué.\nMedia jornada, 100 % remoto.\n🚀 ¡Queremos gente que se mueva rápido!',
  ],
  [
    'prohibited',
    'Editor de vídeo para canal de YouTube de finanzas personales\nVídeos de 10–12 min, 2 por semana. Cortes, subtítulos dinámicos, b-roll y miniaturas.\nTrabajamos con Premiere y Frame.io.\n⚠️ Las propuestas escritas con ChatGPT van directas a la papelera. Quiero leerte a ti, con tus palabras.\nEnvíame un vídeo que hayas editado y dime cuánto tardaste.\nPresupuesto: 60–80 USD por vídeo.',
  ],
  [
    'none',
    'Guionista para curso online “Inteligencia artificial para pymes”\nEl curso tendrá 8 módulos cortos (5–7 minutos cada uno) sobre cómo las pequeñas empresas pueden aprovechar la IA en atención al cliente, marketing y administración.\nNecesitamos los guiones completos con indicaciones para el presentador.\nTono cercano y nada técnico.\nValoramos experiencia en formación online.\nEntrega en 3 semanas.',
  ],

  // ───────────── Brazilian Portuguese (10) ─────────────
  [
    'none',
    'Chatbot de WhatsApp com inteligência artificial para clínica odontológica\nQueremos automatizar agendamentos e respostas sobre convênios usando a API oficial do WhatsApp + GPT.\nIntegração com nosso sistema de agenda (tem API REST).\nPainel simples para a recepção acompanhar as conversas.\nEnvie portfólio com projetos parecidos.',
  ],
  [
    'prohibited',
    'Redator(a) para blog de nutrição esportiva\nPrecisamos de 10 artigos por mês, 1.200 palavras cada, com base em estudos científicos.\nNutricionista ou estudante de nutrição é um diferencial.\nTodos os textos passam pelo GPTZero antes da revisão. Se der indício de IA, o texto volta e não é pago.\nPagamento: R$ 80 por artigo.\nMande 2 textos que você já publicou.',
  ],
  [
    'restricted',
    'Atendente de suporte via chat e e-mail (loja de eletrônicos)\nTurno das 14h às 20h, segunda a sábado.\nVocê vai responder dúvidas sobre pedidos, trocas e garantia no Zendesk.\nOs dados dos nossos clientes são sigilosos: nenhuma informação de cliente (nome, CPF, endereço, pedido) pode ser colada no ChatGPT ou em qualquer outra ferramenta de IA.\nBoa escrita e paciência são essenciais.\nR$ 12/hora.',
    { confidentiality: true },
  ],
  [
    'allowed',
    'Planilhas no Google Sheets para controle financeiro de pequena empresa\nPreciso de uma planilha com fluxo de caixa, contas a pagar/receber e um dashboard simples.\nPode usar ChatGPT ou qualquer IA à vontade, pra mim não tem problema nenhum.\nO importante é que funcione e que você me explique como usar.\nOrçamento: R$ 400.\nPrazo: 1 semana.',
  ],
  [
    'prohibited',
    'Locutor(a) para comercial de rádio – rede de supermercados\n3 spots de 30 segundos, tom alegre e popular.\nSotaque neutro ou paulistano.\nQueremos voz de gente de verdade: nada de voz sintética, clonada ou gerada por IA.\nEntrega em WAV, sem ruído, em até 48h.\nMande uma amostra da sua voz junto com a proposta.',
  ],
  [
    'none',
    'Revisor(a) de textos – português brasileiro\nNossa equipe produz rascunhos de artigos com ajuda de IA, e precisamos de alguém para revisar gramática, coesão e tom antes da publicação.\nSão cerca de 15 textos por semana, de 800 a 1.000 palavras.\nConhecimento do novo acordo ortográfico é essencial.\nPagamento por texto revisado.\nFaremos um teste pago com 1 texto.',
  ],
  [
    'encouraged',
    'Criador(a) de conteúdo para TikTok e Reels com ferramentas de IA 🤖\nVocê vai criar roteiros com ChatGPT e montar os vídeos usando ferramentas de IA (CapCut, HeyGen, ElevenLabs).\nDomínio dessas ferramentas é obrigatório – quem não usa IA no dia a dia nem precisa se candidatar.\nMeta: 5 vídeos curtos por semana para uma marca de suplementos.\nFixo mensal + bônus por desempenho.',
  ],
  [
    'restricted',
    'Desenvolvedor WordPress para ajustes em tema e WooCommerce\nCorrigir layout no mobile, criar 2 templates de página e ajustar o checkout.\nPode usar IA para ajudar no código, desde que avise na entrega quais trechos foram gerados por IA e teste tudo antes.\nAcesso via staging, nada direto em produção.\nOrçamento fechado, prazo de 10 dias.',
    { disclosure: true },
  ],
  [
    'prohibited',
    'Tradução de legendas inglês > português (série documental, 6 episódios)\nArquivos .srt já sincronizados, só precisa traduzir e adaptar.\nÉ PROIBIDO usar tradução automática (Google Tradutor, DeepL) ou ChatGPT.\nAtenção ao limite de caracteres por linha e à naturalidade das falas.\nPagamento por minuto de vídeo.\nExperiência com legendagem é obrigatória.',
  ],
  [
    'none',
    'Designer para cardápio de restaurante japonês\nCardápio físico (A3, frente e verso) e versão digital para QR code.\nTemos as fotos dos pratos e o logo.\nEstilo minimalista, com toques de vermelho e preto.\nEntregar arquivo aberto e PDF para gráfica.\nOrçamento: R$ 600.',
  ],

  // ───────────── French (10) ─────────────
  [
    'prohibited',
    "Rédacteur web SEO – niche assurance auto\nNous cherchons un(e) rédacteur(rice) pour 12 articles par mois (1 200 à 1 500 mots).\nBrief, mots-clés et plan fournis.\nLes contenus générés par IA sont interdits. Chaque texte est vérifié avec un détecteur d'IA avant validation.\nTarif : 0,06 €/mot.\nMerci de joindre 2 ou 3 exemples d'articles publiés.",
  ],
  [
    'restricted',
    'Traduction anglais → français de fiches produits (e-commerce mode)\nEnviron 300 fiches, 100 à 150 mots chacune.\nVous pouvez utiliser DeepL comme base, à condition de nous le signaler et de relire/post-éditer intégralement chaque fiche.\nLe ton doit être naturel, pas « traduit ».\nTarif au mot, paiement à chaque lot de 50 fiches.\nFrançais langue maternelle exigé.',
    { disclosure: true },
  ],
  [
    'none',
    "Développement d'un agent IA pour trier nos tickets support\nNous recevons ~500 tickets/jour sur Freshdesk. Nous voulons un agent basé sur un LLM qui catégorise, priorise et propose une réponse.\nHébergement en Europe obligatoire (RGPD).\nExpérience avec LangChain ou LlamaIndex appréciée.\nMerci de détailler votre approche dans la proposition.",
  ],
  [
    'prohibited',
    "Rédaction des comptes rendus de nos conseils d'administration\nAssociation nationale, 6 réunions par an, environ 2 h d'enregistrement chacune.\nVous rédigez un compte rendu structuré de 4 à 6 pages à partir de l'audio.\nAucun outil d'IA (transcription automatique, ChatGPT, etc.) ne doit être utilisé.\nLes enregistrements sont strictement confidentiels : interdiction de les téléverser sur un service d'IA ou tout autre service externe.\nSignature d'un accord de confidentialité obligatoire.",
    { confidentiality: true },
  ],
  [
    'allowed',
    "Assistant(e) commercial(e) à distance – prospection LinkedIn\nVous identifiez des prospects, rédigez les messages d'approche et mettez à jour notre CRM (HubSpot).\nL'utilisation de ChatGPT ou d'autres outils d'IA est autorisée.\nEn revanche, aucune donnée client ou prospect issue du CRM ne doit y être saisie.\n10 h par semaine, sur la durée.\nRémunération horaire + prime par rendez-vous obtenu.",
    { confidentiality: true },
  ],
  [
    'none',
    'Monteur vidéo pour film de mariage (Provence)\nRushes de 2 caméras + drone, environ 6 h au total.\nLivrables : film de 8 à 10 min + teaser de 1 min pour Instagram.\nAmbiance douce, lumière naturelle, musique que nous fournissons.\nLogiciel : Premiere Pro ou DaVinci Resolve.\nDélai souhaité : 4 semaines.',
  ],
  [
    'encouraged',
    "Automatisation Notion + Make pour une petite agence\nNous voulons automatiser l'onboarding client : formulaire → Notion → e-mails → facturation.\nNous attendons de vous que vous utilisiez des outils d'IA (ChatGPT, Claude, Copilot…) pour aller plus vite : c'est une condition de la mission.\nDocumentation claire exigée à la fin.\nMission courte, 2 semaines environ.\nDites-nous quels outils d'IA vous utilisez au quotidien.",
  ],
  [
    'none',
    "Professeur de français langue étrangère pour cours en ligne\nNous sommes une école en ligne dont la plateforme corrige automatiquement les exercices grâce à l'IA.\nVous animez 10 h de cours par semaine en visio (niveaux A2–B2).\nAucune connaissance en intelligence artificielle n'est nécessaire, la plateforme s'occupe de tout.\nDiplôme FLE exigé.\nRémunération : 20 €/h.",
  ],
  [
    'prohibited',
    'Illustrations pour un jeu de cartes (32 cartes, univers médiéval-fantastique)\nStyle souhaité : encre et aquarelle, un peu à la manière des vieux livres de contes.\nChaque carte : un personnage ou une créature, format 63 × 88 mm.\nIllustrations 100 % faites main. Pas de Midjourney, pas de Stable Diffusion, même pour les croquis ou les fonds.\nNous demanderons des étapes de travail.\nBudget à discuter selon votre portfolio.',
  ],

  // ───────────── German (10) ─────────────
  [
    'none',
    'Entwicklung eines KI-Chatbots für unsere Website (Autohaus)\nDer Bot soll Fragen zu Fahrzeugen, Probefahrten und Werkstatt-Terminen beantworten.\nAnbindung an unser CRM und an den Terminkalender.\nDSGVO-konforme Lösung mit Hosting in der EU ist Pflicht.\nBitte Referenzen mitschicken.',
  ],
  [
    'prohibited',
    'Laravel-Entwickler/in für Erweiterung unseres Kundenportals\nNeue Module: Dokumenten-Upload, Rechnungsübersicht, Rollen & Rechte.\nFür den Code darfst du gerne GitHub Copilot oder ähnliche Tools nutzen.\nBewerbungen, die erkennbar von ChatGPT geschrieben wurden, werden aber nicht berücksichtigt.\nErfahrung mit Laravel 10+ und Livewire erwünscht.\nStundenbasis, ca. 20 h/Woche.',
  ],
  [
    'restricted',
    'Online-Marketing-Assistenz für Steuerberatungskanzlei\nNewsletter, LinkedIn-Beiträge und Blogtexte rund um Steuerthemen für Selbstständige.\nKI-Tools sind okay, wenn du uns sagst, welche du wofür nutzt.\nMandantendaten dürfen aber niemals in ChatGPT oder andere KI-Tools eingegeben werden.\nCa. 15 Std./Monat, langfristig.\nKenntnisse im Steuerrecht von Vorteil.',
    { disclosure: true, confidentiality: true },
  ],
  [
    'allowed',
    'Excel-VBA-Makros für Lagerverwaltung\nWir brauchen Makros für Wareneingang, Bestandsabgleich und einen Monatsbericht als PDF.\nOb du dabei KI-Tools nutzt, ist uns egal – erlaubt ist alles, was funktioniert.\nBitte sauber kommentierten Code liefern.\nFestpreis, gerne Angebot machen.\nStart sofort.',
  ],
  [
    'prohibited',
    'Texter/in für Produktbeschreibungen – Online-Shop für Gartenmöbel\nCa. 120 Produkte, jeweils 150–200 Wörter, SEO-optimiert.\nWir liefern Datenblätter und Keywords.\nKI-generierte Texte (ChatGPT & Co.) sind ausdrücklich nicht erlaubt – jede Lieferung wird mit einem KI-Detektor geprüft.\nHonorar: 12 € pro Text.\nBitte Arbeitsproben mitschicken.',
  ],
  [
    'none',
    'Buchhaltung für kleinen Online-Shop (DATEV)\nWir verkaufen Poster und Kunstdrucke, teilweise mit KI-generierten Motiven.\nLaufende Buchhaltung, Belege zuordnen, monatliche UStVA vorbereiten.\nCa. 80 Belege pro Monat.\nRemote, flexible Zeiteinteilung 😊',
  ],
  [
    'encouraged',
    'Content-Erstellung für Reiseblog – Workflow mit KI\nDu erstellst erste Entwürfe mit ChatGPT (wir stellen einen Team-Account) und überarbeitest sie dann mit eigenen Tipps und Bildvorschlägen.\nCa. 8 Artikel pro Monat, je 1.000 Wörter.\nErfahrung mit KI-gestütztem Schreiben ist Voraussetzung.\nVergütung pro Artikel.',
  ],
  [
    'prohibited',
    'Fachübersetzung DE → EN: Bedienungsanleitungen für Industriepumpen\nUmfang ca. 35.000 Wörter, Terminologieliste vorhanden.\nKeine maschinelle Übersetzung (DeepL, Google Translate o. Ä.) – auch nicht als Vorlage zum Nachbearbeiten.\nErfahrung im Maschinenbau ist Pflicht.\nAbgabe in Trados oder als bilinguales Word-Dokument.\nBitte Wortpreis angeben.',
  ],
  [
    'restricted',
    'Ghostwriting: Ratgeber-E-Book „Gesund schlafen“ (ca. 60 Seiten)\nZielgruppe: Berufstätige 30–50, verständlich und fundiert.\nKI darf höchstens für Recherche und Gliederung genutzt werden. Der eigentliche Text muss von dir geschrieben sein.\nQuellen bitte sauber angeben.\nAbgabe in 3 Etappen.\nBudget: 900–1.200 €.',
  ],
  [
    'none',
    'Logo-Redesign für Physiotherapie-Praxis\nDas alte Logo wirkt altbacken, es soll moderner und ruhiger werden.\nFarben: Salbeigrün und Sand.\nLieferung als .ai, .eps, .svg und .png (transparent).\nBitte 2–3 erste Entwürfe, danach 2 Korrekturschleifen.\nBudget: 350 €.',
  ],
];

/** Read wrongly still, with why. */
export const ROUND7_MISSES: KnownMiss[] = [
  [
    'prohibited',
    "Verbatim transcription – 12 clinical research interviews (approx. 9 hrs audio)\nTwo speakers per file, some medical terminology, clean verbatim with timestamps every 2 minutes.\nThis must be done by a human typist. No Otter, Rev AI, Whisper or any automatic/AI transcription, not even for a first pass.\nThe recordings contain patient information and must never be uploaded to any AI tool or third-party service.\nYou'll access files through our secure portal only. HIPAA awareness a plus.\nTurnaround: 7 days.",
    '"No Otter, Rev AI, Whisper or any automatic/AI transcription": a ban over a list of tools that are no AI terms reaches "AI" only past the 40 characters a lead-in is looked for in, so only the data rule is read',
  ],
  [
    'encouraged',
    "SEO writer – 40 location pages for a plumbing company\nEach page ~600 words targeting “[service] in [city]”.\nProcess: generate the first draft with our Jasper account (login provided), then fact-check local details and edit for flow.\nWe'll give you the keyword list and a template page that ranks well.\n$15 per page, quick turnaround appreciated.",
    '"Process: generate the first draft with our Jasper account": an instruction with no verb of using or requiring that the cue lists know',
  ],
  [
    'restricted',
    "Correction et réécriture légère d'un mémoire de master (psychologie)\n90 pages, normes APA.\nLes outils d'aide comme Antidote ou un correcteur orthographique, c'est OK. En revanche, pas de texte généré par IA : les reformulations doivent venir de vous.\nCorrections en mode suivi des modifications.\nDélai : 3 semaines.\nMerci d'indiquer votre expérience en correction universitaire.",
    'the permission names no AI term ("Antidote ou un correcteur orthographique, c\'est OK"), so only the ban on AI-generated text is read',
  ],
];
