// Candor demo: the job-post wizard's client side. Like Upwork's Vue app, each field has a model that changes
// only on an `input` event; the counter, the review and the posted job are built from the models, not the DOM.
{
  const LIMIT = 50000;
  const MIN = 50;
  const models = { title: '', description: '' };

  const title = () => document.getElementById('job-post-title');
  const description = () => document.getElementById('jp-description-1');

  const renderCounter = () => {
    const counter = document.querySelector('[data-test="description-counter"]');
    if (!counter) return;
    const length = models.description.length;
    counter.textContent = `${length.toLocaleString('en-US')}/${LIMIT.toLocaleString('en-US')} characters (minimum ${MIN})`;
  };

  const setError = (field, message) => {
    const group = field?.closest('.form-group');
    if (!group) return;
    group.classList.toggle('has-error', Boolean(message));
    let error = group.querySelector('.air3-form-message-error');
    if (!message) return error?.remove();
    if (!error) {
      error = document.createElement('div');
      error.className = 'air3-form-message air3-form-message-error';
      error.setAttribute('role', 'alert');
      group.append(error);
    }
    error.textContent = message;
  };

  const showReview = (show) => {
    const review = document.querySelector('[data-test="job-post-review"]');
    const form = document.querySelector('[data-test="job-post-form"]');
    if (!review || !form) return;
    review.hidden = !show;
    review.classList.toggle('d-none', !show);
    form.hidden = show;
    if (!show) return;
    review.querySelector('[data-test="review-title"]').textContent = models.title;
    review.querySelector('[data-test="review-description"]').textContent = models.description;
  };

  document.addEventListener('DOMContentLoaded', () => {
    // Vue renders the draft from its store: the models start equal to the fields.
    models.title = title()?.value ?? '';
    models.description = description()?.value ?? '';
    renderCounter();

    document.addEventListener('input', (event) => {
      if (event.target === title()) {
        models.title = title().value;
        setError(title(), '');
      } else if (event.target === description()) {
        models.description = description().value;
        setError(description(), '');
        renderCounter();
      }
    });

    document.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[data-cy="jp-cta-next"]')) {
        const titleError = models.title.trim().length < 5 ? 'Enter a title of at least 5 characters.' : '';
        const length = models.description.trim().length;
        const descriptionError =
          length < MIN
            ? `Enter at least ${MIN} characters.`
            : length > LIMIT
              ? `Use at most ${LIMIT} characters.`
              : '';
        setError(title(), titleError);
        setError(description(), descriptionError);
        if (!titleError && !descriptionError) showReview(true);
      } else if (target?.closest('[data-test="review-edit"]')) {
        showReview(false);
      } else if (target?.closest('[data-cy="jp-cta-save"]')) {
        const review = document.querySelector('[data-test="job-post-review"] .air3-card-section');
        const done = document.createElement('div');
        done.className = 'air3-alert air3-alert-success';
        done.setAttribute('role', 'alert');
        done.dataset.test = 'job-posted';
        done.textContent = 'Your job post is live. Freelancers can now send you proposals.';
        review?.replaceChildren(done);
        for (const button of document.querySelectorAll('.jp-footer button')) button.disabled = true;
      }
    });
  });
}
