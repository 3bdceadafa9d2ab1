// Candor demo: the proposal form's client side. It mimics what Candor must cope with on Upwork's Vue 2 app:
// the form is rendered after load, and each field's model changes only on an `input` event (v-model), so
// assigning `.value` without one leaves the model, the counter and the submitted proposal unchanged.
{
  const RENDER_DELAY_MS = 400;
  const data = () => JSON.parse(document.getElementById('apply-page-job')?.textContent ?? '{}');
  /** @type {Map<Element, string>} the "Vue" models of the textareas */
  const models = new Map();
  let rate = 45;

  const money = (value) => `$${value.toFixed(2)}`;
  const parseMoney = (text) => {
    const value = Number.parseFloat(String(text).replace(/[^0-9.]/g, ''));
    return Number.isFinite(value) ? value : 0;
  };

  const coverLetter = () => document.querySelector('textarea[aria-labelledby="cover_letter_label"]');
  const questionFields = () => [...document.querySelectorAll('.fe-proposal-job-questions textarea')];

  const clearError = (group) => {
    group?.classList.remove('has-error');
    group?.querySelector('.air3-form-message-error')?.remove();
  };
  const showError = (group, message) => {
    if (!group) return;
    group.classList.add('has-error');
    let error = group.querySelector('.air3-form-message-error');
    if (!error) {
      error = document.createElement('div');
      error.className = 'air3-form-message air3-form-message-error';
      error.setAttribute('role', 'alert');
      group.append(error);
    }
    error.textContent = message;
  };

  const updateCounter = (field, limit) => {
    const group = field.closest('.form-group');
    let counter = group.querySelector('div[role="status"][aria-live="polite"]');
    if (!counter) {
      counter = document.createElement('div');
      counter.setAttribute('role', 'status');
      counter.setAttribute('aria-live', 'polite');
      counter.className = 'text-right text-light-on-inverse text-body-sm';
      field.closest('.textarea-wrapper').after(counter);
    }
    const left = limit - (models.get(field) ?? '').length;
    counter.textContent = `${Math.max(left, 0)} characters left`;
    if (left < 0) showError(group, `Your cover letter can't be longer than ${limit} characters.`);
  };

  const updateContactInfoWarning = (text) => {
    const warning = document.querySelector('.cover-letter-CIS-detected-error');
    if (!warning) return;
    const hasContact = /[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s().-]{8,}\d/.test(text);
    warning.textContent = hasContact
      ? 'It looks like your cover letter has contact information. Please remove it before you submit.'
      : '';
  };

  const setRate = (value, except) => {
    rate = value;
    const fields = {
      'step-rate': money(rate),
      'fee-rate': `-${money(rate * 0.1)}`,
      'receive-step-rate': money(rate * 0.9),
    };
    for (const [id, text] of Object.entries(fields)) {
      const input = document.getElementById(id);
      if (input && input !== except) input.value = text;
    }
  };

  const onInput = (event) => {
    const field = event.target;
    if (field instanceof HTMLTextAreaElement) {
      models.set(field, field.value);
      clearError(field.closest('.form-group'));
      if (field === coverLetter()) {
        updateCounter(field, data().coverLetterLimit ?? 5000);
        updateContactInfoWarning(field.value);
      }
    } else if (field instanceof HTMLInputElement && field.id === 'step-rate') {
      setRate(parseMoney(field.value), field);
    } else if (field instanceof HTMLInputElement && field.id === 'receive-step-rate') {
      setRate(parseMoney(field.value) / 0.9, field);
    }
  };

  const toggleTruncation = (button) => {
    const expanded = button.getAttribute('aria-expanded') !== 'true';
    const text = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!text) return;
    if (!text.dataset.truncated) text.dataset.truncated = text.textContent ?? '';
    text.textContent = expanded ? data().description : text.dataset.truncated;
    button.setAttribute('aria-expanded', String(expanded));
    const label = button.querySelector('span');
    if (label) label.textContent = expanded ? 'less' : 'more';
  };

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const showSubmitted = (app) => {
    const letter = models.get(coverLetter()) ?? '';
    const answers = questionFields().map((field) => ({
      question: field.closest('.form-group')?.querySelector('label.label')?.textContent?.trim() ?? '',
      answer: models.get(field) ?? '',
    }));
    const alert = element('div', 'air3-alert air3-alert-success mt-6x', 'Your proposal was submitted.');
    alert.setAttribute('role', 'alert');
    alert.dataset.test = 'proposal-submitted';
    const letterCard = element('div', 'air3-card air3-card-outline my-6x proposal-submitted');
    letterCard.dataset.cy = 'cover-letter-section';
    const letterSection = element('section', 'air3-card-section');
    letterSection.append(
      element('h2', 'h4', 'Cover letter'),
      element('p', 'break text-pre-line', letter),
      element('p', 'text-body-sm text-light-on-muted', `Proposed rate: ${money(rate)}/hr`),
    );
    letterCard.append(letterSection);
    const parts = [element('h1', '', 'Proposal details'), alert, letterCard];
    if (answers.length > 0) {
      const answersCard = element('div', 'air3-card air3-card-outline my-6x proposal-submitted');
      answersCard.dataset.test = 'questions-answers';
      const section = element('section', 'air3-card-section');
      section.append(element('h2', 'h4', 'Questions'));
      for (const { question, answer } of answers) {
        const label = element('p', 'm-0');
        label.append(element('strong', '', question));
        const reply = element('p', 'text-pre-line');
        reply.append(element('span', 'air3-truncation', answer));
        section.append(label, reply);
      }
      answersCard.append(section);
      parts.push(answersCard);
    }
    const back = element('a', 'up-n-link', 'Back to Best Matches');
    back.href = '/nx/find-work/best-matches';
    parts.push(back);
    app.replaceChildren(...parts);
    window.scrollTo(0, 0);
  };

  const submit = (app) => {
    const required = [coverLetter(), ...questionFields()].filter(Boolean);
    const empty = required.filter((field) => !(models.get(field) ?? '').trim());
    const tooLong = (models.get(coverLetter()) ?? '').length > (data().coverLetterLimit ?? 5000);
    for (const field of empty) showError(field.closest('.form-group'), 'This field is required.');
    const alerts = app.querySelector('.alerts');
    alerts?.replaceChildren();
    if (empty.length > 0 || tooLong || rate <= 0) {
      const alert = element('div', 'air3-alert air3-alert-negative', 'Please fix the errors below.');
      alert.setAttribute('role', 'alert');
      alerts?.append(alert);
      (empty[0] ?? coverLetter())?.focus();
      return;
    }
    showSubmitted(app);
  };

  const mount = () => {
    const root = document.querySelector('[data-fetch-key="ApplyPageAir3:0"]');
    const template = document.getElementById('apply-page-app');
    if (!root || !(template instanceof HTMLTemplateElement)) return;
    root.replaceChildren(template.content.cloneNode(true));
    const app = root.querySelector('.fe-job-apply');
    for (const field of [coverLetter(), ...questionFields()]) if (field) models.set(field, '');
    app.addEventListener('input', onInput);
    app.addEventListener('focusout', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.id === 'step-rate') setRate(rate);
    });
    app.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const toggle = target?.closest('.air3-truncation-btn');
      if (toggle) toggleTruncation(toggle);
      const button = target?.closest('.fe-apply-footer-controls button');
      if (!button) return;
      if (button.classList.contains('air3-btn-primary')) submit(app);
      else window.location.assign(data().jobPath);
    });
  };

  document.addEventListener('DOMContentLoaded', () => setTimeout(mount, RENDER_DELAY_MS));
}
