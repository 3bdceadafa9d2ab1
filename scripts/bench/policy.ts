/**
 * Policy engine benchmark: time per 5,000-character post, the ratio to one lowercase + regex pass over the same
 * text, and time for 1 MB. Posts are made from the labelled corpus (tests/fixtures/policy), repeated to size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/policy/index.ts';

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

function corpusTexts(): string[] {
  return readFileSync(CORPUS, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Each corpus text, repeated (with the next ones) to exactly `size` characters. */
function postsOf(texts: string[], size: number): string[] {
  return texts.map((_, i) => {
    let post = '';
    for (let j = i; post.length < size; j++) post += `${texts[j % texts.length]}\n\n`;
    return post.slice(0, size);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median time of `fn(post)` per post, over `rounds` passes through all posts. */
function perPost(posts: string[], rounds: number, fn: (post: string) => unknown): number {
  const times: number[] = [];
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (const post of posts) sink += fn(post) ? 1 : 0;
    times.push((performance.now() - start) / posts.length);
  }
  if (sink < 0) console.log(sink);
  return median(times);
}

/** The yardstick: the least any reader of the text must do. */
const BASELINE_RE = /\b(?:ai|chatgpt|gpt|llm)\b/g;
function baseline(post: string): number {
  return post.toLowerCase().match(BASELINE_RE)?.length ?? 0;
}

export function benchPolicy(): BenchRow[] {
  const texts = corpusTexts();
  const posts = postsOf(texts, POST_CHARS);
  // Warm up: compile the lexicons and let the JIT settle.
  perPost(posts, 20, analyze);
  perPost(posts, 20, baseline);
  const engine = perPost(posts, 50, analyze);
  const yardstick = perPost(posts, 50, baseline);
  const mega = postsOf(texts, MEGABYTE)[0]!;
  const megaTimes = Array.from({ length: 7 }, () => {
    const start = performance.now();
    analyze(mega);
    return performance.now() - start;
  });
  const megaMs = median(megaTimes);
  const ratio = engine / yardstick;
  return [
    {
      name: 'policy: median per 5,000-char post',
      value: engine,
      unit: 'ms',
      goal: '≤ 0.3 ms',
      ok: engine <= 0.3,
    },
    {
      name: 'policy: ratio to lowercase + regex pass',
      value: ratio,
      unit: '×',
      goal: '≤ 5×',
      ok: ratio <= 5,
    },
    { name: 'policy: 1 MB of text', value: megaMs, unit: 'ms', goal: '≤ 150 ms', ok: megaMs <= 150 },
  ];
}
