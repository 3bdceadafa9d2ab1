import type { HeldOutCase, KnownMiss } from './held-out.ts';

/*
 * Held-out job posts, round 10: 100 posts by two helpers that had seen neither the engine nor the earlier rounds,
 * written as a measurement. Half are about professions and the tools of 2023-2026 (Suno, Runway, HeyGen, Synthesia,
 * Cursor, Perplexity, Krea...); half are the client's other words: screening questions, messages in a contract, FAQs
 * and addenda, "About us" paragraphs, mixed languages. First run: 51 of 100 read right in every label, stance alone
 * 68 of 100, well below round 9's 87%: FAQ answers, job steps done with a tool, detectors that are the product and
 * screening answers were new. Two labels are corrected (r10a-021, r10b-033: the writer had been told to rank
 * "encouraged" above "allowed"); each says so.
 */

export const ROUND10: HeldOutCase[] = [
  // ───────────── English (47) ─────────────
  // r10a-001: Human-written only, no ChatGPT/Jasper/Writesonic, and every draft is checked with Originality.ai.
  [
    'prohibited',
    "Long-form SEO writer for B2B SaaS blog (HR tech) – ongoing, 4 articles/month\n\nHi there 👋\n\nWe're a small HR software company and we need a writer who can take a keyword brief + outline and turn it into a 1,800–2,500 word article that actually ranks and doesn't read like filler.\n\nWhat you'll do:\n• Write 4 long-form posts per month from our briefs (Surfer SEO scores provided)\n• Add internal links + suggest 2-3 external sources\n• Light formatting in Google Docs (H2/H3, tables where useful)\n\nWhat we need from you:\n- Native or near-native English\n- Experience in HR, payroll or B2B SaaS is a big plus\n- Samples of published articles (links, not PDFs pls)\n- Human-written content only. No ChatGPT, Jasper, Writesonic or anything similar, not even for \"just the intro\". Every draft goes through Originality.ai before we review it, and anything that gets flagged is sent back unpaid.\n\nBudget: $0.10/word to start, raise after the first 3 months if it's working.\n\nWhen you apply, tell me the one article you're proudest of and why.",
    { disclosure: false, confidentiality: false, detectors: true },
  ],
  // r10a-002: Whisper is the product being built and Otter.ai is the client's current tool; nothing is said about the freelancer's own AI use.
  [
    'none',
    "Python dev to build batch transcription pipeline with OpenAI Whisper (self-hosted, GPU)\n\nWe run a podcast network (~40 shows) and we're paying way too much for Otter.ai seats. Want to move everything to a self-hosted setup.\n\nScope:\n1. Script that pulls new episodes from our RSS feeds / S3 bucket\n2. Runs whisper large-v3 (or faster-whisper, open to suggestions) on our GPU box (1x RTX 4090, Ubuntu 22.04)\n3. Speaker diarization (pyannote or similar)\n4. Outputs .srt, .vtt and a clean .docx transcript per episode\n5. Simple dashboard or even just a Slack notification when a batch finishes\n\nNice to have: word-level timestamps so our editors can jump straight to a quote.\n\nPlease include in your proposal:\n- Have you deployed Whisper before? What was the WER like on noisy audio?\n- Rough estimate in hours\n- Your github if you have public stuff\n\nFixed price or hourly both fine. Looking to start next week.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-003: The client requires the freelancer to use Cursor/GitHub Copilot/Claude Code on this project.
  [
    'encouraged',
    "Senior React Native dev (Expo) – AI-assisted workflow required\n\nWe're a 6-person startup building a habit-tracking app (Expo + Supabase). Shipping fast matters more to us than anything else right now, so we're hiring contractors who already work with AI coding tools every day.\n\nRequirements:\n✅ 4+ yrs React Native, Expo Router, TypeScript\n✅ Supabase or Firebase auth/DB\n✅ You must be working with Cursor or GitHub Copilot (or Claude Code) as part of your daily setup — we expect you to use them on this project, and we'll sometimes pair with you inside Cursor\n✅ Comfortable writing tests, not just features\n✅ Overlap with CET 10:00–14:00\n\nFirst milestone: offline sync for habit logs + push notification reminders. ~3 weeks.\n\nIn your proposal, tell us about the last app you shipped and what you'd do differently today. Generic copy-paste proposals will be ignored.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-004: Synthetic/cloned voices (ElevenLabs, Speechify) are refused, even for pickups.
  [
    'prohibited',
    'Narrator needed – cozy mystery audiobook, ~68k words (ACX, female voice)\n\nHello! I\'m an indie author publishing the first book of my cozy mystery series on Audible through ACX. Looking for a female narrator with a warm, slightly wry tone, light British or neutral American accent. There are about 9 recurring characters incl. an elderly Scottish man and a teenage girl, so some character range is needed.\n\nDetails:\n- ~68,000 words, finished runtime est. 7.5 hrs\n- PFH rate, paid per milestone (first 15 min, then every 25%)\n- Must meet ACX audio specs (RMS, peak, noise floor)\n- Royalty share not on offer, sorry\n\nImportant: this has to be narrated by you, a human, start to finish. I will not accept synthetic or cloned voices — no ElevenLabs, no Speechify, no "AI voice touch-ups" for pickups either. My readers would notice and I\'d be devastated.\n\nPlease send a 2–3 min audition using the excerpt in the attachment (chapter 3, the bakery scene).',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-005: AI allowed for research/tightening only with the narrative written by the freelancer, tools must be reported per draft, and client/donor data must never go into AI tools.
  [
    'restricted',
    "Grant Writer for Community Food Bank – Federal + Foundation proposals\n\nTri-County Food Collective is looking for an experienced grant writer to help us with 3 applications due between March and May (one USDA, two private foundations). We've never had a dedicated grant writer, so you'd also help us build a reusable boilerplate library.\n\nYou'll:\n• Draft needs statements, program narratives, logic models, budget justifications\n• Work with our ED and program lead in weekly 45-min calls\n• Track deadlines + reporting requirements\n\nAbout AI tools: we're not against them. Using Claude, ChatGPT or Perplexity to research funders or tighten a paragraph is fine, but the narrative itself needs to be written by you, and we'd like a short note with each draft saying which tools you used and for what. One hard rule: our client data, donor lists and financial statements do NOT go into any AI tool, period. Many of the families we serve are in vulnerable situations.\n\nPay: $55–70/hr depending on experience, ~10 hrs/week.\nPlease share 1-2 funded proposals you wrote (redacted is fine) and your win rate if you track it.",
    { disclosure: true, confidentiality: true, detectors: false },
  ],
  // r10a-006: Firefly/Topaz were used by the client; the post sets no rule on the retoucher's own AI use.
  [
    'none',
    "Jewelry retoucher – fix edges & reflections on AI-extended backgrounds (120 images)\n\nhey! we're a small handmade jewelry brand on Etsy + Shopify. I shot our new spring collection on a light box and then used Photoshop's Generative Fill / Firefly myself to extend the backgrounds to 4:5 and 16:9 for ads. It mostly worked but up close the edges around the rings and chains are a mess and alot of the metal reflections look weird/muddy. I also ran a few through Topaz to upscale and it over-sharpened the stones 🙃\n\nLooking for someone who's really good with:\n- clean pen-tool masking on fine chains\n- metal & gemstone retouching (dust, scratches, reflections)\n- color matching across a set so everything looks consistent\n\nDeliverables: 120 images, TIFF + web JPG, 3 crops each (backgrounds already extended). Turnaround 7-10 days.\n\nPlease show jewelry before/afters in your portfolio, not just fashion. Budget ~$3/image, flexible for the right person.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-009: AI first pass is allowed only if the freelancer says which sections came from it and reworks the final wording.
  [
    'restricted',
    "Resume + LinkedIn rewrite for career change (teacher → instructional designer)\n\nHi! I've been a middle school science teacher for 9 years and I'm moving into instructional design / L&D. My current resume is very \"teacher\" and I'm getting zero callbacks. I need:\n\n1) Resume rewritten for ID roles (ATS friendly, 1-2 pages)\n2) LinkedIn headline + About section\n3) A cover letter template I can adapt\n\nI already have a portfolio built in Articulate Rise, so you'll have real projects to pull from.\n\nRe AI: honestly I've tried ChatGPT myself and the results sounded like everyone else's. If you use it for a rough first pass that's ok with me, but tell me which sections started as AI output so I know where to look closer, and the final wording has to be reworked by you so it sounds like an actual person — me.\n\nBudget around $250. I'd like a 30 min call at the start so you can hear how I talk about my work 😊",
    { disclosure: true, confidentiality: false, detectors: false },
  ],
  // r10a-010: The client explicitly says using Canva Magic Write or ChatGPT for captions is fine, with no conditions.
  [
    'allowed',
    "Instagram + Facebook manager for neighborhood bakery 🥐\n\nHi! I own a small bakery in Portland (open 6 years now) and I just don't have time to post anymore. Looking for someone to run our Instagram and Facebook, 4 posts + daily stories per week.\n\nWhat I need:\n- Content calendar each month (I'll approve it)\n- Captions, hashtags, stories (I'll send photos/videos from my phone, sometimes you'll need to make a graphic in Canva)\n- Reply to comments & DMs within a day (simple stuff, orders go through our website)\n- Monthly mini report: what worked, what didn't\n\nIf Canva's Magic Write or ChatGPT helps you get captions out faster, go for it, I honestly don't mind at all.\n\nTone wise: warm, a little funny, never corporate. We're a neighborhood place.\n\n~$400/month to start. Local to Portland is a bonus but not required.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-011: The job is rating model outputs for AI labs; there is no rule about the freelancer's own use of AI tools.
  [
    'none',
    "AI Response Evaluator – rate chatbot answers (remote, flexible hrs)\n\nWe're a data company working with several AI labs. We're hiring freelance evaluators to compare and rate responses from large language models (similar to ChatGPT, Gemini and Claude) on helpfulness, accuracy and safety.\n\nTypical task:\n• Read a user prompt and two model responses\n• Pick the better one and explain why in 2-4 sentences\n• Flag factual errors, harmful content or made-up citations\n\nRequirements:\n- Bachelor's degree (any field), STEM or law backgrounds especially welcome\n- Excellent written English\n- Attention to detail, comfortable with repetitive tasks\n- Must pass a 45-min qualification test\n\nPay: $20–$35/hr depending on domain, paid weekly via our platform. 10–40 hrs/week, you choose.\nNo prior AI experience needed — we train you.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-012: Assistive checking (spell-check, basic Grammarly) is allowed but generative rewriting is not; chapters are run through Turnitin's AI report.
  [
    'restricted',
    "Proofreader for PhD thesis (Sociology, ~85k words) – UK English\n\nI'm finishing my PhD in sociology at a UK university and need a proofreader before submission in June. My supervisors have already signed off on the content; I need a careful final pass for:\n- spelling, grammar, punctuation (UK conventions)\n- consistency (terms, capitalisation, numbers, Harvard referencing)\n- awkward sentences flagged with a comment, NOT rewritten\n\nMy university follows the standard proofreading guidelines, so you must not change my argument or content. Track changes only.\n\nOn tools: spell-checkers and Grammarly's basic corrections are fine. What isn't fine is any generative rewriting — no Quillbot paraphrasing, no ChatGPT/Claude \"improve this paragraph\", no Grammarly GO rewrites. I'll run each returned chapter through Turnitin (incl. the AI writing report) before it goes to my supervisors, so please stick to this.\n\nBudget: £1,200 for the full thesis, split into 3 milestones. Timeline: 4 weeks.\nPlease mention if you've proofread social science theses before.",
    { disclosure: false, confidentiality: false, detectors: true },
  ],
  // r10a-013: AI replies are permitted for customer tickets (work), while messages to the team may only be grammar-fixed by AI, not generated (communication restricted).
  [
    'restricted',
    "Part-time Customer Support Agent (email + chat) – Shopify skincare brand\n\nWe're a growing skincare brand (~3k orders/month) looking for a part-time support agent, 20 hrs/week, mostly US afternoon hours.\n\nYou'll handle:\n◦ Order status, returns, exchanges in Gorgias\n◦ Product questions (we'll give you a full knowledge base)\n◦ Flagging recurring issues to the ops team\n\nGorgias has AI suggested replies built in and you're welcome to use them on customer tickets, no problem there.\n\nDifferent story for how you talk to us: in team Slack, your daily handoff note and our weekly call, please write your own messages. Running them through Grammarly or ChatGPT just to fix grammar is ok, but no AI-generated messages. We had a contractor whose every Slack reply was a 5-paragraph AI essay and it made working together really hard.\n\n$17/hr, long term. Please tell us about a difficult customer you handled and how.",
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'allowed', communication: 'restricted' },
    },
  ],
  // r10a-014: Lovable/Bolt were the client's own tools and cleanup experience is a skill; no rule on the developer's AI use.
  [
    'none',
    "Need a dev to take over my Lovable-built MVP (React + Supabase) and make it production ready\n\nNon-technical founder here 🙋‍♂️ Over the last two months I built the MVP of our scheduling tool for dog groomers myself using Lovable (and a bit of Bolt before that). It works! ~30 beta users. But the code is… a lot. Duplicate components everywhere, RLS policies I don't fully understand, and Stripe webhooks that fail sometimes.\n\nLooking for someone to:\n• Audit the codebase and tell me honestly what's salvageable\n• Fix Supabase auth/RLS + Stripe subscription flow\n• Set up proper staging/prod environments and deploy (Vercel?)\n• Write some basic docs so the next dev isn't lost\n\nRepo is on GitHub, I can add you after NDA.\nBudget: $2-4k for the first phase depending on the audit.\n\nBonus if you've cleaned up v0/Lovable/Bolt projects before — you'll know what you're getting into lol.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-015: Any art made or started with Midjourney/Stable Diffusion/Leonardo/Firefly is refused.
  [
    'prohibited',
    "Children's picture book illustrator – 32 pages, watercolor style\n\nI'm a first-time author with a finished manuscript for a picture book (ages 3-6) about a shy hedgehog who learns to swim. Looking for an illustrator to create:\n\n- 14 spreads + cover + back cover\n- Soft watercolor / gouache look (digital painting is fine if it looks traditional)\n- Character sheet for the hedgehog and 2 side characters first, then roughs, then finals\n- Print-ready files for IngramSpark (300dpi, CMYK, bleed)\n\nBudget $3,500–$4,500 paid in milestones. Timeline flexible, ideally finished by end of summer.\n\n✋ Please read: the art has to be 100% drawn/painted by you. I won't accept anything made or \"started\" in Midjourney, Stable Diffusion, Leonardo, Adobe Firefly or similar, AI backgrounds included. I'll ask for layered files and a couple of process screenshots at the rough stage.\n\nIn your application, link your portfolio and tell me your favorite picture book from your own childhood!",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-016: AI limited to mood boards/thumbnails, use must be reported per delivery, and studio material may not be uploaded to AI services.
  [
    'restricted',
    "Concept artist for indie dark-fantasy RPG – environments + 4 key characters\n\nWe're a 5-person indie studio (one title shipped on Steam) working on a dark-fantasy RPG, currently in pre-production. We need a freelance concept artist for ~2 months.\n\nScope:\n• 6 environment concepts (swamp village, ruined cathedral, etc.)\n• 4 main character turnarounds + expression sheets\n• Prop sheets as needed\n\nOur AI policy (please read before applying):\n- Midjourney, Krea or similar are OK for early mood boards and thumbnail exploration only.\n- All final concepts must be your own paintings. No AI-generated imagery in finals, no paintovers of AI output.\n- Tell us in each delivery what, if anything, you used AI for.\n- Our lore docs, character sheets and any unreleased art we send you must never be uploaded to an AI service, including as image prompts / references.\n\nRate: $40-60/hr or per-piece, open to discuss. Please include 3-5 pieces closest to this style.",
    { disclosure: true, confidentiality: true, detectors: false },
  ],
  // r10a-017: The freelancer is asked to generate the base tracks with Suno/Udio as part of the job.
  [
    'encouraged',
    "Music producer to create 30 lofi/ambient tracks using Suno or Udio + proper mixing\n\nI run 3 study/relax YouTube channels and need a steady supply of background music. The plan is to generate the base tracks in Suno (Pro plan, commercial rights) or Udio — that's part of the job, I'm not expecting you to compose everything from scratch — and then have a real producer clean them up.\n\nPer track:\n1. Generate in Suno/Udio following my mood brief (I'll send reference playlists)\n2. Pull stems, fix artifacts, re-arrange so it doesn't loop weirdly\n3. Mix + master to -14 LUFS for YouTube\n4. Deliver WAV + MP3\n\n30 tracks over ~6 weeks, $25/track. Could become monthly.\nYou'll need your own paid Suno/Udio account or I can share mine.\n\nTell me your DAW and send 1-2 examples where you took an AI-generated track and made it sound finished.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-018: AI editing tools are explicitly permitted without conditions.
  [
    'allowed',
    "Video editor for weekly podcast – full episode + 6 shorts\n\nWe record a 60-75 min interview podcast (3 cams, Riverside). Need an editor for:\n- Full YouTube episode: multicam cuts, light color, lower thirds, intro/outro we already have\n- 6 vertical shorts per episode with animated captions\n- Thumbnail options x2 (we'll pick)\n\nTurnaround: 72 hrs from upload. Ongoing, 4 episodes/month.\n\nTools: honestly we don't care how you get there. Descript, Premiere's AI features, Opus Clip for finding short moments, Runway for cleanup — all fine with us, use whatever AI stuff speeds you up.\n\n$350/episode package. Please link 2-3 podcasts you edit (YouTube links) and let us know your weekly capacity, we definately want someone who can stick around.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-019: AI-written proposals are refused, while AI drafting of the posts is allowed only with heavy human rework.
  [
    'prohibited',
    "Ghostwriter for CEO LinkedIn – 3 posts/week, fintech\n\nI'm the CEO of a 40-person fintech (payments infra for marketplaces). I want to post consistently on LinkedIn but I have zero time. Looking for a ghostwriter who can interview me for 30 min a week and turn that into 3 posts that sound like me: direct, a bit nerdy, no \"I'm humbled to announce\".\n\nFor the posts: you can use ChatGPT or Claude to help draft, I'm realistic about that, but only if you rework every line heavily so nothing ships that reads like a template.\n\nFor the application: write it yourself. If your proposal reads like it came out of ChatGPT (\"I am thrilled to apply for this exciting opportunity…\") I'll archive it without replying. Tell me in 3-4 sentences what you'd post about first and why.\n\n$1,500/month, 3-month trial. Fintech or B2B SaaS experience preferred.",
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'restricted' },
    },
  ],
  // r10a-020: Speech-to-text is allowed only offline and with full human verification; audio may not be uploaded to cloud AI services.
  [
    'restricted',
    "Legal transcriptionist – deposition & hearing audio (verbatim), small law firm\n\nWe're a litigation firm in Texas and need help transcribing depositions, client interviews and recorded hearings. Strict verbatim (ums, false starts, crosstalk marked), our template, speaker IDs.\n\n~8-12 audio hrs/month, irregular. TAT 3-5 business days.\n\nIf you want speech-to-text for a first draft, that's acceptable ONLY with a tool that runs fully offline on your own computer (e.g. a local Whisper install / MacWhisper). Cloud services are out — no Otter, no Rev, no Trint, nothing uploaded to ChatGPT. And every line has to be checked by you against the audio; we bill these to clients as certified accurate.\n\nMust sign our confidentiality agreement. Legal background preferred.\n$1.50/audio minute. Please tell us your experience with legal formats.",
    { disclosure: false, confidentiality: true, detectors: false },
  ],
  // r10a-021: The client asks the freelancer to build videos in Synthesia and draft scripts/quizzes with Claude or ChatGPT. Label corrected to allowed: the writer was told to rank encouraged above allowed, but the taxonomy ranks a permission stricter than a requirement.
  [
    'allowed',
    "E-learning developer: compliance course (6 modules) using Synthesia + Articulate\n\nWe're an HR consultancy and need a 6-module compliance course (anti-harassment, data protection, etc.) for a corporate client, SCORM 1.2 for their LMS.\n\nHow we want it built:\n- Presenter videos made in Synthesia with one of their stock avatars (we have a Creator seat, you'll get access)\n- Scripts and quiz banks: please draft them with Claude or ChatGPT from our source material, then edit for accuracy and plain language. We did this on 2 previous courses and it's how we keep the budget reasonable.\n- Build in Articulate Storyline or Rise, with branching scenarios in modules 3 and 5\n- Voice: Synthesia's built-in voices are fine\n\nTimeline: 5 weeks. Budget $4,000 fixed.\nYou should already be comfortable with Synthesia and Articulate; please share a SCORM demo or a Review 360 link.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-022: The DeepL output is produced by the agency and handed to the linguist to edit; no rule is set on the freelancer's own AI/MT use.
  [
    'none',
    "EN>DE post-editors needed – technical documentation (MTPE), long-term\n\nWe are a mid-sized LSP (ISO 17100 certified) expanding our pool of German post-editors for a machinery manufacturer account.\n\nHow the workflow works: source files are pre-translated in our TMS with our custom-trained DeepL engine + TM matches. You'll work in Phrase (formerly Memsource) and post-edit that MT output to full human quality — terminology per client termbase, style guide compliance, QA checks (Xbench).\n\nRequirements:\n• German native speaker\n• 3+ years technical translation (machinery, industrial automation, manuals)\n• Post-editing experience, Phrase TMS\n• Available for ~5-10k words/week\n\nRates: €0.05/word for MTPE (full post-editing), hourly for review.\nPlease send your CV and we'll send a short paid test (~500 words).",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-024: AI is banned for both the listing copy (checked with Copyleaks) and the proposal.
  [
    'prohibited',
    "Amazon listing copywriter – 15 ASINs, kitchen gadgets (titles, bullets, A+ content)\n\nWe sell kitchen gadgets on Amazon US & UK and are relaunching 15 listings. Need a copywriter who knows Amazon SEO (we provide Helium 10 keyword research) and can write copy that converts.\n\nPer ASIN: title, 5 bullets, description, A+ module copy, backend search terms.\n\nOur rules, no exceptions:\n1. Listing copy must be written by a human. No Copy.ai, ChatGPT, Jasper or Amazon's own AI listing generator. We run every batch through Copyleaks and flagged copy is rejected.\n2. Same goes for your proposal — write it yourself. We get hundreds of identical AI proposals and delete them all.\n\nScreening question: What is the single biggest mistake you see in Amazon bullet points? (2-3 sentences, your own words please)\n\nBudget: $40/ASIN. Start ASAP, 2 weeks for all 15.",
    {
      disclosure: false,
      confidentiality: false,
      detectors: true,
      scopes: { proposal: 'prohibited', work: 'prohibited' },
    },
  ],
  // r10a-025: Midjourney/DALL-E images come from the studio's end customers as references; nothing is said about the artist's own AI use.
  [
    'none',
    "3D artist for residential interior renders – 3ds Max + Corona (ongoing)\n\nWe're an interior design studio in Dubai. More and more our clients arrive with Midjourney and DALL-E images on their phones saying \"I want it to look like this\" 😅 — which is fine, but those images aren't buildable. We need a 3D artist who can take our CAD plans + the client's inspiration images and produce accurate, photorealistic renders of what we'll actually build.\n\nPer project usually:\n• 4-6 interior views (living, kitchen, master bed)\n• Materials from our supplier catalogs (real SKUs, we send textures)\n• 2 rounds of revisions\n• 4K final images\n\nSoftware: 3ds Max + Corona or V-Ray, Chaos Cosmos. Photoshop post-production.\nMust have strong lighting skills, no plastic-looking scenes.\n\n$250-400 per project depending on size, ~4 projects/month.\nSend a portfolio with real interior work (not only exteriors).",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-001: Screening Q3 allows AI for research/outlining only, asks which tools and when, and says final drafts are run through Originality.ai.
  [
    'restricted',
    "Long-form blog writer for B2B cybersecurity SaaS — 4 posts/month\n\nWe need someone who can take an SME interview and turn it into a 1,500-word post that doesn't read like a press release.\n\nScreening questions:\n1. Link two published pieces you're proud of (bylined or not, just tell us which).\n2. What's your process for interviewing a subject-matter expert?\n3. Do you plan to use any AI tools on this project? If so, which ones and at what stage? We're fine with AI for research and outlining, but the final prose has to be written by you — final drafts go through Originality.ai before they're published.\n4. Can you commit to a 5-business-day turnaround per post?",
    { disclosure: true, confidentiality: false, detectors: true },
  ],
  // r10b-002: Screening answers must be the applicant's own (pasted ChatGPT answers declined), while Copilot or anything else is fine for the coding work.
  [
    'prohibited',
    "Django + Postgres: fix slow reporting queries\n\nOur admin reports take 40s+ to load. Need someone to profile, add the right indexes, maybe rewrite a few ORM queries. ~10 hrs estimated.\n\nBefore you apply, answer these three:\na) What's the first thing you'd look at in a slow Django view?\nb) select_related vs prefetch_related — when do you use which?\nc) Tell me about a query you optimized and by how much.\n\nAnswer them yourself please. I can spot pasted ChatGPT answers a mile away and they get declined without a reply. Once you're hired, use Copilot or whatever you like while coding, I genuinely don't care how the fix gets written as long as it's correct and tested.",
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'allowed' },
    },
  ],
  // r10b-003: Screening questions only probe LLM/RAG experience for an AI job; no rule about the freelancer's own use of AI.
  [
    'none',
    "Senior ML Engineer (contract, 3 months) – RAG pipeline for legal search\n\nScreening questions:\n• Describe a retrieval-augmented generation system you've shipped to production. What was the eval setup?\n• Which vector databases have you worked with (pgvector, Qdrant, Pinecone, Weaviate…)? Trade-offs?\n• Have you fine-tuned an open-weights LLM? Which model, what data size, what did it improve?\n• How do you handle hallucinated citations in a legal context?\n• Your availability in CET hours?\n\nBudget is $90–120/hr depending on experience.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-004: The role requires generating first drafts with Claude or ChatGPT and then editing them.
  [
    'encouraged',
    "Content producer for an AI-first marketing studio\n\nWe produce ~60 pieces of content a week for DTC brands, and our whole pipeline runs on LLMs. For this role you'll generate first drafts with Claude or ChatGPT using our prompt library, then edit them into something a human would want to read. Drafting from scratch by hand isn't the job — speed plus taste is.\n\nScreening:\n1) Paste a before/after: an AI draft you produced and the version you edited it into.\n2) How do you keep a brand voice consistent across 20 drafts a day?\n3) What's your typical weekly capacity?\n4) Time zone?",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-006: A grammar/style assistant is allowed on the freelancer's own text only on condition that no patient interview content ever goes into an AI tool.
  [
    'restricted',
    "Hi Ana,\n\nI came across your profile while looking for medical writers and loved your portfolio, especially the patient-education leaflets you did for the cardiology practice. I'd like to invite you to apply for our job: summarizing ~30 recorded patient interviews into short thematic reports for a hospital quality project.\n\nOne thing I have to be upfront about: the recordings and transcripts contain identifiable patient information, so none of it can go into ChatGPT, Otter, or any AI transcription or summarizing service. You're welcome to use a grammar or style assistant on the reports you write yourself, as long as no interview content or patient details ever get pasted into it.\n\nIf that works for you, send over a proposal and your rate for the batch. Happy to jump on a call first.\n\nBest,\nDr. Hollis",
    { disclosure: false, confidentiality: true, detectors: false },
  ],
  // r10b-007: Only the client's own use of ChatGPT for the drafts is described; nothing governs the freelancer's use.
  [
    'none',
    "Hey Priya! Thanks for accepting the offer 🙌\n\nQuick context before you start: I wrote the first drafts of all 45 product descriptions with ChatGPT last weekend because I was in a rush for the launch. They're… fine, but they all sound the same and a few make claims we can't back up (we're NOT 'clinically proven' lol).\n\nYour job is basically to make them sound like us — warm, a bit cheeky, no fake science. Brand guide is in the shared folder, plus the spreadsheet with the drafts. Let's aim for the first 10 by Wednesday so I can see if we're aligned?",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-008: AI must not be used to write updates/replies to the client, while Copilot or similar is explicitly fine for the code.
  [
    'prohibited',
    "Hi Tom,\n\nGood progress this week, the webhook retry logic looks solid.\n\nSmall request that's been bugging me: your last few messages read like they were written by ChatGPT — long, polished, and somehow not answering my actual question. Please don't use AI to write your updates or replies to me. I'd much rather get three honest lines with typos than four paragraphs that say nothing.\n\nTo be clear, this is only about how we talk. For the code itself keep using Copilot or whatever speeds you up, that's completely fine by me.\n\nCheers,\nRaj",
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { communication: 'prohibited', work: 'allowed' },
    },
  ],
  // r10b-009: The DeepL output is the client's own machine translation to be post-edited; MTPE experience is only a skill, with no rule on the freelancer's use.
  [
    'none',
    "Post-editor needed: EN>DE, 40k words of e-commerce product copy\n\nWe have ~1,200 product pages (home & garden) that need to go live on our German store by end of month. Looking for a native German speaker who can make the text sound natural and catch terminology issues (we have a glossary).\n\nRate: per word, quote in your proposal.\n\nEDIT (Tue): a lot of you asked where the source comes from. To clarify: we've already run everything through DeepL on our side, so what you'll receive is machine-translated German next to the English source. Your job is the human post-edit. Experience with MTPE is a plus but not required.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-010: The FAQ says AI editing experience is not required — a skill statement, not a rule on use.
  [
    'none',
    'Video editor for weekly cooking podcast (YouTube + Shorts)\n\nEach week: one 50-min episode → full edit + 4–6 vertical Shorts. Raw footage from 3 cameras, audio already mixed. Premiere or Resolve, your choice.\n\nFAQ (because I got the same questions 20 times):\nQ: Is this long-term?\nA: Yes, ideally 6+ months if we click.\nQ: Do you provide thumbnails?\nA: No, we have a designer.\nQ: Do I need experience with AI editing tools?\nA: Nope, not required. Good pacing and a feel for food content matter way more.\nQ: Budget?\nA: $120 per episode package to start.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-011: The FAQ answers 'Can I use AI tools?' with a plain yes, no conditions.
  [
    'allowed',
    "Need 30 alt-text descriptions + short captions for a museum's online collection\n\nSmall museum, limited budget, lots of photos of ceramics and textiles. Each object needs alt text (under 125 chars) and a 2–3 sentence caption based on the catalog notes we provide.\n\nFAQ\nQ: What format do you deliver in?\nA: A shared spreadsheet, one row per object.\nQ: Can I use AI tools?\nA: Yes, go ahead. Use whatever helps — we care that the descriptions are accurate and match the catalog notes.\nQ: Deadline?\nA: Three weeks from hire.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-012: The update rejects AI-written proposals and forbids AI edits on the chapters, which are checked with GPTZero and Copyleaks.
  [
    'prohibited',
    "Academic editor for ESL graduate students (ongoing)\n\nWe're a small editing service. You'd be proofreading and line-editing thesis chapters in social sciences, usually 8–15k words per job, APA 7.\n\nUPDATE: We received 140+ proposals in two days and the majority were obviously generated by ChatGPT (several even started with \"Certainly!\"). Any proposal that reads as AI-written will be archived without a reply, so please write yours in your own words and mention your favorite APA rule so we know you read this.\n\nSame standard applies to the editing itself: no AI rewriting or AI-generated edits on students' chapters. Every returned chapter is checked with GPTZero and Copyleaks, since our clients' universities check them too.",
    {
      disclosure: false,
      confidentiality: false,
      detectors: true,
      scopes: { proposal: 'prohibited', work: 'prohibited' },
    },
  ],
  // r10b-013: AI appears only in the About-us (the client's voice-agent product); the design job sets no AI rule.
  [
    'none',
    "About us\nWe're Lumen Labs, a 9-person startup building AI voice receptionists for dental clinics. Our agents answer calls, book appointments and handle insurance questions, all powered by LLMs we fine-tune in-house. We just closed our seed round and are rebuilding the website.\n\nThe job\nWe need a web designer to redesign our marketing site in Figma: homepage, pricing, 2 case-study templates, and a demo-booking flow. We have a logo and colors but nothing else. You'll work with our founder and one engineer who will build it in Webflow.\n\nPlease share 2–3 SaaS sites you've designed and your availability over the next 4 weeks.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-014: AI code is welcome only with the freelancer's own review and a note of AI-generated parts in the PR, while AI for Slack updates is freely allowed.
  [
    'restricted',
    "About us\nFathom is an AI-native analytics company. Internally we use LLMs for basically everything: support triage, SQL generation, even our weekly planning docs. We're a remote team across Lisbon, Toronto and Manila.\n\nWhat we need\nA contract backend engineer (TypeScript/Node, Postgres) for ~3 months to help ship our usage-based billing.\n\nHow we handle AI for contractors\n- Code: AI assistants are welcome, but you own every line. Review generated code yourself before opening a PR and note in the PR description which parts were AI-generated.\n- Communication: if English isn't your first language and you want to run your Slack updates through ChatGPT or DeepL, go for it, no need to tell us.\n\nApply with a short note about a billing or payments system you've worked on.",
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { work: 'restricted', communication: 'allowed' },
    },
  ],
  // r10b-015: The freelancer is required to generate concept rounds in Midjourney/Firefly and hold a paid Midjourney plan.
  [
    'encouraged',
    "About the studio: we're a three-person creative shop doing packaging and brand identity for craft beverage brands. Over the past year we've rebuilt our concept phase around image generation — it lets us show clients 30 directions in a day instead of 5.\n\nWe're looking for a freelance concept artist for a run of 12 can labels. In round one you'll generate moodboards and rough directions in Midjourney (and Firefly for anything that needs commercial-safe assets), then we pick 3 and you take them to final in Illustrator by hand. You'll need your own paid Midjourney plan; we'll reimburse it for the project months.\n\nSend a portfolio link and a few examples of Midjourney explorations that turned into finished work.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-016: The detector is the client's product; the post sets no rule on the writer's AI use and does not say it checks the work.
  [
    'none',
    "About us: Veritext builds an AI-content detector used by 300+ universities and publishers to flag machine-generated writing. Our classifier, browser extension and LMS integrations are used by about 2 million students and instructors.\n\nWe're hiring a freelance B2B content writer to produce 6 customer case studies over the next two months. You'll interview our customers (heads of academic integrity, journal editors), draft each story at around 1,000 words, and work with our marketing lead on revisions.\n\nIdeal: experience writing for edtech or higher ed, comfortable running a 30-minute interview, clear and unfussy prose. Please include one case study you've written in your application.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-017: 'pls no chatgpt copy paste fixes… write the fix yourself' forbids AI-generated code.
  [
    'prohibited',
    "hey!! need someone to fix my shopify theme asap 😩 it's totally broken on mobile, the cart drawer won't open and the header overlaps everything. theme is Dawn but heavily customized by the last dev.\n\npls no chatgpt copy paste fixes. last guy clearly just pasted whatever gpt gave him and it broke checkout for 2 days, cost me actual sales. u need to actually know liquid + css and write the fix yourself.\n\nbudget ~$150, can pay more if it's quick. dm me w/ ur shopify portfolio",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-018: The AI art is the client's own content; no rule about the editor's AI use.
  [
    'none',
    'lf someone to cut tiktoks for my ai art page 🤖🎨 i post midjourney stuff + timelapses of my upscaling process, like 3-4 vids a week. need captions, trending sounds, the usual. ngl the edits i do rn are mid so looking for someone who actually gets the algorithm lol. paid per video, lmk ur rate + show me some stuff u edited',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-019: Q3 asks only about past experience with AI writing tools, out of curiosity, with no rule for this job.
  [
    'none',
    "Newsletter ghostwriter for a fintech founder\n\nWeekly newsletter, ~1,200 words, on personal finance for freelancers. You'd work from voice notes the founder records each Monday.\n\nA few questions for applicants:\n1. What newsletters do you read every week, and why?\n2. How would you capture someone's voice from rambling voice notes?\n3. Have you worked with AI writing tools like Jasper or ChatGPT in past projects? Just curious what your experience has been, good or bad.\n4. What's your rate per issue?",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-020: The client's message says AI tools for the show notes are completely fine, with no conditions.
  [
    'allowed',
    "Hi Jonas,\n\nThanks for the quick intro call yesterday, and for asking before assuming. To answer your question properly: yes, you can use AI tools for the first pass of the show notes and timestamps. Whisper, ChatGPT, Descript, whatever you normally use is completely fine with us.\n\nI'll add you to the Drive folder today. Episodes 41–48 are ready to go, and I'd love the first two back by next Thursday.\n\n— Mel",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-021: AI coding tools are expected for the work; AI help on proposals is OK only if disclosed at the top, and that disclosure condition is the strictest rule.
  [
    'restricted',
    "React Native dev for a 4-week MVP sprint (fitness tracking app)\n\nWe have designs in Figma and a Supabase backend half done. We need someone to build ~14 screens, auth, and push notifications. Tight timeline.\n\nEDIT: Since people keep asking: yes, we expect you to use AI coding tools here. Cursor, Copilot, Claude Code, pick your poison. At this speed, hand-typing boilerplate isn't an option, and we'll ask about your setup on the first call.\n\nEDIT 2: About proposals — using AI to help write yours is okay, just say so at the top (one line like \"drafted with ChatGPT, edited by me\" is enough). We'd rather know.",
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'restricted', work: 'encouraged' },
    },
  ],
  // r10b-022: Only the firm's in-house assistant may be used, and client documents must never go into public AI services.
  [
    'restricted',
    "About us\nHarlow & Pike LLP is a 20-lawyer employment law firm. We've rolled out an internal, firm-hosted AI assistant for drafting and document review, which runs entirely on our own infrastructure.\n\nThe role\nFreelance paralegal support, ~15 hrs/week: preparing chronologies from client files, drafting first versions of witness statements, managing exhibits.\n\nAI rules for this role\nYou may use our in-house assistant (access provided after onboarding), and you must not use any other AI tool for this work. Under no circumstances should client documents, emails or names be pasted into ChatGPT, Gemini, Claude or any other public service. All AI-assisted drafts are reviewed by a supervising solicitor.\n\nPlease include your UK paralegal experience and availability.",
    { disclosure: false, confidentiality: true, detectors: false },
  ],
  // ───────────── Spanish (13) ─────────────
  // r10a-026: Only the client's own use of ChatGPT to write the post is mentioned.
  [
    'none',
    'Community manager para clínica dental en Valencia 🦷\n\n¡Hola! Somos una clínica dental familiar en Valencia (3 dentistas, 1 higienista) y queremos darle vida a nuestro Instagram y Facebook, que ahora mismo están bastante muertos.\n\nLo que buscamos:\n• 3 publicaciones por semana + historias\n• Diseño de plantillas con nuestros colores (tenemos manual de marca)\n• Responder comentarios y mensajes en horario de clínica\n• Una pequeña campaña de Meta Ads al mes (presupuesto aparte)\n• Informe mensual sencillito\n\nValoramos experiencia en sector salud o estética, y que conozcas la normativa de publicidad sanitaria (nada de prometer resultados, etc.).\n\nPresupuesto: 350-450 €/mes, según experiencia.\n\nPD: confieso que esta oferta la he redactado con ayuda de ChatGPT porque no sabía ni por dónde empezar 😅 así que si algo no se entiende, preguntad sin miedo.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-027: Gemini/Claude/OpenAI are the product to integrate; no rule on the developer's own AI use.
  [
    'none',
    'Desarrollador/a Python para integrar la API de Gemini en nuestro CRM (asistente para vendedores)\n\nSomos una distribuidora de material eléctrico en Monterrey con un CRM propio (Django + PostgreSQL). Queremos añadir un asistente que ayude a nuestros vendedores a:\n\n1. Resumir el historial de un cliente antes de una llamada\n2. Redactar un borrador de cotización a partir de un pedido que llega por WhatsApp\n3. Buscar productos en el catálogo en lenguaje natural ("cable calibre 12 para exterior, 100 m")\n\nStack que tenemos pensado: API de Gemini (Vertex AI) por precio, aunque estamos abiertos a Claude u OpenAI si nos lo justificas. RAG sobre nuestro catálogo (~18.000 SKUs).\n\nRequisitos:\n- Experiencia comprobable con LLMs en producción (no solo demos)\n- Django, PostgreSQL, pgvector o similar\n- Buenas prácticas de seguridad y manejo de datos personales\n\nProyecto de 6-8 semanas, pago por hitos. Cuéntanos qué harías diferente a lo que planteamos.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-028: Machine translation and AI (DeepL, Google Translate, ChatGPT) are banned even as a draft.
  [
    'prohibited',
    'Traductor/a literario EN>ES para novela juvenil (≈75.000 palabras)\n\nEditorial independiente de Buenos Aires busca traductor/a para una novela juvenil de fantasía publicada originalmente en inglés. Queremos una voz fresca, con buen oído para los diálogos adolescentes, en un español neutro que funcione en toda Latinoamérica (lo charlamos).\n\nDetalles:\n- Entrega en 4 meses, en tres partes\n- Pago por palabra, a convenir según experiencia\n- Crédito en portadilla\n\nRequisitos:\n→ Traducciones literarias publicadas (indicanos títulos)\n→ Prueba de traducción de 2 páginas (paga)\n\nImportante: la traducción tiene que ser tuya de principio a fin. No aceptamos textos pasados por DeepL, Google Translate, ChatGPT ni ninguna otra herramienta de traducción automática o IA, ni siquiera como borrador para después "pulir". En literatura se nota muchísimo y además el contrato con la editorial original lo prohíbe expresamente.\n\nMandanos tu CV y una muestra por la plataforma.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-029: AI only for research/structure with the text written by the freelancer, and tool use must be stated at delivery.
  [
    'restricted',
    'Redactor/a SEO para tienda online de moda sostenible – fichas de producto y blog\n\nHola! Tenemos una tienda online de moda sostenible (Shopify) y necesitamos a alguien para:\n\n✔️ 60 fichas de producto (150-200 palabras c/u)\n✔️ 4 artículos de blog al mes (1.200-1.500 palabras)\n✔️ Metatítulos y metadescripciones\n\nTono: cercano, nada pedante, tuteo. Público 25-40 años en España.\n\nSobre la IA: puedes tirar de ChatGPT, Gemini o Perplexity para investigar palabras clave, sacar ideas o montar la estructura, eso no nos molesta. Pero el texto lo escribes tú. Y cuando entregues, añade una línea diciendo si usaste alguna de estas herramientas y para qué, así lo tenemos controlado.\n\nPresupuesto: 8 € por ficha y 60 € por artículo. Colaboración a largo plazo si encajamos.\nPara postularte, mándanos 2 textos de moda o lifestyle que hayas escrito.',
    { disclosure: true, confidentiality: false, detectors: false },
  ],
  // r10a-030: The client explicitly allows ChatGPT/Gemini for data and descriptions without conditions on AI use.
  [
    'allowed',
    'Carga de productos en WooCommerce (≈1.200 referencias) – ferretería online\n\nBuenas, necesito una persona para subir el catálogo de nuestra ferretería a WooCommerce. Tenemos los datos en varios Excel de proveedores (cada uno con su formato, un lío) y las fotos en Drive.\n\nTareas:\n- Unificar los Excel en una sola plantilla de importación\n- Crear categorías y atributos (medida, material, marca...)\n- Redactar una descripción corta para cada producto (2-3 líneas, nada del otro mundo)\n- Subir fotos y comprobar que todo se vea bien\n\nSi te quieres ayudar con ChatGPT, Gemini o lo que sea para ordenar los datos o escribir las descripciones, adelante, por nosotros ningun problema.\n\nLo que sí pido es que precios y medidas estén bien revisados, que los clientes luego llaman 😅\n\nPago por proyecto, calculo unas 40-50 horas. Dime tu precio y en cuánto tiempo lo tendrías. Gracias!!',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-023: ChatGPT for captions is OK but the freelancer must say when they use it and review everything before posting.
  [
    'restricted',
    'Busco social media manager para una cafetería de especialidad en Palermo ☕\n\nVas a manejar Instagram y TikTok: armar el content calendar, escribir los captions, hacer el scheduling en Later y responder DMs básicos. Nada de ads por ahora, solo orgánico.\n\nSobre la IA: si usás ChatGPT para los captions o para sacar ideas de reels, está bien, no tengo drama. Pero avisame cuando lo uses y revisá todo antes de publicar, que no quiero que salga algo genérico tipo "¡Descubrí el sabor que te enamora!" 😅\n\nPresupuesto: USD 300/mes. Mandame tu portfolio y cuentas que hayas manejado.',
    { disclosure: true, confidentiality: false, detectors: false },
  ],
  // r10b-024: Screening asks applicants to confirm no ChatGPT/AI for writing, and all texts go through Originality.ai.
  [
    'prohibited',
    'Redactor/a SEO para blog de seguros (12 artículos al mes)\n\nBuscamos a alguien con experiencia en contenido YMYL que sepa investigar y citar fuentes fiables.\n\nPreguntas de selección:\n1. ¿Cuántos años llevas escribiendo sobre finanzas o seguros?\n2. Enlaza un artículo tuyo que esté posicionado en el top 10 de Google.\n3. ¿Confirmas que no utilizarás ChatGPT, Gemini ni ninguna otra herramienta de IA para redactar los artículos? Te lo preguntamos porque pasamos todos los textos por Originality.ai y los que den positivo se devuelven sin pago.\n4. ¿Qué tarifa por palabra manejas?',
    { disclosure: false, confidentiality: false, detectors: true },
  ],
  // r10b-025: AI voices are part of the client's app; the invitation to the illustrator sets no AI rule.
  [
    'none',
    'Hola Lucía:\n\nTe escribo porque vi tu portafolio de ilustración infantil y me encantó, sobre todo la serie de animales del bosque con acuarela. Somos Cuentacuentos, una app para familias donde los cuentos se narran con voces generadas por IA y la historia se adapta al nombre del niño.\n\nQueremos encargar 20 ilustraciones para una nueva colección de cuentos sobre el mar: personajes recurrentes, fondos y algunas escenas a doble página. Te mando el brief completo si te interesa.\n\n¿Tendrías disponibilidad en noviembre? Cuéntame también cómo sueles cobrar (por pieza o por proyecto).\n\nUn abrazo,\nMarta',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-026: ChatGPT for the proposal is freely allowed; MT for the translation only as a first draft with full review and marking of MT segments.
  [
    'restricted',
    'Traducción EN>ES de manual técnico (maquinaria agrícola, ~25.000 palabras)\n\nNecesitamos un traductor con experiencia en textos técnicos. Español neutro, con glosario propio que te pasamos.\n\nACTUALIZACIÓN: Varias personas preguntaron por la IA, así que lo aclaro aquí:\n– Para la propuesta, si quieres usar ChatGPT para redactarla, adelante, nos da igual; lo que miramos es tu experiencia.\n– Para la traducción, se acepta un primer borrador con DeepL u otro motor, siempre que luego hagas una revisión completa frase por frase y nos indiques en la entrega qué partes salieron de traducción automática.\n\nPlazo: 3 semanas. Presupuesto a convenir según tarifa por palabra.',
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'allowed', work: 'restricted' },
    },
  ],
  // r10b-027: The agency requires drafts to be generated with AI from its prompts and then edited.
  [
    'encouraged',
    'Sobre nosotros: somos Brote, una agencia de growth marketing en Ciudad de México que trabaja con startups de LATAM. Desde hace un año todo nuestro proceso de contenido pasa por IA: investigamos con Perplexity, redactamos con Claude y medimos con nuestras propias plantillas.\n\nBuscamos redactor/a freelance para newsletters B2B. Y aquí va lo importante: esperamos que trabajes así también. Tienes que generar los borradores con IA a partir de nuestros prompts y luego editarlos para que suenen a la marca del cliente. Si prefieres escribir todo a mano, este puesto no es para ti.\n\nEnvíanos un ejemplo de un texto que hayas producido con ayuda de IA y cuánto tiempo te llevó.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-028: Only the client's own failed attempt with Canva's AI is mentioned; no rule for the designer.
  [
    'none',
    'holaa necesito q alguien me haga el logo para mi emprendimiento de velas de soja 🕯️✨ se llama Luz de Luna. yo intenté hacerlo con la IA de Canva pero quedó horrible jaja, todo borroso y la luna con 3 puntas 😂\n\nquiero algo minimalista, tonos crema y dorado, q se vea bien en etiquetas chiquitas. tengo poco presupuesto (unos 40 dólares) x fa mandame portfolio y cuánto tardas!!',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-029: The note says any tools including AI may be used with no need to ask or tell.
  [
    'allowed',
    'Editor/a de video para canal de divulgación científica\n\nPublicamos un video largo por semana (15-20 min) y tres Shorts. Buscamos a alguien estable para los próximos meses.\n\nPreguntas para postular:\n1. ¿Con qué programa editas (Premiere, DaVinci, Final Cut)?\n2. Comparte 2 videos educativos que hayas editado.\n3. ¿Cuántos videos podrías entregar por semana?\n\nSobre la IA: puedes usar las herramientas que quieras, incluidas las de IA (subtítulos automáticos, limpieza de audio, reencuadre para los Shorts…). No hace falta pedir permiso ni avisarnos.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── Portuguese (13) ─────────────
  // r10a-032: AI tools are the subject of the client's courses; nothing is said about the freelancer's own AI use.
  [
    'none',
    'Social media para escola de cursos de IA para advogados ⚖️🤖\n\nOi, pessoal! Temos uma escola online que ensina advogados a usar ChatGPT, Claude e outras ferramentas de IA no dia a dia do escritório (petições, pesquisa de jurisprudência, gestão). Estamos crescendo rápido e precisamos de alguém pra cuidar do nosso Instagram e LinkedIn.\n\nO que você vai fazer:\n- Planejamento mensal de conteúdo\n- Carrosséis e Reels (roteiro + edição simples)\n- Responder DMs e comentários\n- Acompanhar métricas e sugerir ajustes\n\nO que a gente procura:\n• Experiência com nicho jurídico ou educação (muito desejável)\n• Saber escrever bem, sem juridiquês 😂\n• Noção de tráfego pago é um plus\n• Não precisa ser especialista em IA, a gente explica o produto\n\nValor: R$ 2.500/mês, PJ, remoto. Manda teu portfólio e conta um pouco de você!',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-033: Labelling data to train the client's model; no rule on the annotator's own AI use.
  [
    'none',
    'Anotação de imagens para modelo de visão computacional (agro) – 15 mil imagens\n\nSomos uma startup de agtech em Piracicaba e estamos treinando um modelo pra identificar pragas e doenças em folhas de soja e milho. Precisamos de anotadores para marcar as imagens.\n\nTarefa:\n- Desenhar bounding boxes / polígonos nas lesões e insetos\n- Classificar em 12 categorias (a gente manda um guia com fotos de exemplo)\n- Plataforma: CVAT (vamos criar seu acesso)\n\nRequisitos:\n✔ Atenção a detalhes e paciência\n✔ Conhecimento de agronomia é um diferencial enorme (estudantes de agronomia são bem-vindos!)\n✔ Disponibilidade de pelo menos 15h por semana\n\nPagamento: R$ 0,35 por imagem anotada e aprovada no controle de qualidade. Primeiro lote de 200 imagens como teste (pago).\n\nDúvidas? Manda mensagem!',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-034: AI-written copy is refused and every text is checked with ZeroGPT and Originality.
  [
    'prohibited',
    'Copywriter para sequência de e-mails de lançamento (infoproduto de finanças)\n\nFala, galera! Vamos lançar em agosto um curso de educação financeira para casais e preciso de um copywriter pra escrever:\n\n📧 Sequência de aquecimento (7 e-mails)\n📧 Sequência de carrinho aberto (5 e-mails)\n📧 2 e-mails de recuperação de carrinho\n📧 Roteiro de 3 stories de venda\n\nQuero alguém que já tenha escrito pra lançamento (Fórmula de Lançamento ou parecido) e que tenha cases com números.\n\n⚠️ Atenção: não aceito copy feita com IA. Nada de ChatGPT, Gemini, Jasper, nem "só uma ajudinha". Todo texto entregue passa pelo ZeroGPT e pelo Originality, e se der alto eu devolvo e não pago a etapa. Já me queimei com isso antes.\n\nOrçamento: R$ 3.000 a R$ 4.500 pelo pacote, dependendo da experiência. Manda teu portfólio e me conta o melhor resultado que você já teve num lançamento.',
    { disclosure: false, confidentiality: false, detectors: true },
  ],
  // r10a-035: AI only for title brainstorming and spelling with the writing done by the freelancer, and the recordings may not be put into any AI.
  [
    'restricted',
    'Ghostwriter para livro de memórias do meu pai (≈ 150 páginas)\n\nOlá! Meu pai tem 82 anos e uma história de vida incrível (veio de Portugal nos anos 60, abriu uma padaria em São Paulo que virou uma rede…). Gravei umas 20 horas de conversa com ele e quero transformar isso num livro para a família e os amigos, talvez publicar de forma independente.\n\nProcuro um(a) ghostwriter que:\n- Ouça as gravações e monte a estrutura do livro comigo\n- Escreva na voz dele (simples, com humor, umas expressões bem portuguesas)\n- Faça reuniões quinzenais por vídeo comigo\n\nSobre IA: pode usar ChatGPT ou Gemini pra brainstorm de títulos de capítulos ou revisão de ortografia, tranquilo. Mas a escrita tem que ser sua. E por favor não coloque as gravações nem trechos das entrevistas em nenhuma IA — tem muita coisa íntima da família ali.\n\nPrazo: uns 5 meses. Orçamento a combinar, me mande sua proposta com valor e exemplos de trabalhos parecidos.',
    { disclosure: false, confidentiality: true, detectors: false },
  ],
  // r10a-036: The client explicitly permits Copilot/ChatGPT for coding with no conditions.
  [
    'allowed',
    'Dev WordPress para ajustes no site + sistema de agendamento\n\nPreciso de um dev WordPress pra resolver umas coisas no site do meu estúdio de pilates:\n\n1. Site tá lento (PageSpeed mobile 28 😭) – otimizar\n2. Integrar um sistema de agendamento de aulas com pagamento via Pix (pode ser plugin pronto ou algo customizado, me sugere)\n3. Arrumar o layout no celular, que quebra em algumas páginas\n4. Configurar backup automático\n\nTema atual: Astra + Elementor. Hospedagem na Hostinger.\n\nSe você costuma usar Copilot, ChatGPT ou outra IA pra programar, pode usar à vontade, sem problema nenhum pra mim.\n\nOrçamento: até R$ 1.800. Prazo ideal de 2 semanas. Me manda uns sites que você já fez ou arrumou!',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-037: AI is explicitly fine for the proposal but synthetic or cloned voices are banned in the narration.
  [
    'prohibited',
    'Locutor(a) para curso EAD de segurança do trabalho – 40 vídeos\n\nEmpresa de treinamentos corporativos procura locutor(a) brasileiro(a) para narrar um curso de NR-35 (trabalho em altura). São 40 vídeos curtos, total aproximado de 3h de áudio final.\n\nRequisitos:\n• Voz clara, tom didático e confiável (nada de locução de varejo)\n• Home studio com tratamento acústico\n• Entrega em WAV 48kHz, editado, sem respirações e ruídos\n• Disponibilidade para regravações pontuais\n\nSobre IA, pra deixar claro: a proposta você pode escrever como preferir, com ou sem IA, não vou julgar. Já a locução tem que ser 100% sua voz real gravada — vozes sintéticas ou clonadas (ElevenLabs, Murf etc.) não serão aceitas em nenhum trecho.\n\nEnvie uma demo de locução institucional ou educativa e seu valor por minuto finalizado.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'allowed', work: 'prohibited' },
    },
  ],
  // r10b-030: AI help is allowed but the freelancer must review everything and say which tool was used on which products.
  [
    'restricted',
    'oi gente! preciso de alguém pra escrever as descrições dos produtos da minha loja de roupa fitness na nuvemshop, são uns 80 produtos. nada muito longo, tipo 3-4 linhas cada + os tópicos de tecido e tamanho\n\npode usar IA pra ajudar sim, sem problema, mas vc tem q revisar tudo direitinho e me falar qual ferramenta usou e em quais produtos, pq da última vez veio tudo igual e com informação errada do tecido 🙃\n\npago por lote, me manda msg com valor e prazo. bjs',
    { disclosure: true, confidentiality: false, detectors: false },
  ],
  // r10b-031: AI-generated screening answers are discarded, while AI in the articles is limited to research and structure.
  [
    'prohibited',
    'Redator(a) para blog de clínica odontológica — 8 artigos/mês\n\nProcuramos alguém que escreva de forma clara para pacientes, sem jargão, e que saiba pesquisar em fontes confiáveis (CFO, artigos científicos).\n\nPerguntas de triagem:\n1. Você já escreveu para a área da saúde? Mande links.\n2. Como você explicaria um tratamento de canal para alguém com medo de dentista? (uns 3-4 parágrafos)\n3. Qual seu valor por artigo?\n\nImportante: responda às perguntas com as suas próprias palavras. Respostas geradas por IA serão descartadas, é justamente a pergunta 2 que mostra como você escreve.\n\nNos artigos, pode usar IA só para pesquisa e para organizar a estrutura; o texto final tem que ser escrito por você.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'restricted' },
    },
  ],
  // r10b-032: The AI assistant is the client's product being launched; the invitation sets no AI rule for the animator.
  [
    'none',
    'Oi Rafael, tudo bem?\n\nVi seu portfólio de motion design aqui na plataforma e adorei os vídeos explicativos que você fez pra fintechs, principalmente aquele com as animações em 2D bem fluidas.\n\nA gente está lançando a Lia, uma assistente com inteligência artificial que ajuda pequenos comerciantes a controlar o caixa pelo WhatsApp, e precisamos de um vídeo de 60 a 90 segundos para o lançamento. Já temos roteiro e locução prontos; falta a animação.\n\nVocê teria agenda nas próximas três semanas? Se topar, te mando o roteiro e a gente marca uma call rápida pra alinhar estilo e orçamento.\n\nAbraço,\nJúlia',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-033: The FAQ requires generating the draft voices with ElevenLabs or similar, and says AI in the proposal is fine. Label corrected to allowed: the writer was told to rank encouraged above allowed, but the taxonomy ranks a permission stricter than a requirement.
  [
    'allowed',
    'Produção de áudios de rascunho para cursos online (narração com IA)\n\nTemos 12 módulos de um curso de finanças pessoais e queremos testar a narração antes de contratar um locutor profissional para a versão final.\n\nPERGUNTAS FREQUENTES\nP: Posso usar IA?\nR: Deve! O trabalho é justamente gerar as vozes de rascunho no ElevenLabs (ou ferramenta parecida), ajustar pronúncia, pausas e entonação e entregar os arquivos por aula.\nP: E na proposta, posso usar IA?\nR: Pode, tanto faz para nós. Queremos ver amostras.\nP: Preciso ter conta paga?\nR: Sim, o custo da assinatura pode entrar no orçamento.\nP: Qual o prazo?\nR: Duas semanas.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'allowed', work: 'encouraged' },
    },
  ],
  // r10b-035: The Whisper subtitles are the client team's own AI use; the reviewer gets no rule about AI.
  [
    'none',
    'Oi Bia, tudo certo?\n\nContrato aceito, obrigada! Só pra te situar antes de começar: as legendas dos 18 episódios já foram geradas automaticamente aqui pela nossa equipe, usando o Whisper. Ficou razoável, mas ele erra bastante nome próprio, gíria e quando duas pessoas falam ao mesmo tempo.\n\nSua parte é revisar tudo, corrigir o texto, ajustar a sincronia e quebrar as linhas no padrão da Netflix (42 caracteres, 2 linhas). Os arquivos .srt e os vídeos estão na pasta do Drive que compartilhei.\n\nQualquer dúvida me chama aqui mesmo. Bom trabalho!\nCarol',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── French (14) ─────────────
  // r10a-038: The AI detector is the product to build; the freelancer's work is not checked and no rule on their AI use is given.
  [
    'none',
    "Développeur(se) pour extension Chrome de détection de texte IA\n\nBonjour,\n\nNous sommes une petite edtech lyonnaise et nous voulons proposer aux enseignants une extension Chrome qui analyse un texte (copie d'élève, devoir rendu sur l'ENT) et estime la probabilité qu'il ait été généré par une IA, un peu comme GPTZero ou Compilatio, mais directement dans leur navigateur.\n\nCe que nous attendons :\n- Extension Chrome (Manifest V3) avec une interface simple\n- Appel à notre API existante (le modèle de détection est déjà développé par notre équipe data)\n- Surlignage des passages suspects dans la page\n- Gestion des comptes et quotas (Stripe pour les abonnements établissements)\n\nCompétences : JavaScript/TypeScript, API Chrome, un peu de design UI.\nBonus : expérience avec des outils utilisés dans l'Éducation nationale.\n\nBudget : 4 000 à 6 000 € selon la proposition. Merci d'indiquer les extensions que vous avez déjà publiées sur le Chrome Web Store.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-039: Notion AI and Copilot are competitors of the client's product; no rule on the freelancer's AI use.
  [
    'none',
    "Community manager / rédacteur LinkedIn pour une startup SaaS (alternative française à Notion AI)\n\nSalut !\n\nOn développe Plume, un espace de travail collaboratif avec assistant IA intégré, hébergé en France (on se positionne clairement face à Notion AI et Microsoft Copilot sur la souveraineté des données). On cherche un(e) freelance pour animer notre présence sur LinkedIn et notre communauté Discord.\n\nMissions :\n• 3 posts LinkedIn/semaine (page entreprise + posts pour le CEO)\n• Animation du Discord : annonces, réponses aux questions, petits événements\n• Veille concurrentielle mensuelle (ce que sortent Notion, Coda, Mem…)\n\nProfil :\n– Tu connais l'écosystème SaaS B2B\n– Tu écris bien, avec un ton pro mais détendu\n– Tu as déjà animé une communauté en ligne\n\n10 à 12 h par semaine, TJM à discuter. Mission de 6 mois renouvelable.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-040: No mention of AI at all; the confidentiality commitment does not concern AI tools.
  [
    'none',
    "Assistante virtuelle / saisie pour office notarial – 15h/semaine\n\nOffice notarial en Bretagne recherche une assistante (ou un assistant) à distance pour nous décharger de la saisie et du suivi administratif.\n\nTâches principales :\n- Saisie des informations dans notre logiciel de rédaction d'actes (formation assurée)\n- Préparation des dossiers de succession (collecte des pièces, relances)\n- Mise en forme de courriers types\n- Classement et numérisation\n\nProfil recherché :\n✔ Expérience en étude notariale ou cabinet juridique fortement appréciée\n✔ Rigueur, discrétion, orthographe impeccable\n✔ Disponible les matins du lundi au vendredi\n\nVous serez amené(e) à manipuler des données personnelles sensibles : signature d'un engagement de confidentialité obligatoire avant le démarrage, et travail uniquement via notre accès sécurisé (VPN).\n\nRémunération : 22 € / heure, facturation mensuelle. Merci de joindre un CV.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-041: Content produced by ChatGPT, Le Chat, Gemini or any generator is refused and unpaid.
  [
    'prohibited',
    "Rédacteur web pour agence immobilière – descriptions de biens + articles de quartier\n\nAgence immobilière à Bordeaux (centre + Chartrons) cherche un rédacteur web pour :\n\n📝 Descriptions d'annonces (une quinzaine par mois, 200-300 mots)\n📝 2 articles par mois sur les quartiers (vie locale, écoles, marchés, commerces…)\n📝 Optimisation SEO locale de base\n\nOn veut des textes qui donnent envie, précis, sans clichés (« coup de cœur assuré », « rare sur le secteur »… on en a marre 😄).\n\nPoint non négociable : les textes doivent être écrits par vous, entièrement. Aucun contenu produit par ChatGPT, Le Chat de Mistral, Gemini ou un autre générateur ne sera accepté, et un texte qui en sortirait ne sera pas payé. Connaître Bordeaux est un vrai plus pour les articles quartier.\n\nRémunération : 25 € par annonce, 90 € par article. Envoyez-nous deux ou trois textes déjà publiés.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-043: Speech recognition is allowed for the first pass only with full human review, and its use must be declared per episode.
  [
    'restricted',
    "Sous-titreur·se SME (sourds et malentendants) – documentaires TV\n\nSociété de post-production spécialisée dans le documentaire recherche des sous-titreurs SME pour une série de 8 épisodes de 52 minutes destinés à une chaîne nationale.\n\nMission :\n- Repérage et adaptation des sous-titres selon la charte Arcom (couleurs, indications sonores, etc.)\n- Logiciel : EZTitles ou Subtitle Edit\n- Livraison en .stl et .srt\n\nPour la transcription de départ, vous pouvez utiliser un outil de reconnaissance vocale (Whisper, Trint, Happy Scribe…), à condition de reprendre et vérifier chaque sous-titre vous-même : l'adaptation, les indications sonores et la synchro restent un travail humain. Merci de nous préciser, pour chaque épisode, si vous êtes parti(e) d'une transcription automatique.\n\nDélai : un épisode par semaine. Tarif à la minute selon grille habituelle, à discuter.\nProfils avec expérience du SME télévisé uniquement.",
    { disclosure: true, confidentiality: false, detectors: false },
  ],
  // r10a-044: AI limited to structuring/ideas, subject to prior approval, and the parts concerned must be flagged in the storyboard.
  [
    'restricted',
    "Concepteur·rice pédagogique pour module e-learning – cybersécurité pour PME\n\nOrganisme de formation certifié Qualiopi, nous créons un parcours e-learning sur la cybersécurité à destination des salariés de PME (non-informaticiens). Nous cherchons un·e concepteur·rice pédagogique freelance.\n\nLivrables :\n1. Storyboard détaillé de 4 modules de 20 min\n2. Scénarios interactifs (mises en situation : phishing, mots de passe, télétravail)\n3. Quiz d'évaluation\n4. Intégration dans Articulate Rise\n\nCôté IA : vous pouvez vous aider de ChatGPT ou de Claude pour structurer le plan ou trouver des idées de mises en situation, mais pas pour rédiger les contenus eux-mêmes. Avant toute utilisation, parlez-en à notre cheffe de projet pour validation, et signalez dans le storyboard les parties concernées.\n\nDurée : 6 semaines. Budget : 5 500 € HT. Un premier entretien en visio est prévu avec les candidat·e·s retenu·e·s.",
    { disclosure: true, confidentiality: false, detectors: false },
  ],
  // r10b-037: The quoted English clause bans generative AI at every stage, and files are checked with an AI-image detection tool.
  [
    'prohibited',
    "Illustrateur·rice pour une campagne de packaging (marque de thé américaine)\n\nNous sommes une petite agence lyonnaise et notre client est une marque de thé basée à Portland. Il faut 6 illustrations botaniques pour une nouvelle gamme, style gravure ancienne, livraison en vectoriel.\n\nAttention, le contrat du client contient la clause suivante, que je vous cite telle quelle : « No generative AI tools may be used at any stage of the creative process, including sketches and references. » Donc aucune IA, même pour les croquis ou les recherches d'ambiance. Le client fait vérifier les fichiers livrés par un outil de détection d'images IA, et nous aussi avant livraison.\n\nMerci d'envoyer votre portfolio et votre tarif pour les 6 pièces.",
    { disclosure: false, confidentiality: false, detectors: true },
  ],
  // r10b-038: For the texts, AI is limited to ideas/proofreading with the tool named in each delivery; an AI corrector on the questionnaire answers is freely allowed.
  [
    'restricted',
    "Rédacteur·rice web pour site d'agence immobilière (Bordeaux)\n\nNous cherchons quelqu'un pour réécrire les 25 pages de notre site (quartiers, services, FAQ) avec une vraie connaissance locale.\n\nQuestions de présélection :\n1. Connaissez-vous Bordeaux et ses quartiers ? Un exemple de texte local que vous avez écrit ?\n2. Comment abordez-vous le référencement local ?\n3. Avez-vous l'habitude de travailler avec l'IA ? Pour info, sur cette mission elle est acceptée pour trouver des idées ou relire, à condition de nous indiquer dans chaque livraison quel outil vous avez utilisé ; les textes eux-mêmes doivent être rédigés par vous.\n4. Délai pour les 25 pages ?\n\nPour ce questionnaire, vous pouvez tout à fait passer vos réponses dans un correcteur IA, ça ne nous pose aucun problème.",
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'allowed', work: 'restricted' },
    },
  ],
  // r10b-039: The job is evaluating a language model's outputs (AI as the work); no rule about the annotator's own AI use.
  [
    'none',
    "Bonjour Camille,\n\nJ'ai beaucoup aimé votre profil : votre formation en linguistique et vos missions de relecture pour des éditeurs jeunesse, c'est exactement ce que nous cherchons.\n\nNous sommes une jeune entreprise parisienne qui entraîne un modèle de langue spécialisé en français administratif. Nous avons besoin d'une annotatrice pour évaluer et corriger des réponses générées par le modèle : repérer les erreurs factuelles, les tournures maladroites, et noter chaque réponse selon une grille que nous vous fournirons. Environ 10 heures par semaine pendant deux mois, 28 €/h.\n\nSeriez-vous intéressée ? Je peux vous envoyer un petit test rémunéré pour commencer.\n\nBien cordialement,\nHugo",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-040: The update says ChatGPT, DeepL or any AI tool may be used with no particular restriction.
  [
    'allowed',
    "Assistant·e virtuel·le pour un cabinet de coaching (8 h/semaine)\n\nGestion de l'agenda, relances clients par e-mail, mise en forme des devis et petites tâches sur Notion.\n\nMISE À JOUR du 14/03 : merci pour toutes vos candidatures ! Pour répondre à la question qui revient le plus : oui, vous pouvez utiliser ChatGPT, DeepL ou tout autre outil d'IA dans votre travail, sans restriction particulière. Ce qui compte pour moi, c'est la fiabilité et la réactivité.\n\nAutre précision : le poste démarre début avril, avec un point en visio chaque lundi matin.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-041: Only the client's own AI-generated product pages are described; the proofreader gets no AI rule.
  [
    'none',
    "À propos de nous : Maison Sève est une boutique en ligne de cosmétiques naturels basée à Nantes. Depuis l'an dernier, nous générons nos fiches produits et nos newsletters avec un outil d'IA que nous avons paramétré sur notre ton de marque, ce qui nous a fait gagner un temps fou.\n\nCe que nous cherchons : un·e relecteur·rice freelance pour repasser sur ces contenus avant publication. Il s'agit de vérifier les allégations (rien d'interdit par la réglementation cosmétique !), corriger les maladresses et harmoniser le vocabulaire. Environ 40 fiches par mois.\n\nUne connaissance de la réglementation cosmétique européenne serait un vrai plus.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-042: Mastering AI clipping tools like Opus Clip is stated as mandatory for the job.
  [
    'encouraged',
    "slt ! je cherche qq1 pr monter des shorts à partir de mes lives Twitch (jeux rétro), genre 10-15 par semaine. faut absolument maîtriser les outils IA style Opus Clip ou les sous-titres auto de CapCut, c'est obligatoire pr tenir le rythme, je veux pas de montage 100% manuel qui prend 3h par clip 😅 payé au clip, dispo rapidement svp. envoyez moi des exemples de ce que vous avez fait",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-043: Screening questions ask about experience launching a generative-AI feature (AI as the subject), with no rule on the consultant's use.
  [
    'none',
    "Consultant·e en stratégie produit — lancement d'une fonctionnalité d'IA générative\n\nNotre SaaS de gestion RH va intégrer un assistant de rédaction d'offres d'emploi basé sur un LLM. Nous cherchons un·e consultant·e pour cadrer le lancement : positionnement, tarification, messages clés.\n\nQuestions pour les candidat·e·s :\n– Avez-vous déjà accompagné le lancement d'une fonctionnalité d'IA générative ? Laquelle, et avec quels résultats ?\n– Comment mesureriez-vous l'adoption d'un tel assistant ?\n– Quels risques (juridiques, d'image) voyez-vous pour un outil d'IA dans le recrutement ?\n– Votre TJM et vos disponibilités ?",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── German (13) ─────────────
  // r10a-045: The chatbot built on GPT-4o/Claude is the product; no rule on the developer's own AI use.
  [
    'none',
    'Entwickler/in für KI-Chatbot im Kundenservice (GPT-4o oder Claude API, RAG)\n\nWir sind ein mittelständischer Online-Händler für Fahrradteile (ca. 25.000 Artikel) und wollen unseren Kundenservice entlasten. Geplant ist ein Chatbot auf unserer Website, der Fragen zu Kompatibilität, Lieferzeiten und Retouren beantwortet.\n\nAnforderungen an das Projekt:\n• Anbindung an unseren Shop (Shopware 6) und die Warenwirtschaft\n• RAG über Produktdaten, FAQ und Retourenrichtlinie\n• Modell: GPT-4o über Azure OpenAI oder Claude über AWS Bedrock – gerne mit Empfehlung\n• Übergabe an einen Menschen, wenn der Bot unsicher ist\n• DSGVO-konforme Umsetzung, Hosting in der EU\n\nWas du mitbringen solltest:\n- Nachweisbare Erfahrung mit LLM-Anwendungen im Produktivbetrieb\n- Python oder TypeScript\n- Verständnis für Prompt-Design und Evaluierung\n\nBudget: 12.000–18.000 € für das MVP inkl. Testphase. Bitte schick uns Referenzprojekte.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-046: The AI tools are the book's topic; no rule on the editor's own AI use.
  [
    'none',
    'Lektorat für Sachbuch „Prompten wie ein Profi" (ca. 220 Seiten)\n\nHallo zusammen,\n\nich habe ein Sachbuch über Prompt Engineering für Selbstständige geschrieben – mit Praxiskapiteln zu ChatGPT, Claude, Midjourney und DeepL Write. Das Manuskript ist fertig, jetzt brauche ich ein gründliches Lektorat vor dem Selfpublishing über Tolino Media und Amazon KDP.\n\nWas ich mir wünsche:\n– Inhaltliches Lektorat: Aufbau, Verständlichkeit, roter Faden\n– Stilistisches Feedback (ich neige zu Bandwurmsätzen 🙈)\n– Anschließend Korrektorat nach aktuellem Duden\n\nTechnisches Vorwissen zu KI ist nicht nötig, eher im Gegenteil: Du sollst lesen wie meine Zielgruppe, also Leute, die damit gerade erst anfangen.\n\nZeitrahmen: 6 Wochen. Bitte nenn mir deinen Preis pro Normseite und schick mir eine kurze Arbeitsprobe, gern auch anonymisiert.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-047: AI-generated texts (ChatGPT, neuroflash, Jasper) are not accepted and every article is checked with Originality.ai.
  [
    'prohibited',
    'Texter/in für Versicherungsblog gesucht – 6 Artikel pro Monat\n\nWir sind ein unabhängiges Versicherungsmaklerbüro in Köln und bauen unseren Ratgeberbereich aus (Berufsunfähigkeit, Hausrat, private Krankenversicherung usw.).\n\nDeine Aufgaben:\n▸ 6 Ratgeberartikel pro Monat à 1.200–1.800 Wörter\n▸ Recherche anhand seriöser Quellen (Verbraucherzentrale, BaFin, Stiftung Warentest)\n▸ SEO-Grundlagen: Keyword im Titel, Zwischenüberschriften, Meta-Description\n\nDas bringst du mit:\n✓ Sehr gutes Deutsch, verständlicher Schreibstil ohne Fachchinesisch\n✓ Idealerweise Erfahrung im Finanz- oder Versicherungsbereich\n✓ Zuverlässigkeit bei Deadlines\n\nGanz wichtig: Wir wollen ausschließlich selbst geschriebene Texte. Mit ChatGPT, neuroflash, Jasper o. Ä. erzeugte Inhalte nehmen wir nicht ab. Jeder Artikel wird vor der Freigabe mit Originality.ai geprüft.\n\nVergütung: 0,09 € pro Wort, Zusammenarbeit langfristig. Bitte Arbeitsproben mitschicken!',
    { disclosure: false, confidentiality: false, detectors: true },
  ],
  // r10a-048: Generative Fill is allowed only for backgrounds, never on the product, and its use must be marked per image.
  [
    'restricted',
    'Bildbearbeiter/in für Produktfotos (Möbel-Onlineshop) – ca. 300 Bilder/Monat\n\nWir verkaufen Massivholzmöbel online und fotografieren im eigenen Studio. Für die Nachbearbeitung suchen wir dauerhaft Unterstützung.\n\nAufgaben:\n• Freistellen (weißer Hintergrund, Schatten erhalten)\n• Farbkorrektur: Holztöne müssen dem Original entsprechen!\n• Staub, Kratzer, Falten in Stoffen entfernen\n• Milieubilder: Hintergründe für Banner-Formate erweitern\n\nZu KI-Funktionen: Die generative Füllung in Photoshop (Firefly) darfst du zum Erweitern von Hintergründen und Wänden verwenden. Am Möbelstück selbst darf aber nichts generiert werden – Maserung, Form und Farbe müssen echt bleiben, sonst bekommen wir Retouren. Bitte in der Dateiliste kennzeichnen, bei welchen Bildern du die generative Füllung eingesetzt hast.\n\nBezahlung pro Bild (Freisteller ca. 1,50 €, Milieubild ca. 4 €), Abrechnung monatlich. Bitte Vorher-Nachher-Beispiele schicken.',
    { disclosure: true, confidentiality: false, detectors: false },
  ],
  // r10a-049: The client explicitly welcomes Gamma, Copilot or Canva AI with no conditions.
  [
    'allowed',
    'Präsentationsdesigner/in gesucht – Pitch Deck für Series A (ca. 20 Folien)\n\nHi! Wir sind ein Berliner Climate-Tech-Startup und gehen in drei Wochen in die Series-A-Gespräche. Inhaltlich steht unser Deck, optisch ist es… sagen wir mal: Entwicklerästhetik 😅\n\nWas wir brauchen:\n→ Neues Design für ca. 20 Folien (Master-Layouts, Icons, Diagramme)\n→ Unsere Zahlen als saubere Charts (Marktgröße, Unit Economics, Roadmap)\n→ Finale Datei in Google Slides UND als PDF\n\nOb du mit Gamma, Copilot in PowerPoint, den KI-Funktionen von Canva oder ganz klassisch arbeitest, ist uns völlig egal – nutz gern KI-Tools, wenn sie dich schneller machen.\n\nBudget: 1.500–2.500 €, je nach Erfahrung. Schick uns gern 2–3 Decks, die du gestaltet hast (auch als PDF, vertrauliche Stellen geschwärzt).',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-050: The team expects the freelancer to work with Claude Code or Cursor.
  [
    'encouraged',
    'Python Data Engineer (Freelance, remote) – AI-first Arbeitsweise erwünscht\n\nWir sind ein Team von 12 Leuten und bauen für Energieversorger Prognosemodelle für den Stromverbrauch. Für den Ausbau unserer Datenpipelines suchen wir ab sofort Verstärkung, ca. 3–4 Tage pro Woche für 6 Monate.\n\nAufgaben:\n– ETL-Pipelines mit Airflow und dbt weiterentwickeln\n– Datenqualitätschecks (Great Expectations) einführen\n– Migration einiger Jobs von Pandas nach Polars\n\nTech-Stack: Python, Airflow, dbt, Postgres/TimescaleDB, AWS.\n\nWie wir arbeiten: Claude Code im Terminal bzw. Cursor ist bei uns Standard, und das erwarten wir auch von dir. Wir schreiben Specs so, dass ein Agent damit loslegen kann, und reviewen dann gemeinsam. Wer lieber alles von Hand tippt, wird bei uns wahrscheinlich nicht glücklich.\n\nTagessatz: 650–800 € je nach Erfahrung. Kurzes Kennenlerngespräch + kleine bezahlte Aufgabe.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-044: ChatGPT is OK for brainstorming only, final slides must be self-made, tools must be listed at handover, and internal figures must not go into AI tools.
  [
    'restricted',
    'Hi zusammen! Wir suchen einen Freelancer für unser neues Onboarding-Deck (ca. 20 Slides) – Zielgruppe sind neue Hires in unserem Sales-Team. Look & Feel soll clean sein, wir haben ein Brand Guide in Figma.\n\nKurz zum Thema AI: ChatGPT fürs Brainstorming oder für erste Headline-Ideen ist voll okay. Die finalen Slides und die Copy aber bitte selbst machen, und im Handover kurz auflisten, welche Tools ihr wofür genutzt habt. Und ganz wichtig: unsere internen Zahlen (Pipeline, Quotas, Revenue) bitte nicht in irgendein AI-Tool reinkippen, die sind confidential.\n\nTimeline: 2 Wochen, Budget so um die 1.200 €. Schickt gern ein paar Decks, die ihr schon gebaut habt!',
    { disclosure: true, confidentiality: true, detectors: false },
  ],
  // r10b-045: Applicants must confirm they use no AI tools for the editing; chapters are spot-checked with Copyleaks.
  [
    'prohibited',
    'Lektorat für Sachbuch-Manuskript (Gartenbau, ca. 280 Normseiten)\n\nWir sind ein kleiner Fachverlag und suchen eine erfahrene Lektorin bzw. einen erfahrenen Lektor für ein inhaltliches und sprachliches Lektorat.\n\nBitte beantworten Sie in Ihrer Bewerbung folgende Fragen:\n1. Welche Sachbücher haben Sie bereits lektoriert?\n2. Arbeiten Sie im Änderungsmodus von Word oder mit Kommentaren im PDF?\n3. Können Sie bestätigen, dass Sie für das Lektorat keinerlei KI-Werkzeuge (ChatGPT, DeepL Write, LanguageTool mit KI-Funktionen o. Ä.) einsetzen? Wir gleichen bearbeitete Kapitel stichprobenartig mit Copyleaks ab.\n4. Bis wann könnten Sie das Manuskript abschließen?',
    { disclosure: false, confidentiality: false, detectors: true },
  ],
  // r10b-046: AI notetakers are banned in calls because confidential information must not reach AI services; for the report AI is limited to research.
  [
    'prohibited',
    'Hallo Herr Weber,\n\nvielen Dank für das gute Kick-off gestern – ich habe ein sehr gutes Gefühl für die Zusammenarbeit an unserer Standortanalyse.\n\nZwei Punkte möchte ich noch schriftlich festhalten:\n1. Bitte nutzen Sie in unseren Calls keine KI-Notetaker wie Otter, Fireflies oder die Zusammenfassungsfunktion von Zoom. In den Gesprächen fallen vertrauliche Informationen zu Grundstücken und Verhandlungspartnern, die nicht bei einem KI-Dienst landen dürfen. Machen Sie sich lieber selbst Notizen.\n2. Für den Bericht selbst dürfen Sie KI-Tools zur Recherche verwenden, die Analyse und die Formulierungen sollen aber von Ihnen stammen.\n\nIch melde mich Ende der Woche mit den Flächendaten.\n\nViele Grüße\nSabine Krüger',
    {
      disclosure: false,
      confidentiality: true,
      detectors: false,
      scopes: { communication: 'prohibited', work: 'restricted' },
    },
  ],
  // r10b-047: The job is building an OpenAI-API chatbot (AI as the product); the EDIT sets no rule on the developer's own AI use.
  [
    'none',
    'Python-Entwickler:in für KI-Chatbot im Kundenservice gesucht\n\nWir sind ein mittelständischer Online-Händler für Fahrradteile und wollen einen Chatbot auf Basis der OpenAI-API bauen, der Fragen zu Bestellstatus, Retouren und Kompatibilität von Teilen beantwortet. Anbindung an Shopware 6 und unser Ticketsystem (Zendesk) ist nötig.\n\nEDIT: Weil mehrfach gefragt wurde – ja, es ist ein reines Remote-Projekt, und nein, wir brauchen keine eigene Modellschulung, RAG mit unseren Produktdaten reicht. Geplanter Umfang: ca. 120 Stunden, Start im Juni.\n\nBitte schickt Referenzen zu ähnlichen LLM-Projekten mit.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-048: The agency expects the developer to actively use AI coding tools such as Copilot, Cursor or Claude Code.
  [
    'encouraged',
    'Über uns: Wir sind Kollektiv42, eine kleine Software-Agentur aus Leipzig. Wir bauen Web-Apps für NGOs und Kommunen und arbeiten seit zwei Jahren konsequent KI-first – Pairing mit Copilot, Code-Reviews mit Claude, Tests lassen wir generieren und prüfen sie dann.\n\nGesucht: Freelance Fullstack-Dev (Vue 3, Laravel) für 3–4 Monate, ca. 25 h/Woche.\n\nWas wir erwarten: Du nutzt im Alltag aktiv KI-Coding-Tools wie GitHub Copilot, Cursor oder Claude Code und hast Lust, damit in unserem Team zu arbeiten. Wer lieber ganz ohne KI programmiert, wird bei uns nicht glücklich. Eine Lizenz stellen wir, falls du keine hast.\n\nSchreib uns kurz, wie dein typischer Workflow aussieht.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-049: The client's message says machine translation is no problem at all and leaves tool choice entirely to the translator.
  [
    'allowed',
    'Hallo Frau Ahmadi,\n\ndanke für Ihr Angebot für die Übersetzung unserer Produktbroschüren ins Persische. Ihr Profil hat uns überzeugt, und wir würden Sie gern beauftragen.\n\nSie hatten in Ihrem Anschreiben gefragt, ob maschinelle Übersetzung für uns ein Problem ist: Nein, überhaupt nicht. Nutzen Sie gern Google Translate, KI-Tools oder was auch immer Ihnen die Arbeit erleichtert, das überlassen wir ganz Ihnen.\n\nIch schicke Ihnen heute Nachmittag die InDesign-Dateien und das Glossar. Passt Ihnen eine Abgabe bis zum 20.?\n\nBeste Grüße\nThomas Berger',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-050: AI images are the client's business (About us only); the bookkeeping job sets no AI rule.
  [
    'none',
    'Über uns: PropVision aus Hamburg erstellt KI-generierte Visualisierungen für Immobilienmakler – virtuelles Home Staging, Renderings von Neubauprojekten und Grundriss-Animationen. Unsere Bildpipeline basiert auf Stable Diffusion und eigenen Modellen.\n\nWir suchen eine:n freiberufliche:n Buchhalter:in (ca. 10 Stunden im Monat): laufende Finanzbuchhaltung in DATEV, Vorbereitung der Umsatzsteuervoranmeldung, Abstimmung mit unserer Steuerberatung.\n\nVoraussetzungen: abgeschlossene Ausbildung im Bereich Buchhaltung oder vergleichbare Erfahrung, sicherer Umgang mit DATEV Unternehmen online, Erfahrung mit kleinen GmbHs. Remote möglich, gelegentlich vor Ort in Hamburg wünschenswert.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-005 (once a known miss: the bare name "Originality" after "scanned with"): The client restates that AI-written copy is not accepted and says every article will be scanned with Originality.
  [
    'prohibited',
    "Hi Marcus,\n\nThanks for getting the first batch in early — the pieces on heat pumps and attic insulation were exactly what we wanted.\n\nI need to flag something on the third article (the solar financing one). I ran it through Originality before sending it to the client and it came back 87% likely AI. Some of the phrasing also doesn't sound like your other two at all. As we agreed when the contract started, we can't accept AI-written copy, our client's terms forbid it.\n\nCould you rewrite that one from scratch by Friday? From now on I'll be scanning every article before approval, just so we're both on the same page.\n\nThanks,\nDana",
    { disclosure: false, confidentiality: false, detectors: true },
  ],
];

/** Still read wrongly: the right reading, the text, what the engine reads instead, the labels checked. */
export const ROUND10_MISSES: KnownMiss[] = [
  // r10a-007: The AI headshot app is the product being advertised; prior ads for AI apps are experience, not a rule on the creator's AI use.
  [
    'none',
    "UGC creators wanted – TikTok/Reels ads for AI headshot app 📸\n\nWe make GlowShot, an app that turns 10 selfies into professional headshots (think Aragon / HeadshotPro but cheaper). Looking for 5-8 UGC creators to film short vertical ads for us.\n\nWhat the video should show:\n→ you taking some casual selfies\n→ uploading them to the app (we'll give you a free Pro account)\n→ your honest reaction when the headshots come back\n→ quick before/after + a CTA\n\nSpecs: 20-45 sec, 9:16, raw footage + 1 edited version with captions, good natural lighting, clear audio. Hooks in the first 2 sec pls.\n\nWho we want:\n• 22-45, any gender, US/UK/CA/AU\n• Previous UGC ad portfolio (link it)\n• Comfortable talking on camera, not too \"salesy\"\n\nPay: $150 per video + $50 for each extra hook variation. Usage rights 12 months paid social.\n\nIf you've done ads for other AI apps (Lensa, or any of the Sora/Runway-style video tools) mention it, that's relevant experience!",
    'reads stance restricted, disclosure true: "if you\'ve done ads for other AI apps … mention it" asks about experience, read as a request to be told',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-008: Transcription must be manual and patient audio/transcripts may not be uploaded to any AI service.
  [
    'prohibited',
    "Medical Transcriptionist – Orthopedic clinic dictations (HIPAA, US)\n\nOur orthopedic practice (3 surgeons, 1 PA) needs a reliable transcriptionist for dictated clinic notes, op reports and referral letters. Volume is about 4–6 audio hours per week, TAT 24 hrs, 48 for op notes.\n\nRequirements\n- 3+ yrs medical transcription, ortho terminology a must\n- Familiar with EHR templates (we'll train you on ours)\n- Signed BAA + HIPAA training certificate\n- US-based, secure home workstation, no public Wi-Fi\n\nPLEASE READ: transcription must be done manually by you. Do not upload our audio or transcripts to Otter.ai, Whisper, Rev's AI, ChatGPT or any other AI/automatic transcription service — that's patient PHI leaving our control and it's a dealbreaker. We audit file access logs.\n\nRate: $1.10/min of audio, paid bi-weekly.\nStart with a paid test file (10 min).",
    'reads stance restricted: the ban on uploading audio is read as the data rule; "transcription must be done manually" names no AI',
    { disclosure: false, confidentiality: true, detectors: false },
  ],
  // r10a-023: Gemini/LLM experience is only a nice-to-have skill for a future feature; no rule on the freelancer's own AI use.
  [
    'none',
    "Data analyst – Looker Studio dashboards from BigQuery (e-commerce)\n\nOur e-commerce store (home goods, ~$2M/yr) has data spread across Shopify, GA4, Meta Ads and Klaviyo. It's already piped into BigQuery via Fivetran but nobody's turned it into anything useful.\n\nNeed:\n📊 Clean SQL models (dbt preferred) for orders, customers, cohorts, marketing spend\n📊 Looker Studio dashboards: daily sales, CAC/ROAS by channel, cohort retention, LTV\n📊 Documentation so our marketing manager can maintain it\n\nTech: BigQuery, dbt, Looker Studio, some Python is a plus.\n\nNice to have: experience with the Gemini features in BigQuery / LLM APIs — down the road we'd like an automated weekly summary in plain English, but that is NOT part of this contract.\n\n~40-60 hrs. Hourly, $45-75 depending on experience. Please share a dashboard you built (screenshot is fine).",
    "reads stance encouraged: a nice-to-have experience with a tool is read as encouraging it (generalization.test.ts), here the product's future feature",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-031: Using HeyGen, ElevenLabs and CapCut's AI features is a requirement of the job.
  [
    'encouraged',
    'Editor/a de vídeo para Reels y TikTok con herramientas de IA (HeyGen, ElevenLabs, CapCut)\n\nSomos una agencia de marketing en Bogotá y producimos contenido para marcas de consumo masivo. Estamos armando un flujo de producción con IA y buscamos un editor que ya lo maneje o que tenga muchas ganas de aprenderlo rápido.\n\nEn este proyecto vas a:\n🎬 Editar 20-25 vídeos cortos al mes (9:16)\n🎬 Crear versiones con avatar en HeyGen a partir de guiones que te pasamos\n🎬 Generar las voces en off con ElevenLabs (voces clonadas de nuestros voceros, con su autorización)\n🎬 Subtitulado automático y efectos en CapCut\n\nUsar estas herramientas es requisito: el cliente ya aprobó este formato y las licencias las pagamos nosotros.\n\nPago: USD 600/mes por el paquete, con posibilidad de subir el volumen. Envíanos tu portafolio con Reels que hayas editado.',
    'reads stance restricted: "con su autorización" (the speakers\' consent to clone their voices) is read as the client\'s approval; "usar estas herramientas es requisito" names no AI',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10b-034: Only the company's corporate Copilot is allowed, and code, logs or client data must not go into external AI tools.
  [
    'restricted',
    'Sobre nós: somos a Pix&Co, fintech de Belo Horizonte que oferece crédito para pequenos negócios. Usamos modelos de machine learning para análise de risco e, no time de engenharia, todo mundo trabalha com assistentes de código.\n\nVaga: desenvolvedor(a) backend freelancer (Kotlin + Spring) para 3 meses, ajudando a migrar nosso serviço de conciliação.\n\nRegras de IA para freelancers: o GitHub Copilot da nossa conta corporativa está liberado e será configurado no seu acesso. Fora isso, é proibido colar trechos do nosso código, logs ou qualquer dado de cliente no ChatGPT, Gemini ou qualquer outra ferramenta de IA externa. Todo PR passa por revisão humana antes do merge.\n\nMande seu GitHub e conte sobre algum projeto com sistemas financeiros.',
    "reads stance allowed: a permission beside a rule about client data stays allowed, with the confidentiality flag (the engine's convention)",
    { disclosure: false, confidentiality: true, detectors: false },
  ],
  // r10b-036: Experience with Excel Copilot is only 'a plus' (a skill); no rule on use.
  [
    'none',
    'alguém manja MUITO de excel?? preciso de uma planilha de controle de estoque pra minha distribuidora de bebidas, com entrada/saída, alerta de estoque baixo e um dashboard simples. hj faço tudo no caderno kkkk\n\nse vc tiver experiência com o copilot do excel ou outras coisas de IA é um plus, mas o principal é saber fórmula e tabela dinâmica msm. orçamento até R$ 400, me chama',
    'reads stance encouraged: "experiência com o Copilot do Excel é um plus" is read as encouraging it (generalization.test.ts)',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r10a-042: Submitting documents to DeepL, Google Traduction or ChatGPT is forbidden and the translation must be fully human.
  [
    'prohibited',
    "Traduction juridique FR>EN – contrats commerciaux, cabinet d'avocats d'affaires\n\nCabinet d'avocats parisien recherche un traducteur ou une traductrice juridique de langue maternelle anglaise pour des missions régulières : contrats de distribution, pactes d'associés, CGV, correspondance avec des confrères étrangers.\n\nExigences :\n• Anglais langue maternelle, formation en traduction juridique ou en droit\n• Maîtrise de la terminologie du droit des affaires français et de ses équivalents en common law\n• Respect strict des délais (souvent 48 à 72h)\n• Outil de TAO au choix (Trados, memoQ…)\n\nConfidentialité : ces documents sont couverts par le secret professionnel. Il est formellement interdit de les soumettre à DeepL, Google Traduction, ChatGPT ou tout autre outil de traduction automatique ou d'IA en ligne, ne serait-ce qu'une phrase. La traduction doit être entièrement réalisée par vos soins. Un accord de confidentialité sera signé.\n\nTarif : selon profil, au mot ou à l'heure. Merci d'envoyer CV et références.",
    'reads stance restricted: the ban on submitting the documents to DeepL is read as the data rule; "la traduction doit être entièrement réalisée par vos soins" names no AI',
    { disclosure: false, confidentiality: true, detectors: false },
  ],
];
