// Candor demo: behaviour of the job details component. "Apply now" leaves the job-details app for the proposals
// app, a full page load as on Upwork; the apply URL is built from the opening uid like Upwork's `~02<uid>` ids.
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest('[data-cy="submit-proposal-button"]');
  const uid = button?.closest('.job-details')?.getAttribute('data-ev-opening_uid');
  if (uid) window.location.assign(`/nx/proposals/job/~02${uid}/apply/`);
});
