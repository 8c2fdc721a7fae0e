// The page-side part of Browser::by_role (tests/support/mod.rs): roles implied by tags (the common
// ones of WAI-ARIA's HTML mapping) and accessible names from aria-labelledby, aria-label, <label>,
// the content, title and placeholder, in that order, over the document and its open shadow roots.
function roleOf(e) {
  const r = e.getAttribute('role'); if (r) return r.split(' ')[0];
  const t = e.localName, type = (e.getAttribute('type') || '').toLowerCase();
  if (t === 'a' || t === 'area') return e.hasAttribute('href') ? 'link' : '';
  if (t === 'button' || (t === 'input' && ['button', 'submit', 'reset'].includes(type))) return 'button';
  if (t === 'input') return ({ checkbox: 'checkbox', radio: 'radio', range: 'slider', search: 'searchbox', number: 'spinbutton' })[type] || 'textbox';
  if (t === 'textarea') return 'textbox';
  if (t === 'select') return e.multiple || e.size > 1 ? 'listbox' : 'combobox';
  if (/^h[1-6]$/.test(t)) return 'heading';
  return ({ nav: 'navigation', main: 'main', dialog: 'dialog', ul: 'list', ol: 'list', li: 'listitem',
    table: 'table', form: 'form', article: 'article', img: 'img', aside: 'complementary',
    iframe: 'document', details: 'group', summary: 'button', mark: 'mark' })[t] || '';
}
function textOf(e) { return (e.textContent || '').replace(/\s+/g, ' ').trim(); }
function nameOf(e) {
  const root = e.getRootNode();
  const by = e.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map(id => root.getElementById ? root.getElementById(id) : null).filter(Boolean).map(textOf).join(' ');
  const label = e.getAttribute('aria-label'); if (label) return label.trim();
  if (e.labels && e.labels.length) return Array.from(e.labels).map(textOf).join(' ');
  if (e.localName === 'iframe') return e.title || '';
  return textOf(e) || e.getAttribute('title') || e.getAttribute('placeholder') || e.getAttribute('alt') || '';
}
function visible(e) { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; }
function allByRole(role, name) {
  const out = [], want = name.toLowerCase();
  const walk = root => {
    for (const e of root.querySelectorAll('*')) {
      if (roleOf(e) === role && visible(e) && nameOf(e).toLowerCase().includes(want)) out.push(e);
      if (e.shadowRoot) walk(e.shadowRoot);
    }
  };
  walk(document);
  return out;
}
function findByRole(role, name) { return allByRole(role, name)[0] || null; }
