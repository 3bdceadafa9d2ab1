/**
 * The three demo jobs. Each is rendered on its job page, as a tile and slider on the feed, and on its apply page,
 * always from this one record, so the description a content script reads is the same everywhere.
 */

export interface DemoClient {
  location: string;
  city: string;
  jobsPosted: string;
  hireRate: string;
  spent: string;
  hires: string;
  avgHourlyRate: string;
  memberSince: string;
}

export interface DemoJob {
  /** `~02` + the 19-digit opening uid, as in Upwork's URLs. */
  id: string;
  /** The numeric opening uid (`data-ev-opening_uid`). */
  uid: string;
  /** Names the job's demo files. */
  key: string;
  slug: string;
  title: string;
  /** What the client's post says about the freelancer's own AI use, for the README and the tests. */
  aiRule: 'restricts' | 'allows' | 'none';
  category: string;
  posted: string;
  postedDate: string;
  hourlyMin: string;
  hourlyMax: string;
  experience: 'Entry level' | 'Intermediate' | 'Expert';
  experienceHint: string;
  hoursPerWeek: string;
  duration: string;
  connects: number;
  skills: string[];
  /** Plain text; `\n` is a line break (`<br>` on the job page). */
  description: string;
  questions: string[];
  proposals: string;
  client: DemoClient;
}

function job(uid: string, fields: Omit<DemoJob, 'id' | 'uid'>): DemoJob {
  return { id: `~02${uid}`, uid, ...fields };
}

export const blogWriterJob = job('2001437650918273645', {
  key: 'blog-writer',
  slug: 'B2B-SaaS-Blog-Writer-for-Long-Form-Articles-Ongoing',
  title: 'B2B SaaS Blog Writer for Long-Form Articles (Ongoing)',
  aiRule: 'restricts',
  category: 'Content Writing',
  posted: '2 hours ago',
  postedDate: 'Mar 3, 2026',
  hourlyMin: '$30.00',
  hourlyMax: '$50.00',
  experience: 'Expert',
  experienceHint: 'I am willing to pay higher rates for the most experienced freelancers',
  hoursPerWeek: 'Less than 30 hrs/week',
  duration: '3 to 6 months',
  connects: 16,
  skills: ['Blog Writing', 'B2B Marketing', 'SaaS', 'Content Writing', 'SEO Writing'],
  description: `We're a B2B SaaS company (workflow automation for mid-size finance teams) and we're looking for an experienced writer to produce two long-form blog articles a month, 1,500 to 2,500 words each, with the possibility of more.

What you'll do:
- Turn our briefs and interviews with our product team into clear, well-structured articles
- Do your own research and cite credible sources
- Work with our editor through one or two rounds of revisions
- Suggest headlines and meta descriptions

About AI tools (please read before applying):
- Your proposal must be written by you. No ChatGPT cover letters: AI-written proposals will be declined without a reply.
- For the articles themselves, you may use AI tools for research and outlines only, and only if you tell us which tool you used and for what. The writing itself must be yours.
- Every draft you submit is checked with Originality.ai before it goes to our editor.
- Our briefs, interview transcripts and any customer data we share are confidential. Do not paste them into ChatGPT or any other AI tool.

About you:
- At least 2 years writing for B2B SaaS or fintech audiences
- Comfortable explaining technical topics to non-technical buyers
- Native or near-native English
- Reliable with deadlines (we plan our calendar a month ahead)

To apply, tell us briefly about a B2B article you're proud of and why it worked.`,
  questions: [
    'Please share links to two B2B SaaS articles you have written and tell us what results they got.',
  ],
  proposals: '10 to 15',
  client: {
    location: 'United States',
    city: 'Austin 4:12 PM',
    jobsPosted: '42 jobs posted',
    hireRate: '74% hire rate, 2 open jobs',
    spent: '$86K total spent',
    hires: '31 hires, 6 active',
    avgHourlyRate: '$41.20 /hr avg hourly rate paid',
    memberSince: 'Member since Jun 12, 2019',
  },
});

export const dataCleaningJob = job('2001452218873460902', {
  key: 'data-cleaning',
  slug: 'Python-Script-to-Clean-and-Merge-Monthly-Sales-CSV-Exports',
  title: 'Python Script to Clean and Merge Monthly Sales CSV Exports',
  aiRule: 'allows',
  category: 'Scripting & Automation',
  posted: '5 hours ago',
  postedDate: 'Mar 3, 2026',
  hourlyMin: '$25.00',
  hourlyMax: '$45.00',
  experience: 'Intermediate',
  experienceHint: 'I am looking for a mix of experience and value',
  hoursPerWeek: 'Less than 30 hrs/week',
  duration: 'Less than 1 month',
  connects: 16,
  skills: ['Python', 'pandas', 'Data Cleaning', 'pytest', 'Microsoft Excel'],
  description: `We export sales data every month from three systems (Shopify, a legacy point-of-sale and a wholesale spreadsheet) and someone on our team spends two days cleaning and merging it by hand. We'd like a Python script that does it in minutes.

What the script needs to do:
- Read the three CSV/XLSX exports (samples and a data dictionary provided)
- Normalise column names, dates (three different formats today), currencies and SKU codes
- Remove duplicate orders that appear in more than one system
- Put rows it can't reconcile into a separate "needs review" file instead of dropping them
- Write one clean CSV and a short summary (rows in and out, duplicates removed, rows flagged)

Requirements:
- Python 3.11+ with pandas (or polars, if you prefer it and can say why)
- Runs from the command line on Windows and macOS
- Unit tests with pytest for the tricky cases (dates, duplicates, missing SKUs)
- A README that a non-developer can follow

Feel free to use AI coding assistants like Copilot or ChatGPT; we care about working, tested code. What matters is that you understand what you deliver and can walk us through it on a short call.

Nice to have: experience with Shopify exports, and with openpyxl for formatted Excel output.

We expect roughly 15 to 25 hours of work. In your proposal, mention a similar data-cleaning job you've done and how you tested it.`,
  questions: [],
  proposals: '20 to 50',
  client: {
    location: 'United Kingdom',
    city: 'Leeds 10:12 PM',
    jobsPosted: '7 jobs posted',
    hireRate: '57% hire rate, 1 open job',
    spent: '$4.9K total spent',
    hires: '4 hires, 1 active',
    avgHourlyRate: '$33.75 /hr avg hourly rate paid',
    memberSince: 'Member since Feb 3, 2022',
  },
});

