// Candor demo: the "Submit work for payment" dialog. Mounted on demand like a Vue modal; the message textarea keeps a
// model changed only by `input` events, and Submit sends the model, not whatever the DOM shows.
{
  let model = '';

  const close = () => {
    document.querySelector('[data-test="submit-work-modal"]')?.remove();
    document.body.classList.remove('is-modal-open');
  };

  const open = () => {
    const template = document.getElementById('submit-work-dialog');
    if (
      !(template instanceof HTMLTemplateElement) ||
      document.querySelector('[data-test="submit-work-modal"]')
    )
      return;
    model = '';
    document.body.append(template.content.cloneNode(true));
    document.body.classList.add('is-modal-open');
    document.getElementById('submit-work-message')?.focus();
  };

  const submit = () => {
    const group = document.getElementById('submit-work-message')?.closest('.form-group');
    if (!model.trim()) {
      group?.classList.add('has-error');
      if (group && !group.querySelector('.air3-form-message-error')) {
        const error = document.createElement('div');
        error.className = 'air3-form-message air3-form-message-error';
        error.setAttribute('role', 'alert');
        error.textContent = 'Add a message for your client.';
        group.append(error);
      }
      return;
    }
    const row = document.querySelector('.milestone-row.is-active');
    const submission = row?.querySelector('[data-test="submission"]');
    if (submission) {
      submission.hidden = false;
      submission.textContent = model;
    }
    const status = row?.querySelector('[data-test="milestone-status"]');
    if (status) status.textContent = 'Submitted for review';
    row?.querySelector('[data-test="open-submit-work"]')?.remove();
    close();
  };

  document.addEventListener('input', (event) => {
    if (event.target instanceof HTMLTextAreaElement && event.target.id === 'submit-work-message') {
      model = event.target.value;
      const group = event.target.closest('.form-group');
      group?.classList.remove('has-error');
      group?.querySelector('.air3-form-message-error')?.remove();
    }
  });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('[data-test="open-submit-work"]')) open();
    else if (target.closest('.air3-modal-close, [data-test="cancel-submit-work"], .air3-modal-backdrop'))
      close();
    else if (target.closest('[data-test="submit-work"]')) submit();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
}
