// Candor demo: the feed's job slider. Upwork opens job details over the feed without a page load and changes the
// URL with the history API; this does the same from the <template> embedded per job.
{
  const FEED_PATH = '/nx/find-work/best-matches';
  const DETAILS = /^\/nx\/find-work\/best-matches\/details\/(~0[12][0-9a-f]{16,20})\/?$/;
  const feedTitle = document.title;

  const detailsUrl = (jobId) => {
    const modalInfo = [{ navType: 'slider', title: 'Job Details', modalId: String(Date.now()) }];
    return `${FEED_PATH}/details/${jobId}?pageTitle=Job%20Details&_modalInfo=${encodeURIComponent(JSON.stringify(modalInfo))}`;
  };

  const closeSlider = () => {
    document.querySelector('.job-details-slider')?.remove();
    document.body.classList.remove('is-slider-open');
    document.title = feedTitle;
  };

  const openSlider = (jobId) => {
    const template = document.querySelector(`template[data-job-id="${jobId}"]`);
    if (!(template instanceof HTMLTemplateElement)) return false;
    closeSlider();
    const frame = document.createElement('div');
    frame.className = 'air3-fullscreen-container job-details-slider';
    frame.setAttribute('role', 'dialog');
    frame.setAttribute('aria-modal', 'true');
    frame.setAttribute('aria-label', 'Job Details');
    const overlay = document.createElement('div');
    overlay.className = 'air3-slider-overlay';
    const panel = document.createElement('div');
    panel.className = 'air3-slider air3-slider-right';
    panel.append(template.content.cloneNode(true));
    frame.append(overlay, panel);
    document.body.append(frame);
    document.body.classList.add('is-slider-open');
    document.title = `${template.dataset.title} - Upwork`;
    panel.querySelector('.air3-slider-close')?.focus();
    return true;
  };

  // Sync the view with the URL: on load (a reload inside the slider) and on Back/Forward.
  const render = () => {
    const match = DETAILS.exec(window.location.pathname);
    if (match?.[1]) openSlider(match[1]);
    else closeSlider();
  };

  const leaveSlider = () => {
    if (history.state?.demoSlider) history.back();
    else {
      history.pushState(null, '', FEED_PATH);
      closeSlider();
    }
  };

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('.air3-slider-close, .air3-slider-overlay')) {
      leaveSlider();
      return;
    }
    const tile = target.closest('[data-test="job-tile"]');
    if (!tile) return;
    // Modified clicks on the title link open the full job page, as links do.
    if (target.closest('a') && (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0))
      return;
    event.preventDefault();
    const jobId = tile.getAttribute('data-job-id');
    if (jobId && openSlider(jobId)) history.pushState({ demoSlider: jobId }, '', detailsUrl(jobId));
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && document.querySelector('.job-details-slider')) leaveSlider();
  });

  window.addEventListener('popstate', render);
  document.addEventListener('DOMContentLoaded', render);
}
