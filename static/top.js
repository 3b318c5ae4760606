// The top page (/) and the not-found page (404.html) run this at the end of their body (src/ui/prerender.rs renders
// both; Trunk inlines this file; their Content-Security-Policy allows it by its hash).
//
// At the top (`/` or `/index.html`) it sends the reader to their language's page, keeping the answers in the URL. It
// chooses as core::lang::Lang::negotiate and ui::browser do: `lang=` in the URL, else the language chosen before
// (localStorage "ruqsat.lang"), else the browser's first supported language, else Kazakh.
//
// Anywhere else the page was sent for an address that is no page of Ruqsat: it is a static host's 404.html, or the
// top page from a host that sends it for every unknown address (which then shows 404.html's content, fetched: the
// top page, part of every first load, stays small). It shows the not-found text in the language the address names
// (/ru/…), else in the reader's, and sends the reader nowhere: no redirect, so no loop.
(() => {
  const langs = ['kk', 'ru', 'en'];
  const known = (lang) => langs.includes(lang);
  const path = location.pathname;
  const top = path === '/' || path === '/index.html';
  const params = location.search.slice(1).split('&').filter((p) => p !== '');
  const asked = params.find((p) => p.startsWith('lang='));
  let lang = top ? asked && asked.slice(5) : path.split('/')[1];
  if (!known(lang)) { try { lang = localStorage.getItem('ruqsat.lang'); } catch (e) { lang = null; } }
  if (!known(lang)) lang = (navigator.languages || []).map((c) => c.split(/[-_]/)[0].toLowerCase()).find(known) || 'kk';
  if (top) {
    const rest = params.filter((p) => !p.startsWith('lang='));
    location.replace(lang + '/' + (rest.length ? '?' + rest.join('&') : '') + location.hash);
    return;
  }
  const show = () => {
    for (const section of document.querySelectorAll('[data-not-found]')) section.hidden = section.lang !== lang;
    document.documentElement.lang = lang;
    document.title = document.querySelector(`section[lang=${lang}] h1`).textContent + ' — Ruqsat';
  };
  // The top page takes 404.html's content; a script inserted so never runs, and its style is allowed by the top
  // page's policy.
  if (document.querySelector('[data-not-found]')) show();
  else fetch('/404.html').then((r) => r.text()).then((html) => { document.documentElement.innerHTML = html; show(); });
})();
