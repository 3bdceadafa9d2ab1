import type { HeldOutCase, KnownMiss } from './held-out.ts';

/*
 * Held-out client texts, round 15: 60 items of everyday, casual wording (24 English from several countries, 9 in each
 * other language; 20 silent on AI, 14 of them traps) by a helper that had seen neither the engine nor the earlier
 * rounds, written as a measurement after round 14 was fixed. First run: 43 of 60 right in every label, stance alone
 * 48 of 60 (80%), exactly what the engine from the start of the session read: the families fixed from rounds 12 to
 * 14 did not carry over to this set. Its misses' families were then fixed: 57 of 60 in every label, 58 stances.
 */

export const ROUND15: HeldOutCase[] = [
  // ───────────── English (24) ─────────────
  // r15-001: AI art is banned in a bullet and again at the end ("if it's generated, it's not for me").
  [
    'prohibited',
    "Illustrator needed for kids picture book 🦘\n\nG'day! I've written a 32-page picture book about a wombat who's scared of the dark and I'm after an illustrator to bring it to life. Looking for soft, warm colours, a bit like Oliver Jeffers or Freya Blackwood.\n\n- 16 spreads + cover\n- digital painting or traditional, both fine\n- NO AI art (midjourney, dall-e etc), I'll want to see sketches/layers along the way\n- print-ready files for IngramSpark\n\nBudget around AUD 4,000, can chat.\n\nJust to say it again coz I've been burned before - if it's generated, it's not for me. I want a real artist's hand in this. Cheers!",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r15-002: ChatGPT is fine only if the freelancer says where it was used, which is allowed-with-disclosure.
  [
    'restricted',
    'Excel dashboard for small gym\n\nNeed someone to turn our messy membership spreadsheet into a clean dashboard - active members, churn per month, revenue by plan, class attendance. Excel only, no Power BI (we dont have it). Should refresh when I paste new data in.\n\nusing chatgpt for formulas etc is fine w/ me, just lmk where u used it so i know what to double check\n\nthx!',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r15-010: AI tools need the client's approval first and the freelancer must say which tool, so use is conditional.
  [
    'restricted',
    "Video editor for weekly YouTube vids (woodworking channel)\n\nI film on two cameras + a GoPro, usually 2-3 hrs of raw footage → 15-20 min final video. Need cuts, color, some simple text overlays, music from my Epidemic account. 1 video/week, ongoing if it works out.\n\nIf you want to use any AI tools (voice stuff, AI b-roll, upscaling etc) check with me first and tell me which one. Some of it's fine, some isn't, depends.\n\nSend me something you edited that you're proud of.",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r15-017: Any AI tools are freely permitted; the only limit is a privacy clause keeping the real customer export out of them.
  [
    'allowed',
    "Python script to clean up CRM export\n\nWe export contacts from HubSpot every week (~20k rows) and need a script that dedupes, fixes phone number formats, splits full names and flags missing emails. Output a clean CSV + a small log of what changed.\n\nUse whatever AI tools make you faster, no problem at all. Only thing: don't upload our actual customer export into them - I'll give you a fake sample file to work with.\n\nNeed it in the next 2 weeks.",
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r15-022: "AI is cool w/ me" permits AI with no condition attached.
  [
    'allowed',
    'Social media templates for coffee cart ☕\n\nI run a little coffee cart at weekend farmers markets in Austin and need a set of Instagram templates (posts + stories) in Canva that I can edit myself. Earthy colors, bit retro.\n\nAI is cool w/ me if it helps, just need them to look good and be easy to edit.\n\nAround 10 templates. Budget $150-250',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r15-030: Only the client's own ChatGPT use is described; no rule is set for the editor's use of AI.
  [
    'none',
    'Editor needed to humanize AI blog drafts\n\nOur marketing team has been producing first drafts with ChatGPT and honestly they read flat. We need an editor to go through ~8 drafts a month, fix the tone, cut the fluff, fact check any stats, and make them sound like a real person wrote them.\n\nB2B SaaS (HR software), so some familiarity with HR topics helps.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-035: "IA" is the state abbreviation for Iowa and the post says nothing about AI.
  [
    'none',
    'Real estate photographer – Cedar Rapids, IA\n\nNeed a local photographer for listing shoots in Cedar Rapids, IA and surrounding area (Marion, Hiawatha). 3-6 shoots a month, interior + exterior, drone a plus. Edited photos delivered within 24 hrs.\n\nMust be within driving distance, please mention your town in your proposal.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-038: The client requires the contractor to code with Cursor/Claude Code like the rest of the team.
  [
    'encouraged',
    "Full-stack dev (Next.js + Postgres) – AI-first team\n\nWe're a 6-person startup building scheduling software for vet clinics. Looking for a contractor for ~30 hrs/week for 3 months.\n\nStack: Next.js, TypeScript, Prisma, Postgres, Vercel.\n\nThe whole team codes with Cursor and Claude Code every day and we need you to as well - it's part of how we ship fast. If you're against AI coding tools this probably isn't the right fit.\n\nIn your proposal tell us about the last feature you shipped end to end.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r15-040: The AI is the product being built; nothing is said about the freelancer's own use of AI tools.
  [
    'none',
    "Build customer support chatbot using OpenAI API\n\nWe want a chatbot on our Shopify store that answers order status questions and FAQs. Should pull order info from the Shopify API and hand off to a human in Gorgias when it can't answer. GPT-4o or similar.\n\nPlease include examples of LLM/chatbot projects you've done. Budget $2-3k.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-042: "AI" here is the Adobe Illustrator file format, not artificial intelligence.
  [
    'none',
    'Vector redraw of our logo\n\nWe only have a blurry PNG of our logo from 2009 😬 Need it redrawn as a clean vector. Nothing fancy, keep it exactly the same.\n\nDeliverables: AI, EPS, SVG, PDF + PNGs in a few sizes. The .ai file is a must, our printer asked for it.\n\nShould be a quick job.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-043: A plain hosting migration post that never mentions AI.
  [
    'none',
    'Move WordPress site to new host\n\nNeed someone to migrate our WordPress site (about 40 pages, WooCommerce, ~300 products) from GoDaddy to SiteGround with zero downtime, then set up SSL and check all the forms still work. Needs to happen over a weekend.\n\nPls tell me roughly how long it takes you.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-045: The job is labelling data for the client's AI model, with no rule about the freelancer's own AI use.
  [
    'none',
    "Image annotation for retail AI model – 5,000 images\n\nWe're training a computer vision model to detect empty spots on supermarket shelves. Need bounding boxes drawn around products + gaps in CVAT, following our guideline doc (15 pages). Accuracy matters more than speed, we'll QA 10%.\n\nPaid per image. Previous annotation experience required.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-046: Machine translation is allowed only as a first pass that the freelancer must check and fix string by string (human review).
  [
    'restricted',
    "Translate app UI strings EN → DE (~4,000 words)\n\nWe're a budgeting app launching in Germany and Austria. Strings are in a JSON file, lots of short buttons and error messages, plus onboarding screens. Need natural, informal German (du, not Sie).\n\nDeepL as a first pass is OK, but every single string has to be checked and fixed by you - we need a native speaker, not raw machine output. We'll have someone on our side spot-check a sample.\n\nPlease tell us if you've localized apps before.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r15-048: An ordinary VA post with no mention of AI tools.
  [
    'none',
    "Part time VA – diary management & inbox\n\nI'm a solicitor-turned-consultant and I'm drowning in emails. Looking for a VA for ~8 hrs a week to manage my Outlook calendar, sort the inbox, chase invoices and book the odd train. UK hours please (at least partly overlapping 9-5 GMT).\n\nMust be organised and good with people. Long term if it works!",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-050: AI is allowed only for brainstorming and grammar while the articles themselves must not be generated (assistive yes, generated no).
  [
    'restricted',
    'We are small travel agency from Italy and we search a writer for our english website. We need 10 articles about regions of Italy (Puglia, Umbria, Sicily...), each around 1000 words, with tips for travellers.\n\nYou can use AI tools for brainstorming or correcting the grammar, is ok. But the articles must be written from you, not generated. We want them personal and with real informations.\n\nPlease tell us if you have visited Italy before :)',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r15-052: AI-generated content is strictly not allowed, with non-payment and contract closure as the consequence.
  [
    'prohibited',
    'Need research writer for internal report on cold chain logistics in India (pharma + dairy). Approx 5000 words with proper references in APA format, charts can be made in excel.\n\nKindly note AI generated content is STRICTLY not allowed. If found, payment will not be released and contract will be closed.\n\nPlease share your previous work samples and expected timeline. Budget is fixed, kindly do not quote more than mentioned. Hindi speaking is plus for calling few vendors.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r15-053: The only AI rule bans ChatGPT-written proposals (they get skipped), and nothing is said about AI for the fix itself.
  [
    'prohibited',
    'Fix Shopify product page + mobile menu\n\nOn our product page the price doesnt update when you pick a different size (variants). Also the hamburger menu on iPhone opens and then you cant close it. Theme is Dawn, a few custom edits from a previous dev.\n\nShould be 3-5 hrs for someone who knows Liquid well.\n\npls write your own proposal, not chatgpt. i can tell and i skip those\n\nStart your reply with the word "variant" so I know you read this.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { proposal: 'prohibited' } },
  ],
  // r15-054: The client asks the writer to draft with ChatGPT and then edit, i.e. AI use is requested.
  [
    'encouraged',
    'Product descriptions x200 – fast turnaround\n\nWe sell replacement parts for e-bikes (batteries, brake pads, chargers etc). Need 200 short product descriptions (50-80 words) from our spec sheet.\n\nPlease use ChatGPT or similar to draft them, then edit so they read naturally. Speed matters more than poetry here, need them all in 5 days.\n\nFixed price, tell me your quote.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r15-055: AI polishing is allowed only if the freelancer reports which sections used it, and personal details must not go into AI tools.
  [
    'restricted',
    "Resume + LinkedIn rewrite (mid-level project manager)\n\nI'm a PM with 8 yrs in construction trying to move into tech/SaaS. Need my resume reworked + LinkedIn headline/about section. I'll send my current CV and a list of job postings I like.\n\nOk with you using AI to polish the wording, but 1) don't paste my personal details (name, phone, address, employer names) into ChatGPT or any AI tool, and 2) tell me which sections you ran through it.\n\nLooking to get this done within a week.",
    { disclosure: true, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r15-056: The client asks writers not to use AI and says all copy is run through Originality, an AI detector.
  [
    'prohibited',
    "Hiya, we're a small homeware shop (cushions, throws, candles, that sort of thing) and we need product descriptions written for about 60 items. 80-120 words each, warm but not cheesy. UK spelling please - colour not color!\n\nWe'll send photos and a spreadsheet with materials/sizes.\n\nWe put all copy through Originality before it goes on the site so please don't use AI writers, it's a waste of both our time.\n\nCheers,\nHannah",
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r15-059: The title's "(NO AI)" bans AI for the blog posts, and since it names no part it applies to the work.
  [
    'prohibited',
    "Blog writer for natural pet treats store (NO AI)\n\nHi there! We're a small family business in Ohio selling natural dog treats + chew toys. Looking for someone to write 4 blog posts a month, 1200-1500 words, friendly and kinda fun tone, light SEO (we give you the keywords).\n\nBig plus if you own a dog lol\n\nPay is $0.08/word to start, happy to go up for the right person. Send 2 samples of blog posts you've written.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r15-060: The client explicitly permits AI-written proposals and sets no other AI rule.
  [
    'allowed',
    "Need a Webflow designer for a 5 page site (dental clinic)\n\nHome, about, services, team, contact + booking form that connects to our existing system. We have brand colors and a logo already.\n\nHonestly I don't care if you write your proposal with AI, I'm going to look at your portfolio anyway. Just send links to 2-3 Webflow sites you built.\n\nTimeline ~4 weeks.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { proposal: 'allowed' } },
  ],
  // ───────────── Spanish (9) ─────────────
  // r15-009: An ordinary accounting post with no mention of AI.
  [
    'none',
    'Busco gestor/a para autónomo en España\n\nSoy diseñador freelance, autónomo desde hace 2 años. Necesito ayuda con los modelos trimestrales (303, 130) y la renta anual. Tengo todas las facturas en un Excel.\n\nIdealmente alguien que trabaje en remoto y me pueda resolver dudas por WhatsApp de vez en cuando.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-014: AI is allowed for both the editing and the proposal only on condition that the freelancer says so.
  [
    'restricted',
    'Editor/a de audio para podcast semanal 🎙️\n\nTenemos un podcast de entrevistas (2 personas, ~60 min). Necesito limpieza de audio, cortar muletillas y silencios largos, nivelar voces, intro/outro. 4 episodios al mes.\n\nPara el trabajo puedes usar herramientas con IA (tipo Descript, Adobe Podcast, etc.) siempre que me digas cuáles usas. Y si la propuesta la escribiste con IA, avísame también jaja, no pasa nada pero quiero saberlo.\n\nMándame un antes/después de algo que hayas editado.',
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', proposal: 'restricted' },
    },
  ],
  // r15-015: The chatbot is the client's AI product; no rule is given about the writer's own AI use.
  [
    'none',
    'Redactor para preguntas frecuentes de nuestro asistente virtual\n\nEstamos lanzando un chatbot con IA en la web de nuestra clínica dental y necesitamos alguien que redacte unas 80 preguntas y respuestas (precios, horarios, tratamientos, seguros) en un tono cercano. El bot las usará como base de conocimiento.\n\nSi tienes experiencia en el sector salud, mejor.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-016: "sin IA porfa" bans AI for the captions, which are the work.
  [
    'prohibited',
    'Busco community manager para taquería en CDMX 🌮\n\nNecesito alguien que escriba los copys de Instagram y TikTok, 12 posts al mes, tono chido y divertido, que suene a nosotros. Nosotros mandamos las fotos y videos.\n\nsin IA porfa, ya probamos con ChatGPT y todo sonaba igual 😅\n\nPago mensual, platicamos el monto.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r15-024: "Me da igual si usas IA o no" permits AI without any condition.
  [
    'allowed',
    'Diseño de presentación para inversores (pitch deck)\n\nTenemos el contenido en Google Slides pero se ve fatal. Necesitamos rediseñarlo: 15-18 slides, estilo limpio, con los gráficos rehechos. Somos una startup fintech en Bogotá.\n\nMe da igual si usas IA o no, lo que importa es que quede pro y editable en Google Slides.\n\nPara la semana que viene si se puede.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r15-028: ".AI" refers to Adobe Illustrator files, not artificial intelligence.
  [
    'none',
    'Diseño de etiqueta para botella de mezcal\n\nNecesitamos diseño de etiqueta frontal y contraetiqueta, estilo artesanal, con ilustración de agave. La imprenta nos pide los archivos en .AI y PDF con sangrado de 3 mm, en CMYK.\n\nEntregables: archivo .AI editable con textos en curvas + PDF para imprenta + mockup.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-032: DeepL/ChatGPT are allowed only as support with sentence-by-sentence human review by the translator.
  [
    'restricted',
    'Traducción inglés → español (neutro) de manual de usuario\n\nSon unas 12.000 palabras, manual de una cafetera industrial. Necesitamos español neutro para Latinoamérica.\n\nPodés usar DeepL o ChatGPT como apoyo, pero todo tiene que estar revisado y corregido por vos, frase por frase. No queremos traducción automática sin revisar.\n\nDeadline: 3 semanas. Indicá tu tarifa por palabra.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r15-041: Texts flagged by the AI detector are not paid and end the collaboration, so AI-generated text is forbidden and detector-checked.
  [
    'prohibited',
    'Redactor/a SEO para blog de reformas (Madrid)\n\nBuscamos redactor/a para 8 artículos al mes sobre reformas de cocinas y baños, 1.500 palabras aprox., con las keywords que te pasamos nosotros. Imprescindible buena ortografía.\n\nOJO: pasamos todos los textos por un detector de IA. Si el texto sale como generado por IA, no se paga y se cancela la colaboración.\n\nEnvíanos 2-3 artículos que hayas escrito tú.',
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r15-044: Producing the videos with AI tools is stated as a requirement.
  [
    'encouraged',
    'Creador/a de contenido con IA para anuncios de e-commerce\n\nVendemos suplementos online y necesitamos 20 videos cortos al mes para Meta Ads. Queremos que los produzcas con herramientas de IA (Runway, HeyGen, ElevenLabs para las voces, etc.) — es requisito, así podemos testear muchas variantes rápido.\n\nMuéstranos ejemplos de videos que hayas hecho con IA.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // ───────────── Portuguese (9) ─────────────
  // r15-003: An ordinary accounting post with no mention of AI.
  [
    'none',
    'Procuro contabilista certificado para empresa unipessoal\n\nTenho uma Unipessoal Lda. de consultoria informática, com faturação pequena. Preciso de contabilidade organizada, IVA trimestral e IES. Prefiro alguém em Lisboa ou arredores, mas remoto também serve.\n\nAguardo propostas com valor mensal.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-008: AI is only the channel's topic; nothing is said about the editor using AI tools.
  [
    'none',
    'Editor de vídeo para canal sobre IA e tecnologia\n\nTenho um canal que fala de inteligência artificial, gadgets e apps. Preciso de edição de 3 vídeos por semana (8-15 min), com cortes dinâmicos, legendas, zoom, memes leves. Gravo tudo em 4K.\n\nSe você acompanha o mundo de IA e tech, melhor ainda, vai entender as piadas kkk',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-011: Only the client's own AI-generated subtitles are mentioned; no rule for the reviewer's AI use.
  [
    'none',
    'Revisor(a) de legendas em português\n\nAs legendas dos nossos cursos online foram geradas automaticamente por IA e estão cheias de erros (nomes técnicos, pontuação, tempo). Precisamos de alguém pra revisar cerca de 40 horas de vídeo nos arquivos .srt.\n\nAtenção aos detalhes é fundamental.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-018: AI is freely allowed for the code but ChatGPT-written proposals are not read, so the strictest rule is the proposal ban.
  [
    'prohibited',
    'Dev Python pra automatizar relatórios\n\nTenho uma planilha no Google Sheets que a equipe preenche todo dia e preciso de um script que gere um relatório em PDF toda segunda e mande por e-mail. Coisa simples, mas precisa ser confiável.\n\nPode usar IA no código à vontade, sem problema. Mas a proposta escreve você, com suas palavras — proposta de ChatGPT eu nem leio.\n\nValeu!',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'allowed' },
    },
  ],
  // r15-020: AI is limited to research and organising ideas, while the final text must be the writer's own.
  [
    'restricted',
    'Redator(a) para blog de nutrição\n\nSomos uma clínica de nutrição em BH e queremos 6 artigos por mês pro blog (alimentação, emagrecimento, nutrição esportiva). Texto leve mas com base científica.\n\nIA só pra pesquisa e pra organizar ideias, tá? O texto final tem que ser escrito por você.\n\nFormação em nutrição é um diferencial.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r15-027: AI images are allowed only for backgrounds/illustrations and must be marked in the file name.
  [
    'restricted',
    'Designer para posts de uma imobiliária (Lisboa)\n\nPrecisamos de 15 posts por mês para Instagram e Facebook: imóveis novos, dicas, datas comemorativas. Temos manual de marca.\n\nPodem usar imagens geradas por IA para fundos ou ilustrações, mas marquem-nas no nome do ficheiro (ex.: post03_IA.png) para sabermos quais são. As fotografias dos imóveis têm de ser sempre as reais.\n\nEnviem portefólio.',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r15-036: Daily use of ChatGPT/Claude and Midjourney is stated as mandatory.
  [
    'encouraged',
    'Social media com domínio de IA\n\nAgência pequena em SP buscando freela pra produzir conteúdo pra 5 clientes. Você vai usar ChatGPT/Claude e Midjourney no dia a dia pra acelerar a produção — isso é obrigatório, não é diferencial. Precisa saber escrever bons prompts e ajustar o resultado.\n\nManda portfólio com exemplos.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r15-058: "Sem IA, por favor" bans AI for the scripts.
  [
    'prohibited',
    'Roteirista para canal de curiosidades no YouTube\n\nCanal com 300 mil inscritos, vídeos de 10-12 min sobre história e curiosidades. Preciso de 6 roteiros por mês, com pesquisa bem feita e fontes no final.\n\nSem IA, por favor 🙏 a galera nos comentários percebe na hora e o canal perde credibilidade.\n\nMe manda um roteiro ou texto que você escreveu.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // ───────────── French (9) ─────────────
  // r15-005: AI is only the subject of the training materials; no rule on the designer's AI use.
  [
    'none',
    "Graphiste pour supports de formation « IA pour les PME »\n\nJe donne des formations sur l'intelligence artificielle aux dirigeants de petites entreprises. Il me faut un template PowerPoint (30 slides types), des icônes cohérentes et une fiche récap A4.\n\nCouleurs : bleu nuit + orange. Livraison sous 2 semaines.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-007: The AI is a feature to build and LLM experience a nice-to-have skill; nothing governs the developer's own AI use.
  [
    'none',
    "Développeur pour intégrer l'API Mistral dans notre CRM\n\nOn utilise un CRM maison (Django + PostgreSQL). On veut ajouter un bouton « résumer l'historique client » qui appelle l'API de Mistral et affiche un résumé. Hébergement des données en France obligatoire.\n\nExpérience avec des LLM appréciée.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-023: An ordinary website redesign post with no mention of AI.
  [
    'none',
    "Refonte site WordPress – cabinet de kiné\n\nNotre site date de 2015, pas responsive, lent. On voudrait un site simple : accueil, équipe, soins, prise de RDV (lien Doctolib), contact. 5-6 pages. On a les photos.\n\nMerci d'indiquer délai et tarif.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-026: "Pas de trouble si tu utilises l'IA" permits AI with no condition.
  [
    'allowed',
    "Graphiste pour menu de resto (Montréal)\n\nSalut! On ouvre une petite brasserie sur le Plateau pis on a besoin d'un menu (bouffe + bières), format 11x17, bilingue. Style un peu vintage.\n\nPas de trouble si tu utilises l'IA pour t'aider, c'est le résultat qui compte.\n\nOn aimerait l'avoir avant la fin du mois. Merci!",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r15-031: Synthetic voices or AI tools need written approval and the freelancer must name them.
  [
    'restricted',
    "Voix off pour vidéos explicatives (e-learning)\n\nNous produisons des modules e-learning pour des PME belges. Besoin d'une voix off FR pour 12 vidéos de 3 à 5 min. Voix posée, claire, accent neutre.\n\nL'utilisation d'une voix de synthèse ou d'outils IA (nettoyage, doublage...) n'est possible qu'après notre accord écrit : dites-nous dans votre offre lesquels vous comptez utiliser.\n\nMerci de joindre une démo.",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r15-039: "Pas d'IA svp" bans AI, with stopping the job and non-payment as consequence.
  [
    'prohibited',
    "Rédacteur web pour site de location de vacances (Bretagne)\n\nOn cherche quelqu'un pour écrire 20 descriptions de gîtes + 5 articles de blog sur la région (balades, restos, marchés). Ton chaleureux, pas trop « catalogue ».\n\nPas d'IA svp. Si je vois du texte ChatGPT, j'arrête la mission et je ne paie pas.\n\nMerci d'envoyer des exemples de textes.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r15-049: AI is allowed for a first draft only on condition that everything is reviewed and rewritten by the freelancer.
  [
    'restricted',
    "Rédaction de newsletters pour une salle d'escalade\n\nOn envoie une newsletter toutes les 2 semaines à nos 3 000 abonnés (événements, nouveaux blocs, conseils). On cherche quelqu'un pour l'écrire avec nous sur la durée.\n\nVous pouvez utiliser l'IA pour un premier jet si ça vous aide, mais tout doit être relu et réécrit par vous avant envoi, on veut garder notre ton.\n\nPetit budget mais mission longue.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r15-051: The only AI rule bans ChatGPT-pasted replies in messages with the client; nothing is said about AI for the editing.
  [
    'prohibited',
    "Monteur vidéo pour vlogs de voyage\n\nJe publie 2 vlogs par mois (20-25 min), rushs GoPro + drone + téléphone. Besoin d'un montage rythmé, étalonnage léger, musique (j'ai un compte Artlist), sous-titres FR.\n\nUn truc important pour moi : dans nos échanges, je veux parler à un humain. Pas de réponses copiées-collées de ChatGPT dans la messagerie svp, ça me saoule 😅\n\nEnvoyez-moi un lien vers un montage dont vous êtes fier.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { communication: 'prohibited' } },
  ],
  // r15-057: The visuals are to be made with Midjourney and mastery of it is mandatory.
  [
    'encouraged',
    "Création de visuels produits avec Midjourney\n\nMarque de bougies artisanales, on veut 40 visuels « lifestyle » pour le site et Insta. On travaille déjà comme ça : tous nos visuels d'ambiance sont faits avec Midjourney puis retouchés sur Photoshop. Maîtrise de Midjourney obligatoire.\n\nMontrez-nous vos meilleures générations.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // ───────────── German (9) ─────────────
  // r15-004: The title bans AI texts and all texts are checked with GPTZero.
  [
    'prohibited',
    'SEO-Artikel für Versicherungsmakler – bitte KEINE KI-Texte!!\n\nWir suchen eine/n Autor/in für 6 Ratgeberartikel im Monat (Berufsunfähigkeit, Haftpflicht, Hausrat...), je ca. 1.200 Wörter. Fachwissen im Bereich Versicherungen wäre top.\n\nAlle Texte werden von uns mit GPTZero geprüft. Bitte schickt uns 2 Arbeitsproben.',
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r15-012: AI is welcome only if the writer says where it was used (allowed with disclosure).
  [
    'restricted',
    'Texter:in für unsere Kaffeerösterei gesucht ☕\n\nWir sind eine kleine Rösterei aus Leipzig und brauchen neue Texte für den Onlineshop: 25 Produktbeschreibungen + Über-uns-Seite. Locker, aber nicht albern. Duzen ist ok.\n\nKI gerne, aber sag Bescheid, wo du sie benutzt hast.\n\nFreu mich auf deine Nachricht!',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r15-013: AI/ML is only a nice-to-have project skill; there is no rule about using AI tools for the work.
  [
    'none',
    'Data Engineer (Freelance) für Aufbau eines Data Warehouses\n\nWir sind ein mittelständischer Händler und wollen unsere Daten aus SAP, Shopware und Google Analytics in Snowflake zusammenführen. Aufgaben: ETL-Pipelines mit dbt und Airflow, Datenmodell, Doku.\n\nErfahrung mit KI/ML-Projekten ist ein Plus, aber kein Muss – später wollen wir auf den Daten Prognosemodelle aufbauen.\n\nLaufzeit ca. 4 Monate.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-019: AI tools are allowed only for research and outlining, while the text itself must be written by the author.
  [
    'restricted',
    'Blogartikel für Physiotherapiepraxis\n\nWir brauchen 4 Artikel pro Monat (Rückenschmerzen, Reha nach Knie-OP, Übungen fürs Homeoffice usw.), je ca. 800 Wörter, verständlich für Patient:innen.\n\nKI-Tools dürfen Sie für Recherche und Gliederung nutzen, den Text schreiben Sie aber bitte selbst. Medizinische Aussagen bitte mit Quellen belegen.\n\nVielen Dank!',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r15-021: The client expects the developer to use AI coding assistants every day.
  [
    'encouraged',
    'Backend-Entwickler:in (Go) – Remote, 20 h/Woche\n\nWir bauen eine Plattform für Energieabrechnungen. Stack: Go, PostgreSQL, Kubernetes.\n\nBei uns arbeiten alle mit GitHub Copilot bzw. Claude Code, und das erwarten wir auch von dir: Du solltest KI-Assistenten sicher im Alltag einsetzen.\n\nBewerbung gerne kurz, mit GitHub-Profil.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r15-025: The client does not mind whether AI tools are used, with no condition.
  [
    'allowed',
    'Webentwickler:in für kleinen Shopify-Shop (Zürich)\n\nWir verkaufen handgemachte Ledertaschen und brauchen ein paar Anpassungen am Theme: Produktfilter, Grössentabelle als Pop-up, Newsletter-Anmeldung im Footer.\n\nOb du dabei KI-Tools nutzt, ist uns egal – Hauptsache, es funktioniert sauber.\n\nBitte gib eine Schätzung in Stunden an.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r15-029: "KI" only appears inside KiTa/KIGA (daycare, kindergarten); the post says nothing about AI.
  [
    'none',
    'Website-Pflege für KiTa-Träger\n\nWir sind ein freier Träger mit 9 KiTas im Raum Köln. Unsere Website (TYPO3) braucht regelmäßige Pflege: Termine eintragen, Stellenanzeigen hochladen, Fotos vom KIGA-Sommerfest einpflegen, kleine Fehler beheben. Ca. 5 Std./Monat.\n\nTYPO3-Erfahrung ist Pflicht.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-037: An ordinary bookkeeping post with no mention of AI.
  [
    'none',
    'Unterstützung bei der Buchhaltung (DATEV)\n\nKleiner Handwerksbetrieb (Elektro, 7 Mitarbeiter) sucht Hilfe bei der laufenden Buchhaltung: Belege kontieren, Bank abgleichen, Unterlagen für den Steuerberater vorbereiten. Ca. 10 Std. im Monat, gerne remote.\n\nDATEV-Kenntnisse erforderlich.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-047: Machine translation (DeepL, Google Translate, MÜ) is banned twice, even as a rough draft.
  [
    'prohibited',
    'Übersetzung Englisch → Deutsch: Kinderbuchreihe (3 Bände)\n\nHallo zusammen,\n\nwir sind ein kleiner Verlag aus Graz und haben die Rechte an einer britischen Kinderbuchreihe erworben (Zielgruppe 8–10 Jahre, je ca. 25.000 Wörter). Wir suchen eine erfahrene literarische Übersetzerin bzw. einen Übersetzer, die/der Wortspiele und Reime kreativ ins Deutsche bringt.\n\nWichtig: keine maschinelle Übersetzung, also kein DeepL, kein Google Translate, auch nicht als Rohfassung.\n\nZum Ablauf: Probeübersetzung von 2 Seiten (bezahlt), dann Band 1, danach Band 2 und 3. Das Lektorat machen wir intern.\n\nBitte schickt uns eure Referenzen und euren Zeilen- oder Wortpreis.\n\nUnd nochmal, weil es uns wirklich wichtig ist: Jeder Satz soll von einem Menschen übersetzt werden. Wer mit MÜ arbeitet, braucht sich nicht zu bewerben.\n\nViele Grüße\nSabine',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
];

/** Still read wrongly: the right reading, the text, what the engine reads instead, the labels checked. */
export const ROUND15_MISSES: KnownMiss[] = [
  // r15-006: AI is allowed for the code but ChatGPT-written messages to the client are banned, so the strictest rule is prohibited.
  [
    'prohibited',
    "React Native dev for small bug-fix sprint\n\nWe have a React Native app (Expo, TypeScript) with ~15 open bugs in Linear, mostly UI stuff on Android + one nasty crash on login with Google. Looking for ~20 hrs this month, possibly ongoing.\n\nUsing Copilot or whatever for the code is totally fine, I use it myself. BUT when you message me it needs to actually be you. I've had two freelancers reply to every question with pasted ChatGPT essays and I'm done with that. Short, human answers please 🙏",
    'reads work restricted',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'allowed', communication: 'prohibited' },
    },
  ],
  // r15-033: AI detectors are the article's topic; the client neither sets an AI rule nor says it will check the writer's work.
  [
    'none',
    "Article: comparing AI detectors for teachers\n\nWe run a blog for K-12 teachers. Need a 1,800-word article comparing GPTZero, Turnitin's AI checker, Originality.ai and Copyleaks - accuracy, price, false positives, and what teachers should actually do with the results. Neutral tone, cite sources.\n\nTeaching background a plus!",
    'reads stance prohibited, detectors true',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r15-034: ChatGPT is freely allowed for drafting customer replies, with only a privacy clause keeping customer data out of AI tools.
  [
    'allowed',
    'Assistente virtual para atendimento de e-commerce\n\nLoja de roupas femininas, precisamos de alguém pra responder e-mails e DMs das clientes (trocas, prazos, dúvidas de tamanho), umas 4h por dia.\n\nPode usar ChatGPT ou outra IA pra ajudar nas respostas, tranquilo. Só não cola dados das clientes (nome, CPF, endereço, pedido) em nenhuma ferramenta de IA, beleza?\n\nHorário comercial, seg a sex.',
    'reads stance restricted, work restricted',
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'allowed' } },
  ],
];
