// Runs on each language's page right after its <div id="app">, before the app has loaded (Trunk inlines it; the
// page's Content-Security-Policy allows it by its hash, scripts/assemble-dist.mjs):
// - a link to a later page (`page=` other than start) hides the start page until the app has rendered that page
//   (ui::browser::adopt_prerendered shows #app again), so it never flashes the wrong page;
// - on the start page, the language links carry the answers in the URL, as the app's own do once it runs;
// - "Start" pressed before the app runs is kept for the app (`ui::browser::start_pressed_early`), not sent as the
//   form's request for the first question's page, which would load everything again; if the app has not started
//   ten seconds later, the form is sent after all;
// - if the app does not start (its program blocked, not loaded, or failing: an error or a rejected promise from
//   the loader, or nothing after ten seconds), #app-failed says so, and what the page said while loading goes: a
//   link to a later page is never a blank page;
// - if the app stops on an error of its own (a panic: ui::browser::show_panic_page calls ruqsatStopped), #app-stopped
//   takes its place, offering the case as the app last kept it (window.ruqsatCase, ui::browser::keep_for_rescue) as a
//   file, and a link to reload;
// - a printed page shows what its closed <details> hold in every browser, not only where the style sheet's
//   ::details-content rule works (Chromium 131 and later): they are opened for the print and closed again after.
(() => {
  const query = location.search;
  const page = new URLSearchParams(query).get('page');
  if (page && page !== 'start') document.getElementById('app').hidden = true;
  else if (query) for (const a of document.querySelectorAll('a[data-lang]')) a.search = query;
  const failed = () => {
    if (window.ruqsatRunning) return;
    window.ruqsatFailed = true;
    const note = document.getElementById('app-failed');
    if (note) note.hidden = false;
    // What a page says while its app loads (the cases page's "Reading…") is no longer so.
    for (const e of document.querySelectorAll('[data-while-loading]')) e.hidden = true;
    // A press kept for the app goes as the form's request after all.
    if (window.ruqsatStartPressed) document.querySelector('.start-form')?.submit();
  };
  // The loader's module script fails with an error at the window (or a rejected promise) when the wasm does not load.
  addEventListener('error', failed);
  addEventListener('unhandledrejection', failed);
  setTimeout(failed, 10000);
  const form = document.querySelector('.start-form');
  if (form) {
    form.addEventListener('submit', (e) => {
      // Running, the app takes the click itself; known to have failed, the form goes at once.
      if (window.ruqsatRunning || window.ruqsatFailed) return;
      e.preventDefault();
      window.ruqsatStartPressed = true;
      setTimeout(() => { if (!window.ruqsatRunning) form.submit(); }, 10000);
    });
  }
  window.ruqsatStopped = () => {
    const note = document.getElementById('app-stopped');
    if (!note) return;
    const save = document.getElementById('app-stopped-save');
    if (window.ruqsatCase) save.href = 'data:text/plain;charset=utf-8,' + encodeURIComponent(window.ruqsatCase);
    else save.hidden = true;
    document.getElementById('app').hidden = true;
    note.hidden = false;
  };
  addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll('details:not([open])')) { d.open = true; d.dataset.openedToPrint = ''; }
  });
  addEventListener('afterprint', () => {
    for (const d of document.querySelectorAll('details[data-opened-to-print]')) { d.open = false; delete d.dataset.openedToPrint; }
  });
})();
