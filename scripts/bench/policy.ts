/**
 * Policy engine benchmark: time per 5,000-character post, the ratio to one lowercase + regex pass over the same
 * text, and time for 1 MB. Two kinds of post from the labelled corpus (tests/fixtures/policy):
 * - typical: each labelled post once, padded to size with the corpus's AI-free job posts, as a real post with
 *   one AI paragraph would be;
 * - dense: labelled posts back to back (about 23 AI terms per post), the engine's worst realistic case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/policy/index.ts';
import { MENTION_RE } from '../../src/policy/lexicon/index.ts';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  goal: string;
  ok: boolean;
}

const CORPUS = join(import.meta.dirname, '../../tests/fixtures/policy/ai-policy-dev.jsonl');
const POST_CHARS = 5000;
const MEGABYTE = 1_000_000;

interface Row {
  text: string;
  stance: string;
}

function corpus(): Row[] {
  return readFileSync(CORPUS, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Row);
}

/** No AI term at all: the labelled `none` posts that do not mention AI. */
const AI_WORD =
  /\b(?:ai|a\.i\.|ia|ki|gpt|chatgpt|llm|claude|openai|artificial|intelligence|machine translation)\b/i;

/** Each post followed by `filler` texts, in turn, to exactly `size` characters. */
function postsOf(posts: string[], filler: string[], size: number): string[] {
  return posts.map((post, i) => {
    let text = `${post}\n\n`;
    for (let j = i; text.length < size; j++) text += `${filler[j % filler.length]}\n\n`;
    return text.slice(0, size);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median time per post of each function, over `rounds` passes through all posts. The functions take turns within
 * each round, so a ratio between them compares runs made in the same state of the machine (garbage, caches,
 * other load); measured one after the other, the yardstick alone varied by a third from run to run.
 */
function perPost(posts: string[], rounds: number, fns: ((post: string) => unknown)[]): number[] {
  const times = fns.map((): number[] => []);
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      for (const post of posts) sink += fn(post) ? 1 : 0;
      times[k]!.push((performance.now() - start) / posts.length);
    });
  }
  if (sink < 0) console.log(sink);
  return times.map(median);
}

/** The yardstick: the least any reader of the text must do. */
const BASELINE_RE = /\b(?:ai|chatgpt|gpt|llm)\b/g;
function baseline(post: string): number {
  return post.toLowerCase().match(BASELINE_RE)?.length ?? 0;
}

/**
 * The least the engine itself must do: lowercase the post and find its AI terms (the tools, detectors and
 * five-language terms the engine has to know) in one pass, reading nothing. Shows how much of the ratio is the
 * size of the vocabulary rather than the reading.
 */
function termPass(post: string): number {
  const lower = post.toLowerCase();
  let found = 0;
  MENTION_RE.lastIndex = 0;
  while (MENTION_RE.exec(lower)) found++;
  return found;
}

function megabyte(text: string): number {
  analyze(text);
  const times = Array.from({ length: 7 }, () => {
    const start = performance.now();
    analyze(text);
    return performance.now() - start;
  });
  return median(times);
}

function rowsFor(kind: string, posts: string[], mega: string): BenchRow[] {
  // Warm up: compile the lexicons and let the JIT settle.
  perPost(posts, 20, [analyze, baseline, termPass]);
  const [engine, yardstick, terms] = perPost(posts, 60, [analyze, baseline, termPass]) as [
    number,
    number,
    number,
  ];
  const ratio = engine / yardstick;
  const termRatio = terms / yardstick;
  const megaMs = megabyte(mega);
  return [
    {
      name: `policy ${kind}: median per 5,000-char post`,
      value: engine,
      unit: 'ms',
      goal: '≤ 0.3 ms',
      ok: engine <= 0.3,
    },
    {
      name: `policy ${kind}: ratio to lowercase + regex pass`,
      value: ratio,
      unit: '×',
      goal: '≤ 5×',
      ok: ratio <= 5,
    },
    {
      name: `policy ${kind}: ratio of the AI-term pass alone`,
      value: termRatio,
      unit: '×',
      goal: 'information',
      ok: true,
    },
    { name: `policy ${kind}: 1 MB of text`, value: megaMs, unit: 'ms', goal: '≤ 150 ms', ok: megaMs <= 150 },
  ];
}

export function benchPolicy(): BenchRow[] {
  const texts = corpus().map((row) => row.text);
  const plain = texts.filter((text) => !AI_WORD.test(text));
  const dense = texts.slice(1);
  return [
    ...rowsFor('typical', postsOf(texts, plain, POST_CHARS), postsOf(texts, plain, MEGABYTE)[0]!),
    ...rowsFor('dense', postsOf(texts, dense, POST_CHARS), postsOf(texts, dense, MEGABYTE)[0]!),
  ];
}
