import type { HeldOutCase, KnownMiss } from './held-out.ts';

/*
 * Held-out client texts, round 14: 60 items (24 English, 9 in each other language; 35 job posts, 13 contract
 * messages, 12 posts whose rule sits in screening questions, an FAQ or a P.S.; 20 silent on AI, 17 of them traps)
 * by a helper that had seen neither the engine nor the earlier rounds, written as a measurement after round 13 was
 * fixed. First run: 38 of 60 right in every label, stance alone 45 of 60 (75%); the engine from the start of the
 * session read 37 and 44. Its misses' families were then fixed: 52 of 60 in every label, 58 stances.
 */

export const ROUND14: HeldOutCase[] = [
  // ───────────── English (24) ─────────────
  // r14-001: AI-flagged posts are not paid for and every draft is checked with Originality.ai, so AI writing is ruled out.
  [
    'prohibited',
    "Looking for a writer for our dental practice blog (2 posts/month, 1,200–1,500 words each)\n\nWe're a family dental practice in Columbus, OH. Topics: gum health, Invisalign vs braces, what to expect at a first cleaning, that kind of thing. You'll get a short brief and a list of keywords for each post.\n\nPlease note: every draft is run through Originality.ai before it gets published. Our last two writers were obviously using ChatGPT and our traffic tanked, so we're strict about this now — any post that comes back flagged as AI-written won't be paid for.\n\nBudget: $120 per post. Long-term if it works out.",
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r14-002: ChatGPT is allowed only for outlining and research, the prose must be the freelancer's own, and use must be noted in the doc.
  [
    'restricted',
    'Hey Priya — good question, thanks for asking first. Yes, you can use ChatGPT for outlining and pulling the research together for the whitepaper. The actual prose needs to be yours though. Could you add a short note at the top of the Google Doc saying what you used it for? Our compliance team has started asking about this.',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r14-003: AI is only the topic of the course being built; nothing is said about the freelancer's own use of AI.
  [
    'none',
    'Instructional designer for a "ChatGPT for Real Estate Agents" course\n\nWe\'re a real-estate coaching company launching an online course that teaches agents how to use ChatGPT and other AI tools to write listings, follow-up emails and social posts. We have the subject-matter expert (our founder) and about 10 hours of recorded Zoom sessions.\n\nYou will:\n- Turn the recordings into a 6-module structure with learning objectives\n- Write quizzes and worksheets for each module\n- Set everything up in Thinkific\n\nExperience with adult learning / Articulate is a plus. Please share 1–2 courses you\'ve built.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-004: Daily use of Cursor/Claude Code is expected as a condition of fit.
  [
    'encouraged',
    "Senior React/TypeScript developer — AI-assisted workflow\n\nWe're a small team shipping a scheduling SaaS for physiotherapy clinics. We work with Cursor and Claude Code every day and expect you to as well — if you're not comfortable pairing with an AI coding assistant, this probably isn't the right fit for you.\n\nStack: Next.js, tRPC, Postgres, Tailwind.\n~30 hrs/week, $60–80/hr, long-term.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r14-005: Screening answers must be the applicant's own and AI-written answers are skipped; no rule is given for the bookkeeping work.
  [
    'prohibited',
    "Bookkeeper for 3 small Shopify stores (QuickBooks Online)\n\nMonthly reconciliation, categorizing transactions, sales tax reports for CA and NV. Roughly 10–15 hours per month.\n\nScreening questions:\n1. How many QBO clients do you currently handle?\n2. Describe how you'd handle Shopify payouts that include refunds and fees.\n3. What's your availability around month-end?\n\nPlease answer the questions yourself, in your own words. I've had dozens of near-identical ChatGPT answers on this post and I'm skipping anything that reads like that.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { proposal: 'prohibited' } },
  ],
  // r14-006: The client says AI tools are totally fine and the process is up to the freelancer.
  [
    'allowed',
    "Product descriptions for a home-fragrance shop (60 SKUs)\n\nWe sell hand-poured soy candles and reed diffusers. Need short, warm product descriptions (80–120 words) plus a title and 5 tags per product for Etsy and our Shopify store. I'll send a spreadsheet with scent notes, burn time, size and photos.\n\nHow you write them is up to you — AI tools are totally fine with us. We care about the final copy sounding like us, not about your process.\n\nFixed price, $300 for all 60. Can start this week.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r14-007: The AI is a feature of the app being tested; there is no rule about the tester's own AI use.
  [
    'none',
    'QA tester for a voice-journaling app (iOS + Android)\n\nOur app lets users record voice notes; an AI model transcribes them and generates a daily summary. We need a manual tester for two weeks before our v2.0 release.\n\n- Run through our test plan (~120 cases) on at least one iPhone and one Android device\n- Log bugs in Linear with screen recordings\n- Pay close attention to transcription accuracy with different accents and background noise\n\nNo coding required. Native or near-native English; ideally you speak a second language so you can test multilingual recordings.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-008: AI may be used only through the firm's own Copilot account, and lease text and client names must not go into public AI tools.
  [
    'restricted',
    "Remote paralegal — commercial lease abstraction\n\nMid-size law firm, real estate group. We need someone to abstract ~150 commercial leases into our template (rent schedule, renewal options, assignment clauses, CAM provisions, etc.).\n\nAI policy (our malpractice carrier requires this): you may use generative AI only through the firm's Microsoft 365 Copilot account, which we'll set up for you. Do not paste lease text or any client names into ChatGPT, Claude, Gemini or any other public tool.\n\nMust have 3+ years of lease abstraction experience. Hourly, 20–25 hrs/week.",
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r14-009: The client's contract forbids any AI-generated text, so the freelancer is told not to use ChatGPT.
  [
    'prohibited',
    'Hi Marco, re your question about ChatGPT — unfortunately no. Our client (a pharma company) has a clause in the master agreement that no AI-generated text can go into any of their materials, and we have to sign off on that for every deliverable. So please write the patient leaflets the old-fashioned way. Sorry, I know it would speed things up!',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r14-010: 'Automatic', 'machine' and 'model' refer to packaging equipment; AI is never mentioned.
  [
    'none',
    "Mechanical engineer — redesign of an automatic bagging machine\n\nWe build automatic bagging machines for the produce industry. Our current model jams when running thin-film bags above 40 bags/min. Looking for a mechanical engineer to review the film-feed and sealing-jaw assembly and propose design changes.\n\n- SolidWorks (we'll share the assembly files under NDA)\n- Experience with packaging machinery or pneumatics\n- Deliverables: design review report, updated 3D models, drawings for 6–8 modified parts\n\nBonus if you've worked with Allen-Bradley PLC logic, but not required.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-012: This is a model-evaluation gig where AI is the subject of the work; no rule is set on the freelancer's own AI use.
  [
    'none',
    "Python experts to evaluate AI model responses (remote, flexible hours)\n\nWe're hiring experienced Python developers to review and rate responses produced by a large language model for coding prompts. You'll judge correctness, efficiency and style, write short explanations of any errors, and rank pairs of responses against each other.\n\n- 3+ years of professional Python\n- Strong written English\n- 10–20 hrs/week, $45/hr\n\nA short skills test is part of the process.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-013: The client expects AI tools to draft the metadata in bulk, then human editing.
  [
    'encouraged',
    "Meta titles + descriptions for 1,800 product pages\n\nAuto-parts e-commerce site. We need meta titles (≤60 chars) and meta descriptions (≤155 chars) for every product page. You'll get a CSV with product name, part number, fitment and category.\n\nAt this volume we expect you to use ChatGPT, Claude or a similar tool to generate first drafts in bulk, then go through and fix anything wrong or awkward. If you want to write all 1,800 by hand, this isn't the job for you.\n\n$0.25 per row.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r14-014: Midjourney is allowed only for backgrounds, the character must be hand-drawn, and AI assets must be listed in the handoff sheet.
  [
    'restricted',
    "Hi Dan! Re: Midjourney — yes, you can use it for the background textures and the sky on the book cover. The character illustration has to be drawn by you though (the author's contract with the publisher requires it). Please list every AI-generated asset in the handoff sheet, with the tool used, so I can pass that on.",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r14-015: The AI drafts are the client's own; nothing is said about the editor using AI.
  [
    'none',
    'Editor for AI-generated blog drafts (personal finance)\n\nWe produce first drafts with our own in-house AI pipeline. Need an experienced editor to fact-check numbers, fix the tone, add real personal-finance nuance and make sure nothing misleading goes out. 8–10 articles per week, ~1,500 words each.\n\nMust know US personal finance (401k, Roth, HSA, credit scores). Pay is $40 per article edit.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-016: The FAQ allows AI only for organizing notes and timelines while the script must be written by the freelancer.
  [
    'restricted',
    "Scriptwriter for a true-crime podcast\n\nWeekly episodes, 4,000–5,000 word scripts based on court records, news archives and our own interviews. We handle research access; you turn it into a gripping, accurate narrative.\n\nFAQ\nQ: Is this remote? A: Yes, fully remote.\nQ: Will I be credited? A: Yes, in the show notes.\nQ: Can I use AI tools? A: For organizing your research notes and building timelines, fine. The script itself has to be written by you — that's the whole point of hiring a writer.\nQ: How many revisions? A: Usually one round.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r14-017: AI is fine for the code, but AI-generated proposals are archived, so the strictest rule is a ban on the proposal.
  [
    'prohibited',
    "Python automation — scrape supplier price lists into Google Sheets\n\nWe have 9 suppliers that publish price lists on their websites (some HTML tables, two as PDFs). Need a script that pulls them daily, normalizes SKUs and writes everything into one Google Sheet, with a log of price changes.\n\nUsing Copilot or ChatGPT while coding is fine.\n\nHow to apply:\n- Tell me about a similar scraper you've built (link if possible)\n- Give a rough estimate in hours\n- Write the proposal yourself. Proposals that are obviously AI-generated go straight to the archive, however good they sound.",
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'allowed' },
    },
  ],
  // r14-018: The 'bots' are ordinary Discord moderation bots; there is nothing about generative AI.
  [
    'none',
    "Discord server setup + moderation bots for an indie game community\n\nWe're launching a Discord for our upcoming indie game (~3k wishlists on Steam). Need someone to set up channels, roles and onboarding, and configure Carl-bot / MEE6 for auto-roles, reaction roles, welcome messages and basic auto-moderation (spam links, slurs). Bonus if you can set up a simple ticket system.\n\nFixed $150. Should take a day or two for someone experienced.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-019: A routine revision request that says nothing about AI.
  [
    'none',
    'Hi Sofia, attached are the updated floor plans from the architect. Can you revise the 3D renders for the kitchen and master bath by Thursday? The client wants the darker walnut on the cabinets now and brushed brass hardware. Thanks!',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-022: Assistive editing tools are allowed but generated text is not (assistive-only use), and drafts are checked with GPTZero.
  [
    'restricted',
    "Grant writer — two federal applications (SAMHSA) due in March\n\nWe're a community behavioral-health nonprofit in New Mexico. Need an experienced grant writer for two applications: project narrative, logic model, budget justification.\n\nOn AI: editing tools like Grammarly for grammar and clarity are fine. Text generated by ChatGPT or similar tools is not — write the narrative yourself. We run every draft through GPTZero before it goes to our director.\n\nPlease include 2–3 funded federal grants in your proposal.",
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'restricted' } },
  ],
  // r14-023: The screening question makes AI image generation with Midjourney or Firefly a requirement of the role.
  [
    'encouraged',
    "Ad creative designer — 30–40 static ads per week\n\nWe run paid social for DTC skincare brands and need a designer to produce static ad variations every week from our briefs and product shots.\n\nScreening questions:\n1. Midjourney or Adobe Firefly is a must for this role — you'll generate the scenes and backgrounds with it and composite our products in Photoshop. Please share 3 ad creatives where you combined AI-generated imagery with your own compositing.\n2. What's your typical turnaround for 10 variations of one concept?\n3. Are you comfortable with Meta ad specs (1:1, 4:5, 9:16)?",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r14-024: AI detectors are the product being marketed; the client neither sets rules on the writer's AI use nor checks their work with a detector.
  [
    'none',
    "Landing page copy for an AI-content detection tool\n\nWe've built a detector that tells teachers and editors whether a text was likely written by ChatGPT, Claude or Gemini (think GPTZero / Originality.ai competitor). Need a conversion copywriter for our homepage, pricing page and 3 comparison pages (us vs GPTZero, Copyleaks, Turnitin).\n\nB2B SaaS experience required. Please link to landing pages you've written and tell me what conversion results you saw.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── Spanish (9) ─────────────
  // r14-025: Machine translation and AI are not allowed even as a starting point, with cancellation as the consequence.
  [
    'prohibited',
    'Traducción inglés > español (España) de un manual de mantenimiento de ascensores, unas 18.000 palabras.\n\nBuscamos traductor/a con experiencia en textos técnicos. Trabajamos con Trados; te pasaremos la memoria de traducción y el glosario del cliente.\n\nImportante: no se admite traducción automática ni IA (DeepL, Google Translate, ChatGPT…), ni siquiera como punto de partida. El cliente final lo exige por contrato. Si vemos que se ha usado, se cancela el encargo.\n\nPlazo: 3 semanas. Indica tu tarifa por palabra.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r14-027: The prompt library is the product being written; no rule is set about the freelancer's own AI use.
  [
    'none',
    'Busco redactor/a para armar una biblioteca de 300 prompts para abogados\n\nSomos una startup legaltech de Buenos Aires. Vamos a vender un paquete de prompts para que los estudios jurídicos usen ChatGPT en tareas como redactar cartas documento, resumir fallos o preparar escritos simples. Necesitamos a alguien con formación en Derecho argentino que escriba los prompts, los organice por categoría y agregue un ejemplo de uso para cada uno.\n\nPresupuesto: USD 900. Duración estimada: 1 mes.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-028: The required workflow is to machine-translate everything with DeepL and then post-edit.
  [
    'encouraged',
    'Localización de app (inglés > español de España) — 6.000 cadenas\n\nTenemos una app de finanzas personales y queremos lanzarla en España. Son unas 6.000 cadenas cortas en Lokalise.\n\nEl flujo que queremos: pasas todo por DeepL (te damos acceso a nuestra cuenta Pro) y después revisas y corriges cada cadena. No buscamos a alguien que lo traduzca todo desde cero; buscamos un buen poseditor que sea rápido.\n\nPago por proyecto, a convenir.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r14-029: Proposals written with ChatGPT will be disregarded; nothing is said about AI in the design work.
  [
    'prohibited',
    'Diseñador/a UX/UI para rediseño de app de domicilios (Bogotá)\n\nSomos una app de domicilios para tiendas de barrio con 40.000 usuarios activos. Queremos rediseñar el flujo de compra y el seguimiento del pedido. Trabajamos en Figma y hacemos pruebas con usuarios cada dos semanas.\n\nCómo postularte:\n- Envíanos tu portafolio con 2 casos de estudio completos.\n- Cuéntanos en 4 o 5 líneas por qué te interesa el proyecto.\n- Por favor, escribe la propuesta tú mismo/a. Las propuestas hechas con ChatGPT se notan a leguas y no las vamos a tener en cuenta.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { proposal: 'prohibited' } },
  ],
  // r14-030: 'Automático' refers to milestone payments; AI is not mentioned.
  [
    'none',
    'Hola Jordi, ya he aprobado el primer hito y he dejado activado el pago automático para los siguientes, así no tienes que esperar a que me conecte. Para la segunda fase, céntrate en la ficha de producto y el carrito; el blog puede esperar. Cualquier duda me escribes por aquí.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-031: The client says using AI tools is no problem, with no conditions.
  [
    'allowed',
    'Analista de datos para dashboard en Power BI (retail, Santiago)\n\nTenemos datos de ventas de 14 tiendas en Excel y SQL Server y necesitamos un dashboard en Power BI con ventas por tienda, margen, rotación de inventario y comparación con el año anterior.\n\nUsar IA (Copilot, ChatGPT para las fórmulas DAX, lo que sea) no es problema para nosotros.\n\nProyecto de 3–4 semanas, con posibilidad de soporte mensual después.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r14-033: AI experience appears only as a nice-to-have skill, with no rule about using it.
  [
    'none',
    'Community manager para cadena de restaurantes (Lima)\n\nBuscamos CM para manejar Instagram, TikTok y Facebook de 3 locales de comida nikkei. Calendario mensual, publicaciones diarias, respuesta a mensajes y reportes mensuales.\n\nRequisitos:\n- 2 años de experiencia en gastronomía o retail\n- Manejo de Meta Business Suite y CapCut\n- Disponibilidad para ir a las sesiones de fotos en Miraflores una vez al mes\n\nSe valora: conocimientos de pauta en Meta Ads, nociones de fotografía con celular y experiencia con herramientas de IA.\n\nPago mensual fijo, a conversar.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── Portuguese (9) ─────────────
  // r14-034: AI-written texts are not accepted and every text is checked with Copyleaks.
  [
    'prohibited',
    'Redator(a) SEO para blog de clínica veterinária\n\nProcuramos redator(a) para 8 artigos por mês (1.000 a 1.500 palavras) sobre saúde de cães e gatos. Pauta e palavras-chave fornecidas.\n\nNão aceitamos textos feitos com IA. Todo texto passa pelo Copyleaks antes de ir para o revisor, e se der índice alto de IA a gente devolve sem pagamento.\n\nPagamento: R$ 0,08 por palavra. Enviar 2 amostras publicadas.',
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r14-035: ChatGPT drafting is allowed only on condition of a full line-by-line human review.
  [
    'restricted',
    'Olá Rui, quanto à tua pergunta: sim, podes usar o ChatGPT para fazer um primeiro rascunho das respostas às FAQ do site, desde que depois revejas tudo linha a linha e confirmes cada informação com o regulamento que te enviei. Não quero nada publicado que não tenha passado pelos teus olhos. Obrigado!',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r14-036: The AI art is generated by the client herself; there is no rule on the designer's own AI use.
  [
    'none',
    'Designer para preparar arquivos de quadros decorativos (arte gerada por IA)\n\nTenho uma loja online de quadros decorativos. As artes já estão prontas — eu mesma gero tudo no Midjourney. Preciso de alguém para ajustar as cores para impressão em canvas, criar os mockups em ambientes (sala, quarto, escritório) e exportar nos tamanhos 30x40, 50x70 e 60x90.\n\nSão cerca de 80 artes. Pagamento por lote de 20.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-037: The client explicitly does not mind AI coding tools.
  [
    'allowed',
    'Programador WordPress para loja WooCommerce (Porto)\n\nTemos uma loja de vinhos em WooCommerce e precisamos de: integração com os CTT, faturação automática com o Moloni e melhorias de velocidade (estamos com 40 no PageSpeed mobile).\n\nNão nos importamos que uses ferramentas de IA para programar — usa o que te deixar mais produtivo.\n\nOrçamento fixo ou à hora, diz-nos o que preferes.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r14-039: 'Modelo' means a document template; AI is not mentioned.
  [
    'none',
    'Oi Camila! Segue em anexo o modelo de proposta comercial que a gente usa hoje. Queria que você redesenhasse ele no nosso novo manual de marca (cores e fontes tão no Drive). Pode manter a estrutura, só deixar mais limpo. Consegue me mandar uma primeira versão até quarta?',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-040: The workflow requires generating copy with ChatGPT or Claude and then editing it.
  [
    'encouraged',
    'Copywriter para agência de performance (SP, remoto)\n\nProduzimos anúncios para e-commerce em escala: mais de 100 variações de copy por semana. Aqui o fluxo é com IA: você vai gerar variações no ChatGPT ou no Claude a partir dos nossos prompts-base e depois editar, testar e selecionar as melhores. Quem prefere escrever tudo do zero vai sofrer com o volume.\n\nRequisitos: experiência com Meta Ads e Google Ads e domínio prático de ferramentas de IA generativa.\n\nPJ, R$ 4.500/mês.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r14-041: The client says the freelancer may freely use ChatGPT or any other tool.
  [
    'allowed',
    'Estudo de mercado — alojamento local no Algarve\n\nPrecisamos de um relatório (15–20 páginas) sobre oferta, preços médios, taxas de ocupação e enquadramento legal do alojamento local no Algarve, para apresentar a investidores.\n\nRequisitos do relatório: dados de fontes oficiais (INE, Turismo de Portugal) e de plataformas como a AirDNA, sempre citados.\n\nQuanto à IA: à vontade, podes usar o ChatGPT ou o que quiseres no processo, não temos qualquer problema com isso.\n\nEntrega em 3 semanas.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r14-042: The publisher's contract forbids any AI-generated imagery, even as a base, so AI cannot be used for the illustrations.
  [
    'prohibited',
    'Oi Lucas, sobre o que você perguntou ontem: infelizmente não dá pra usar IA nas ilustrações do livro infantil. A editora tem uma cláusula no contrato proibindo qualquer imagem gerada por IA, inclusive como base pra redesenhar. Então é tudo feito à mão mesmo (digital tá ok, claro, no Procreate). Qualquer dúvida me chama!',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // ───────────── French (9) ─────────────
  // r14-043: The client politely asks the writer not to use ChatGPT or other AI tools for the texts.
  [
    'prohibited',
    "Rédacteur·rice pour l'infolettre d'une coopérative agricole (Québec)\n\nNotre coopérative publie une infolettre mensuelle pour ses 2 000 membres : nouvelles des fermes, recettes de saison, annonces. On cherche une plume chaleureuse qui connaît le milieu agricole québécois.\n\nPetite précision : nos membres tiennent beaucoup à l'authenticité, alors on vous demanderait de ne pas utiliser ChatGPT ni d'autres outils d'IA pour écrire les textes. On préfère de loin quelques maladresses à un texte générique.\n\nEnviron 6 heures par mois, tarif horaire à discuter.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r14-045: The client explicitly permits Copilot, ChatGPT or any coding assistant.
  [
    'allowed',
    'Développeur·se Python pour automatiser nos rapports Excel (Bruxelles)\n\nPME de logistique à Bruxelles. Chaque lundi, on passe 4 heures à compiler des exports de notre WMS dans un rapport Excel. On voudrait un script Python (pandas, openpyxl) qui fait ça automatiquement et envoie le rapport par mail.\n\nVous pouvez utiliser Copilot, ChatGPT ou tout autre assistant de code, aucun souci de notre côté.\n\nMission courte, budget fixe autour de 800 €.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r14-046: ChatGPT and DeepL are permitted, with only a privacy clause against pasting prices and supplier names.
  [
    'allowed',
    "Bonjour Léa, oui, pas de problème pour utiliser ChatGPT ou DeepL pour vous aider sur les traductions des fiches produits. Seule chose : n'y collez pas les prix ni les noms de nos fournisseurs, ce sont des informations confidentielles. Pour le reste, faites comme vous le sentez. Bonne journée !",
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r14-047: The editor must use the named AI tools daily as part of the workflow.
  [
    'encouraged',
    "Monteur·euse vidéo pour formats courts (TikTok / Reels) — Montréal\n\nOn est une agence de contenu à Montréal et on produit une quarantaine de capsules par semaine pour nos clients. Pour tenir le rythme, on travaille avec des outils d'IA : Opus Clip pour le découpage, CapCut pour les sous-titres, ElevenLabs pour certaines voix hors champ. Vous devez être à l'aise avec ces outils et les utiliser au quotidien.\n\nContrat de 3 mois renouvelable, 25 h/semaine.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r14-048: The AI assistant is the client's product; nothing governs the freelancer's own AI use.
  [
    'none',
    "Conception des parcours conversationnels de notre assistant virtuel (assurance)\n\nNous déployons un assistant virtuel basé sur un modèle de langage pour répondre aux questions de nos assurés (sinistres, attestations, résiliation). Nous cherchons un·e concepteur·rice conversationnel·le pour écrire les intentions, les réponses types, le ton de l'assistant et les scénarios d'escalade vers un conseiller.\n\nExpérience en UX writing ou en relation client souhaitée. Mission de 2 mois, télétravail possible.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-049: Only CAT tools (Trados/memoQ) are required; machine translation and AI are not mentioned.
  [
    'none',
    'Traducteur·rice NL > FR pour documents administratifs (Belgique)\n\nBureau de traduction à Gand. Nous cherchons des traducteurs indépendants néerlandais > français pour des documents administratifs et juridiques (statuts de sociétés, jugements, actes notariés).\n\nComment postuler :\n1. Indiquez votre tarif au mot et votre volume hebdomadaire.\n2. Précisez votre outil de TAO (Trados ou memoQ exigé, nous envoyons des fichiers .sdlppx).\n3. Si vous êtes traducteur juré, joignez une copie de votre inscription au registre national.\n\nLes candidatures sans ces informations ne seront pas traitées.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-050: An ordinary photography job with no mention of AI.
  [
    'none',
    "Photographe culinaire à Lyon — nouvelle carte de printemps\n\nBistrot dans le 2e arrondissement. Nous lançons une nouvelle carte en avril et avons besoin de photos de 18 plats et de quelques photos d'ambiance de la salle, pour le site et Instagram.\n\nSéance d'une demi-journée sur place, un matin avant le service. Retouche incluse, livraison en JPEG haute définition sous 10 jours.\n\nMerci de joindre votre portfolio et un devis.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-051: 'Modèles' are 3D furniture models; AI is not mentioned.
  [
    'none',
    "Modélisation 3D de nos meubles pour le site web (Beauce, Québec)\n\nFabricant de meubles en bois massif à Saint-Georges. On veut des modèles 3D réalistes de 12 meubles (tables, chaises, buffets) pour un configurateur en ligne où les clients choisissent l'essence de bois et la teinture. On fournit les plans cotés et des photos.\n\nBlender ou 3ds Max, export glTF optimisé pour le web. Budget à discuter selon votre expérience.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── German (9) ─────────────
  // r14-052: AI-written texts are refused for both the work and the application, and submissions are spot-checked with an AI detector.
  [
    'prohibited',
    'Texter/in für Produkttexte im Bereich Labortechnik (B2B)\n\nWir sind ein Hersteller von Laborgeräten aus Baden-Württemberg und suchen Unterstützung für ca. 40 Produkttexte und zwei Whitepaper.\n\nBitte beachten: Texte, die mit ChatGPT oder anderen KI-Tools erstellt wurden, können wir nicht annehmen – auch nicht teilweise. Das gilt übrigens auch für die Bewerbung. Wir lassen eingereichte Texte stichprobenartig durch einen KI-Detektor laufen.\n\nNaturwissenschaftlicher Hintergrund wünschenswert.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: true,
      scopes: { proposal: 'prohibited', work: 'prohibited' },
    },
  ],
  // r14-054: The recordings are training data for a model; no rule is set on the speaker's own AI use.
  [
    'none',
    'Sprecher/innen mit Dialekt gesucht (Audioaufnahmen für Spracherkennung)\n\nFür ein Forschungsprojekt sammeln wir Sprachaufnahmen, mit denen ein Spracherkennungsmodell trainiert wird. Gesucht sind Sprecher/innen mit bairischem, schwäbischem oder sächsischem Dialekt. Sie lesen ca. 500 kurze Sätze vom Bildschirm ab und nehmen sie zu Hause mit einem ordentlichen USB-Mikrofon auf (Aufwand ca. 2 Stunden).\n\nVergütung: 60 € pauschal. Eine Einverständniserklärung zur Datennutzung wird vorab unterzeichnet.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-055: Active daily use of GitHub Copilot is expected.
  [
    'encouraged',
    'Full-Stack-Entwickler/in (Vue/.NET) für Versicherungsportal – Zürich/remote\n\nWir erweitern ein Kundenportal für eine Schweizer Krankenversicherung. Unser Team arbeitet konsequent mit GitHub Copilot, die Lizenz stellen wir Ihnen. Wir erwarten, dass Sie Copilot aktiv im Alltag einsetzen (Code, Tests, Doku) – das ist Teil unserer Arbeitsweise und in der Aufwandsschätzung bereits eingepreist.\n\n6 Monate, 80–100 %, Stundensatz nach Vereinbarung.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r14-056: DeepL/ChatGPT may be used only to look up individual terms, not to translate sentences.
  [
    'restricted',
    'Übersetzung EN > DE: Website und App eines Fitness-Start-ups (ca. 25.000 Wörter)\n\nWir launchen im Herbst in Deutschland, Österreich und der Schweiz und brauchen eine lockere, motivierende Übersetzung von App-Texten, Website und Hilfe-Center.\n\nHäufige Fragen\nWelches CAT-Tool? – Phrase (ehemals Memsource), den Zugang stellen wir.\nDarf ich DeepL oder ChatGPT nutzen? – Zum Nachschlagen einzelner Begriffe ja. Ganze Sätze oder Absätze bitte nicht maschinell übersetzen lassen, die Übersetzung selbst muss von Ihnen stammen.\nDu oder Sie? – Die App duzt, die AGB siezen.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r14-057: The client says AI features may be used and are not an issue.
  [
    'allowed',
    'Grafiker/in für Social-Media-Vorlagen in Canva (Tourismusverband, Tirol)\n\nWir brauchen ein Set von 30 Canva-Vorlagen (Posts, Stories, Event-Ankündigungen) im Corporate Design unseres Tourismusverbands. Die Vorlagen sollen später von unseren Mitarbeitenden selbst befüllt werden können.\n\nKI-Funktionen wie Canva Magic Studio oder Adobe Firefly dürfen Sie gerne verwenden, das ist für uns kein Thema.\n\nFestpreis, bitte Angebot mit Zeitrahmen.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r14-058: The P.S. requires using an AI image-analysis tool to draft alt texts, then checking them.
  [
    'encouraged',
    'Alt-Texte für das Bildarchiv eines Online-Shops (ca. 3.000 Bilder)\n\nFür die Barrierefreiheit brauchen alle Produktbilder in unserem Shopware-Shop aussagekräftige Alt-Texte. Sie bekommen eine CSV mit Bild-URLs, Produktnamen und Kategorien.\n\nVergütung pro Bild, bitte Preisvorschlag.\n\nP.S. Bei der Menge setzen wir voraus, dass Sie mit einem KI-Tool mit Bildanalyse (z. B. ChatGPT oder Claude) arbeiten und die Vorschläge dann sichten und anpassen. Rein manuelles Arbeiten können wir preislich nicht abbilden.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r14-059: Only the client's own AI use is described; nothing is said about the freelancer's.
  [
    'none',
    'Hoi Sandro, ich habe die Interviewtranskripte mit unserem internen KI-Tool zusammenfassen lassen, die Zusammenfassungen liegen im Teams-Ordner unter /Research. Könntest du daraus bis Freitag die drei Personas ableiten? Die Originaltranskripte sind auch dort, falls du etwas nachprüfen willst. Merci vielmal!',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r14-060: A payroll job that does not mention AI at all.
  [
    'none',
    'Unterstützung bei der Lohnabrechnung (DATEV) für Handwerksbetrieb\n\nElektrobetrieb mit 14 Mitarbeitenden in der Nähe von Hannover. Unsere Lohnbuchhalterin geht in Elternzeit, wir suchen für ca. 12 Monate Unterstützung bei der monatlichen Lohnabrechnung in DATEV Lohn und Gehalt, inkl. SV-Meldungen und Bescheinigungen.\n\nDATEV-Kenntnisse sind Pflicht. Aufwand ca. 6–8 Stunden pro Monat, remote möglich.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
];

/** Still read wrongly: the right reading, the text, what the engine reads instead, the labels checked. */
export const ROUND14_MISSES: KnownMiss[] = [
  // r14-011: AI features are fine for the editing, but the P.S. bans ChatGPT-written messages, which is the strictest rule.
  [
    'prohibited',
    "YouTube editor for a woodworking channel\n\nTwo long-form videos a week (15–25 min), raw footage is 2–3 hours per video. Cuts, color, music, captions, b-roll from our library. Descript, Premiere, Resolve — whatever you use is fine, and I have no issue with AI features like auto-captions, silence removal or AI noise reduction.\n\n$150–200 per video depending on length.\n\nP.S. One thing: when we message, please write to me yourself. I've had editors reply to every message with a paragraph of ChatGPT and it drives me nuts. Short and human is perfect.",
    'reads stance allowed, communication unset',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { communication: 'prohibited', work: 'allowed' },
    },
  ],
  // r14-020: The client politely asks the freelancer to stop using ChatGPT for messages, with no rule on the code.
  [
    'prohibited',
    'Hey Kevin — quick favour. Your last few updates read like they came straight out of ChatGPT ("I hope this message finds you well", lol). I\'d honestly rather get two rough lines from you in Slack than a polished essay, so please write your messages yourself from now on. The code itself is great, no complaints there.',
    'reads stance none, communication unset',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { communication: 'prohibited' } },
  ],
  // r14-021: ChatGPT is explicitly permitted, with only a privacy clause against uploading the handbook or employee data.
  [
    'allowed',
    "Employee handbook rewrite (US, 45-person company)\n\nOur handbook is 8 years old and a mess. Need an HR writer to restructure and rewrite it in plain language, update it for current federal and Colorado requirements, and flag anything our employment lawyer should look at.\n\nQuick FAQ:\n• Timeline? About 4 weeks.\n• Do I need SHRM certification? Preferred, not required.\n• Can I use ChatGPT etc.? Yes, go ahead. Just don't upload our current handbook or any employee information into it.\n• Budget? $2,500–3,500 fixed.",
    'reads confidentiality false',
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r14-026: ChatGPT is allowed for ideas on condition that the freelancer reviews the final copy and marks AI-derived posts with a star.
  [
    'restricted',
    'Hola Vale! Sí, puedes usar ChatGPT para sacar ideas para los copys de Instagram, no hay bronca. Nomás te pido dos cosas: que los textos finales los revises y los ajustes tú al tono de la marca, y que en el Drive marques con una ⭐ los que salieron de la IA. Así cuando el cliente pregunte sé qué contestarle 🙌',
    'reads disclosure false',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r14-032: AI tools may be used only after prior approval by the quality manager.
  [
    'restricted',
    'Guionista para cursos de formación en prevención de riesgos laborales\n\nEmpresa de formación en Valencia. Necesitamos guiones para 12 cursos e-learning (PRL en oficinas, almacenes, trabajos en altura…), con textos de pantalla, locución y preguntas de evaluación.\n\nSobre el uso de IA: no lo descartamos, pero cualquier herramienta de IA tiene que aprobarla antes nuestro responsable de calidad, porque los cursos se bonifican por FUNDAE y tenemos que justificarlo todo. Sin esa aprobación, no.\n\nValoramos formación técnica en PRL.',
    'reads disclosure false',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r14-038: AI is allowed only for research and structure, and its use must be reported in a note at the end of each chapter.
  [
    'restricted',
    'Ghostwriter para e-book de finanças pessoais (~25 mil palavras)\n\nSou educadora financeira com 80 mil seguidores no Instagram e quero lançar meu primeiro e-book, voltado para quem está saindo das dívidas. Tenho o roteiro dos capítulos e muito material gravado.\n\nPerguntas frequentes\n• Preciso ter formação em economia? Não, mas precisa entender do assunto.\n• Posso usar IA? Pode, para pesquisa e para montar a estrutura. Mas informe numa nota no fim de cada capítulo o que foi feito com ajuda de IA, porque o livro sai no meu nome e eu preciso saber.\n• Qual o prazo? 60 dias.\n• Como é o pagamento? Em 3 parcelas, por marcos.',
    'reads disclosure false',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r14-044: AI is allowed only for side tasks, each use must be logged in the tracking sheet, and the scientific content must be written by the freelancer.
  [
    'restricted',
    "Conception de fiches pédagogiques (SVT, cycle 4)\n\nÉditeur scolaire recherche un·e enseignant·e ou ex-enseignant·e de SVT pour concevoir 30 fiches d'activités conformes au programme du cycle 4.\n\nFAQ\n— Faut-il être enseignant en poste ? Non, mais une expérience en classe est indispensable.\n— L'IA est-elle autorisée ? Oui, mais uniquement pour des tâches annexes (reformulation, idées d'exercices). Chaque utilisation doit être signalée dans le tableau de suivi, colonne « Outils utilisés ». Les contenus scientifiques doivent être rédigés et vérifiés par vous.\n— Quel format ? Word, à partir de notre gabarit.",
    'reads disclosure false',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r14-053: AI is fine for research, but AI-generated passages need the client's approval before going into the application.
  [
    'restricted',
    'Hallo Stefan, danke für die Nachfrage! Für die Recherche zu den Förderprogrammen kannst du gerne KI nutzen. Bevor du aber KI-generierte Textpassagen in den Förderantrag übernimmst, schick sie mir bitte zur Freigabe – die FFG ist da inzwischen recht pingelig. Liebe Grüße aus Graz, Michaela',
    'reads disclosure false',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
];
