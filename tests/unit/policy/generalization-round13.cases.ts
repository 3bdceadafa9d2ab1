import type { HeldOutCase, KnownMiss } from './held-out.ts';

/*
 * Held-out job posts, round 13: 60 posts (24 English, 9 in each other language; 22 silent on AI, 14 of them traps)
 * by a helper that had seen neither the engine nor the earlier rounds, written as a measurement after round 12 was
 * fixed. First run: 41 of 60 right in every label, stance alone 49 of 60 (82%); the engine from the start of the
 * session read the same 41 and 49, so round 12's fixes neither helped nor hurt here. Its misses' families were then
 * fixed: 56 of 60 in every label, all 60 stances.
 */

export const ROUND13: HeldOutCase[] = [
  // ───────────── English (24) ─────────────
  // r13-001: Spell/grammar checkers are allowed but generative rewriting is not, any AI tool used must be named, and chapters must not be uploaded to AI services.
  [
    'restricted',
    "Proofreader for PhD dissertation in Sociology (~85,000 words, APA 7)\n\nI'm finishing my PhD dissertation (sociology, qualitative study on migrant care workers) and need a careful proofreader/copy editor before I submit to my committee in 6 weeks.\n\nScope:\n- grammar, punctuation, spelling (British English)\n- consistency (terms, abbreviations, capitalisation)\n- APA 7th ed. citations and reference list check\n- flag unclear sentences with a comment — please DON'T rewrite my arguments\n\nPlease note: my university has a strict policy on AI in theses. Spell/grammar checkers (Word, Grammarly's basic corrections) are fine, but you can't use generative AI — ChatGPT, Claude, Quillbot paraphrasing, Grammarly's \"rewrite\" features, etc. — to rewrite or generate any of my text. If you use any AI-based tool at all during the edit, tell me which one so I can declare it in my submission form. Also don't upload the chapters into any online AI service, the interview data is confidential.\n\nBudget: around £1,200–1,600. Please tell me your rate and whether you've edited social science dissertations before (and whether you follow university editing guidelines, e.g. CIEP's).",
    { disclosure: true, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r13-006: The required process is to generate first drafts with the client's ChatGPT seat and then edit them.
  [
    'encouraged',
    "Content repurposer – turn webinar transcripts into LinkedIn posts & newsletters\n\nWe run 2 webinars a month for HR leaders and barely reuse any of it. We want a freelancer to turn each webinar into:\n- 6–8 LinkedIn posts for our CEO's profile\n- 1 newsletter issue (800–1,000 words)\n- 3 quote graphics text (design done by our team)\n\nProcess we want you to follow:\n1. Use ChatGPT (we provide a Team seat with our custom GPT set up on the CEO's past posts) to generate first drafts from the transcript\n2. Edit for voice – the CEO writes short, punchy, a bit contrarian\n3. Check any numbers against the slides\n4. Drop everything in our Notion board for approval\n\nSo yes, AI is part of the workflow here and we expect you to use it — what we're paying for is your judgment and editing.\n\nRequirements: B2B LinkedIn ghostwriting experience, strong editing, familiar with HR/people topics is a plus.\n\n$400/webinar package. Send 3 LinkedIn posts you ghostwrote (screenshots ok).",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r13-007: The client says any AI image tools are fine with no conditions.
  [
    'allowed',
    "Album cover + 3 single covers for indie synthpop artist\n\nhey! I'm releasing my debut album in May and need artwork — 1 album cover + 3 single covers that feel like a set.\n\nvibe: 80s sci-fi paperbacks, neon but faded, a bit lonely. think Drive meets old Penguin sci-fi covers. moodboard ready (Pinterest link after we chat).\n\ndeliverables:\n- 3000x3000 px covers for streaming\n- versions for vinyl (12\") if you can, print-ready with bleed\n- spotify canvas loops would be a bonus (separate price ok)\n- typography for artist name + titles\n\non AI: honestly use whatever tools you want — Midjourney, Firefly, Photoshop generative fill, your own hand, doesn't matter to me. I care about the final result looking cohesive and not generic.\n\nbudget around $500–900 for everything. timeline ~3 weeks.\n\nsend me your portfolio and one cover (any artist) that you wish you had made.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r13-014: A mobile bug-fix job with no mention of AI.
  [
    'none',
    "React Native app crashes on Android 14 – need fix ASAP\n\nOur React Native (0.72) app crashes on launch for some Android 14 users (Samsung mostly). iOS is fine. Crashlytics shows something around react-native-reanimated and a native module for push notifications but we're not sure.\n\nWhat we need:\n1. reproduce and find the root cause\n2. fix it (upgrade libs if needed, but don't break iOS)\n3. short explanation of what was wrong\n4. PR to our GitHub repo\n\nNice to have: upgrade to RN 0.74 if you think it's worth it – separate milestone.\n\nRequirements:\n• strong React Native + native Android (Kotlin/Java) debugging\n• experience with Expo bare workflow\n• can start today or tomorrow\n\nWe'll give you access to Crashlytics and a test device list. Budget: $400–800 depending on what it turns out to be, happy to pay hourly instead.\n\nPlease start your proposal with your guess at what's causing this.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-015: The job must be done with AI image tools instead of a studio shoot.
  [
    'encouraged',
    "AI product photographer – lifestyle images for 120 SKUs (kitchenware)\n\nWe sell kitchenware on Amazon and our own Shopify store. We have clean white-background photos of 120 products and need lifestyle images (countertop scenes, plated food, hands using the product) for listings and ads.\n\nWe want this done with AI image tools — Photoroom, Flair, Midjourney + Photoshop generative fill, or whatever pipeline you've got. We are NOT booking a studio shoot; that's the whole point of this job.\n\nRequirements:\n- the product itself must stay 100% accurate (shape, logo, color)\n- 3 lifestyle images per SKU, 2000x2000, plus 1 square crop for ads\n- consistent look across the catalog (we'll agree a style guide on the first 5 SKUs)\n- experience with Amazon image requirements\n\nBudget: $4–7 per final image depending on quality. Start with a paid test of 3 SKUs.\n\nShow us before/after examples from previous product image work.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r13-019: AI coding assistants only after CTO approval of the tool, the freelancer must say what they use, and code/data may not go into public chatbots.
  [
    'restricted',
    "Senior Django developer – payments module refactor (fintech)\n\nWe're a fintech startup (Series A, 14 people) and need an experienced Django dev for a 3-month contract to refactor our payments module (Stripe + bank transfers via Plaid), improve test coverage and help with the PCI audit prep.\n\nStack: Python 3.11, Django 4.2, DRF, Celery, Postgres, AWS (ECS), GitHub Actions.\n\nYou'll:\n- refactor legacy payment flows into cleaner service layer\n- get coverage of the payments app from ~40% to 85%+\n- document the flows for our auditors\n- pair with our in-house dev 2x week\n\nRequirements:\n- 5+ yrs Django, real experience with payments in production\n- understanding of idempotency, webhooks, reconciliation\n- overlap 4 hours with CET\n\nRe AI coding tools: because of our compliance requirements, AI assistants (Copilot, Cursor, ChatGPT etc.) can only be used after our CTO has approved the specific tool and setup — tell us in your proposal what you normally use and we'll sort it out in onboarding. Under no circumstances paste our code, logs or customer data into a public chatbot.\n\n$70–95/hr. Please mention the largest payments system you've worked on.",
    { disclosure: true, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r13-020: Only the client's own use of ChatGPT is described; no rule about the editor's AI use.
  [
    'none',
    "Human editor needed for 45k-word nonfiction book (drafted with ChatGPT)\n\nHello! I'm a retired HR director writing a book on managing remote teams. Full honesty: I drafted most of the chapters with ChatGPT, feeding it my notes and stories from 30 years in the field. The content is mine but the writing sounds... well, like ChatGPT. Repetitive, lots of \"in today's fast paced world\", every chapter ends with the same kind of summary.\n\nWhat I need:\n• developmental + line edit of all 12 chapters\n• make it sound like ONE consistent voice (mine — I'll share recordings of me talking, my emails etc.)\n• flag places where facts/stats need a source (I don't trust some of what it gave me)\n• track changes in Word please\n\nNot needed: cover, formatting, publishing.\n\nI'd like someone with nonfiction book editing experience, ideally business/leadership. Please tell me roughly how many weeks you'd need and your rate per word or per project. I'll send a sample chapter to 2–3 shortlisted editors (paid test, $100).\n\nThank you!",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-023: AI may help draft customer replies only if the agent reviews every one, and customer data must never go into AI tools.
  [
    'restricted',
    "Customer support agent (email + chat) for skincare brand – evenings/weekends\n\nWe're a growing DTC skincare brand and need a support agent to cover evenings (6pm–12am EST) and weekends. Tools: Gorgias, Shopify, Loop Returns.\n\nResponsibilities:\n- answer emails & live chat (order status, returns, product questions, mild complaints)\n- process refunds/exchanges according to our policy\n- tag tickets properly + escalate product reactions to our team lead\n- ~60–90 tickets per shift\n\nRequirements:\n- native-level English, warm but efficient writing\n- 1+ yr ecommerce support experience\n- reliable internet, quiet place for occasional calls\n\nAbout AI: you can use an AI assistant to help draft replies if it makes you faster, but you must read and edit every reply yourself before it goes out — no copy-pasting straight from the bot to the customer. And never put customer names, emails, addresses or order details into ChatGPT or any other AI tool; use generic placeholders if you need help phrasing something.\n\n$14–17/hr, 30 hrs/week. Paid training week.\n\nTell us about a time you turned an angry customer around (3-4 sentences).",
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r13-025: AI is fine for the VA work itself, but AI-written proposals are declined, so the strictest rule is a proposal ban.
  [
    'prohibited',
    "Executive virtual assistant for busy real estate broker (20 hrs/week)\n\nHi, I'm a real estate broker in Austin, TX and I'm drowning in admin. Looking for a reliable VA for the long term.\n\nYou'll handle:\n- inbox management (Gmail) + calendar scheduling for me and 2 agents\n- following up with leads from Zillow / our website within 1 hour during business hours\n- updating our CRM (Follow Up Boss)\n- preparing listing packets in Canva from our templates\n- random research / errands (online)\n\nHours: 20/week, must overlap 9am–1pm Central.\nRate: $8–12/hr depending on experience.\n\nA few notes:\n✅ Using ChatGPT or similar to draft emails, summarize docs etc. is totally fine for the actual work — I use it too, whatever gets it done faster.\n❌ BUT your proposal needs to be written by you. I get 100+ applications and the copy/pasted AI ones all sound the same. If your proposal reads like ChatGPT wrote it, I'll decline it without finishing it.\n\nTo show you read this, start your proposal with the name of your favorite Austin BBQ spot (or just \"brisket\" if you've never been 😄).",
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'allowed' },
    },
  ],
  // r13-027: Using AI for formulas/scripts is explicitly fine with no need to ask; the only extra is a privacy clause against uploading the real customer file to AI tools.
  [
    'allowed',
    "Excel/Google Sheets expert – build sales dashboard from messy CRM exports\n\nWe export sales data from HubSpot every week and someone spends half a day making charts manually. I want an automated dashboard in Google Sheets (or Looker Studio if you convince me).\n\nNeeds:\n- import the weekly CSV (same format each time)\n- clean: duplicates, inconsistent rep names, currency column\n- pipeline by stage, win rate by rep, monthly revenue vs target\n- one-click refresh (Apps Script fine)\n- short Loom video explaining how to maintain it\n\nQuick notes:\n• Using ChatGPT/Claude/Gemini to help write formulas or Apps Script is absolutely fine by us, no need to ask.\n• One thing though: the real export contains customer names and emails, so don't upload the real file into any AI tool. I'll give you an anonymized sample to work with.\n\nBudget $300–500 fixed. Please share a screenshot of a dashboard you built (blur data if needed).",
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r13-028: A screening question asks which AI tools the writer uses, and AI is fine only for research/outlines while the final draft must be the writer's own.
  [
    'restricted',
    "Content writer for B2B cybersecurity blog (long-term)\n\nWe're a managed security provider and we publish 2 blog posts a week for IT managers at mid-size companies. Topics: ransomware prep, MFA rollouts, phishing training, compliance (SOC 2, HIPAA) etc.\n\nYou will:\n- write 1–2 posts/week (1,200–1,800 words)\n- interview our engineers for 20 min when needed (we'll schedule)\n- suggest topics every month\n\nMust have:\n- real understanding of cybersecurity – you don't need to be an engineer, but you can't fake this\n- strong samples in B2B tech\n- US English, conversational but credible\n\nRate $300–450 per post depending on experience.\n\nScreening questions (please answer all):\n1. Link 2 pieces you're proud of in tech/security.\n2. What's a security topic you think is overhyped?\n3. Do you use AI tools in your writing process? If yes, which ones and for what? (Context: we're fine with AI for research, outlines and brainstorming, but the final draft must be written by you, not generated.)\n4. Your availability per week.",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r13-029: The job is to fine-tune an LLM (AI work), but nothing is said about the freelancer's own use of AI tools.
  [
    'none',
    "Fine-tune open-source LLM on our support tickets (Llama 3 / Mistral)\n\nHi there,\n\nWe're a mid-size B2B SaaS (inventory mgmt) with ~40k resolved support tickets in Zendesk. We want to fine-tune an open-source model (Llama 3 8B or Mistral 7B, open to suggestions) so it can draft first replies for our agents.\n\nScope:\n- clean + dedupe the ticket export (JSON, we'll provide, PII already scrubbed)\n- build train/eval split\n- LoRA / QLoRA fine-tune, we have a single A100 on Lambda\n- simple eval harness (BLEU is useless for this imo, suggest something better)\n- small FastAPI endpoint so we can test it internally\n- short writeup of results\n\nMust have:\n- hands-on experience fine-tuning LLMs (show me a repo or HF model card pls)\n- PyTorch, HF transformers/peft\n- you can explain tradeoffs to a non-ML founder lol\n\nBudget is fixed $3,500, milestone based. Timeline ~4 weeks.\n\nWhen you apply tell me which base model you'd pick and why, in 2-3 sentences. Generic proposals get skipped.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-030: Marketing copy for an AI product; the post sets no rule about the copywriter's own AI use.
  [
    'none',
    "Landing page + 5 email sequence for our AI meeting assistant\n\nWe're launching NoteHawk (name tbc) – an AI notetaker that joins Zoom/Meet calls, transcribes, and spits out action items into Asana/Jira. Beta has ~600 users, public launch in March.\n\nNeed a conversion copywriter for:\n1. Homepage (hero, features, social proof, pricing section, FAQ)\n2. 5-email onboarding sequence for trial users\n3. 3 variants of the hero headline for A/B testing\n\nTone: smart, a bit playful, NOT the usual \"revolutionize your workflow with the power of AI\" fluff. Our users are tired of AI hype, we need copy that talks about outcomes (less time writing notes, nothing falls through the cracks).\n\nIdeal freelancer:\n- B2B SaaS copy in your portfolio (links please, not PDFs)\n- understands the AI tools space / competitors (Otter, Fireflies, Fathom)\n- comfortable jumping on a 30 min call with our founder to get the voice right\n\nBudget $1.5–2.5k depending on experience. We'd like first draft of homepage within 10 days.\n\nPlease include in your proposal: one headline you'd test for our hero, and your favorite SaaS landing page (not yours) + why.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-031: A bookkeeping cleanup post that never mentions AI.
  [
    'none',
    "QuickBooks Online cleanup – 18 months behind (small construction company)\n\nWe are a family owned roofing company in Ohio. Our books in QBO are a mess, the last bookkeeper left in mid 2023 and since then nobody reconciled anything.\n\nNeed:\n* reconcile 2 checking accounts + 1 credit card, Jun 2023 to now\n* categorize ~2,000 uncategorized transactions (we'll answer questions on the ones you can't figure out)\n* clean up duplicate vendors / customers\n* fix undeposited funds (it's a disaster there)\n* get us ready for our CPA to do 2024 taxes\n\nRequirements:\n- QuickBooks ProAdvisor certified preferred\n- US small business bookkeeping experience, construction a plus (job costing)\n- available for a weekly 30 min call, Eastern time\n- you'll sign an NDA\n\nAfter the cleanup there's potential for ongoing monthly bookkeeping (~10 hrs/month).\n\nPlease quote a fixed price or estimated hours. In your proposal tell us how many QBO cleanups you've done this year.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-033: Recording training data for an AI voice app is AI work; nothing is said about the voice actor's own AI use.
  [
    'none',
    "Voice actors wanted – record script for AI voice app (US/UK accents)\n\nHi! We're building a text-to-speech / voice app for audiobooks and we need real voice talent to record training data for new custom voices. Your recordings will be used to create a synthetic voice that's licensed under your name (royalty share – details in the contract, 10% of revenue from your voice).\n\nWhat the job is:\n- ~3 hours of finished audio reading our provided script (mixed sentences, short stories, some dialogue)\n- recorded in a treated space, 48kHz/24bit WAV, no processing, no music\n- consistent mic position and energy across all sessions\n- you sign a voice licensing agreement (we explain it on a call, no hidden stuff)\n\nLooking for:\n→ General American (male, female, 30-50 sounding)\n→ British RP (female, any age)\n→ warm, natural narration style – not 'announcer' voice\n\nPay: $600 flat for the recording + royalty share.\n\nTo apply, send a 60-90 sec narration demo and tell us what mic / interface you record with. Please mention your accent in the first line of your proposal.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-037: Machine translation is allowed only as a first pass with full post-editing, and the translator must say which tool was used where.
  [
    'restricted',
    "English > Japanese translation for fitness app (UI strings + App Store listing)\n\nWe're localizing our fitness/workout app into Japanese. Around 9,000 words total:\n- ~4,500 words UI strings (short, lots of placeholders like {count} — must be kept intact)\n- ~2,000 words onboarding + push notifications\n- ~2,500 words App Store / Google Play listing and screenshots text\n\nWe work in Lokalise, you'll get access + glossary + screenshots for context.\n\nRequirements:\n- native Japanese speaker\n- experience with app/software localization (please list apps if you can)\n- understands fitness terminology and a natural, motivating tone (not stiff)\n\nAbout machine translation: DeepL / Google Translate / GPT are OK as a starting point ONLY if every string is fully post-edited by you, and you must tell us up front which tool you used and for which parts. Raw MT output, even lightly touched, will be rejected — our last vendor did this and Japanese users noticed immediately in reviews.\n\nBudget: $0.08–0.11/word, plus a small paid test (300 words). Timeline 2 weeks.\n\nPlease reply with your rate and one example of a Japanese app you think is localized really well.",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r13-038: The client freely permits AI editing features and ChatGPT for show notes without conditions.
  [
    'allowed',
    "Podcast editor – video + audio, weekly interview show\n\nI host a weekly interview podcast about small business (60–75 min episodes, 2 cameras + remote guests via Riverside).\n\nEach week:\n- full video episode for YouTube (cut between cams, light color, lower thirds)\n- audio version for Spotify/Apple (levelled, -16 LUFS)\n- 4–5 vertical clips for IG/TikTok with captions\n- show notes with timestamps\n\nYou're free to use AI features to speed things up — Descript's Studio Sound and filler-word removal, Riverside Magic Clips, Opus, auto captions, ChatGPT for the show notes, whatever you like working with. I just want a clean, consistent result every week.\n\nLooking for:\n- someone who can commit long term (6+ months)\n- 72h turnaround from upload\n- good ear for pacing — cut the rambling, keep the personality\n\n$150–200 per episode package. Send links to a podcast you edit now.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r13-045: The channel's topic is AI tools, but the post sets no rule about the editor's own AI use.
  [
    'none',
    "Video editor for YouTube channel reviewing AI tools (2 videos/week)\n\nOur channel (~180k subs) reviews AI tools – Midjourney, Runway, Suno, ChatGPT updates, all the new stuff that drops every week. We need a long-term editor who can keep up with the pace.\n\nEach video:\n- 10–14 min, talking head + lots of screen recordings\n- zoom-ins, callouts, on screen text for key points\n- b-roll and memes where it fits (we're not a corporate channel)\n- 3 vertical shorts cut from each video, with captions\n- thumbnail is NOT your job, we have a designer\n\nYou:\n- Premiere Pro or DaVinci, fast turnaround (48h first cut)\n- you actually find the AI space interesting – it shows in the edit\n- reliable, can communicate in Slack during EU afternoons\n\nPay: $120 per long video + $15 per short. Trial video paid.\n\nSend 2-3 YouTube videos you edited (links) and your avg turnaround time. If you've edited tech/review content before, put that first.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-046: A prompt-engineering gig is AI work, but no rule is set about the freelancer's own AI use.
  [
    'none',
    "Prompt engineer for legal-intake chatbot (GPT-4o / Claude) – contract\n\nWe run a small legal-tech startup helping tenants understand their rights. Our intake chatbot is live but the prompts are a mess – inconsistent tone, sometimes gives what sounds like legal advice (big no), sometimes refuses simple questions.\n\nYou will:\n- audit our current system prompts + tool definitions\n- rewrite them, build a test set of ~150 realistic tenant questions\n- run evals across GPT-4o and Claude 3.5 Sonnet, report failure modes\n- set up guardrails so the bot stays in 'legal information, not legal advice' territory\n- document everything so our junior dev can maintain it\n\nRequirements:\n✔ proven prompt engineering / LLM eval work (please share examples, even anonymized)\n✔ comfortable with Python for running eval scripts\n✔ bonus: any background in law or compliance\n✔ English C2\n\nHourly, 15–20 hrs/week for ~6 weeks. $50–80/hr.\n\nScreening questions:\n1. Describe one eval you built and what it caught.\n2. How would you stop a model from giving jurisdiction-specific legal advice?",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-050: The FAQ forbids AI for both the articles and the application, and drafts are checked with Copyleaks.
  [
    'prohibited',
    "SEO blog writer for pet insurance website – 8 articles/month\n\nHey writers 👋\n\nWe're a pet insurance comparison site and we need someone to write in-depth articles (1,500–2,500 words) on dog & cat health, breed guides, insurance explainers. We give you the keyword, outline brief and internal links; you do the research and writing.\n\nWhat we're looking for\n- experience writing for pet / health / finance niches\n- knows basic on-page SEO (headers, internal links, meta descriptions)\n- can cite vet sources properly (AVMA, VCA, peer reviewed)\n- meets deadlines without us chasing\n\nPay: $0.08/word to start, raise to $0.10 after 3 months\n\nFAQ\nQ: Can I use AI tools?\nA: No. Not for the articles and not for your application either. We've been burned by AI content tanking our rankings. All drafts go through Copyleaks before editing.\nQ: Is there a test?\nA: Yes, a paid 800 word test article ($64).\nQ: Long term?\nA: Yes, our current writers have been with us 2+ years.\nQ: Do you provide briefs?\nA: Yes. Every article comes with a Google Doc brief: primary + secondary keywords, search intent, competitor URLs we want to beat, H2 suggestions, internal links and any product info (coverage limits, waiting periods etc.) that must be accurate.\nQ: Who edits?\nA: Our managing editor does one round of edits. Expect comments on structure and accuracy in your first few pieces, that's normal.\nQ: How do I get paid?\nA: Twice a month through Upwork, per approved article.\nQ: What's a dealbreaker?\nA: Missed deadlines without notice, made-up statistics, and vet claims without a source.\n\nApply with 2 published samples (links) and answer: what's one thing most pet insurance articles get wrong?",
    {
      disclosure: false,
      confidentiality: false,
      detectors: true,
      scopes: { proposal: 'prohibited', work: 'prohibited' },
    },
  ],
  // r13-054: No AI writing tools may be used at any stage, and every leaflet is checked with Originality.ai.
  [
    'prohibited',
    "Medical writer – patient education leaflets (cardiology), ongoing\n\nWe are a cardiology practice group (4 clinics) and we need plain-language patient leaflets on common conditions and procedures: atrial fibrillation, heart failure, stents, pacemakers, blood thinners, etc. About 20 leaflets to start, 600–900 words each, 6th–8th grade reading level.\n\nEach leaflet must:\n- be medically accurate and follow current ACC/AHA guidance\n- include references (we keep them on file, not printed)\n- be reviewed by our medical director before publishing (you'll address his comments)\n\nRequirements:\n- background in nursing, pharmacy, or life sciences (MD/PharmD/RN/PhD a plus)\n- samples of patient-facing writing\n- US English\n\nIMPORTANT – please read before applying:\nThis content must be written entirely by you. No AI writing tools (ChatGPT, Jasper, Gemini, etc.) at any stage of drafting. Every leaflet is run through Originality.ai before it goes to our medical director, and anything flagged will be sent back unpaid. Patients trust these materials and we take that seriously.\n\nRate: $0.15–0.25/word depending on credentials. Please include your credentials and 2 samples.",
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r13-055: The team expects the contractor to use Claude Code and Cursor daily.
  [
    'encouraged',
    "Full-stack TypeScript developer (Next.js + Supabase) – AI-first team\n\nWe're a 5-person team building a scheduling tool for physiotherapy clinics. Looking for a contractor to ship features with us for 3+ months.\n\nStack: Next.js 14 (app router), TypeScript, Supabase (Postgres, auth, RLS), Tailwind, Vercel, Playwright.\n\nHow we work:\nWe're an AI-first team. Everyone here works with Claude Code and Cursor every day, and you'll be expected to do the same — we plan features in small specs, let the agent do the first pass, and spend our time on review, tests and product thinking. If you don't like working with AI coding tools, this isn't the right fit, no hard feelings.\n\nYou should have:\n- solid TS + React, you can review code critically\n- Postgres / RLS experience\n- writes tests without being asked\n- async communication, Linear + Slack\n\n$60–85/hr, ~30 hrs/week.\n\nIn your proposal: link to something you shipped in the last 6 months and tell us what you'd improve about it.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r13-057: A product-upload job with no mention of AI at all.
  [
    'none',
    "Upload 800 products to Shopify from supplier spreadsheets\n\nhi, need someone to upload ~800 products from 3 supplier excel files into my shopify home decor store. variants (color/size) must be done right, NOT as separate products!! last person messed this up and i had 200 duplicates 😩. images from supplier links, renamed sku-1.jpg etc. my markup formula for prices. ~12 collections + tags.\n\nno descriptions needed.\n\n$250 fixed, 7 days. tell me how you'd handle the variants.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── Spanish (9) ─────────────
  // r13-004: AI is accepted as support only if each product sheet is hand-reviewed, and the writer must say which tool was used and on which sheets.
  [
    'restricted',
    'Redactor/a de fichas de producto para tienda online de material de camping\n\nTenemos una tienda online (WooCommerce) de camping y montaña y vamos a subir unos 300 productos nuevos de varias marcas. Necesitamos fichas de producto originales (no copiar la del fabricante, que Google nos penaliza).\n\nCada ficha:\n- título optimizado\n- descripción de 150-250 palabras con beneficios + uso real\n- 5 bullets de características técnicas\n- meta descripción\n\nRequisitos:\n- que te guste la montaña y sepas de qué hablas (no es lo mismo un saco de -5 de confort que de límite 😅)\n- español de España, buena redacción\n- experiencia en SEO para ecommerce\n\nSobre el uso de IA:\n¿Usas IA para redactar? Cuéntanoslo en la propuesta y dinos qué herramienta. Nos parece bien que la uses como apoyo, siempre que cada ficha la revises tú a mano, compruebes los datos técnicos con la web del fabricante y nos digas en qué fichas la has usado.\n\nPago: 3€ por ficha (300 fichas = 900€), por lotes de 50.\n\nPara postular manda 2 ejemplos de fichas o textos similares.',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r13-010: Only proposals are addressed: ones written with ChatGPT are discarded; nothing is said about AI in the work.
  [
    'prohibited',
    'Redactor/a para newsletter semanal de finanzas personales (Argentina)\n\nHola! Tenemos un newsletter de finanzas personales con 25 mil suscriptores, la mayoría de Argentina. Buscamos un/a redactor/a que escriba la edición semanal: explicar de forma simple lo que pasó con el dólar, plazos fijos, inflación, cedears, etc.\n\nQué buscamos:\n- que sepas de finanzas de verdad (inversor/a, economista, contador/a, periodista económico...)\n- que escribas con humor y sin vueltas, tono rioplatense\n- 1 edición por semana, 1.200-1.500 palabras, entrega los jueves\n\nPago: USD 120 por edición.\n\n📌 Sobre la postulación: leemos todas las propuestas nosotros mismos, así que escribí la tuya vos. Las propuestas armadas con ChatGPT se descartan directamente, se reconocen de lejos. No hace falta que sea larga: contanos quién sos, qué sabés de finanzas y pasá 1 o 2 textos tuyos.\n\nBonus: si en la propuesta nos explicás en 3 líneas qué es el "carry trade" como si se lo contaras a tu tía, mejor todavía.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { proposal: 'prohibited' } },
  ],
  // r13-017: The client says using AI in the design process is no problem at all, with no conditions.
  [
    'allowed',
    'Diseño de logo e identidad para marca de café de especialidad ☕\n\nHola! Estamos lanzando una marca de café de especialidad del Huila (Colombia) para vender online en Colombia y exportar a pequeña escala. Necesitamos:\n\n- logo (versión principal + secundaria + isotipo)\n- paleta de colores y tipografías\n- diseño de etiqueta para bolsa de 250g y 500g (3 variedades)\n- mini manual de marca en PDF\n\nQueremos algo que se sienta artesanal pero moderno, nada de tazas humeantes ni granos genéricos por favor 🙏. Nos inspiran marcas como Onyx o Café Devoción.\n\nSi en tu proceso usas IA (Midjourney, Illustrator con IA, lo que sea) para explorar ideas o para el diseño, no hay ningún problema, úsala con toda confianza.\n\nEntregables en vector editable (AI, SVG, PDF) + PNG.\n\nPresupuesto: 1.800.000 - 2.500.000 COP\nTiempo: 3-4 semanas\n\nManda tu portafolio (branding de alimentos o bebidas si tienes) y dinos cuántas propuestas de logo incluyes.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r13-026: The client says it wrote its own texts with ChatGPT; there is no rule about the editor's AI use.
  [
    'none',
    'Corrector/a para humanizar textos de mi web (los hice con ChatGPT)\n\nBuenas! Soy fisioterapeuta y tengo una web nueva para mi consulta en Zaragoza. Los textos (inicio, servicios, sobre mi, 6 articulos de blog) los saque con ChatGPT porque no tenia tiempo, pero al leerlos se nota muchisimo: todo suena igual, frases tipo "en el dinamico mundo de la fisioterapia", y hay cosas que no son exactamente como yo trabajo.\n\nNecesito alguien que:\n- revise y reescriba lo que haga falta para que suene natural y cercano, como hablo yo con mis pacientes\n- corrija cosas tecnicas que esten mal (te marco yo las dudosas)\n- ajuste un poco el SEO local (fisioterapeuta Zaragoza, suelo pelvico, etc)\n\nSon unas 7.000 palabras en total. Presupuesto 250-350€, negociable si me convences.\n\nSi has trabajado con webs de salud o clinicas mejor. Mandame algun ejemplo de texto tuyo y dime cuanto tardarias. Gracias!!',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-036: Building a WhatsApp chatbot with the OpenAI API is AI work; no rule about the developer's own AI use.
  [
    'none',
    'Chatbot de WhatsApp con IA para clinica dental (citas + preguntas frecuentes)\n\nHola! Tenemos una clinica dental en Valencia con 2 sedes y queremos un asistente en WhatsApp que conteste las dudas tipicas de los pacientes (horarios, precios orientativos, seguros que aceptamos, que hacer despues de una extraccion...) y que pueda agendar citas.\n\nLo que necesitamos:\n- integración WhatsApp Business API (tenemos cuenta en Meta, falta configurarla bien)\n- conexion con la API de OpenAI o similar, con nuestra info como base de conocimiento\n- que agende en nuestro software de gestión (tiene API)\n- que pase la conversacion a una persona de recepción cuando el paciente lo pida o si es urgencia\n- panel sencillo para ver las conversaciones\n\nRequisitos:\n• experiencia demostrable con chatbots en WhatsApp (pasanos ejemplos o videos)\n• conocimientos de RGPD, es importante para nosotros\n• soporte post-lanzamiento al menos 2 meses\n\nPresupuesto: entre 2.500 y 4.000 € segun propuesta. Nos gustaria tenerlo funcionando en 6-8 semanas.\n\nEn la propuesta cuentanos que stack usarias y cuanto costaria aprox. el mantenimiento mensual (API, hosting...).',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-043: Machine translation and AI tools are not accepted at any stage, on pain of cancellation.
  [
    'prohibited',
    'Traductor/a jurado/a inglés > español – documentación para expediente de nacionalidad\n\nNecesito traducción jurada al español de los siguientes documentos para presentar en el Ministerio de Justicia (España):\n- certificado de nacimiento (UK) – 2 páginas\n- certificado de antecedentes penales (ACRO) – 2 páginas\n- certificado de matrimonio – 1 página\n- extractos bancarios (3 meses) – aprox. 6 páginas\n\nRequisitos imprescindibles:\n- traductor/a jurado/a nombrado/a por el MAEC (indica tu número)\n- entrega en papel con firma y sello, o firma electrónica válida\n- plazo máximo 10 días\n\nIMPORTANTE: no aceptamos traducción automática ni herramientas de IA (DeepL, Google Translate, ChatGPT...) en ninguna fase. Son documentos oficiales y los queremos traducidos por una persona de principio a fin. Si nos damos cuenta de que se ha usado, cancelamos el encargo.\n\nPor favor indica precio total y si puedes enviar por mensajería a Madrid.\n\nGracias.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r13-044: A community-manager post with no mention of AI.
  [
    'none',
    'Community manager para restaurante de mariscos en CDMX 🦐\n\nBuscamos CM para manejar Instagram, Facebook y TikTok de nuestro restaurante en la Roma Norte. Ya tenemos fotos profesionales del menú pero nos falta constancia y alguien que le sepa a los reels.\n\nQué harías:\n- calendario de contenido mensual (lo aprobamos nosotros)\n- 12 posts + 8 reels al mes\n- historias diarias (te mandamos material por whats)\n- responder DMs y comentarios en horario de 12 a 9pm\n- reporte mensual sencillo (alcance, seguidores, reservas que llegaron por redes)\n\nRequisitos:\n✅ que vivas en CDMX o cerca, para venir a grabar 2 veces al mes\n✅ portafolio de restaurantes o bares\n✅ manejo de Meta Business Suite y CapCut\n✅ buena ortografía!! (nos ha tocado cada uno...)\n\nPago: $9,000 MXN al mes + comida cuando vengas a grabar jaja\n\nMándanos tu portafolio y dinos qué le cambiarías a nuestro Instagram en 3 puntos.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-052: Daily use of AI video/voice/script tools is stated as a requirement.
  [
    'encouraged',
    'Editor/a de vídeo para reels con herramientas de IA – agencia inmobiliaria\n\nSomos una agencia inmobiliaria en Málaga y publicamos muchísimo contenido de pisos en venta: reels, tours, vídeos con voz en off en inglés y alemán para compradores extranjeros.\n\nBuscamos a alguien que domine herramientas de IA y las use a diario en este trabajo, ES REQUISITO:\n- CapCut / Descript para montaje rápido y subtítulos automáticos\n- ElevenLabs para las voces en off en inglés y alemán (tenemos cuenta)\n- Runway o similar para alargar planos o arreglar cielos\n- ChatGPT para los guiones cortos de cada vivienda\n\nVolumen: 10-15 vídeos por semana, de 30-60 segundos. Te mandamos el material en bruto (fotos, vídeos de móvil/dron) por Drive.\n\nRequisitos:\n- portfolio de reels (inmobiliaria muy valorado)\n- rapidez, entregas en 48h\n- español nativo, inglés decente\n\nPago: 25€ por reel, facturación mensual. Colaboración estable si funciona.\n\nEn tu propuesta mándanos 2-3 reels que hayas editado.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // ───────────── Portuguese (9) ─────────────
  // r13-002: Copilot/ChatGPT are allowed only if the developer reviews every line and reports where AI was used.
  [
    'restricted',
    'Desenvolvedor WordPress/WooCommerce – ajustes e plugin customizado\n\nOlá! Tenho uma loja WooCommerce de suplementos e preciso de um dev pra:\n\n1. criar um plugin simples de "assinatura" (cliente recebe o produto todo mês com 10% off) – já testei os plugins prontos e nenhum serve\n2. integrar com o Bling (ERP) pra nota fiscal\n3. corrigir lentidão no checkout (tá levando 6-8s)\n4. deixar tudo documentado\n\nRequisitos:\n- PHP, WooCommerce hooks, REST API\n- experiência com Bling ou outro ERP brasileiro\n- código limpo, versionado no GitHub\n\nSobre IA: pode usar Copilot/ChatGPT pra te ajudar no código, sem problema, MAS com duas condições: você tem que revisar e entender cada linha que entrar no projeto (já tive problema com código gerado que ninguém sabia explicar), e precisa me avisar em quais partes usou IA, pode ser na descrição do próprio PR.\n\nOrçamento: R$ 3.000 a R$ 5.000 no total, pagamento por marco. Prazo 4 semanas.\n\nNa proposta, conta um plugin que você já fez do zero.',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r13-018: Recording a voice bank to train synthetic voices is AI work; nothing is said about the voice actor's own AI use.
  [
    'none',
    'Locutor(a) para gravar banco de voz – app de leitura com IA (PT-BR)\n\nOi pessoal! Somos uma startup de Floripa desenvolvendo um app que lê livros e artigos em voz alta usando vozes sintéticas. Precisamos de locutores brasileiros pra gravar o banco de voz que vai ser usado pra treinar as vozes do app.\n\nComo funciona:\n- você grava cerca de 4 horas de áudio finalizado lendo roteiros que a gente envia (frases soltas, trechos de livro, diálogos)\n- gravação em home studio tratado, WAV 48kHz 24bit, sem efeitos nem compressão\n- tudo com contrato de cessão de voz bem claro, você sabe exatamente onde sua voz vai ser usada\n- remuneração fixa + participação de 8% na receita da voz\n\nPerfil:\n🎙️ voz masculina, 25-45 anos, sotaque neutro (paulista ou carioca suave)\n🎙️ voz feminina, qualquer idade, leitura calma e acolhedora\n🎙️ experiência com audiobook é um baita diferencial\n\nValor: R$ 3.500 pelas gravações + royalties.\n\nManda um teste lendo o primeiro parágrafo de Dom Casmurro (1-2 min) e conta qual equipamento você usa.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-021: A 3D-render job with no mention of AI.
  [
    'none',
    'Renders 3D para remodelação de apartamento T3 em Lisboa\n\nOlá, sou arquiteta e preciso de apoio em renders fotorrealistas para um cliente, remodelação de um T3 nas Avenidas Novas.\n\nO que tenho:\n- plantas e alçados em AutoCAD\n- modelo SketchUp básico (paredes, vãos, cozinha)\n- moodboard e lista de materiais (pavimento em madeira de carvalho, azulejo hidráulico na cozinha, etc.)\n\nO que preciso:\n- 6 renders interiores (sala, cozinha, suite, WC) em 4K\n- 1 planta humanizada\n- 2 rondas de alterações incluídas\n\nRequisitos:\n- portefólio com interiores residenciais, de preferência com estética portuguesa/mediterrânica\n- 3ds Max + Corona ou V-Ray (ou Enscape se a qualidade for boa)\n- cumprir prazos – o cliente quer ver as imagens daqui a 12 dias\n\nOrçamento: 600 a 900 €, conforme experiência.\n\nPor favor enviem portefólio e indiquem o prazo de entrega das primeiras imagens. Obrigada!',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-022: AI may not be used to write the texts, every article goes through GPTZero, and detection ends the contract.
  [
    'prohibited',
    'Redator(a) da área da saúde – artigos para blog de rede de laboratórios\n\nSomos uma rede de laboratórios de análises clínicas em MG e estamos reestruturando o blog. Precisamos de redator(a) fixo(a) para artigos sobre exames, preparo para exames, doenças comuns, check-up etc.\n\nDetalhes:\n- 12 artigos por mês, de 1.000 a 1.500 palavras\n- pauta e palavras-chave enviadas por nós\n- revisão técnica feita pela nossa bioquímica responsável\n- fontes confiáveis (Ministério da Saúde, SBPC/ML, artigos científicos)\n\nRequisitos:\n- formação na área da saúde (biomedicina, farmácia, enfermagem, medicina...) ou experiência comprovada em redação de saúde\n- português impecável\n- noções de SEO\n\n⚠️ ATENÇÃO: NÃO É PERMITIDO O USO DE INTELIGÊNCIA ARTIFICIAL (ChatGPT, Gemini etc.) PARA ESCREVER OS TEXTOS. Todos os artigos passam pelo GPTZero antes da revisão técnica. Se o texto for identificado como gerado por IA, o contrato é encerrado na hora.\n\nPagamento: R$ 0,12 por palavra, mensal.\n\nMande 2 textos publicados da área da saúde e conte sua formação.',
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r13-024: Copy for an AI-powered SaaS; there is no rule about the copywriter's own AI use.
  [
    'none',
    'Copywriter para lançamento de SaaS de atendimento com inteligência artificial\n\nFala, pessoal! A gente tá lançando a Atendi.ai, uma plataforma que usa IA pra responder clientes no WhatsApp e Instagram de pequenos negócios (salões, clínicas, lojas). Já temos 120 clientes no beta e o lançamento oficial é em abril.\n\nPrecisamos de copy pra:\n- landing page completa (hero, benefícios, como funciona, planos, FAQ)\n- sequência de 6 e-mails pro trial\n- 10 anúncios pro Meta Ads (variações de headline + texto)\n- roteiro de um vídeo de 60s pra página\n\nNosso público é dono de pequeno negócio, não é gente de tecnologia. Então nada de "revolucione seu atendimento com o poder da inteligência artificial"!! Tem que falar a língua do cara que tem um salão e perde cliente porque demora pra responder o WhatsApp.\n\nRequisitos:\n✔️ portfólio com SaaS ou produtos digitais\n✔️ experiência com copy de resposta direta\n✔️ disponibilidade pra 2 calls com o time\n\nOrçamento: R$ 4.000 a R$ 6.500 pelo pacote.\n\nManda teu portfólio e uma headline que você testaria no hero.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-039: No AI tool may be used in the revision, and the proposal must also be written without AI.
  [
    'prohibited',
    'Revisão linguística de dissertação de mestrado (Ciências da Educação) – português europeu\n\nBom dia,\n\nProcuro revisor(a) com experiência em textos académicos para a revisão da minha dissertação de mestrado em Ciências da Educação (cerca de 32.000 palavras, sem contar bibliografia). A entrega na faculdade é no fim do próximo mês.\n\nPretendo:\n- revisão ortográfica e gramatical (segundo o Acordo Ortográfico de 1990)\n- uniformização de termos e da formatação das citações (APA 7)\n- sugestões em modo de revisão sempre que uma frase esteja confusa – não quero que reescrevam o conteúdo\n\nRequisitos:\n- português europeu nativo (não português do Brasil, por favor)\n- experiência comprovada em revisão de teses/dissertações\n- cumprimento rigoroso do prazo\n\nNota importante: o regulamento da minha faculdade é muito restritivo quanto à inteligência artificial. Por isso não pode ser usada nenhuma ferramenta de IA na revisão – nem ChatGPT, nem parafraseadores, nada. E peço também que a proposta seja escrita por si, sem IA; prefiro uma proposta curta e sincera.\n\nOrçamento: até 450 €. Indique o seu preço e em quanto tempo consegue fazer.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'prohibited' },
    },
  ],
  // r13-042: Using ChatGPT and Canva's AI features day to day is a mandatory requirement.
  [
    'encouraged',
    'Social media para clínica de estética – vaga fixa remota\n\nOi! Sou dona de uma clínica de estética em Goiânia e preciso de social media pra cuidar do nosso Instagram e TikTok.\n\nAtividades:\n- planejamento mensal de conteúdo\n- criação de 16 posts/carrosséis e 12 reels por mês\n- legendas e roteiros\n- responder comentários (DMs ficam com a recepção)\n- relatório mensal\n\nRequisitos OBRIGATÓRIOS:\n- usar ferramentas de IA no dia a dia: ChatGPT pra roteiros e legendas, Canva com IA (Magic Design, Magic Write) e CapCut. A gente trabalha assim aqui e quero alguém que produza rápido usando essas ferramentas\n- conhecimento das regras do CFM/Anvisa sobre publicidade em estética (não pode antes e depois de qualquer jeito!)\n- portfólio na área da saúde/estética\n\nValor: R$ 1.800/mês, com possibilidade de aumento.\n\nManda teu portfólio e 1 ideia de reel pra clínica.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r13-048: The client lets the retoucher use AI tools freely, with no conditions.
  [
    'allowed',
    'Tratamento de fotos de produtos – loja de roupas femininas (fundo branco + ajustes)\n\nOi! Tenho uma loja de moda feminina no Shopify e na Shopee e faço as fotos no meu estúdio improvisado 😅. Preciso de alguém pra tratar umas 200 fotos por mês.\n\nO que precisa:\n- recorte e fundo branco puro (padrão marketplace)\n- ajuste de cor pra ficar fiel à peça (isso é MUITO importante, cliente reclama quando a cor chega diferente)\n- tirar amassados e fiapos\n- redimensionar pra 1080x1350 e 1200x1200\n- entrega em até 3 dias úteis por lote\n\nPode usar IA à vontade (remove.bg, preenchimento generativo do Photoshop, Photoroom, o que você preferir), pra mim tanto faz a ferramenta, só quero as fotos bonitas e no prazo.\n\nValor: R$ 3 por foto. Se der certo, trabalho fixo todo mês.\n\nMe manda um antes/depois de trabalhos que você fez.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // ───────────── French (9) ─────────────
  // r13-008: Labelling images to train an AI model is AI work; nothing is said about the annotator's own AI use.
  [
    'none',
    "Annotation d'images médicales (dermatologie) pour entraînement d'un modèle d'IA\n\nBonjour,\n\nNous sommes une medtech parisienne qui développe un algorithme d'aide au diagnostic en dermatologie. Nous cherchons des annotateurs/annotatrices avec une formation médicale pour labelliser environ 8 000 photos de lésions cutanées.\n\nTâches :\n- délimiter les lésions (polygones) sur notre plateforme (CVAT)\n- classer chaque lésion selon notre taxonomie (22 classes)\n- signaler les images de mauvaise qualité ou inexploitables\n- double annotation sur 10 % du corpus pour mesurer l'accord inter-annotateurs\n\nProfil :\n- interne, médecin, IDE ou étudiant(e) en médecine à partir de la 4e année (dermatologie appréciée)\n- rigueur et régularité, le projet dure 2 à 3 mois\n- disponibilité d'au moins 10 h par semaine\n\nFormation d'une demi-journée (rémunérée) à notre taxonomie au démarrage.\n\nRémunération : 0,90 € par image annotée (environ 30-40 €/h pour un annotateur rapide). Un accord de confidentialité sera à signer, les images sont pseudonymisées.\n\nMerci de préciser votre formation et votre année d'études.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-035: An invoice-entry job that never mentions AI.
  [
    'none',
    "Saisie de factures fournisseurs dans Pennylane – cabinet comptable (mission récurrente)\n\nBonjour à tous,\n\nCabinet d'expertise comptable basé à Lyon, nous cherchons un(e) freelance pour nous aider pendant la période de forte activité (février à mai) sur la saisie et le lettrage de factures fournisseurs pour une vingtaine de TPE clientes.\n\nMissions :\n- saisie/contrôle des factures dans Pennylane (vérifier les comptes et la TVA)\n- lettrage des comptes fournisseurs\n- relances des clients pour les justificatifs manquants (par mail)\n- signaler les anomalies au collaborateur en charge du dossier\n\nProfil recherché :\n- formation comptable (BTS CG, DCG ou équivalent)\n- très bonne maîtrise de la TVA française (autoliquidation, intracom...)\n- connaissance de Pennylane ou d'un logiciel similaire (Cegid, ACD...)\n- rigueur ++\n\nVolume : environ 25h/semaine, à distance.\nTarif : 22-28 €/h selon expérience.\n\nMerci de préciser vos disponibilités et les logiciels que vous maîtrisez.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-040: AI is to be kept to a minimum (a checker like Antidote is fine, no generative rewriting) and any AI tool used must be disclosed.
  [
    'restricted',
    "Correctrice/correcteur pour premier roman (polar, 78 000 mots) avant autoédition\n\nBonjour !\n\nJ'ai terminé mon premier roman, un polar qui se passe à Marseille, et je voudrais le publier en autoédition (Amazon KDP + BoD) à la rentrée. Avant ça j'ai besoin d'une vraie correction professionnelle.\n\nCe que je cherche :\n- correction orthotypographique complète (accords, conjugaison, ponctuation, typographie française : espaces insécables, guillemets, dialogues avec tirets...)\n- harmonisation (noms, lieux, chronologie si vous voyez des incohérences)\n- commentaires en marge sur les passages qui accrochent, sans réécrire\n\nPetite précision : c'est mon style, j'y tiens 🙂. Merci de limiter l'IA au strict minimum : un correcteur type Antidote, pas de souci, mais aucune réécriture par ChatGPT ou un autre outil génératif. Et si vous utilisez un outil d'IA à un moment, dites-moi lequel et pour quoi faire.\n\nBudget : autour de 900-1 200 €, à discuter. Délai souhaité : 4 à 5 semaines.\n\nPouvez-vous me donner votre tarif, vos disponibilités et, si possible, me corriger les 2 premières pages en test ?",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r13-041: A translation job that says nothing about machine translation or AI.
  [
    'none',
    "Traduction anglais > français – fiches produits et blog, marque de cosmétiques clean\n\nHello !\n\nNous sommes une marque de cosmétiques britannique qui se lance en France et en Belgique. On a besoin d'un(e) traducteur/trice natif/ve français pour adapter notre site (Shopify).\n\nVolume :\n- 85 fiches produits (~250 mots chacune)\n- pages \"Notre histoire\", FAQ, livraison, CGV (~4 000 mots)\n- 10 articles de blog (~1 000 mots chacun)\n\nCe qu'on attend :\n✔ un vrai travail d'adaptation, pas du mot à mot – notre ton est fun et décontracté en anglais, il faut que ça sonne naturel en français\n✔ connaissance du vocabulaire cosméto et de la réglementation (allégations, INCI)\n✔ respect de notre glossaire\n✔ livraison en Excel ou directement dans Shopify (Translate & Adapt)\n\nBudget : 0,07 à 0,10 € / mot selon profil. Test rémunéré de 300 mots.\n\nDites-nous quelles marques de beauté vous avez déjà traduites ou rédigées !",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-047: The coach asks the assistant to use Notion AI and ChatGPT daily and calls it an important criterion.
  [
    'encouraged',
    "Assistant(e) virtuel(le) francophone pour coach en reconversion – 15h/semaine\n\nHello,\n\nJe suis coach en reconversion professionnelle et mon activité a bien grandi, j'ai besoin d'une assistante (ou d'un assistant !) pour me décharger de l'administratif et d'une partie de la com'.\n\nVos missions :\n- gestion de ma boîte mail et de mon agenda (Calendly + Google Agenda)\n- préparation des comptes rendus de séance à partir de mes notes\n- planification de mes posts LinkedIn et de ma newsletter (Brevo)\n- facturation et relances (Tiime)\n- tenue de mon Notion\n\nMes outils du quotidien, que je vous demanderai d'utiliser aussi : Notion AI pour les comptes rendus, ChatGPT pour préparer les brouillons de newsletter, Canva. Je vous fournis les accès, et je veux vraiment que vous vous en serviez pour gagner du temps, c'est un critère important pour moi.\n\nProfil :\n- excellente orthographe\n- organisé(e), autonome, discret(e)\n- disponible en partie le matin\n\nTarif : 20-25 €/h selon expérience. Mission longue durée.\n\nDites-moi en quelques lignes pourquoi ce poste vous intéresse.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r13-049: Integrating the OpenAI API into a CRM is AI work; the post sets no rule about the developer's own AI use.
  [
    'none',
    "Développeur Python – intégration API OpenAI dans notre CRM (résumés d'appels)\n\nBonjour,\n\nNous sommes une agence de courtage en assurance (15 commerciaux) et nous utilisons Pipedrive + Aircall. Nous voulons automatiser la prise de notes : après chaque appel, la transcription est envoyée à l'API OpenAI (ou Mistral, on est ouverts) pour générer un résumé + prochaines étapes, qui sont ajoutés automatiquement dans la fiche Pipedrive du client.\n\nPérimètre :\n- webhook Aircall → récupération de l'enregistrement/transcription\n- appel API LLM avec un prompt qu'on ajustera ensemble\n- création de la note + tâche dans Pipedrive\n- hébergement simple (on a un compte Scaleway)\n- gestion des erreurs et logs\n\nCompétences demandées :\n- Python (FastAPI ou similaire)\n- expérience avec les API Pipedrive/Aircall appréciée\n- connaissance du RGPD appréciée\n\nBudget : 2 000 – 3 500 € selon la proposition. Démarrage rapide souhaité.\n\nMerci de nous indiquer dans votre réponse une estimation du coût mensuel des appels API pour ~400 appels/semaine.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-053: Using the client's AI tools (ChatGPT Team, Surfer AI) to produce first drafts is mandatory.
  [
    'encouraged',
    "Rédacteur SEO à l'aise avec l'IA – 40 articles/mois pour site de voyage\n\nBonjour,\n\nNous éditons un site de voyage (guides de destinations, itinéraires, conseils pratiques) et voulons accélérer fortement la production. On cherche un rédacteur/une rédactrice SEO qui travaille AVEC l'IA.\n\nConcrètement :\n- vous utiliserez nos outils (ChatGPT Team, Surfer SEO avec son module IA) pour produire les premières versions à partir de nos briefs\n- vous enrichissez avec des infos pratiques vérifiées (prix, horaires, transports) et des anecdotes\n- optimisation on-page selon les scores Surfer\n- intégration dans WordPress avec images (banque d'images fournie)\n\nL'usage de ces outils est obligatoire : c'est comme ça qu'on tient le volume, et c'est pour ça qu'on paie au forfait et pas au mot.\n\nProfil :\n- expérience en rédaction SEO, idéalement voyage\n- vous avez voyagé et ça se sent 🌍\n- excellent français écrit\n\nRémunération : 1 600 € / mois pour 40 articles de 1 500 mots environ.\n\nEnvoyez-nous 2 articles que vous avez publiés et dites-nous votre destination préférée en 2 phrases.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r13-056: No text written with ChatGPT or other AI is accepted, texts go through an AI detector, and AI use ends the collaboration.
  [
    'prohibited',
    "Rédacteur juridique – articles de vulgarisation en droit du travail (blog cabinet d'avocats)\n\nBonjour,\n\nNotre cabinet d'avocats en droit social (Bordeaux) souhaite publier 4 articles par mois sur son blog pour répondre aux questions que se posent les salariés et les employeurs : rupture conventionnelle, licenciement pour inaptitude, heures sup, harcèlement...\n\nLe profil :\n- juriste de formation (M1/M2 droit social idéalement), ou avocat(e) qui fait de la rédaction en freelance\n- capacité à vulgariser sans dire de bêtises\n- sources à jour (Code du travail, jurisprudence récente de la Cass. soc.)\n\nFormat : 1 200 - 1 800 mots, relecture par un associé avant publication.\n\nTarif : 150 à 220 € l'article selon le profil.\n\n⚠️ À lire avant de postuler : nous n'acceptons AUCUN texte rédigé avec ChatGPT ou un autre outil d'IA. Nous avons déjà eu des articles citant des arrêts qui n'existaient pas... Chaque article est passé au détecteur d'IA de Compilatio, et tout article dont on découvre qu'il a été produit avec de l'IA entraînera la fin immédiate de la collaboration.\n\nMerci de joindre 2 exemples d'articles juridiques publiés.",
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r13-059: Using ChatGPT, Copilot or similar to code is explicitly no problem for the client.
  [
    'allowed',
    "Script Python pour automatiser nos rapports Excel (PME au Québec)\n\nBonjour,\n\nOn est une PME de distribution alimentaire à Laval. Chaque lundi, notre contrôleuse passe 3-4 heures à compiler des exports de notre ERP (Acomba) et de Shopify dans un fichier Excel de ventes par région et par représentant.\n\nOn aimerait un script Python (ou Power Query si c'est plus simple, on est ouverts) qui :\n- lit les 3 exports CSV qu'on dépose dans un dossier\n- nettoie et fusionne les données (codes clients pas toujours uniformes…)\n- génère le rapport Excel avec nos onglets et graphiques actuels\n- peut être lancé par quelqu'un de non technique (double-clic ou planifié)\n\nDocumentation courte en français svp.\n\nPour l'IA : si vous utilisez ChatGPT, Copilot ou autre pour coder plus vite, aucun problème de notre côté, faites comme vous travaillez d'habitude.\n\nBudget : 600-1 000 $ CA forfaitaire. Délai : 2-3 semaines.\n\nDites-nous si vous avez déjà travaillé avec des exports Acomba ou un ERP similaire.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // ───────────── German (9) ─────────────
  // r13-005: Machine translation and generative AI may not be used in any step, not even for pre-translation.
  [
    'prohibited',
    'Fachübersetzung DE > EN – Studienunterlagen für klinische Studie (Medizintechnik)\n\nWir sind ein Medizintechnik-Unternehmen aus Baden-Württemberg und suchen einen erfahrenen Fachübersetzer (m/w/d) für die Übersetzung von Studienunterlagen ins Englische (UK/US nach Absprache):\n\n- Prüfplan (ca. 18.000 Wörter)\n- Patienteninformation und Einwilligungserklärung (ca. 4.500 Wörter)\n- Prüfarzt-Broschüre, Teilauszüge (ca. 9.000 Wörter)\n\nAnforderungen:\n- Muttersprache Englisch, sehr gutes Deutsch\n- nachweisbare Erfahrung mit klinischen Studien / Medizinprodukten (MDR, ISO 14155)\n- Arbeit nach ISO 17100, Vier-Augen-Prinzip (Revisor stellen Sie oder wir)\n- Trados Studio\n\nWichtig: Maschinelle Übersetzung (DeepL, Google Translate usw.) und generative KI (ChatGPT & Co.) dürfen für dieses Projekt in keinem Arbeitsschritt eingesetzt werden – auch nicht als Vorübersetzung. Das ist eine Vorgabe unseres Sponsors und wird vertraglich festgehalten.\n\nBitte nennen Sie Ihren Wortpreis, verfügbare Kapazitäten und 1–2 vergleichbare Referenzprojekte.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r13-009: AI is explicitly fine for the programming, and DeepL/ChatGPT are also fine for messages to the client.
  [
    'allowed',
    'Excel-VBA / Power Automate: Angebotserstellung automatisieren (Tischlerei, Oberösterreich)\n\nGrüß Gott,\n\nwir sind ein Tischlereibetrieb in Oberösterreich und erstellen unsere Angebote derzeit händisch in Excel (Materialliste, Arbeitsstunden, Aufschläge). Das dauert pro Angebot oft eine Stunde.\n\nGewünscht:\n- Eingabemaske in Excel (Kunde, Maße, Holzart, Oberflächen, Beschläge)\n- automatische Berechnung nach unseren Kalkulationsregeln (bekommen Sie als Tabelle)\n- Export als PDF mit unserem Briefkopf\n- optional: Ablage in SharePoint per Power Automate\n\nKein Riesenprojekt, aber es muss zuverlässig laufen und für unsere Büromitarbeiterin bedienbar sein.\n\nZur Info, weil wir öfter danach gefragt werden: Sie dürfen gern KI (ChatGPT, Copilot usw.) beim Programmieren nutzen, das ist für uns völlig in Ordnung. Und falls Deutsch nicht Ihre Muttersprache ist: Für Nachrichten an uns können Sie auch gern DeepL oder ChatGPT verwenden, Hauptsache, wir verstehen uns.\n\nBudget: ca. 800–1.200 €, Festpreis bevorzugt.\n\nBitte kurz beschreiben, wie Sie vorgehen würden, und ob Sie schon ähnliche Kalkulations-Tools gebaut haben.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'allowed', communication: 'allowed' },
    },
  ],
  // r13-011: The client used an AI tool for its own product texts; the post sets no rule for the editor's AI use.
  [
    'none',
    'Lektorat für KI-generierte Produkttexte (Online-Shop für Gartenmöbel, ca. 180 Texte)\n\nHallo,\n\nwir haben für unseren Shop (Gartenmöbel, Sonnenschirme, Outdoor-Küchen) die Produktbeschreibungen mit einem KI-Tool erstellen lassen. Inhaltlich passt das meiste, aber die Texte wirken sehr gleichförmig, teilweise sind Maße/Materialangaben falsch übernommen und der Stil passt nicht zu uns (wir duzen unsere Kunden, locker aber nicht albern).\n\nWas wir suchen:\n- Lektorat/Überarbeitung von ca. 180 Produkttexten (je 120–200 Wörter)\n- Abgleich der technischen Angaben mit den Herstellerdatenblättern (PDFs stellen wir bereit)\n- Vereinheitlichung von Tonalität, Du-Ansprache und Schreibweisen\n- Kennzeichnen von Texten, die komplett neu geschrieben werden sollten\n\nAnforderungen:\n- Deutsch als Muttersprache, sehr sicheres Sprachgefühl\n- Erfahrung mit E-Commerce-Texten, gern auch SEO\n- sorgfältig beim Abgleich von Zahlen\n\nBudget: 4–6 € pro Text, abrechenbar in Paketen à 30 Texten.\n\nBitte senden Sie 2–3 Beispiele überarbeiteter oder selbst geschriebener Produkttexte.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-012: Softly worded but a clear request not to use AI for writing: the client wants texts written by a human.
  [
    'prohibited',
    "Texter/in für Blog einer Hundeschule gesucht (2 Artikel pro Monat)\n\nHallo!\n\nIch betreibe eine Hundeschule in Hamburg und möchte endlich regelmäßig auf meinem Blog schreiben lassen. Themen: Welpenerziehung, Leinenführigkeit, Angst bei Hunden, Tierschutzhunde aus dem Ausland etc.\n\nWichtig ist mir:\n- Du hast selbst einen Hund (oder hattest einen) und weißt, wovon du redest\n- Texte nach modernem, gewaltfreiem Training – keine Dominanz-Theorien bitte!\n- lockerer, persönlicher Ton, wir duzen unsere Leser\n- ca. 1.000–1.300 Wörter pro Artikel, inkl. kurzer Meta-Beschreibung\n\nIch gebe dir Stichpunkte und Beispiele aus meinem Alltag, daraus machst du einen schönen Artikel.\n\nNoch was: Mir wäre es lieber, wenn du keine KI zum Schreiben nutzt. Meine Kunden kennen mich und meinen Stil, und KI-Texte klingen für mich alle gleich. Ich möchte wirklich Texte, die von einem Menschen geschrieben sind.\n\nHonorar: 90 € pro Artikel. Wenn's passt, gern langfristig.\n\nSchick mir gern einen Text, den du schon geschrieben hast, und erzähl kurz von deinem Hund 🐶",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r13-016: The client expects the freelancer to actively use ChatGPT or Claude for research, outlines and drafts.
  [
    'encouraged',
    'Content-Marketing-Freelancer mit KI-Workflow für B2B-Software (LinkedIn + Blog)\n\nHallo,\n\nwir sind ein SaaS-Anbieter für Zeiterfassung im Mittelstand (ca. 40 Mitarbeitende, Sitz in Leipzig) und wollen unser Content-Marketing ausbauen.\n\nAufgaben:\n- 8 Blogartikel pro Monat (SEO, 1.200–1.800 Wörter)\n- 12 LinkedIn-Posts pro Monat für unseren Geschäftsführer\n- Aufbereitung von Kundenstories aus Interviews, die wir mit Ihnen führen\n\nSo arbeiten wir: Wir setzen bewusst auf KI-gestützte Workflows und erwarten, dass Sie ChatGPT oder Claude aktiv für Recherche, Gliederungen und Entwürfe einsetzen – anders ist das Volumen zu diesem Budget nicht machbar. Ihr Mehrwert ist die Redaktion: Fachwissen, Tonalität, Faktencheck.\n\nAnforderungen:\n- Erfahrung im B2B-Content-Marketing, idealerweise HR/Software\n- sicherer Umgang mit gängigen KI-Tools (Prompting, eigene GPTs/Projekte)\n- sehr gutes Deutsch, Gespür für LinkedIn\n\nHonorar: 2.400 € pauschal pro Monat, Zusammenarbeit zunächst für 6 Monate.\n\nBitte schicken Sie uns 2 Arbeitsproben und Ihren Verfügbarkeitsstart.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r13-032: A DATEV bookkeeping job with no mention of AI.
  [
    'none',
    'Buchhaltung: Belegerfassung in DATEV Unternehmen online für kleinen Handwerksbetrieb\n\nHallo,\n\nwir sind ein Elektro-Handwerksbetrieb mit 9 Mitarbeitern in der Nähe von Nürnberg. Unser Steuerberater möchte, dass wir die Belege künftig selbst vorbereiten, und dafür fehlt uns intern die Zeit.\n\nAufgaben:\n- Belege (Eingangs-/Ausgangsrechnungen, Kassenbelege) in DATEV Unternehmen online hochladen und zuordnen\n- Bankumsätze mit Belegen abgleichen\n- offene Posten im Blick behalten, Mahnliste einmal im Monat\n- Rückfragen mit dem Steuerbüro klären\n\nAnforderungen:\n- Erfahrung mit DATEV Unternehmen online (Pflicht!)\n- Grundkenntnisse Buchhaltung (Ausbildung als Steuerfachangestellte/r oder Bürokauffrau/-mann von Vorteil)\n- zuverlässig, diskret, gute Deutschkenntnisse\n- ca. 8–10 Stunden pro Monat, fester Ansprechpartner gewünscht\n\nVergütung: 28–35 € pro Stunde, je nach Erfahrung.\n\nBitte kurz schreiben, wie lange Sie schon mit DATEV arbeiten und ob Sie Erfahrung mit Handwerksbetrieben haben.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-034: A prompt-engineering contract for a chatbot is AI work; no rule about the freelancer's own AI use.
  [
    'none',
    'Prompt Engineer (freelance) für Kundenservice-Chatbot eines Energieversorgers\n\nHallo zusammen,\n\nwir sind ein regionaler Energieversorger in NRW und haben seit letztem Herbst einen KI-Chatbot auf unserer Website (basierend auf Azure OpenAI). Der Bot beantwortet Fragen zu Abschlägen, Zählerständen, Tarifwechsel usw. – leider noch nicht zuverlässig genug.\n\nIhre Aufgaben:\n- Analyse der bisherigen Chatverläufe (anonymisiert) und Fehlerkategorien\n- Überarbeitung der System-Prompts und der Wissensbasis (RAG)\n- Aufbau eines Testkatalogs mit ca. 200 typischen Kundenanfragen\n- regelmäßige Auswertung + Empfehlungen ans Team\n- Übergabe/Dokumentation an unsere IT\n\nWas Sie mitbringen:\n- nachweisbare Erfahrung mit Prompt Engineering und LLM-Evaluation\n- Verständnis von RAG-Architekturen\n- sehr gutes Deutsch (der Bot spricht mit unseren Kunden auf Deutsch, Tonalität ist uns wichtig)\n- idealerweise Erfahrung im Energie- oder Versorgerumfeld\n\nUmfang: ca. 3 Monate, 2–3 Tage pro Woche, remote mit 1–2 Terminen vor Ort in Dortmund.\nStundensatz: nach Vereinbarung (bitte in der Bewerbung angeben).\n\nBitte schicken Sie uns kurz 1–2 Referenzprojekte.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r13-058: Synthetic/AI voices are excluded but AI-assisted post-processing is fine as long as the voice is unaltered: assistive yes, generated no.
  [
    'restricted',
    'Sprecher/in für Imagefilm und E-Learning (deutsch, ca. 25 Min. Gesamtlänge)\n\nHallo,\n\nfür einen Kunden aus der Logistikbranche suchen wir eine professionelle deutsche Stimme:\n\n- Imagefilm (ca. 2:30 Min.), warm, vertrauensvoll, nicht werblich-überdreht\n- 8 E-Learning-Module (insgesamt ca. 22 Min.), sachlich, gut verständlich\n\nAnforderungen:\n- Muttersprache Deutsch, Hochdeutsch ohne erkennbare Färbung\n- eigenes Studio (Sprecherkabine), Lieferung als WAV 48 kHz/24 Bit, geschnitten und atmungsbereinigt\n- Korrekturschleife inklusive (Aussprachefehler/Textänderungen bis 10 %)\n- Nutzungsrechte: Web, intern, unbegrenzt\n\nBitte beachten: Wir wollen eine echte Aufnahme. Synthetische bzw. KI-generierte Stimmen oder Voice-Clones sind ausgeschlossen. KI-gestützte Tools zur Nachbearbeitung (z. B. Rauschentfernung) sind in Ordnung, solange die Stimme selbst unverändert bleibt.\n\nBudget: bitte Angebot inkl. Nutzungsrechten. Abgabe innerhalb von 10 Tagen nach Freigabe des Skripts.\n\nBitte sendet ein Demo (Erklär-/E-Learning-Stil) und euren Angebotspreis.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
];

/** Still read wrongly: the right reading, the text, what the engine reads instead, the labels checked. */
export const ROUND13_MISSES: KnownMiss[] = [
  // r13-013: Bans all generative AI on the engagement and in emails to the firm, forbids putting matter documents into AI tools, and threatens termination.
  [
    'prohibited',
    "Contract attorney / paralegal – review and redline commercial leases (NY)\n\nOur firm needs help on a backlog of commercial lease reviews for a retail client (approx. 25 leases, 30–80 pages each). You'll review against our client's playbook, redline in Word, and prepare a short issues memo for each.\n\nQualifications:\n- JD and NY bar admission, OR experienced commercial real estate paralegal working under supervision\n- 3+ yrs commercial lease experience (landlord or tenant side)\n- meticulous with defined terms and cross-references\n\nConfidentiality & tools (non-negotiable):\n- You will sign our NDA and conflict check.\n- No generative AI tools of any kind on this engagement – no ChatGPT, Claude, Copilot, Harvey, Spellbook, nothing. Documents from this matter may not be uploaded, pasted or summarized in any AI tool.\n- This also goes for your emails to us: we want your own analysis in your own words, not a chatbot summary.\n- If we find that AI was used, we will end the contract immediately and withhold payment for the affected work.\n\nCompensation: $85–120/hr depending on qualifications, estimated 60–90 hours.\n\nPlease include bar number (if applicable) and a description of a similar lease review project.",
    'reads communication unset',
    {
      disclosure: false,
      confidentiality: true,
      detectors: false,
      scopes: { work: 'prohibited', communication: 'prohibited' },
    },
  ],
  // r13-003: AI transcription tools need prior approval of the specific tool, audio may not be uploaded to cloud AI services without it, and every transcript needs full human review.
  [
    'restricted',
    'Transcripción de 30 entrevistas para tesis doctoral (español, audio)\n\nHola, soy investigadora en una universidad de Chile y necesito transcribir 30 entrevistas semiestructuradas (aprox. 45-60 min cada una, unas 27 horas de audio en total). Temática: salud mental en trabajadores de la salud. Hay acento chileno y algo de ruido de fondo en algunas.\n\nFormato:\n- transcripción literal (con muletillas, pausas marcadas [pausa], risas, etc.)\n- marcas de tiempo cada 2 minutos\n- identificación de hablantes (E: entrevistadora, P: participante)\n- anonimizar nombres propios y lugares con [NOMBRE], [LUGAR]\n- Word, con la plantilla que te envío\n\nHerramientas automáticas: solo se pueden usar herramientas de transcripción con IA (Whisper, Otter, Sonix, etc.) si me consultas antes qué herramienta quieres usar y te doy el visto bueno, porque el comité de ética tiene que aprobarlo. Los audios son confidenciales según el consentimiento informado: no se pueden subir a ningún servicio de IA en la nube sin esa autorización. En cualquier caso, cada transcripción tiene que ser revisada completa escuchando el audio.\n\nFirmarás un acuerdo de confidencialidad.\n\nPresupuesto: USD 1,10 por minuto de audio. Plazo 5 semanas.\n\nIndica tu experiencia con transcripción académica y si has trabajado con acento chileno.',
    'reads disclosure false',
    { disclosure: true, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r13-051: MT only as pre-translation with full post-editing, the engine must be declared, and manuals may not go into free online translators or ChatGPT.
  [
    'restricted',
    'Tradutor(a) EN>PT-PT – manuais técnicos de equipamento industrial\n\nEmpresa portuguesa de distribuição de equipamento de climatização procura tradutor(a) para manuais de instalação e manutenção (inglês > português europeu). Volume inicial: cerca de 60.000 palavras, com mais projetos ao longo do ano.\n\nRequisitos:\n- português europeu nativo\n- experiência em tradução técnica (AVAC/HVAC, eletricidade ou mecânica)\n- trabalho em ferramenta CAT (Trados ou memoQ), entregamos memória de tradução e glossário\n\nTradução automática: aceitamos que seja usada TA (DeepL Pro, Trados MT) apenas como pré-tradução, com pós-edição integral por si. Na candidatura indique se trabalha com TA e qual o motor. Os manuais são confidenciais até ao lançamento dos equipamentos: não podem ser carregados em tradutores online gratuitos nem no ChatGPT ou ferramentas semelhantes – só motores com garantia de confidencialidade aprovados por nós.\n\nSobre o projeto:\n- os manuais incluem instruções de segurança, esquemas elétricos com legendas, tabelas de códigos de erro e procedimentos de manutenção preventiva\n- a terminologia tem de seguir a norma portuguesa e o nosso glossário (ex.: "unidade exterior", não "condensadora"; "bomba de calor", não "heat pump")\n- as unidades e formatos numéricos devem ser adaptados (vírgula decimal, espaço nos milhares)\n- entregas parciais por manual, com prazo acordado caso a caso (em média 2.500 palavras/dia)\n- dúvidas de terminologia registadas numa folha partilhada que o nosso departamento técnico responde em 24 h\n\nValor: a combinar por palavra (indique a sua tarifa para tradução e para pós-edição). Pedimos um pequeno teste de 300 palavras.\n\nObrigado.',
    'reads disclosure false',
    { disclosure: true, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r13-060: AI code assistants are okay only if the tools are named in the application and larger AI-generated sections are marked; customer data must not go into AI tools.
  [
    'restricted',
    'Shopware-6-Entwickler (m/w/d) für Plugin-Anpassungen und Performance\n\nHallo,\n\nwir betreiben einen B2B-Shop für Laborbedarf auf Shopware 6.5 und brauchen Unterstützung für folgende Punkte:\n\n1. Anpassung eines bestehenden Plugins für kundenspezifische Preise (Staffelpreise je Kundengruppe)\n2. Performance-Optimierung der Kategorieseiten (aktuell 3–4 s Ladezeit)\n3. Update auf Shopware 6.6 inkl. Test der Plugins\n4. laufende Wartung ca. 10 h/Monat im Anschluss\n\nAnforderungen:\n- mehrjährige Erfahrung mit Shopware 6 (Plugin-Entwicklung, Symfony)\n- Erfahrung mit Elasticsearch/OpenSearch von Vorteil\n- Git-Workflow, saubere Doku\n\nZum Thema KI: KI-Assistenten für den Code (Copilot, Cursor o. ä.) sind okay. Bitte gebt aber schon in der Bewerbung an, welche Tools ihr nutzt, und kennzeichnet in den Merge Requests größere KI-generierte Abschnitte. Kundendaten, Datenbank-Dumps oder Zugangsdaten haben in KI-Tools nichts zu suchen.\n\nBudget: Stundensatz 75–95 €, je nach Erfahrung. Start möglichst im nächsten Monat.\n\nBitte nennt 1–2 Shopware-Projekte, an denen ihr zuletzt gearbeitet habt.',
    'reads work allowed',
    { disclosure: true, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
];
