import { type Found, queryAll, queryFirst } from '../selector.ts';
import * as sel from './selectors.ts';

/**
 * Finding fields and reading text on Upwork pages. Every function returns `{ value, strategy }` or `null`, so
 * the popup can say which selector held, and what was tried when none did.
 */

/** Rendered text with line breaks kept (`<br>`, paragraphs), falling back to textContent where layout is absent. */
function visibleText(element: Element): string {
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks that <br> and paragraphs make.
  const rendered = (element as HTMLElement).innerText;
  const text = typeof rendered === 'string' && rendered !== '' ? rendered : element.textContent;
  return (text ?? '').replace(/[ \t]+\n/g, '\n').trim();
}

export const findCoverLetter = (root: ParentNode): Found<HTMLTextAreaElement> | null =>
  queryFirst<HTMLTextAreaElement>(root, sel.coverLetter);

export interface ScreeningQuestion {
  question: string;
  field: HTMLTextAreaElement;
}

export function findScreeningQuestions(root: ParentNode): Found<ScreeningQuestion[]> | null {
  const blocks = queryAll(root, sel.screeningQuestion);
  if (!blocks) return null;
  const questions: ScreeningQuestion[] = [];
  for (const block of blocks.value) {
    const field = block.querySelector<HTMLTextAreaElement>(sel.screeningQuestionField);
    const label = block.querySelector(sel.screeningQuestionLabel);
    if (field) questions.push({ question: label ? visibleText(label) : '', field });
  }
  return questions.length > 0 ? { value: questions, strategy: blocks.strategy } : null;
}

export interface JobDescription {
  text: string;
  title: string;
}

/** The full description on the job page or slider, and its container (to mark and to draw beside). */
export function readJobDescription(root: ParentNode): Found<JobDescription & { element: Element }> | null {
  const found = queryFirst(root, sel.jobDescription);
  if (!found) return null;
  const paragraphs = [...found.value.querySelectorAll(sel.jobDescriptionParagraphs)];
  const text = (
    paragraphs.length > 0 ? paragraphs.map(visibleText).join('\n\n') : visibleText(found.value)
  ).trim();
  if (!text) return null;
  const title = queryFirst(root, sel.jobTitle);
  return {
    value: { text, title: title ? visibleText(title.value) : '', element: found.value },
    strategy: found.strategy,
  };
}

export interface ApplyDescription extends JobDescription {
  /** The element the text was read from, to draw the stance beside. */
  element: Element;
  /** The truncation toggle, when the description is cut short in the DOM. */
  toggle: HTMLElement | null;
}

/** The apply page's copy of the description, truncated by Upwork unless the toggle is expanded. */
export function readApplyDescription(root: ParentNode): Found<ApplyDescription> | null {
  const found = queryFirst(root, sel.applyDescription);
  if (!found) return null;
  const toggle = queryFirst<HTMLElement>(found.value, sel.applyDescriptionToggle)?.value ?? null;
  const title = queryFirst(root, sel.applyJobTitle);
  // The toggle names the span it truncates; without it, the description minus the toggle's own labels.
  const controlled = toggle?.getAttribute('aria-controls');
  const textElement =
    (controlled && found.value.querySelector(`[id="${CSS.escape(controlled)}"]`)) || found.value;
  const text = visibleText(textElement).replace(/…$/, '');
  return {
    value: { text, title: title ? visibleText(title.value) : '', element: found.value, toggle },
    strategy: found.strategy,
  };
}

export const findSubmitProposalButton = (root: ParentNode): Found<HTMLButtonElement> | null =>
  queryFirst<HTMLButtonElement>(root, sel.submitProposalButton);

export const findJobPostDescription = (root: ParentNode): Found<HTMLTextAreaElement> | null =>
  queryFirst<HTMLTextAreaElement>(root, sel.jobPostDescription);

export const findMessageComposer = (root: ParentNode): Found<HTMLElement> | null =>
  queryFirst<HTMLElement>(root, sel.messageComposer);

/** The single textarea of a dialog headed "Submit work…". */
export function findWorkSubmissionMessage(root: ParentNode): Found<HTMLTextAreaElement> | null {
  const dialogs = queryAll(root, sel.workSubmissionDialog);
  if (!dialogs) return null;
  for (const dialog of dialogs.value) {
    const heading = dialog.querySelector('h1, h2, h3, h4, [role="heading"]');
    const textarea = dialog.querySelector<HTMLTextAreaElement>('textarea');
    if (heading && textarea && sel.WORK_SUBMISSION_HEADING.test(visibleText(heading))) {
      return { value: textarea, strategy: `${dialogs.strategy}+heading` };
    }
  }
  return null;
}
