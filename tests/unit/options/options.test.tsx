// @vitest-environment happy-dom
import '../popup/fake-browser.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { type OptionsApi, OptionsApp } from '../../../options/app.tsx';
import type { LedgerEntry } from '../../../src/ledger/entry.ts';
import { ledgerToJson } from '../../../src/ledger/transfer.ts';
import { type Settings, settingsItem, type Templates } from '../../../src/storage/items.ts';

afterEach(cleanup);

const entry = (id: string, title: string, stance: LedgerEntry['stance']): LedgerEntry => ({
  id,
  at: Date.UTC(2026, 10, 1),
  jobId: `~0${id}`,
  title,
  url: `https://www.upwork.com/nx/proposals/job/~0${id}/apply/`,
  stance,
  source: 'job-page',
  evidence: ['AI for research only.'],
  declaration: { level: 'ideas', tools: ['Claude'], parts: ['proposal'], clientMaterialShared: false },
  targets: [{ field: 'cover-letter' }],
  note: `Note for ${title}`,
});

function fakeApi(ledger: LedgerEntry[] = []) {
  const store = {
    settings: settingsItem.defaults() as Settings,
    templates: { en: {}, es: {} } as Templates,
    ledger,
    downloads: [] as [string, string, string][],
    resets: 0,
  };
  const api: OptionsApi = {
    loadSettings: async () => store.settings,
    saveSettings: async (settings) => {
      store.settings = settings;
    },
    loadTemplates: async () => store.templates,
    saveTemplates: async (templates) => {
      store.templates = templates;
    },
    loadLedger: async () => store.ledger,
    saveLedger: async (entries) => {
      store.ledger = entries;
    },
    resetAll: async () => {
      store.resets += 1;
      store.settings = settingsItem.defaults();
    },
    download: (...args) => {
      store.downloads.push(args);
    },
  };
  return { api, store };
}

const file = (text: string) => new File([text], 'ledger.json', { type: 'application/json' });

describe('options', () => {
  test('defaults, switches and note settings are saved as they change', async () => {
    const { api, store } = fakeApi();
    render(<OptionsApp api={api} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Spelling and grammar' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Grammarly' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /toolbar icon/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Brief' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Language of notes and clauses' }), {
      target: { value: 'es' },
    });
    await waitFor(() =>
      expect(store.settings).toMatchObject({
        declaration: { level: 'grammar', tools: ['Grammarly'] },
        badge: false,
        tone: 'brief',
        noteLanguage: 'es',
      }),
    );
    expect(document.querySelector('.save-status')?.textContent).toBe('Saved.');
  });

  test('a template is checked before it can be saved', async () => {
    const { api, store } = fakeApi();
    render(<OptionsApp api={api} />);
    const box = await screen.findByRole('textbox', { name: 'Brief' });
    fireEvent.input(box, { target: { value: 'I used AI {foo}.' } });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const save = screen.getAllByRole('button', { name: 'Save this template' })[0] as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.input(box, { target: { value: 'I used {tools} {use} for {parts}.' } });
    fireEvent.click(save);
    await waitFor(() =>
      expect(store.templates).toEqual({ en: { brief: 'I used {tools} {use} for {parts}.' }, es: {} }),
    );
  });

  test('templates are kept per note language', async () => {
    const { api, store } = fakeApi();
    render(<OptionsApp api={api} />);
    await screen.findByRole('textbox', { name: 'Brief' });
    fireEvent.click(screen.getByRole('radio', { name: 'Español' }));
    const box = screen.getByRole('textbox', { name: 'Brief' }) as HTMLTextAreaElement;
    expect(box.value).toBe('');
    fireEvent.input(box, { target: { value: 'Usé {tools} {use} en {parts}.' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Save this template' })[0] as HTMLButtonElement);
    await waitFor(() =>
      expect(store.templates).toEqual({ en: {}, es: { brief: 'Usé {tools} {use} en {parts}.' } }),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect((screen.getByRole('textbox', { name: 'Brief' }) as HTMLTextAreaElement).value).toBe('');
  });

  test('the ledger lists, filters, deletes and exports', async () => {
    const { api, store } = fakeApi([
      entry('1', 'Blog writer', 'restricted'),
      entry('2', 'Python script', 'allowed'),
    ]);
    render(<OptionsApp api={api} />);
    await screen.findByText('Blog writer');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'python' } });
    expect(screen.queryByText('Blog writer')).toBeNull();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Client’s terms' }), {
      target: { value: 'restricted' },
    });
    expect(screen.queryByText('Python script')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(store.downloads[0]?.[1]).toBe('text/csv');
    fireEvent.click(screen.getByRole('button', { name: 'Delete the entry for Blog writer' }));
    await waitFor(() => expect(store.ledger.map((e) => e.id)).toEqual(['2']));
  });

  test('importing a bad file says why and changes nothing', async () => {
    const { api, store } = fakeApi([entry('1', 'Blog writer', 'restricted')]);
    render(<OptionsApp api={api} />);
    const input = (await screen.findByLabelText('Import JSON…')) as HTMLInputElement;
    const bad = JSON.parse(ledgerToJson([entry('2', 'X', 'none')]));
    bad.entries[0].at = 'yesterday';
    fireEvent.change(input, { target: { files: [file(JSON.stringify(bad))] } });
    await screen.findByText(/invalid entry at entries\.0\.at .*Nothing was imported\./);
    expect(store.ledger.map((e) => e.id)).toEqual(['1']);
    fireEvent.change(input, { target: { files: [file('not json')] } });
    await screen.findByText('This file is not JSON. Nothing was imported.');
  });

  test('importing a good file merges it', async () => {
    const { api, store } = fakeApi([entry('1', 'Blog writer', 'restricted')]);
    render(<OptionsApp api={api} />);
    const input = (await screen.findByLabelText('Import JSON…')) as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [file(ledgerToJson([entry('2', 'Python script', 'allowed')]))] },
    });
    await screen.findByText('Imported: 1 new entries.');
    expect(store.ledger.map((e) => e.id).sort()).toEqual(['1', '2']);
    expect(screen.getByText('Python script')).toBeTruthy();
  });

  test('reset asks first, then restores the defaults', async () => {
    const { api, store } = fakeApi();
    render(<OptionsApp api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset settings…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything but the record' }));
    await waitFor(() => expect(store.resets).toBe(1));
  });
});
