// @vitest-environment happy-dom
import './fake-browser.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../../../popup/app.tsx';
import type { WriteOutcome } from '../../../src/messaging/schemas.ts';
import type { Declaration, PolicyReading } from '../../../src/policy/types.ts';
import {
  JOB_DECLARATIONS_MAX,
  jobDeclarationsItem,
  rememberDeclaration,
} from '../../../src/storage/items.ts';
import { recover } from '../../../src/storage/recover.ts';
import { APPLY, fakeApi, job, proposalReport, readings } from './fixtures.ts';

afterEach(cleanup);

const at = (report: ReturnType<typeof proposalReport>, reading: PolicyReading = readings.none) => ({
  report,
  job: job(reading),
  updatedAt: 1,
});

/** Declares a level of use for the proposal with one tool. */
async function declare(level: string, tool = 'ChatGPT') {
  fireEvent.click(await screen.findByRole('radio', { name: level }));
  fireEvent.click(screen.getByRole('checkbox', { name: tool }));
}

describe('page states', () => {
  test('no page: says what Candor does and where', async () => {
    render(<App api={fakeApi(null).api} />);
    expect(await screen.findByRole('heading', { name: 'Nothing to do on this page' })).toBeTruthy();
  });

  test('looking: the form is not drawn yet', async () => {
    const { api } = fakeApi({ report: proposalReport({ fields: [] }), job: null, updatedAt: 1 });
    render(<App api={api} />);
    expect(await screen.findByRole('heading', { name: 'Looking for the form…' })).toBeTruthy();
  });

  test('not recognized: says what was tried', async () => {
    const report = proposalReport({
      fields: [],
      missing: [{ kind: 'cover-letter', tried: ['aria-labelledby'] }],
    });
    render(<App api={fakeApi({ report, job: null, updatedAt: 1 }).api} />);
    expect(await screen.findByRole('heading', { name: 'Form not recognized' })).toBeTruthy();
    expect(screen.getByText('aria-labelledby')).toBeTruthy();
  });
});

