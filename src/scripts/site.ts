/** On every page: "/" focuses the search box; a search result's terms are highlighted on arrival. */
const box = document.querySelector<HTMLInputElement>('#site-search-q');

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select, [contenteditable]')) return;
  event.preventDefault();
  box?.focus();
});

const terms = new URLSearchParams(location.search).getAll('hl').filter(Boolean);
if (terms.length) void import('./search-highlight').then((m) => m.highlightTerms(terms));