export const chatbotJob = job('2001466093327518214', {
  key: 'support-chatbot',
  slug: 'Build-a-Customer-Support-Chatbot-with-the-OpenAI-API-and-a-RAG-Pipeline',
  title: 'Build a Customer-Support Chatbot with the OpenAI API and a RAG Pipeline',
  aiRule: 'none',
  category: 'AI Apps & Integration',
  posted: 'yesterday',
  postedDate: 'Mar 2, 2026',
  hourlyMin: '$50.00',
  hourlyMax: '$90.00',
  experience: 'Expert',
  experienceHint: 'I am willing to pay higher rates for the most experienced freelancers',
  hoursPerWeek: 'More than 30 hrs/week',
  duration: '1 to 3 months',
  connects: 16,
  skills: [
    'OpenAI API',
    'Retrieval Augmented Generation',
    'Python',
    'FastAPI',
    'PostgreSQL',
    'LLM Prompt Engineering',
  ],
  description: `We run a helpdesk platform for property managers and want an AI assistant that answers customer questions from our own documentation, inside our existing support widget.

Scope:
- Build a retrieval-augmented generation (RAG) pipeline over about 1,200 help-center articles and release notes (Markdown, updated weekly)
- Chunking, embeddings and a vector store (we lean towards pgvector since we already run Postgres, but we're open to suggestions)
- A chat endpoint that calls the OpenAI API with the retrieved context and returns answers with links to the source articles
- Guardrails: the chatbot should say it doesn't know rather than invent an answer, and hand over to a human agent when asked or when its confidence is low
- An evaluation set of at least 100 real customer questions with expected answers, plus a script that scores each new version of the prompts and retrieval settings
- Basic analytics: which questions go unanswered, and thumbs up/down from users

Tech stack: Python (FastAPI) backend, Postgres, Docker. The widget is React; you'll expose an API and we'll handle the front end, though help there is a plus.

What we're looking for:
- You have shipped at least one LLM application to real users (not just a demo notebook)
- A solid understanding of embeddings, prompt design, and the cost and latency trade-offs between models
- Clear written communication and a short demo every week

Please include a link to an LLM or chatbot project you built and a sentence on your role in it.`,
  questions: [
    'Describe a RAG system you have put into production. What did you use for retrieval, and how did you measure answer quality?',
    'How would you stop the chatbot from answering questions that our documentation does not cover?',
  ],
  proposals: '5 to 10',
  client: {
    location: 'Canada',
    city: 'Toronto 5:12 PM',
    jobsPosted: '18 jobs posted',
    hireRate: '83% hire rate, 1 open job',
    spent: '$210K total spent',
    hires: '15 hires, 3 active',
    avgHourlyRate: '$72.10 /hr avg hourly rate paid',
    memberSince: 'Member since Sep 28, 2017',
  },
});

export const demoJobs: readonly DemoJob[] = [blogWriterJob, dataCleaningJob, chatbotJob];

export const UPWORK_ORIGIN = 'https://www.upwork.com';

export function jobPagePath(job: DemoJob): string {
  return `/jobs/${job.slug}_${job.id}/`;
}

export function applyPagePath(job: DemoJob): string {
  return `/nx/proposals/job/${job.id}/apply/`;
}

export const FEED_PATH = '/nx/find-work/best-matches';

export function feedDetailsPath(job: DemoJob): string {
  return `${FEED_PATH}/details/${job.id}`;
}

export const JOB_POST_PATH = '/nx/job-post/instant/description';

/** Message rooms: the first is the one the route table opens. */
export const demoRooms = [
  { id: 'room_7c1e4a9f02b83d5e6a41c09f7b2d8e35', name: 'Maya Lindqvist', topic: blogWriterJob.title },
  { id: 'room_3b9d0f6e15a2c7d48e90b1f3a6c5d274', name: 'Tom Okafor', topic: dataCleaningJob.title },
  { id: 'room_e05a7b3c9d1f4628b7e2a0c5f93d1b86', name: 'Priya Raman', topic: chatbotJob.title },
] as const;

export function roomPath(roomId: string): string {
  return `/ab/messages/rooms/${roomId}`;
}

export const demoContractId = '41872359';

export function workroomPath(contractId: string): string {
  return `/nx/wm/workroom/${contractId}/milestones`;
}

/** Where each page is written, relative to demo/. */
export const demoFiles = {
  feed: 'pages/find-work-best-matches.html',
  jobPage: (job: DemoJob) => `pages/job-${job.key}.html`,
  applyPage: (job: DemoJob) => `pages/apply-${job.key}.html`,
  jobPost: 'pages/job-post-description.html',
  messages: 'pages/messages-room.html',
  workSubmission: 'pages/workroom-milestones.html',
} as const;
