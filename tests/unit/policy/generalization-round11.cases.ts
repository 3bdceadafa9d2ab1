import type { HeldOutCase, KnownMiss } from './held-out.ts';

/*
 * Held-out job posts, round 11: 60 posts of everyday traffic (job posts, screening-question lists, client messages;
 * 40% saying nothing about the freelancer's AI use) by a helper that had seen neither the engine nor the earlier
 * rounds, written as a measurement after round 10 was fixed and read before any fix: 41 of 60 right in every label,
 * stance alone 48 of 60 (80%). The session-start engine read 31 of 60 right in every label and the same 48 stances:
 * the gains of rounds 9-10 were mostly in the parts and the flags.
 */

export const ROUND11: HeldOutCase[] = [
  // ───────────── English (24) ─────────────
  // r11-001: Bans ChatGPT/Claude/Jasper at any stage of drafting and scans every draft with Originality.ai.
  [
    'prohibited',
    "Long-form B2B writer for HR-tech blog — 4 articles/month, ongoing 📝\n\nWe're a 30-person startup selling payroll + onboarding software to mid-size companies in the US. Our blog drives most of our demo requests and we need a second writer to keep up.\n\nWhat you'll do:\n- Write 4 articles a month, 1,800–2,500 words each\n- Interview one of our in-house HR specialists per piece (30 min Zoom, we set it up)\n- Pull real data from sources like SHRM, BLS, Gartner — cite everything\n- Add internal links + suggest 2–3 custom graphics for our designer\n\nMust haves:\n• Published samples in HR, payroll, or B2B SaaS (links please, not PDFs)\n• Comfortable working from Surfer or Clearscope briefs\n• Native-level US English\n\nImportant, please read: we want 100% human-written content. Don't use ChatGPT, Claude, Jasper or any other AI writer at any stage of drafting. Every draft gets scanned with Originality.ai before it reaches our editor, and anything that comes back as likely AI is sent back unpaid. We've been burned twice this year, sorry to be blunt about it.\n\nRate: $0.15/word to start, going up after the first 3 months. Start your proposal with the word \"payroll\" so I know you read this far.",
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r11-006: AI may help with screening answers only if the tool and question are named; AI for SQL on the project is simply fine.
  [
    'restricted',
    "Screening questions – Data Analyst (SQL + Looker Studio), subscription box company\n\nPlease answer all 5. Short is fine.\n\n1. Describe a dashboard you built that actually changed a decision someone made. What was the decision?\n2. We have a Postgres table of orders (order_id, customer_id, created_at, plan, amount). How would you calculate monthly churn? Pseudocode or SQL is fine.\n3. What's your experience with Looker Studio vs Tableau vs Power BI? Which would you pick for a team of 6 non-technical people?\n4. How many hours per week can you commit for the next 2 months?\n5. Your hourly rate in USD.\n\nAbout AI: you can use ChatGPT or similar to help with these answers, but if you do, add a line at the end saying which tool and for which question. We won't penalize it, we just want to know. Once you're on the project, using AI to write or debug SQL is totally fine by us.",
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'restricted', work: 'allowed' },
    },
  ],
  // r11-007: The job is to build an OpenAI-based chatbot; nothing governs the freelancer's own AI use.
  [
    'none',
    "Build a customer-support chatbot for our Zendesk help center (OpenAI API)\n\nHi! We run an online store selling replacement parts for espresso machines (~40k SKUs). Around 60% of our support tickets are the same 20 questions: order status, compatibility, returns, descaling...\n\nWe'd like a chatbot on our site that:\n1. Answers from our help center articles (about 150 of them) and our return policy — RAG setup, no making things up\n2. Looks up order status through the Shopify API when a customer gives an order number + email\n3. Hands over to a human agent in Zendesk when it can't answer or the customer asks\n4. Logs every conversation so we can review\n\nTech: we're open on the stack, but we already have an OpenAI API account and would prefer GPT-4o or similar. Hosting on our AWS. If you think Claude or an open-source model fits better, tell us why.\n\nDeliverables:\n- Working widget on staging, then production\n- Short doc on how to update the knowledge base\n- 30 days of bug fixes after launch\n\nPlease share 1–2 chatbots you've shipped (a link we can actually try is gold). Fixed price preferred, milestone-based.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-013: AI only for literature summaries/brainstorming with line-by-line verification, and internal materials must never go into AI tools.
  [
    'restricted',
    "Medical writer – CME module on type 2 diabetes management (primary care audience)\n\nWe're an accredited continuing medical education provider looking for a freelance medical writer (PharmD, MD, PhD, or RN with a strong writing background) to develop one 60-minute online module.\n\nScope\n• Learning objectives + needs assessment (we provide the gap analysis data)\n• ~6,000-word script for narrated slides\n• 3 patient case vignettes\n• 15 post-test questions with rationales\n• Reference list, AMA style, nothing older than 2019 unless it's a landmark trial\n\nOur AI policy for contractors\nYou may use AI tools (e.g., ChatGPT, Claude, OpenEvidence) to help summarize published literature or brainstorm question stems. Anything AI touched has to be checked line by line against the primary source by you — no unverified citations, ever. What you may NOT do is paste any of our internal materials (gap analysis, faculty notes, the de-identified case data we share) into any AI tool. Those stay on your machine and our SharePoint.\n\nProcess\n1. Kickoff call with our clinical director (45 min) to agree on the outline\n2. Outline + objectives for approval\n3. Full draft → peer review by our physician reviewer → one round of revisions\n4. Final script + question bank, plus a short disclosure-of-relevant-financial-relationships form (ACCME requirement, we send it)\n\nHeads-up: we need content that is fair-balanced and free of commercial bias. No brand names unless there is no generic, and every recommendation should map to ADA Standards of Care or an equivalent guideline.\n\nTimeline: first draft in 4 weeks, final in 7.\nBudget: $4,500–6,000 fixed depending on credentials.\nPlease include a CME or medical-education sample and tell us your therapeutic areas.",
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r11-018: The writer is expected to generate question-bank drafts with ChatGPT or MagicSchool and then edit them.
  [
    'encouraged',
    "Curriculum writer: 7th-grade science unit on ecosystems (NGSS-aligned) — AI-assisted workflow\n\nWe're a small edtech company making supplementary units for middle school teachers. We need a writer/curriculum designer for one 3-week unit on ecosystems (MS-LS2).\n\nDeliverables\n1. Teacher guide with daily lesson plans (15 lessons)\n2. Student handouts + 2 labs that work with cheap materials\n3. A question bank: 120 questions (MC + short answer), tagged by standard and DOK level\n4. Unit test + answer key\n\nHow we work: we build question banks with AI on purpose. You'll be expected to generate first drafts of the questions with ChatGPT or MagicSchool (we'll share our prompt templates), then review, fix and level them yourself. If you're not comfortable working with AI tools, this one isn't a fit.\n\nNice to have: classroom teaching experience, especially grades 6–8.\n\nBudget: $2,200 fixed. Timeline ~5 weeks. Please send one sample lesson plan you wrote.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r11-019: The client refuses AI-written posts (even AI drafts edited afterwards) and will run every post through GPTZero.
  [
    'prohibited',
    "Hi Jordan,\n\nThanks for sending over the April batch. Before I release the milestone I need to raise something: three of the five posts (gutter guards, attic insulation and sump pumps) came back 80–95% AI on GPTZero, and honestly they read that way too — lots of \"in today's fast-paced world\" stuff.\n\nI should have said this clearly at the start, so that's on me: I don't accept AI-written content for this site. No ChatGPT, no Jasper, no \"AI draft and then I edit it.\" From now on I'll be running every post through GPTZero before approving it.\n\nCan you rewrite those three from scratch by next Friday? If that works for you I'm happy to keep going with May's list. If AI is part of your process and you'd rather not change it, no hard feelings, just let me know and we'll close out the contract.\n\nThanks,\nDana",
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r11-020: A virtual-assistant job with no mention of AI.
  [
    'none',
    "Virtual Assistant for busy real estate broker — inbox, calendar, CRM (10–15 hrs/week)\n\nI'm a broker in Phoenix with a team of 4 agents and I'm spending way too much time on admin. I need a reliable VA, ideally working US Mountain time (at least 9am–1pm overlap).\n\nDaily stuff:\n- Triage my inbox (Gmail), flag what needs me, answer the routine stuff with templates\n- Schedule showings and closings, keep my Google Calendar sane\n- Update leads and deal stages in Follow Up Boss\n- Prepare listing packets from our Canva templates\n\nWeekly:\n- Pull a simple report of new leads by source\n- Chase agents for missing paperwork (nicely 😅)\n\nYou need: excellent written English, 2+ years VA experience (real estate a plus), and you're the kind of person who replies within the hour during work hours.\n\n$8–12/hr depending on experience. In your proposal tell me: what CRM do you know best, and what's one system you set up for a past client that saved them time?",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-024: ChatGPT/Copy.ai are OK only if a human edits every description and the writer says upfront which tools they use.
  [
    'restricted',
    "Product description writer for Shopify home-goods store (200 SKUs)\n\nHi! We sell linen bedding, towels and kitchen textiles, mostly made in Portugal and Lithuania. Our current product descriptions are thin (2 lines, some copied from the supplier) and its hurting both SEO and conversions.\n\nLooking for someone to write:\n- 200 product descriptions, 120–180 words each\n- Bullet list of specs (fabric, weight in GSM, care, sizes) from our spreadsheet\n- SEO title + meta description per product\n\nTone: calm, warm, a little bit Scandinavian-minimal. No \"elevate your space\" please 🙃\n\nAI: I know a lot of writers use ChatGPT or Copy.ai for this kind of volume work, and that's okay with me as long as a human edits every single description properly and you tell me upfront which tools you're using. I'd rather know than guess.\n\nPay: $4 per description, first batch of 20 as a paid test. Please send 2 examples of product copy you've written.",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r11-025: A UI/UX design job with no mention of AI.
  [
    'none',
    "UI/UX designer (Figma) — onboarding flow for a budgeting app\n\nWe're an early-stage fintech (pre-seed, 5 people) building a budgeting app for couples who share expenses. Our onboarding has a 58% drop-off between sign-up and linking a bank account, and we want to fix it.\n\nScope:\n- Review the current flow (we'll share analytics + 10 recorded user sessions)\n- Propose 2 alternative flows as low-fi wireframes\n- Hi-fi design of the chosen one in Figma, using our existing design system\n- Clickable prototype for user testing\n- Handoff notes for our React Native devs\n\nRequirements:\n• Portfolio with mobile app work (fintech or health-tech ideal)\n• Strong on microcopy and empty states, not just visuals\n• Available for 2 calls per week (CET or ET timezones)\n\nFixed budget $3,000–3,800. Estimated 4 weeks.\nTell us in one paragraph what you think usually causes drop-off at bank linking.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-030: The client makes an AI meeting assistant, but the questions set no rule on the editor's own AI use.
  [
    'none',
    "Screening questions — Short-form video editor for our AI note-taking app\n\nQuick context: we make an AI meeting assistant (think transcripts + summaries for sales teams) and we post 5 short videos a week on TikTok, Reels and YouTube Shorts — product demos, founder talking-head clips, memes about bad meetings.\n\n1. Link 3 short-form videos you edited that you're proud of. At least one should be a talking-head.\n2. What's your turnaround for a 45-second video from raw footage?\n3. We'll send you screen recordings of the app. How do you make a screen recording interesting in the first 2 seconds?\n4. Which editing software do you use day to day?\n5. Have you worked with a B2B or SaaS brand before? Which one?\n6. Your rate per video, or per hour if you prefer.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-031: A data-cleanup job with an ordinary NDA and no mention of AI.
  [
    'none',
    "Clean up + merge messy customer spreadsheets (Excel, ~35k rows)\n\nhi, we're a family-owned HVAC company and over 15 years our customer list ended up in 4 different spreadsheets + an old Access database export. lots of duplicates, different formats for phone numbers, addresses with typos, etc.\n\nwhat i need:\n- merge everything into one clean Excel file\n- dedupe (same customer with slightly different names/addresses)\n- standardize phone numbers, zip codes, emails\n- flag records that look incomplete instead of deleting them\n- one column showing which original file each row came from\n\nwe're moving to ServiceTitan next month so it needs to match their import template (i'll send it).\n\ndata has customer names/addresses so you'll sign our NDA first.\n\nbudget around $300-400, could be more if its a bigger job than i think. please tell me how you'd handle the duplicates, Power Query? Python? something else?",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-036: Copilot, ChatGPT or Cursor may be used freely while coding; only normal quality expectations apply.
  [
    'allowed',
    "Python scraper for public tender notices (3 EU portals) → daily CSV\n\nNeed a scraper that pulls new public procurement notices from three portals (TED, the Spanish PLACSP and the Portuguese BASE) and saves them to a CSV / Postgres table once a day.\n\nFields: title, buyer, CPV codes, estimated value, deadline, link, country.\nFilter by a list of ~40 CPV codes I'll provide.\n\nRequirements\n- Python 3.11, requests/httpx, or Playwright where needed\n- Handles pagination and doesn't get us blocked (polite rate limits)\n- Runs as a cron job on my Ubuntu VPS, logs errors to a file\n- README so I can run and tweak it myself\n\nRe: AI tools — go ahead and use Copilot, ChatGPT, Cursor or whatever you like while coding, I don't mind at all. What I care about is that it works and the code is readable.\n\nBudget: $400 fixed. Bonus if you've scraped TED before. You'll recieve the CPV list right after hiring.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r11-037: Proposals that are obviously ChatGPT are skipped; in the grant drafts AI may only help brainstorm, final text must be the writer's, and AI-assisted sections must be flagged.
  [
    'prohibited',
    "Grant writer for a community food bank — 2 foundation applications (due in 6 weeks)\n\nHello! I'm the executive director of a small food bank in rural Ohio (we serve ~1,200 households a month with 3 staff and a lot of volunteers). We're applying to two regional foundations for funding to buy a refrigerated truck and expand our mobile pantry.\n\nWhat I need:\n- Two full applications (narratives ~8–10 pages each, budgets, logic model)\n- Help shaping our impact data into something compelling (we have spreadsheets, not stories)\n- One call per week with me, plus a call with our board treasurer for the budget\n\nTwo things about AI, since everyone asks now:\n→ Your proposal: please write it yourself. Proposals that are obviously ChatGPT will be skipped. I want to hear how YOU think about this.\n→ The grant drafts: using AI to brainstorm or rough out a section is OK, but the final narrative has to be your writing, and please flag any section where you used it so I can review it more closely.\n\nBudget: $2,500 flat for both, or your rate. Experience with USDA or food-security funders is a big plus.",
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'prohibited', work: 'restricted' },
    },
  ],
  // r11-042: No generative AI for any part of the engagement, and no client contracts or redlines may be uploaded into AI tools.
  [
    'prohibited',
    "Attorney needed: Master Services Agreement + DPA for B2B SaaS (Delaware C-corp)\n\nWe're a seed-stage SaaS company (workforce scheduling for hospitals) closing our first enterprise contracts. Procurement teams keep redlining our homemade MSA to death and we need a proper one.\n\nScope\n1. Master Services Agreement template (SaaS, Delaware governing law)\n2. Data Processing Agreement (we'll have some EU customers — GDPR)\n3. Order Form template\n4. Review of 2 customer redlines we currently have open, with a short memo on what to accept or push back on\n\nWho we're looking for: licensed US attorney, 5+ years in tech transactions, has negotiated with hospital systems or other healthcare buyers (BAA/HIPAA awareness is a plus).\n\nAI policy — non-negotiable: don't use generative AI (ChatGPT, Claude, Harvey, Spellbook, etc.) for any part of this engagement. And do not upload our contracts, the customer redlines, or anything else we send you into an AI tool. Some of it is covered by our customers' NDAs.\n\nA bit more context so you can scope it:\n- Typical deal size $40k–250k ARR, 1–3 year terms\n- We host on AWS (us-east-1 and eu-central-1), SOC 2 Type I done, Type II in progress\n- Sticking points so far: uncapped indemnity for data breaches, SLA credits, audit rights, and hospitals wanting their own paper\n- We'd love a short \"fallback positions\" playbook our CEO can use in negotiations without calling you every time (optional, quote separately)\n\nProcess: kickoff call, first drafts in ~2 weeks, one consolidated round of comments from us, final versions. We're responsive — you'll get answers same day.\n\nBudget: open to flat fee or hourly, please propose. We'd like the MSA + DPA within 3 weeks.",
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r11-043: AI-written code must be flagged in PRs and no production data may go into AI tools, while AI for Slack messages is freely allowed.
  [
    'restricted',
    "Hey Priya — quick policy update now that legal has weighed in on AI stuff. Nothing changes about how happy we are with your work, this is just formalizing it.\n\n1) Copilot / Claude / whatever you use for code: still fine. But when an AI wrote a non-trivial chunk of a PR (more than a helper function, roughly), mention it in the PR description with the tool name. Reviewers will look at those parts more carefully.\n2) Never paste production data, customer records, or anything from the support DB dumps into any AI chat or assistant. Synthetic or anonymized samples only.\n3) For Slack and our standups, feel free to run your messages through ChatGPT or DeepL if it helps with your English — totally fine, no need to mention it.\n\nI'll add these to the contractor handbook too. Shout if anything's unclear!\n\n— Ben",
    {
      disclosure: true,
      confidentiality: true,
      detectors: false,
      scopes: { work: 'restricted', communication: 'allowed' },
    },
  ],
  // r11-048: A 3D rendering job with no mention of AI.
  [
    'none',
    "3D artist for photorealistic product renders — kitchen faucets (12 models)\n\nWe manufacture mid-range kitchen and bath faucets and need new renders for our 2025 catalog and Amazon listings. Right now we're using photos from 2018 and they look it.\n\nYou'll get: STEP/CAD files for 12 faucet models (3 finishes each: chrome, matte black, brushed gold)\n\nWe need:\n- 3 angles per model/finish on pure white background (Amazon-compliant)\n- 1 lifestyle render per model in a modern kitchen scene (we approve the scene first)\n- 4000×4000 px, PNG + JPG\n- Accurate materials — brushed gold is the tricky one, the previous freelancer made it look like plastic\n\nSoftware: Blender, KeyShot, 3ds Max + Corona, whatever you're best with.\n\nBudget roughly $1,800–2,400 for the whole set. Start with 1 model as a paid test ($120).\nPlease include product renders in your portfolio, metal finishes especially.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-049: Marketing an AI headshot app is work about an AI product; nothing governs the marketer's own AI use.
  [
    'none',
    "Affiliate / influencer outreach manager for our AI headshot app (commission + base)\n\nWe built an app that turns 10 selfies into professional LinkedIn headshots using AI image models. It's doing well with organic traffic, and now we want to grow through partnerships with career coaches, LinkedIn creators and resume writers.\n\nResponsibilities:\n- Build a list of 300+ relevant creators/coaches (we'll agree on criteria)\n- Personalised outreach by email and LinkedIn DM\n- Negotiate deals (rev share, flat fee, free credits for their audience)\n- Manage the affiliate program in Rewardful: onboarding, payouts, tracking\n- Weekly report: contacted / replied / signed / revenue\n\nWhat we're looking for:\n✅ You've run an affiliate or influencer program for a SaaS or app before\n✅ Strong written English, persuasive without being spammy\n✅ Comfortable talking about AI products with people who are sometimes skeptical of them\n\nSome numbers so you know what you're walking into:\n• ~14k paying users so far, average order $29\n• 3 partners already live (2 resume writers, 1 career coach) converting at 6–9%\n• Our best channel right now is TikTok, but we think LinkedIn creators are underused\n• We have a media kit, before/after examples and tracking links ready to go\n\nFirst 30 days we'd expect you to: finalize the target list with us, send the first 100 outreach messages, and sign at least 5 new partners. After that we'll set targets together.\n\nYou'll report to the co-founder who handles growth; we do a 30-minute check-in every Monday and otherwise work async in Slack.\n\nComp: $800/month base + 10% of affiliate revenue for the first 6 months.\nTell us about the best partnership you ever closed.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-052: A subtitling/translation job with no mention of AI or machine translation.
  [
    'none',
    "Subtitler needed: English SRT subtitles for Spanish-language documentary (52 min)\n\nHi! I'm an independent filmmaker finishing a documentary about artisanal fishermen in Galicia, mostly in Spanish with some Galician. We've been accepted to two festivals in the UK and US and need English subtitles.\n\nWhat I need:\n• Translation + timing of subtitles from the Spanish/Galician audio\n• I already have a full Spanish transcript with timecodes, so you won't start from zero\n• Netflix-style guidelines: max 42 characters per line, 2 lines, reading speed ~17 cps\n• Deliver SRT + a burned-in version of the final cut\n\nGalician is maybe 15% of the dialogue — if you understand it, amazing. If not, I can help with those parts.\n\nBudget: $700–900. Deadline: end of next month.\nPlease mention any films or series you've subtitled.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-053: The client's office manager drafted the handouts with ChatGPT; the PT is asked to fact-check, with no rule on their own AI use.
  [
    'none',
    "Physical therapist to fact-check and edit patient education handouts (we have drafts)\n\nHi, I manage marketing for a group of 4 outpatient physical therapy clinics. We want to give patients take-home handouts: home exercise programs and plain-language explanations for the conditions we see most (low back pain, rotator cuff, ACL rehab, plantar fasciitis, etc.).\n\nOur office manager already produced first drafts of all 20 handouts using ChatGPT, so there's a starting point. What we need now is a licensed PT (or DPT) to:\n- Check every handout for clinical accuracy and safety\n- Fix or replace exercises that are wrong, outdated, or risky\n- Rewrite anything confusing for a 6th–8th grade reading level\n- Flag where we need photos or diagrams\n\nYou don't need design skills — our designer will lay them out afterwards.\n\nBudget: $40–60 per handout depending on how much needs fixing. Please tell us your license state and clinical background.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-054: AI is limited to brainstorming angles and hooks, posts must be written by the ghostwriter, and call recordings/notes must not go into AI services.
  [
    'restricted',
    "LinkedIn ghostwriter for a fintech founder (12 posts/month)\n\nOur CEO wants to post on LinkedIn 3x a week but has no time to write. We're looking for a ghostwriter who can capture his voice — dry humor, opinionated about open banking, allergic to buzzwords.\n\nHow it works:\n- Monthly 45-min call with him where he rambles about what's on his mind\n- You turn it into 12 posts (mix of stories, hot takes, short carousels)\n- He reviews in a shared Notion doc, usually light edits\n- You suggest replies for high-engagement comment threads\n\nRules on AI:\n• You can use AI tools to brainstorm angles or hooks. The posts themselves have to be written by you — he can spot AI phrasing a mile away, and so can his audience.\n• The call recordings and his notes are confidential: don't upload them to ChatGPT, Claude, Otter's AI summaries or any other AI service.\n\nIdeal background: you've ghostwritten for founders or execs before, ideally in fintech or B2B. Send 5 posts you wrote (anonymized is fine).\n\n$1,500/month retainer.",
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r11-055: Generating first drafts with Claude or ChatGPT from the agency's prompt library is a core, required part of the job.
  [
    'encouraged',
    "Writers wanted for AI-first content agency — must be strong at Claude/ChatGPT prompting\n\nWe're a 12-person content agency that switched to an AI-first workflow last year. We produce around 400 SEO articles a month for e-commerce and local-service clients, and we're adding 3–4 freelance writer-editors.\n\nThe job:\n- Use Claude or ChatGPT (we pay for Team accounts) with our prompt library to generate first drafts from client briefs\n- Edit heavily: add real examples, fix facts, cut fluff, make it sound like the client\n- Add internal links, images from our stock library, schema notes\n- ~20–25 articles a week at full capacity\n\nThis is not a role for someone who wants to write everything from scratch — using the AI tools is a core part of the job, and we'll ask to see how you prompt during the trial.\n\nWhat we need from you:\n- 2+ years writing or editing SEO content\n- Good judgment about when a draft is garbage and needs to be redone\n- Reliable and responsive on Slack during EU or US mornings\n\nPay: $18–25/hour depending on trial results. Paid trial: 3 articles.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r11-057: A dietitian meal-plan job with no mention of AI.
  [
    'none',
    "Registered Dietitian to create 4-week meal plans for a women's strength-training program\n\nI run an online coaching program for women 35+ getting into strength training. Members keep asking for nutrition help, and I want to stay in my lane, so I'm looking for an RD to build meal plans we can include in the program.\n\nDeliverables:\n- 4 weeks of meal plans at 3 calorie levels (1,600 / 1,900 / 2,200), higher protein\n- A vegetarian alternative for each week\n- Grocery lists and a simple Sunday prep guide\n- Short intro page on protein, fiber and hydration (plain language, no fear-mongering)\n\nRequirements: RD/RDN credential (please include your license number), experience with active women or perimenopause is a huge plus. Recipes should use normal supermarket ingredients — my members are busy moms, not chefs 😅\n\nBudget: $1,200–1,500. I'd like it ready in 5 weeks. Please link any meal plans or nutrition content you've made before.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-060: Building GPT automations is AI work, and keeping personal data out of prompts is about the system being built, not a rule on the freelancer's own AI use.
  [
    'none',
    "Screening questions: AI automation consultant (Zapier/Make + GPT) for a 6-person insurance agency\n\nWe want to automate intake: new leads from our web form get enriched, summarized with GPT, dropped into our AMS (we use EZLynx), and a first follow-up email is drafted for the agent to review. Please answer:\n\n1. Describe an automation you built that uses an LLM step. What broke in production, and how did you fix it?\n2. Zapier or Make for this? Why?\n3. In the workflow you'd build for us, how would you keep personal data (SSNs, driver's license numbers) out of the prompts sent to the model?\n4. Have you integrated with EZLynx, Applied Epic or another insurance AMS?\n5. Estimated hours for an MVP, and your hourly rate.\n6. What would you need from us in week one?",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── Spanish (9) ─────────────
  // r11-002: Forbids DeepL, Google Translate and ChatGPT for the sworn translation at any point.
  [
    'prohibited',
    'Traducción jurada de documentos académicos (inglés → español) para homologación\n\n¡Hola! Necesito traducir al español mi título universitario, el suplemento europeo al título y el expediente académico (en total unas 9 páginas) para presentarlos en el Ministerio de Universidades. Tiene que ser traducción jurada, firmada y sellada por traductor/a jurado/a nombrado/a por el MAEC.\n\nDetalles:\n- Los documentos son de una universidad de Irlanda, en inglés\n- Necesito la versión en papel enviada por correo a Valencia + copia escaneada\n- Plazo: antes del 20 del mes que viene\n\nUna cosa importante: no quiero que se use traducción automática en ningún momento, ni DeepL, ni Google Translate, ni ChatGPT para sacar un borrador. Son documentos oficiales y prefiero que lo haga todo una persona desde cero. Si sueles trabajar con MT, este encargo no es para ti, y no pasa nada.\n\nEn tu propuesta indícame tu número de traductor jurado, precio por página y plazo de entrega. ¡Gracias!',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r11-008: AI only for research and outlines, the text must be the writer's own, and each delivery must note any AI use.
  [
    'restricted',
    'Redactor/a SEO para blog de viajes por España y Portugal (10 artículos)\n\n¡Hola! Tengo un blog de viajes con bastante tráfico (unas 90k visitas/mes) y quiero ampliar la sección de escapadas de fin de semana. Busco a alguien que escriba bien, con gracia, y que conozca o haya viajado por la península.\n\nLo que necesito:\n- 10 artículos de 1.500-2.000 palabras (ej. "Qué ver en Cáceres en 2 días", "Ruta por el Douro en coche")\n- Estructura SEO según la keyword que te paso, con H2/H3, FAQ al final y meta descripción\n- Recomendaciones concretas: dónde comer, dónde aparcar, horarios... nada genérico\n- Si tienes fotos propias de los sitios, te las pago aparte\n\nSobre la IA: puedes apoyarte en ChatGPT, Perplexity o lo que uses para investigar y para montar el esquema, no me molesta. Pero el texto tiene que estar escrito por ti, con tu voz. Y cuando me entregues cada artículo, pon una nota breve diciendo si usaste alguna herramienta de IA y para qué.\n\nPago: 45 € por artículo. Si encajamos, hay trabajo para todo el año.\nEn tu propuesta cuéntame cuál ha sido tu mejor escapada por España y mándame 2 textos tuyos.',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r11-014: Screening answers must be the candidate's own and are checked with Winston AI, while Copilot/ChatGPT are fine for the actual work.
  [
    'prohibited',
    'Preguntas de filtro – Desarrollador/a backend Python (Django + PostgreSQL)\n\nAntes de nada: responde tú, con tus palabras. Pasamos las respuestas por Winston AI y, si salen como generadas por IA, descartamos la candidatura sin leerla. Para el trabajo en sí no tenemos problema con que uses Copilot, ChatGPT o lo que quieras, pero aquí queremos conocerte a ti.\n\n1. ¿Cuántos años llevas con Django? ¿Qué versión usaste en tu último proyecto?\n2. Tenemos una vista que tarda 8 segundos en cargar un listado de 5.000 pedidos. ¿Qué mirarías primero?\n3. ¿Has trabajado con Celery o con alguna otra cola de tareas? Cuéntanos un problema real que tuviste.\n4. ¿Cómo organizas los tests en un proyecto mediano?\n5. Disponibilidad semanal y tarifa por hora (en euros).\n6. ¿Desde qué país trabajas? Necesitamos solapamiento con el horario de Madrid por las mañanas.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: true,
      scopes: { proposal: 'prohibited', work: 'allowed' },
    },
  ],
  // r11-026: Runway, ElevenLabs or Suno are explicitly welcome for the video with no conditions.
  [
    'allowed',
    'Vídeo explicativo animado (60-90 seg) para app de reservas de pádel 🎾\n\n¡Hola! Tenemos una app para reservar pistas de pádel en clubes de Andalucía y necesitamos un vídeo corto para la web y para anuncios en Instagram.\n\nQué buscamos:\n- Guion (te damos los puntos clave, tú lo pules)\n- Animación 2D estilo motion graphics, con nuestros colores (verde y blanco)\n- Locución en español neutro, voz masculina o femenina, alegre\n- Música de fondo libre de derechos\n- Versiones: 16:9 para la web y 9:16 para reels\n\nSi quieres usar herramientas de IA como Runway para algún plano, ElevenLabs para la voz o Suno para la música, por nosotros perfecto. Lo que nos importa es el resultado final.\n\nPresupuesto: 600-900 € según propuesta.\nPlazo: 3 semanas. Envíanos ejemplos de vídeos explicativos que hayas hecho, mejor si son de apps.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r11-032: Bans AI in the messages to the client while explicitly letting the illustrator use Firefly, Midjourney or anything for the illustrations.
  [
    'prohibited',
    'Hola Lucía:\n\nTe escribo por lo de las ilustraciones para los envases. Primero, lo bueno: los bocetos de la línea de tés me encantan, sobre todo el del jengibre.\n\nAhora, una cosa que me incomoda un poco. Los últimos mensajes que me has mandado por aquí suenan a ChatGPT (las listas con emojis, el "¡Excelente pregunta!"...). Te pido que cuando hablemos me escribas tú, aunque sea más corto y con faltas, me da igual. Quiero saber lo que piensas tú, no lo que te sugiere un bot, así que nada de IA en los mensajes, por favor.\n\nPara las ilustraciones en sí, puedes usar Firefly, Midjourney o lo que quieras, no me importa.\n\n¿Hacemos una llamada el jueves para cerrar la paleta?\n\nUn abrazo,\nMarga',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { communication: 'prohibited', work: 'allowed' },
    },
  ],
  // r11-038: The translator must pre-translate everything with DeepL Pro and then post-edit; machine translation is required.
  [
    'encouraged',
    'Localización de app de fitness EN → ES (España + LATAM), ~22.000 palabras\n\n¡Hola! Somos una app de entrenamiento en casa y vamos a lanzar la versión en español. Buscamos traductor/a con experiencia en localización de software.\n\nMaterial:\n- Strings de la app (~9.000 palabras, en archivos .json, con límites de caracteres)\n- Textos de la App Store y Google Play\n- 40 artículos cortos del centro de ayuda\n\nFlujo de trabajo (importante): trabajamos con traducción automática + posedición. Tienes que pretraducir todo con DeepL Pro usando nuestro glosario y después poseditar a fondo en Phrase. No buscamos traducción 100 % manual: el presupuesto y los plazos están pensados para este flujo.\n\nRequisitos:\n• Español nativo, con buen conocimiento de las diferencias España/LATAM\n• Experiencia en posedición (MTPE) y en Phrase o una herramienta similar\n• Bonus si haces deporte y conoces la terminología (HIIT, AMRAP, superseries…)\n\nTarifa: 0,04 €/palabra (MTPE). Plazo: 3 semanas.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r11-044: A business-English teaching job with no mention of AI.
  [
    'none',
    'Profesor/a de inglés online para equipo de ventas (nivel B1, 6 personas)\n\nBuenas,\n\nSomos una distribuidora de maquinaria de hostelería en Zaragoza y estamos empezando a vender en Irlanda y Reino Unido. Necesitamos que nuestro equipo comercial mejore su inglés, sobre todo para llamadas y videollamadas con clientes.\n\nQué necesitamos:\n- 2 clases semanales de 60 minutos por Teams, grupo de 6 personas (nivel B1 aprox., alguno B2)\n- Enfoque práctico: llamadas de venta, negociar precios, resolver incidencias, small talk\n- Role plays con situaciones reales de nuestro sector\n- Un pequeño informe de progreso cada mes\n\nHorario: martes y jueves de 8:00 a 9:00 (hora de España), antes de que empiece el lío.\n\nValoramos que seas nativo/a o C2, que tengas experiencia con inglés de negocios y, si has trabajado con comerciales, mejor.\n\nIndica el precio por clase grupal y si puedes hacer una prueba de nivel inicial.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-050: The client's product is an AI-text detector; GPTZero/Originality.ai are named as comparables, not as checks on the lawyer's work.
  [
    'none',
    'Abogado/a para redactar Términos y Condiciones + Política de Privacidad (app SaaS, España/UE)\n\nHola,\n\nEstamos a punto de lanzar una herramienta web que detecta textos generados por IA (en la línea de GPTZero u Originality.ai, pero especializada en español y pensada para colegios y universidades). Necesitamos los textos legales antes del lanzamiento.\n\nNecesitamos:\n- Términos y Condiciones de uso (plan gratuito y planes de pago, suscripción mensual)\n- Política de Privacidad conforme al RGPD y la LOPDGDD (se suben textos de estudiantes, algunos menores de edad)\n- Política de cookies\n- Cláusula de limitación de responsabilidad: el detector da probabilidades, no certezas, y queremos dejarlo muy claro\n- Revisión de las obligaciones que nos puedan afectar por el Reglamento Europeo de IA\n\nPerfil: abogado/a colegiado/a en España, con experiencia en derecho tecnológico y protección de datos. Valoramos que hayas trabajado con startups.\n\nPresupuesto: 1.200-1.800 € cerrado. Plazo: 3 semanas.\nPor favor, cuéntanos qué proyectos parecidos has hecho.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-056: 'No buscamos IA generativa' describes the kind of model to build (classical forecasting), not a rule on the freelancer's own tool use.
  [
    'none',
    'Data scientist freelance: modelo de previsión de demanda para cadena de panaderías (ML clásico)\n\n¡Hola! Tenemos 35 panaderías en Castilla y León y tiramos demasiado pan al final del día. Queremos un modelo que prevea cuántas unidades de cada producto hay que hornear por tienda y por día.\n\nDatos disponibles:\n- Ventas por ticket de los últimos 3 años (unos 18 millones de líneas)\n- Calendario de festivos locales, datos meteorológicos (AEMET), promociones\n- Mermas registradas por tienda (desde 2023)\n\nLo que buscamos:\n- Análisis exploratorio y propuesta de enfoque\n- Modelo de previsión (LightGBM, Prophet, lo que tenga sentido) con una validación honesta\n- Un script que se lance cada noche y deje la previsión en una tabla de nuestro SQL Server\n- Documentación y una sesión para explicárselo al equipo de operaciones\n\nOjo: el proyecto no va de IA generativa ni de chatbots, es previsión con series temporales de toda la vida. No hace falta experiencia con LLMs.\n\nDuración estimada: 2-3 meses, a tiempo parcial. Dinos tu tarifa y algún proyecto parecido que hayas hecho.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── Portuguese (9) ─────────────
  // r11-003: A video-editing job with no mention of AI at all.
  [
    'none',
    '🎮 Editor de vídeo para canal de games (Minecraft / survival) – 3 vídeos por semana\n\nFala, pessoal! Tenho um canal com 180 mil inscritos e tô precisando de um editor fixo pra me ajudar a manter a frequência.\n\nO que eu preciso:\n✅ Vídeos de 12 a 20 minutos, editados a partir de gravações brutas de 1h a 2h\n✅ Cortes dinâmicos, zoom, memes, efeitos sonoros no timing certo\n✅ Legenda nos momentos engraçados (estilo que eu já uso, te mando referência)\n✅ Entrega em até 48h depois que eu subir o material no Drive\n\nPrograma: pode ser Premiere, DaVinci ou CapCut PC, tanto faz, contanto que o resultado fique bom.\n\nPagamento: R$ 120 por vídeo no começo, com aumento depois de 1 mês se rolar bem. Pagamento semanal pela plataforma.\n\nPra se candidatar: me manda 2 ou 3 vídeos que você editou (de preferencia de games) e fala há quanto tempo você edita. Quem já assiste o canal ganha ponto hehe',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-009: No AI-generated element (Midjourney, DALL·E, Leonardo, Ideogram) is accepted in the logo, not even as a base.
  [
    'prohibited',
    'Criação de logotipo + identidade visual para cafeteria em Curitiba ☕\n\nOi! Vou abrir uma cafeteria pequena no Batel em março e preciso de uma identidade visual completa.\n\nEntregáveis:\n- Logotipo (versão principal, secundária e ícone)\n- Paleta de cores e tipografia\n- Aplicações: copo, guardanapo, fachada, cardápio e perfil do Instagram\n- Manual de marca simples em PDF\n\nA vibe que eu quero: aconchegante, meio retrô, com algo que lembre araucária (é a árvore símbolo daqui). Tenho um moodboard no Pinterest que compartilho com quem eu escolher.\n\n⚠️ Não aceito nada feito com IA: nada de Midjourney, DALL·E, Leonardo, Ideogram, nem "só pra base". Quero registrar a marca no INPI e preciso que o desenho seja 100% autoral. Se a arte final tiver qualquer elemento gerado por IA, o contrato é encerrado.\n\nOrçamento: até R$ 2.500. Prazo: 4 semanas.\nManda portfólio com projetos de identidade visual (não só logos soltos).',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r11-015: A transcription job with an ethics NDA but no mention of AI.
  [
    'none',
    'Transcrição de 25 entrevistas semiestruturadas (projeto de doutoramento, Universidade de Coimbra)\n\nOlá,\n\nSou doutoranda em Sociologia e preciso de ajuda para transcrever entrevistas feitas a agricultores no interior do país, no âmbito da minha tese sobre o abandono rural.\n\nDetalhes:\n- 25 entrevistas, entre 40 e 75 minutos cada (cerca de 24 horas de áudio no total)\n- Português europeu, alguns com sotaque transmontano e beirão bem carregado\n- Transcrição literal (com hesitações, risos, pausas marcadas), segundo o modelo que envio\n- Identificação dos falantes como E (entrevistadora) e P1, P2...\n- Entrega em Word\n\nPor razões éticas, a pessoa selecionada terá de assinar um termo de confidencialidade antes de receber os ficheiros, e os áudios devem ser apagados após a entrega.\n\nPrazo: 6 semanas. Peço orçamento por minuto de áudio. Se for natural de Trás-os-Montes ou da Beira, melhor ainda!',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-021: AI only for case-law research with every citation checked, and no contract text may be put into any AI tool.
  [
    'restricted',
    'Advogado(a) para revisão de contratos de prestação de serviço – startup de logística\n\nSomos uma startup de logística last-mile em São Paulo e precisamos de um(a) advogado(a) com OAB ativa para revisar nossos modelos de contrato.\n\nEscopo:\n- Revisar 6 modelos: contrato com entregadores autônomos, contrato com clientes B2B, termos de uso do app, política de privacidade (LGPD), NDA e contrato de locação do galpão\n- Apontar riscos trabalhistas (tema sensível pra gente, por causa do vínculo com entregadores)\n- Entregar versões revisadas com controle de alterações + memorando curto explicando cada ponto\n\nSobre ferramentas de IA: você pode usar IA (ChatGPT, Jus IA, o que preferir) para pesquisa de jurisprudência e doutrina, desde que confira cada decisão citada na fonte original. Mas nenhum dos nossos contratos, nem trechos deles, pode ser colado ou enviado para qualquer ferramenta de IA. São documentos com dados de clientes e condições comerciais.\n\nPrazo: 3 semanas. Orçamento: a combinar, pode mandar por hora ou valor fechado.\nExperiência com direito digital e trabalhista é um grande diferencial.',
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r11-027: Using Claude Code and Cursor is expected in the work, and writing the proposal with AI is explicitly permitted; the permission is the strictest rule.
  [
    'allowed',
    'Dev Flutter pleno/sênior para app de agendamento de clínicas veterinárias 🐶\n\nOlá! Somos uma healthtech pet de Belo Horizonte e estamos reforçando o time com um(a) dev Flutter freelancer por pelo menos 4 meses.\n\nO que você vai fazer:\n- Novas telas do app do tutor (agendamento, histórico do pet, pagamento via Pix)\n- Integração com nossa API em NestJS\n- Push notifications com Firebase\n- Ajudar a melhorar a cobertura de testes (hoje tá baixa, a gente sabe 😅)\n\nComo a gente trabalha: o time inteiro usa Claude Code e Cursor no dia a dia, e esperamos que você também use. Faz parte do nosso fluxo, inclusive nas revisões de PR.\n\nE sobre a proposta: pode escrever com ajuda de IA se quiser, não tem problema nenhum. Só queremos ver projetos reais que você já publicou nas lojas.\n\nRequisitos:\n✔ 2+ anos com Flutter em produção\n✔ Gerenciamento de estado com Riverpod ou Bloc\n✔ Disponibilidade de 30h/semana em horário comercial\n\nValor: R$ 90–120/h, a combinar.',
    {
      disclosure: false,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'allowed', work: 'encouraged' },
    },
  ],
  // r11-033: No AI-generated text, even partially, and every article is checked with Copyleaks before payment.
  [
    'prohibited',
    'Redator(a) para blog de clínica odontológica – 8 artigos/mês\n\nOlá! Tenho uma rede de 3 clínicas odontológicas em Campinas e quero investir no blog para atrair pacientes pelo Google.\n\nTemas: implantes, alinhadores invisíveis, clareamento, odontopediatria, bruxismo... (a lista de pautas já está pronta, com palavras-chave)\n\nCada artigo:\n• 1.000 a 1.400 palavras\n• Linguagem simples, para paciente leigo, mas tecnicamente correta\n• Seguir as regras do CFO sobre publicidade (nada de "resultado garantido", antes e depois etc.)\n• A revisão técnica fica com um dos nossos dentistas\n\nSobre IA: não quero textos gerados por inteligência artificial, nem parcialmente. Já recebi artigos do ChatGPT com informação errada sobre tratamento e não quero correr esse risco de novo. Todo texto passa pelo Copyleaks antes do pagamento, e se acusar IA eu devolvo.\n\nPagamento: R$ 90 por artigo. Experiência com saúde é obrigatória. Envie 2 textos publicados.',
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r11-039: The client is an AI edtech and asks about content on AI, but sets no rule on the candidate's own AI use.
  [
    'none',
    'Perguntas para candidatos – Social media para startup de educação com IA\n\nOi! Antes de marcar uma conversa, queremos entender um pouco mais de você. Somos uma edtech que usa inteligência artificial para corrigir redações do ENEM, e nosso público é de adolescentes de 16 a 19 anos.\n\n1. Quais perfis você gerencia hoje ou já gerenciou? Manda os @.\n2. Como você explicaria pra um aluno de 17 anos, num carrossel de 5 slides, que a correção da nossa IA não substitui o professor?\n3. Você já criou conteúdo sobre tecnologia ou educação? Conta como foi.\n4. Qual foi o post de maior alcance que você já fez, e por que acha que funcionou?\n5. Quantas horas por semana você teria disponíveis?\n6. Pretensão de valor mensal.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-051: The client tells the copywriter to feel free to use ChatGPT, Gemini or any tool, with no conditions.
  [
    'allowed',
    'Oi, Rafa! Tudo bem?\n\nRecebi seu orçamento para os e-mails da campanha de Black Friday, tá aprovado. Vou abrir o contrato hoje à tarde.\n\nVi que você perguntou sobre usar IA. Pode usar o ChatGPT, o Gemini ou o que você preferir, sem problema nenhum, fica à vontade. O que importa pra mim é que os e-mails tenham a cara da marca (te mando nosso guia de tom de voz) e que estejam prontos até dia 10.\n\nSão 6 e-mails no total: 2 de aquecimento, 1 de abertura, 2 de lembrete e 1 de "última chance". Assunto + pré-header + corpo.\n\nQualquer dúvida me chama aqui mesmo.\nAbs,\nJuliana',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // ───────────── French (9) ─────────────
  // r11-004: Working daily in Cursor or with GitHub Copilot is a stated condition of the mission.
  [
    'encouraged',
    "Développeur·se React / Next.js – refonte de notre espace client (mission 3 mois)\n\nBonjour,\n\nNous sommes une petite agence lyonnaise spécialisée dans l'assurance de prêt. Notre espace client date de 2019 et nous souhaitons le refaire entièrement en Next.js 14 (App Router) avec TypeScript.\n\nPérimètre :\n- Authentification (déjà en place côté back, API REST documentée)\n- Tableau de bord, téléchargement de documents, messagerie avec le conseiller\n- Tests (Vitest + Playwright)\n- Intégration des maquettes Figma (fournies)\n\nNotre façon de travailler : toute l'équipe tech code avec des assistants IA, et nous attendons la même chose de vous. Concrètement, vous travaillerez au quotidien dans Cursor ou avec GitHub Copilot — c'est une condition de la mission, pas une option. Nous fournissons les licences si besoin.\n\nProfil recherché :\n• 3 ans minimum en React, dont 1 an sur Next.js\n• À l'aise avec les revues de code (PR sur GitHub)\n• Disponible au moins 25 h/semaine, fuseau horaire européen\n\nBudget : TJM à discuter selon profil. Merci de joindre un lien vers un projet Next.js en ligne.",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r11-016: Only the client's daughter's past use of ChatGPT for captions is mentioned; no rule for the freelancer.
  [
    'none',
    "Community manager Instagram + TikTok pour une boulangerie artisanale (Nantes) 🥐\n\nBonjour à tous !\n\nNous avons 2 boulangeries à Nantes et on aimerait enfin être sérieux sur les réseaux. On cherche quelqu'un pour gérer nos comptes environ 6 h par semaine.\n\nVos missions :\n- Planifier 4 posts + 3 stories par semaine sur Instagram, 2 vidéos TikTok\n- Répondre aux commentaires et aux messages (en gardant notre ton : chaleureux, un peu taquin)\n- Passer une demi-journée par mois en boutique pour shooter photos/vidéos\n- Petit bilan mensuel (abonnés, portée, ce qui a marché)\n\nPour info, jusqu'ici c'est ma fille qui s'occupait des légendes, elle les écrivait avec ChatGPT. Elle a fait ce qu'elle a pu entre deux partiels, mais elle n'a plus le temps 😅\n\nProfil : vous habitez Nantes ou pas loin, vous avez déjà géré le compte d'un commerce local, et vous aimez le pain (obligatoire 😄).\nBudget : 600 €/mois. Envoyez-nous les comptes que vous gérez ou avez gérés.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-022: Screening answers must be written without AI and are checked with ZeroGPT; for the articles AI is accepted only if everything is reread and rewritten.
  [
    'prohibited',
    "Questions de présélection – Rédacteur·rice web immobilier (articles + fiches quartiers)\n\nMerci de répondre aux questions ci-dessous SANS passer par ChatGPT ou un autre outil d'IA. Toutes les réponses passent dans ZeroGPT, et celles qui ressortent comme générées sont écartées d'office. Pour la mission elle-même, l'IA est acceptée pour préparer vos articles, à condition que vous relisiez et réécriviez tout avant de livrer.\n\n1. Avez-vous déjà écrit pour une agence immobilière ou un site d'annonces ? Donnez un lien.\n2. Comment présenteriez-vous le quartier des Chartrons, à Bordeaux, en 3 phrases à une famille avec deux enfants ?\n3. Quelle est la différence entre un mandat simple et un mandat exclusif ? (Réponse courte, on veut voir si vous connaissez le secteur.)\n4. Combien d'articles de 1 000 mots pouvez-vous livrer par semaine ?\n5. Votre tarif au mot ou à l'article.",
    {
      disclosure: false,
      confidentiality: false,
      detectors: true,
      scopes: { proposal: 'prohibited', work: 'restricted' },
    },
  ],
  // r11-034: A WordPress maintenance job with no mention of AI.
  [
    'none',
    "Maintenance WordPress / WooCommerce – contrat mensuel (boutique de vins)\n\nBonjour,\n\nJe gère une boutique en ligne de vins natures (WooCommerce, environ 400 références) et mon développeur habituel part à la retraite. Je cherche quelqu'un de fiable pour prendre le relais sur la maintenance.\n\nCe que j'attends :\n- Mises à jour WordPress, thème et extensions (avec sauvegarde avant, et test sur la préprod !)\n- Surveillance de la sécurité et de la disponibilité\n- Petites évolutions : un nouveau champ dans le tunnel de commande, un bandeau promo, etc.\n- Intervention rapide si le site tombe (surtout en décembre…)\n\nEnvironnement : hébergement o2switch, thème Astra, extensions WPML, Mondial Relay, Stripe.\n\nIdéalement 2 à 4 h par mois, facturées au forfait. Merci de préciser votre forfait, votre délai d'intervention en cas de panne et si vous avez déjà travaillé avec WPML (c'est souvent lui qui pose problème…).",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-040: Using Copilot in Power BI or ChatGPT for DAX measures is explicitly fine, with no conditions.
  [
    'allowed',
    "Consultant·e Power BI – tableaux de bord commerciaux pour un distributeur de matériel agricole\n\nBonjour,\n\nNotre service commercial travaille encore avec des exports Excel envoyés par mail chaque lundi. Nous voulons passer à Power BI.\n\nBesoin :\n- Connexion à notre ERP (Sage X3, via une base SQL Server) et à 2 fichiers Excel\n- Modèle de données propre (en étoile), mesures DAX : CA, marge, évolution N-1, objectifs par commercial\n- 3 tableaux de bord : direction, chefs de secteur, suivi des stocks\n- Publication sur notre tenant Power BI Service + actualisation planifiée\n- Une demi-journée de formation pour 4 personnes (en visio, c'est très bien)\n\nCôté outils, si vous utilisez Copilot dans Power BI ou ChatGPT pour écrire vos mesures DAX, ça ne nous pose aucun problème, travaillez comme d'habitude.\n\nDurée estimée : 8 à 10 jours. Merci d'indiquer votre TJM et un exemple de tableau de bord (capture anonymisée).",
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r11-046: AI may be used only with the client's prior approval after saying which tool and for which part.
  [
    'restricted',
    "Rédaction de 150 fiches produits – boutique en ligne de luminaires design\n\nBonjour,\n\nNous vendons des luminaires de créateurs européens (suspensions, lampadaires, appliques) et nous refondons notre catalogue. Nous cherchons un·e rédacteur·rice pour 150 fiches produits.\n\nChaque fiche :\n- Un titre optimisé (60 caractères max)\n- Une description de 150 à 250 mots qui raconte l'objet : le designer, les matériaux, l'ambiance qu'il crée\n- Une liste de caractéristiques techniques (à partir des fiches fournisseurs, souvent en italien ou en anglais)\n- Une méta-description\n\nConcernant l'IA : nous ne l'interdisons pas, mais rien ne doit être généré sans notre feu vert. Si vous souhaitez utiliser un outil (ChatGPT, Mistral Le Chat, Jasper…), écrivez-nous avant de commencer en précisant lequel et pour quelle partie du travail, et nous vous donnerons notre réponse.\n\nRémunération : 12 € la fiche, lot test de 10 fiches rémunéré.\nMerci de nous envoyer des exemples de fiches produits que vous avez rédigées, idéalement dans la déco ou le mobilier.",
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r11-058: An admin-assistant job with no mention of AI.
  [
    'none',
    "Assistant·e administratif·ve à distance pour cabinet d'architectes (10 h/semaine)\n\nBonjour,\n\nNotre cabinet (4 architectes, Montpellier) croule sous l'administratif. Nous cherchons une personne organisée pour nous épauler à distance, sur le long terme.\n\nVos tâches :\n- Gestion de la boîte mail générale et tri des demandes de devis\n- Prise de rendez-vous clients et suivi de l'agenda partagé (Google Agenda)\n- Préparation des dossiers de permis de construire : rassembler les pièces, vérifier qu'il ne manque rien, suivre les dépôts sur les plateformes des mairies\n- Relance des factures impayées\n- Classement sur notre serveur (Synology)\n\nProfil : expérience en assistanat, idéalement dans le bâtiment, l'immobilier ou un cabinet libéral. Excellente orthographe, discrétion, réactivité.\n\nHoraires souples, mais présence souhaitée le lundi matin (point d'équipe en visio).\n\nTarif : 18 à 22 €/h selon expérience. Merci de nous dire depuis combien de temps vous êtes à votre compte.",
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // ───────────── German (9) ─────────────
  // r11-005: A bookkeeping job that never mentions AI.
  [
    'none',
    'Vorbereitende Buchhaltung für kleinen Onlineshop (DATEV Unternehmen online) – ca. 8 Std./Monat\n\nHallo zusammen,\n\nwir betreiben einen kleinen Onlineshop für Keramik (Shopify, ca. 300 Bestellungen im Monat) und suchen Unterstützung bei der vorbereitenden Buchhaltung. Unser Steuerberater arbeitet mit DATEV, den Jahresabschluss macht weiterhin er.\n\nAufgaben:\n- Belege in DATEV Unternehmen online hochladen und zuordnen\n- Zahlungseingänge von PayPal, Klarna und Shopify Payments abgleichen\n- Offene Posten im Blick behalten, Mahnungen vorbereiten\n- Monatlich eine kurze Übersicht per Mail an uns\n\nWas Sie mitbringen sollten:\n• Erfahrung mit DATEV (Unternehmen online reicht)\n• Sorgfalt – ehrlich, das ist das Wichtigste\n• Gute Deutschkenntnisse, weil alle Belege deutsch sind\n\nZeitaufwand ca. 8 Stunden im Monat, gerne langfristig. Bitte nennen Sie Ihren Stundensatz und ob Sie schon mal für E-Commerce gebucht haben.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-011: Bans AI image generators even for backgrounds and runs all final images through Hive's AI detector.
  [
    'prohibited',
    'Illustrator*in für Kinderbuch gesucht (32 Seiten, Aquarell-Look) 🎨\n\nHallo!\n\nIch habe ein Bilderbuch für Kinder von 3–6 Jahren geschrieben („Frieda und der verlorene Mond") und suche jemanden, der es illustriert. Der Text ist fertig und lektoriert, ein kleiner Verlag hat Interesse signalisiert.\n\nUmfang:\n- 14 Doppelseiten + Cover + Rückseite\n- Stil: Aquarell oder Aquarell-Look (digital ist okay, z. B. Procreate), warme Farben, eher ruhig als knallig\n- Hauptfigur: ein Mädchen mit roter Mütze und ihr Dackel\n- Erst Skizzen zur Abstimmung, dann Reinzeichnungen\n\nGanz wichtig: Die Illustrationen müssen komplett von Ihnen gezeichnet sein, analog oder digital. Keine KI-Bildgeneratoren (Midjourney, Stable Diffusion, Firefly usw.), auch nicht für Hintergründe oder Texturen. Wir lassen alle finalen Bilder durch den KI-Detektor von Hive laufen und schauen uns zusätzlich die Ebenen-Dateien an.\n\nBudget: 3.000–4.000 €, je nach Erfahrung. Zeitrahmen: ca. 3 Monate.\nBitte schicken Sie Arbeitsproben, am liebsten aus Kinderbüchern.',
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r11-023: Rating chatbot answers for LLM training is AI work, and 'no AI experience needed' is a skill note, not a rule.
  [
    'none',
    'Deutsche Muttersprachler*innen für die Bewertung von Chatbot-Antworten gesucht (remote, flexibel)\n\nFür ein KI-Forschungsprojekt suchen wir mehrere Freelancer*innen, die Antworten eines Sprachmodells auf Deutsch bewerten. Die Bewertungen fließen in das Training des Modells ein.\n\nDeine Aufgaben:\n- Du bekommst eine Nutzerfrage und zwei Antworten des Modells\n- Du bewertest, welche besser ist: inhaltlich richtig, hilfreich, sprachlich sauber, sicher\n- Kurze Begründung in 1–3 Sätzen\n- Bei Faktenfragen: kurz gegenrecherchieren\n\nVoraussetzungen:\n✔ Deutsch als Muttersprache, sehr gutes Englisch (die Richtlinien sind auf Englisch)\n✔ Abgeschlossenes Studium oder laufendes Studium ab dem 5. Semester\n✔ Gute Allgemeinbildung und ein Auge für Details\n✔ Keine Vorkenntnisse in KI nötig – du bekommst eine bezahlte Einarbeitung (2 Std.)\n\nUmfang: 10–20 Stunden pro Woche, frei einteilbar. Vergütung: 22 € pro Stunde.\nVor dem Start gibt es einen kurzen Einstufungstest.',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
  // r11-029: Perplexity/ChatGPT only for searching and structuring, every claim must be verified, and AI tools used must be listed in an appendix.
  [
    'restricted',
    'Marktrecherche: E-Bike-Leasing für Unternehmen in DACH (Desk Research, ca. 25 Seiten)\n\nHallo,\n\nwir sind ein Start-up aus Freiburg und überlegen, in den Markt für Dienstrad-Leasing einzusteigen. Bevor wir Geld in die Hand nehmen, brauchen wir eine solide Marktanalyse.\n\nInhalte:\n1. Marktgröße und Wachstum in Deutschland, Österreich, Schweiz (mit Quellen)\n2. Überblick über die wichtigsten Anbieter (JobRad, Bikeleasing, Lease a Bike …): Modelle, Konditionen, Zielgruppen\n3. Rechtlicher Rahmen (steuerliche Behandlung, 0,25-%-Regel usw.)\n4. Chancen für einen neuen Anbieter mit Fokus auf KMU\n5. Kurzes Fazit mit Empfehlungen\n\nZum Thema KI: Tools wie Perplexity oder ChatGPT dürfen Sie gerne zum Suchen und Strukturieren verwenden. Aber jede Zahl und jede Aussage im Bericht muss mit einer echten Quelle belegt sein, die Sie selbst geprüft haben. Außerdem bitten wir Sie, im Anhang kurz aufzulisten, welche KI-Tools Sie wofür genutzt haben.\n\nAblauf:\n- Kick-off-Call (ca. 1 Stunde), in dem wir Ihnen unsere Annahmen und Fragen erklären\n- Nach einer Woche kurzer Zwischenstand mit Gliederung und ersten Quellen\n- Abgabe als PDF plus die Rohdaten/Tabellen in Excel\n- Abschlussbesprechung per Video, gerne mit unseren beiden Gründern\n\nBitte beachten: Uns interessiert vor allem der Mittelstand (20–250 Mitarbeitende). Großkonzerne sind eher Randnotiz. Und wenn belastbare Zahlen fehlen, sagen Sie das lieber offen, statt zu schätzen.\n\nBudget: 1.800 € pauschal. Abgabe in 3 Wochen.\nBitte schicken Sie eine ähnliche Analyse als Referenz (gerne geschwärzt).',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r11-035: The editor must work without ChatGPT or DeepL Write, and the unpublished manuscript may not be put into any AI tool.
  [
    'prohibited',
    'Lektorat für Debütroman (Spannungsliteratur, ca. 340 Normseiten)\n\nHallo,\n\nich habe meinen ersten Kriminalroman fertig – spielt an der Nordsee, zwei Zeitebenen – und möchte ihn vor der Agentursuche professionell lektorieren lassen.\n\nGewünscht:\n- Inhaltliches Lektorat: Spannungsbogen, Figuren, Logiklöcher, Tempo\n- Anmerkungen im Word-Dokument (Kommentarfunktion) + ein Gutachten von 4–6 Seiten\n- Optional danach: Korrektorat (bitte separat anbieten)\n\nZwei Bedingungen, die mir wirklich wichtig sind:\n1. Bitte arbeiten Sie ohne KI. Keine Verbesserungsvorschläge aus ChatGPT, kein Umformulieren mit DeepL Write oder Ähnlichem – ich möchte die Einschätzung eines Menschen.\n2. Das Manuskript ist unveröffentlicht. Es darf weder ganz noch in Auszügen in irgendein KI-Tool hochgeladen oder hineinkopiert werden.\n\nZeitrahmen: gerne innerhalb von 8 Wochen. Bitte nennen Sie Ihren Preis pro Normseite und die Genres, in denen Sie schon lektoriert haben.',
    { disclosure: false, confidentiality: true, detectors: false, scopes: { work: 'prohibited' } },
  ],
  // r11-041: Working with Opus Clip, CapCut auto-subtitles and Runway is a stated requirement.
  [
    'encouraged',
    'Video-Editor*in für Reels & TikToks (Fitnessstudio-Kette, 12 Clips/Woche) – KI-Tools Pflicht\n\nHey!\n\nWir sind eine Kette mit 6 Fitnessstudios im Ruhrgebiet und produzieren jede Woche jede Menge Rohmaterial: Trainer-Tipps, Kurse, Member-Stories. Daraus sollen 12 kurze Clips pro Woche werden.\n\nDeine Aufgaben:\n- Aus langen Videos die besten Momente rausschneiden\n- Untertitel (animiert, in unserem Stil), Hooks in den ersten 2 Sekunden\n- Formate für TikTok, Instagram Reels und YouTube Shorts\n- Thumbnails für die Shorts\n\nSo arbeiten wir: Bei der Menge geht es nicht ohne KI. Du machst die Vorauswahl mit Opus Clip, die Untertitel mit der Auto-Funktion von CapCut und erstellst fehlendes B-Roll mit Runway. Das setzen wir voraus – wer lieber alles von Hand schneidet, wird mit dem Pensum nicht glücklich.\n\nWas wir bieten: feste Abnahme, 35 € pro Clip, Zahlung alle 2 Wochen.\nSchick uns 3 Beispiele von Kurzvideos, die du geschnitten hast.',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r11-047: AI help with the screening answers is allowed only if the questions and tool are named; Copilot use in the project is expected.
  [
    'restricted',
    'Screening-Fragen – Laravel-Entwickler*in für B2B-Bestellportal\n\nZum Umgang mit KI vorab: Sie dürfen diese Fragen gerne mit Hilfe von ChatGPT o. Ä. beantworten, schreiben Sie dann aber bitte unter Ihre Antworten, bei welchen Fragen und mit welchem Tool. Im Projekt selbst arbeiten alle Entwickler mit GitHub Copilot, und das erwarten wir auch von Ihnen – eine Lizenz stellen wir.\n\n1. Seit wann arbeiten Sie mit Laravel, und mit welcher Version zuletzt?\n2. Unser Portal hat ca. 1.200 Händler und 80.000 Artikel. Wie würden Sie eine schnelle Artikelsuche umsetzen (Scout, Meilisearch, etwas anderes)?\n3. Haben Sie schon eine Anbindung an ein ERP (z. B. SAP Business One, Sage, Microsoft Dynamics) gebaut? Bitte kurz beschreiben.\n4. Wie gehen Sie mit Datenbank-Migrationen in einem System um, das 24/7 laufen muss?\n5. Verfügbarkeit (Stunden/Woche) und Stundensatz netto.',
    {
      disclosure: true,
      confidentiality: false,
      detectors: false,
      scopes: { proposal: 'restricted', work: 'encouraged' },
    },
  ],
  // r11-059: Only the client's own use of Microsoft Copilot for a meeting summary is mentioned; no rule for the videographer.
  [
    'none',
    'Hallo Herr Yilmaz,\n\nvielen Dank für das nette Kennenlerngespräch gestern! Wie besprochen schicke ich Ihnen die Unterlagen für die Überarbeitung unseres Imagefilms.\n\nIm Anhang finden Sie:\n- den alten Film (2021) als MP4\n- unser neues Logo und die Farbwerte\n- eine Zusammenfassung unseres Gesprächs – die habe ich mir von Microsoft Copilot aus der Teams-Aufzeichnung erstellen lassen, schauen Sie also bitte kurz drüber, ob alles stimmt\n- die Liste der Mitarbeitenden, die im neuen Film vorkommen möchten\n\nZum Drehtermin: Dienstag, der 14., oder Donnerstag, der 16., würden bei uns beide passen. Geben Sie mir einfach Bescheid, was Ihnen lieber ist.\n\nViele Grüße aus Ulm\nSabine Kraus\nMarketing, Kraus Metallbau GmbH',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
];

/** Still read wrongly: the right reading, the text, what the engine reads instead, the labels checked. */
export const ROUND11_MISSES: KnownMiss[] = [
  // r11-012: Says any AI audio tool (Descript, Adobe Podcast Enhance, iZotope, Auphonic) is fine, with no conditions.
  [
    'allowed',
    "Podcast editor for weekly true-crime show (audio only, ~60 min episodes)\n\nHey there 👋 I host a small but growing true-crime podcast (about 8k downloads/episode) and I'm drowning in editing. Looking for someone to take it off my plate.\n\nEach week you'd get:\n- 2–3 raw WAV tracks (me, co-host, sometimes a guest on Riverside)\n- My timestamp notes for anything to cut\n\nYou'd deliver:\n- Clean edit: remove ums, crosstalk, long pauses, the dog barking lol\n- Leveling, EQ, noise reduction, loudness to -16 LUFS\n- Intro/outro music + ad read inserted at the marks\n- MP3 + WAV uploaded to our Drive by Sunday night\n\nTools — honestly use whatever gets it done. Descript, Adobe Podcast Enhance, iZotope's AI stuff, Auphonic... all fine with me. I care about how it sounds, not how you got there.\n\nPay: $60/episode to start. Please send a before/after sample if you have one!",
    'reads stance none, work unset',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'allowed' } },
  ],
  // r11-045: Using the DeepL pre-translation built into the client's memoQ and then post-editing is mandatory.
  [
    'encouraged',
    'Tradução técnica EN > PT-PT – manuais de equipamentos de climatização (aprox. 60.000 palavras)\n\nBom dia,\n\nSomos uma empresa de engenharia de AVAC em Braga e precisamos de traduzir para português europeu os manuais de instalação e manutenção de uma nova gama de bombas de calor.\n\nCondições de trabalho (por favor, leiam com atenção):\n- Todo o projeto é feito na nossa conta memoQ Server, que tem o motor DeepL integrado e ligado ao nosso glossário. É obrigatório partir dessa pré-tradução automática e fazer depois a pós-edição completa, segmento a segmento.\n- Terminologia: seguir a norma portuguesa e o glossário fornecido (nada de termos do português do Brasil).\n- Entregas parciais todas as sextas-feiras.\n\nPerfil: tradutor(a) nativo(a) de PT-PT, com experiência comprovada em tradução técnica (AVAC, eletricidade ou mecânica) e em pós-edição de tradução automática.\n\nPrazo: 5 semanas. Indiquem a vossa tarifa por palavra para pós-edição e, se possível, um exemplo de trabalho na área.',
    'reads stance none, work unset',
    { disclosure: false, confidentiality: false, detectors: false, scopes: { work: 'encouraged' } },
  ],
  // r11-010: DeepL is allowed as a starting point only with full post-editing and telling the client which manuals went through it.
  [
    'restricted',
    "Bonjour Thomas,\n\nMerci pour la livraison des deux premières notices, mes collègues de Hambourg les ont trouvées très claires.\n\nJe reviens vers vous sur un point qu'on n'avait pas abordé : la traduction automatique. Pour la suite du lot (les 14 notices restantes), vous pouvez utiliser DeepL comme point de départ si ça vous fait gagner du temps, nous n'avons rien contre. En revanche, deux conditions : chaque phrase doit être entièrement post-éditée par vous (terminologie de notre glossaire, pas de tournures calquées sur l'allemand), et vous m'indiquez dans le mail de livraison quelles notices sont passées par DeepL.\n\nPour le reste, même tarif et même délai, une livraison chaque vendredi.\n\nBonne journée,\nClaire Vasseur\nResponsable documentation",
    'reads work allowed',
    { disclosure: true, confidentiality: false, detectors: false, scopes: { work: 'restricted' } },
  ],
  // r11-028: Synthetic voices, voice cloning and ElevenLabs are banned even for fixes, and files are checked with Resemble Detect.
  [
    'prohibited',
    "Voix off féminine pour spots radio + pré-roll YouTube (marque de cosmétiques bio)\n\nBonjour,\n\nNous préparons une campagne pour notre nouvelle gamme de soins visage et cherchons une comédienne voix off.\n\nLe besoin :\n- 3 spots radio de 30 secondes\n- 2 pré-rolls YouTube de 15 secondes\n- Voix féminine, 30-45 ans, naturelle et posée, surtout pas « pub qui crie »\n- Français de France, sans accent marqué\n- Enregistrement en home studio de qualité pro (WAV 48 kHz), ou session dirigée à distance via Source-Connect\n\nPoint non négociable : nous voulons une vraie voix humaine, enregistrée pour nous. Pas de voix de synthèse, pas de clonage vocal, pas d'ElevenLabs ni d'outil équivalent, même pour des retouches. Les fichiers livrés seront contrôlés avec Resemble Detect avant diffusion.\n\nCession de droits : 1 an, France, radio + web. Merci d'indiquer votre tarif cession comprise.\nJoignez une démo d'une minute maximum.",
    'reads detectors false',
    { disclosure: false, confidentiality: false, detectors: true, scopes: { work: 'prohibited' } },
  ],
  // r11-017: The client pre-translated with DeepL itself and wants post-editing; there is no rule on the freelancer's own AI use.
  [
    'none',
    'Muttersprachliches Lektorat (EN) für maschinell vorübersetzte Website – Maschinenbau\n\nGuten Tag,\n\nwir sind ein mittelständischer Hersteller von Förderanlagen aus dem Sauerland und launchen im Frühjahr unsere englische Website. Die Texte (ca. 18.000 Wörter, 40 Seiten) haben wir intern bereits mit DeepL vorübersetzt und fachlich grob geprüft.\n\nWas wir von Ihnen brauchen:\n- Sprachliches Lektorat durch eine/n englische/n Muttersprachler/in (UK-Englisch)\n- Glätten von Formulierungen, die noch „deutsch" klingen\n- Einheitliche Fachterminologie (Glossar mit ca. 200 Begriffen liegt vor)\n- Kommentare, wo der Sinn unklar ist – nicht raten, lieber nachfragen\n- Arbeit direkt im CMS (TYPO3) oder in einer Excel-Exportdatei, wie Sie möchten\n\nVon Vorteil: Erfahrung mit technischen Texten, idealerweise Maschinenbau, Intralogistik oder Industrieautomation.\n\nZeitrahmen: 3 Wochen. Bitte nennen Sie einen Festpreis oder Ihren Wortpreis für Post-Editing.',
    'reads stance restricted',
    { disclosure: false, confidentiality: false, detectors: false },
  ],
];
