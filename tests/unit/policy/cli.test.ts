import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'src/policy/cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'candor-policy-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const FIELDS = [
  'id',
  'stance',
  'scopes',
  'disclosureRequired',
  'confidentiality',
  'detectors',
  'evidence',
  'language',
  'confidence',
];

describe('policy CLI', () => {
  it('prints the reading of a text file as JSON', () => {
    const { code, stdout } = run([
      file('post.txt', 'Great project.\nDo not use ChatGPT for the articles.\n'),
    ]);
    expect(code).toBe(0);
    const reading = JSON.parse(stdout);
    expect(reading.stance).toBe('prohibited');
    expect(reading.evidence[0].quote).toBe('Do not use ChatGPT for the articles.');
  });

  it('reads stdin with -', () => {
    const { code, stdout } = run(['-'], 'AI tools are welcome for this job.');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).stance).toBe('allowed');
  });

  it('reads HTML, with offsets into the text made of it', () => {
    const { code, stdout } = run([
      file('post.html', '<ul><li>Budget: $500</li><li>No&nbsp;AI &amp; no <b>GPT</b>.</li></ul>'),
    ]);
    expect(code).toBe(0);
    const reading = JSON.parse(stdout);
    expect(reading.stance).toBe('prohibited');
    expect(reading.evidence[0].quote).toBe('No AI & no GPT.');
  });

  it('maps JSON lines to JSON lines in order, with the fields in a fixed order', () => {
    const input = [
      { id: 'one', text: 'No AI.' },
      { id: 'two', text: 'Build a chatbot with the OpenAI API.' },
      { id: 'three', text: 'You must be fluent with Claude Code.' },
    ];
    const { code, stdout, stderr } = run([
      '--jsonl',
      file('in.jsonl', input.map((l) => JSON.stringify(l)).join('\n')),
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['one', 'two', 'three']);
    expect(lines.map((l) => l.stance)).toEqual(['prohibited', 'none', 'encouraged']);
    for (const line of lines) expect(Object.keys(line)).toEqual(FIELDS);
  });

  it('reports bad lines by file and line, exits 2, and still reads the good ones', () => {
    const path = file(
      'mixed.jsonl',
      '{"id":"a","text":"No AI."}\n{oops\n{"id":"b"}\n\n{"id":"c","text":"Feel free to use AI."}\n',
    );
    const { code, stdout, stderr } = run(['--jsonl', path]);
    expect(code).toBe(2);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['a', 'c']);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain(`${path}:2:`);
    expect(errors[1]).toContain(`${path}:3:`);
  });

  it('reports a missing file in one line with exit code 2', () => {
    const { code, stderr } = run([join(dir, 'missing.txt')]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('missing.txt');
  });

  it('refuses binary input with exit code 2', () => {
    const { code, stderr } = run([
      file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff])),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('image.png');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints usage and exits 2 without a file', () => {
    const { code, stderr } = run([]);
    expect(code).toBe(2);
    expect(stderr).toContain('usage');
  });
});