describe('proposal', () => {
  test('without client terms read: says so and still composes', async () => {
    const { api } = fakeApi({ report: proposalReport(), job: null, updatedAt: 1 });
    render(<App api={api} />);
    expect(await screen.findByText(/has not read this job’s description yet/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your note to the client' })).toBeTruthy();
    expect(document.querySelector('[data-verdict]')).toBeNull();
  });

  test('with client terms: stance per part, the client’s words, and the source', async () => {
    const { api } = fakeApi(at(proposalReport(), readings.restricted));
    render(<App api={api} />);
    await waitFor(() =>
      expect(document.querySelector('[data-stance]')?.textContent).toBe('AI with conditions'),
    );
    expect(document.querySelector('[data-part="proposal"]')?.textContent).toBe('no AI');
    expect(document.querySelector('[data-part="communication"]')?.textContent).toBe('not stated');
    expect(screen.getByText('Proposals written by AI will be declined.')).toBeTruthy();
    expect(screen.getByText('Keep the client’s files and data out of AI tools')).toBeTruthy();
    expect(screen.getByText('Read from the full job post.')).toBeTruthy();
  });

  test('an excerpt-only reading says it is partial', async () => {
    const { api } = fakeApi({
      report: proposalReport(),
      job: job(readings.allowed, 'excerpt'),
      updatedAt: 1,
    });
    render(<App api={api} />);
    expect(await screen.findByText(/short excerpt on this page only/)).toBeTruthy();
  });

  test.each([
    ['clear', readings.allowed, 'Spelling and grammar', 'Fits the client’s terms'],
    ['disclose', readings.none, 'Mostly AI-written', 'Fine if you say so'],
    ['ask-client', readings.restricted, 'Spelling and grammar', 'Ask the client first'],
    ['conflict', readings.restricted, 'Mostly AI-written', 'Conflicts with the client’s terms'],
  ])('verdict %s, with the cited rule and its version', async (level, reading, use, heading) => {
    const { api } = fakeApi(at(proposalReport(), reading));
    render(<App api={api} />);
    await declare(use);
    await waitFor(() =>
      expect(document.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe(level),
    );
    expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
    expect(document.querySelector('.rule-name')?.textContent).toMatch(/version .+, in force since/);
  });

  test('declaring composes a specific note and remembers the declaration for the job', async () => {
    const { api, saved } = fakeApi(at(proposalReport()));
    render(<App api={api} />);
    await declare('Spelling and grammar', 'Grammarly');
    const note = screen.getByLabelText(/^Note/) as HTMLTextAreaElement;
    expect(note.value).toContain('Grammarly');
    expect(note.value).not.toMatch(/used AI for assistance/i);
    expect(saved.at(-1)).toEqual([
      '~021',
      { level: 'grammar', tools: ['Grammarly'], parts: ['proposal'], clientMaterialShared: false },
    ]);
  });

  test('insert writes the edited note, says the characters left, and records it in the ledger', async () => {
    const { api, writes, ledger } = fakeApi(at(proposalReport(), readings.allowed));
    render(<App api={api} />);
    await declare('Ideas and research');
    const note = screen.getByLabelText(/^Note/) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'My own words about ChatGPT.' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Screening answer 1/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Insert note' }));
    await screen.findByText('Note written into the cover letter. 3,800 of 5,000 characters left.');
    expect(writes).toEqual([
      [7, { field: 'cover-letter' }, 'insert', 'My own words about ChatGPT.', 'en'],
      [7, { field: 'screening-answer', index: 0 }, 'insert', 'My own words about ChatGPT.', 'en'],
    ]);
    expect(ledger).toEqual([
      expect.objectContaining({
        jobId: '~021',
        url: APPLY,
        stance: 'allowed',
        note: 'My own words about ChatGPT.',
        targets: [{ field: 'cover-letter' }, { field: 'screening-answer', index: 0 }],
      }),
    ]);
    expect(screen.getByRole('button', { name: 'Update note' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(writes.at(-1)?.[2]).toBe('undo'));
  });

  test('too long: offers the shorter note and inserts it', async () => {
    let calls = 0;
    const { api, writes } = fakeApi(at(proposalReport()), {
      writeNote: async (...args): Promise<WriteOutcome> => {
        writes.push(args);
        calls += 1;
        return calls === 1
          ? { ok: false, error: 'too-long', message: 'over 5000', over: 40 }
          : { ok: true, action: 'insert', length: 4990, limit: 5000 };
      },
    });
    render(<App api={api} />);
    await declare('A draft I rewrote');
    fireEvent.click(screen.getByRole('radio', { name: 'Detailed' }));
    fireEvent.click(screen.getByRole('button', { name: 'Insert note' }));
    await screen.findByText(/does not fit in the cover letter/);
    fireEvent.click(screen.getByRole('button', { name: /Insert the shorter note instead: Standard/ }));
    await screen.findByText('Note written into the cover letter. 10 of 5,000 characters left.');
    // The page said 40 characters too many: the offered note is at least that much shorter.
    expect(String(writes[1]?.[3]).length).toBeLessThanOrEqual(String(writes[0]?.[3]).length - 40);
  });

  test('no AI: no note unless the freelancer asks for a statement', async () => {
    const { api } = fakeApi(at(proposalReport()));
    render(<App api={api} />);
    expect(await screen.findByText('You declared no AI use, so no note is needed.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /statement that no AI was used/ }));
    expect((screen.getByLabelText(/^Note/) as HTMLTextAreaElement).value).toMatch(
      /^I wrote this proposal myself/,
    );
  });
});

describe('job-post editor', () => {
  const report = proposalReport({
    kind: 'job-post',
    variant: 'description',
    url: 'https://www.upwork.com/nx/job-post/instant/description',
    fields: [{ kind: 'job-post-description', strategy: 'id' }],
  });

  test('builds a clause with a privacy sentence and inserts it into the description', async () => {
    const { api, writes } = fakeApi({ report, job: null, updatedAt: 1 });
    render(<App api={api} />);
    await screen.findByRole('heading', { name: 'AI-use clause for your job post' });
    fireEvent.click(screen.getByRole('radio', { name: 'No AI' }));
    const clause = document.querySelector('[data-clause]')?.textContent ?? '';
    expect(clause).toMatch(/^AI use in this job\nDo not use generative AI/);
    expect(clause).toContain('Do not paste or upload our files');
    fireEvent.click(screen.getByRole('combobox', { name: 'Language of the clause' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Language of the clause' }), {
      target: { value: 'es' },
    });
    expect(document.querySelector('[data-clause]')?.textContent).toMatch(/^Uso de IA en este trabajo/);
    fireEvent.click(screen.getByRole('button', { name: 'Insert into the description' }));
    await screen.findByText(/Note written into the job-post description/);
    expect(writes[0]?.slice(0, 3)).toEqual([7, { field: 'job-post-description' }, 'insert']);
  });
});

describe('remembered declarations', () => {
  test('the least recently declared jobs are forgotten beyond the cap', () => {
    const declaration: Declaration = {
      level: 'grammar',
      tools: [],
      parts: ['proposal'],
      clientMaterialShared: false,
    };
    let records = {};
    for (let i = 0; i <= JOB_DECLARATIONS_MAX; i++) {
      records = rememberDeclaration(records, `~0${i}`, declaration, i);
    }
    expect(Object.keys(records)).toHaveLength(JOB_DECLARATIONS_MAX);
    expect(records).not.toHaveProperty('~00');
    expect(records).toHaveProperty(`~0${JOB_DECLARATIONS_MAX}`);
  });

  test('a damaged record loses only itself', () => {
    const good = {
      declaration: { level: 'none', tools: [], parts: ['proposal'], clientMaterialShared: false },
      at: 1,
    };
    expect(recover(jobDeclarationsItem, { v: 1, data: { '~01': good, '~02': { at: 'x' } } }).value).toEqual({
      '~01': good,
    });
  });
});
