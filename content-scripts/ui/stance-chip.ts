import { type MessageKey, partName, stanceName, t } from '../../src/i18n.ts';
import type { JobReading } from '../../src/messaging/schemas.ts';
import type { Part } from '../../src/policy/types.ts';
import { h } from './dom.ts';
import { clearEvidenceHighlight, highlightEvidence } from './evidence-highlight.ts';
import { BASE_CSS } from './mount.ts';

const PARTS: readonly Part[] = ['proposal', 'work', 'communication'];

export const STANCE_CHIP_CSS = `${BASE_CSS}
.chip { display: inline-flex; align-items: center; gap: 6px; margin: 4px 0 10px; }
.toggle { border: 1px solid var(--stance); color: var(--stance); background: var(--stance-bg);
  border-radius: 999px; padding: 3px 12px; font-weight: 600; }
.dismiss { border: none; background: none; color: #475467; padding: 2px 6px; border-radius: 4px; }
.panel { border: 1px solid #d0d5dd; border-left: 4px solid var(--stance); border-radius: 8px; background: #fff;
  padding: 10px 14px; margin: 0 0 12px; max-width: 720px; }
.panel h3 { font-size: 14px; margin: 6px 0; }
.panel ul { margin: 4px 0 8px; padding-left: 18px; }
blockquote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid #f5b800; background: #fffbeb; }
.signal { display: block; font-size: 12px; color: #475467; }
.partial { color: #93370d; font-size: 13px; margin: 0 0 6px; }
`;

/** One quote per sentence, with every finding it supports: a sentence can carry a stance and a flag. */
function quotesBySentence(evidence: JobReading['reading']['evidence']) {
  const bySentence = new Map<string, { quote: string; signals: string[] }>();
  for (const { start, end, quote, signal } of evidence) {
    const entry = bySentence.get(`${start}:${end}`) ?? { quote, signals: [] };
    if (!entry.signals.includes(signal)) entry.signals.push(signal);
    bySentence.set(`${start}:${end}`, entry);
  }
  return [...bySentence.values()];
}

/**
 * The client's AI stance beside the job description: a chip that opens the terms per part, the flags, and
 * the quoted evidence, which it also highlights in the description itself.
 */
export function stanceChip(job: JobReading, description: Element, onDismiss: () => void): HTMLElement {
  const { reading } = job;
  const scopes = PARTS.filter((part) => reading.scopes[part] && reading.scopes[part] !== 'none');
  const flags: MessageKey[] = [];
  if (reading.disclosureRequired) flags.push('inpage_flag_disclosure');
  if (reading.confidentiality) flags.push('inpage_flag_confidentiality');
  if (reading.detectors) flags.push('inpage_flag_detectors');

  const panel = h(
    'section',
    { class: 'panel', id: 'candor-terms', 'aria-label': t('inpage_termsHeading'), hidden: true },
    job.source === 'excerpt' && h('p', { class: 'partial' }, t('inpage_partial')),
    scopes.length > 0 &&
      h(
        'ul',
        { class: 'scopes' },
        ...scopes.map((part) => h('li', {}, `${partName(part)}: ${stanceName(reading.scopes[part]!)}`)),
      ),
    flags.length > 0 && h('ul', { class: 'flags' }, ...flags.map((flag) => h('li', {}, t(flag)))),
    h('h3', {}, t('inpage_evidenceHeading')),
    ...(reading.evidence.length === 0
      ? [h('p', {}, t('inpage_noEvidence'))]
      : quotesBySentence(reading.evidence).map(({ quote, signals }) =>
          h(
            'blockquote',
            {},
            h(
              'span',
              { class: 'signal' },
              signals.map((signal) => t(`inpage_signal_${signal}` as MessageKey)).join(' · '),
            ),
            quote,
          ),
        )),
  );
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'toggle',
      'aria-expanded': 'false',
      'aria-controls': 'candor-terms',
      onclick: () => {
        const open = panel.hidden;
        panel.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        if (open)
          highlightEvidence(
            description,
            reading.evidence.map((e) => e.quote),
          );
        else clearEvidenceHighlight();
      },
    },
    t('inpage_chip', stanceName(reading.stance)),
  );
  const dismiss = h(
    'button',
    {
      type: 'button',
      class: 'dismiss',
      'aria-label': t('inpage_dismiss'),
      onclick: () => {
        clearEvidenceHighlight();
        onDismiss();
      },
    },
    '×',
  );
  return h(
    'div',
    { class: `candor stance-${reading.stance}` },
    h('div', { class: 'chip' }, toggle, dismiss),
    panel,
  );
}
