// sitrep web page: the helpers every view uses (DOM building, the API, the router).
// Text from articles is never parsed as HTML: every node is built here and filled with textContent.
'use strict';

const Sitrep = (() => {
  const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  const FACTUALITY = ['asserted', 'negated', 'possible', 'hypothetical', 'future'];
  const views = {};

  /** el('a', {href: '#/x', class: 'y', onclick: f}, 'text', child...) builds an element; strings become text. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (key === 'class') node.className = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** GET /api/{path} with the non-empty params; rejects with the server's own message on an error. */
  async function api(path, params) {
    const response = await fetch(apiUrl(path, params), {headers: {Accept: 'application/json'}});
    const body = await response.json().catch(() => ({error: 'the server sent no JSON (' + response.status + ')'}));
    if (!response.ok) throw new Error(body.error || ('request failed: ' + response.status));
    return body;
  }

  function apiUrl(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== null && value !== undefined && value !== '') query.set(key, value);
    }
    const text = query.toString();
    return '/api/' + path + (text ? '?' + text : '');
  }

  /** A link inside the app: #/view/arg?params. */
  function href(view, arg, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== null && value !== undefined && value !== '') query.set(key, value);
    }
    const text = query.toString();
    return '#/' + view + (arg ? '/' + encodeURIComponent(arg) : '') + (text ? '?' + text : '');
  }

  function go(view, arg, params) {
    location.hash = href(view, arg, params);
  }

  function parseHash() {
    const hash = location.hash.replace(/^#\/?/, '');
    const [path, query] = hash.split('?', 2);
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    return {view: parts[0] || 'search', arg: parts[1] || null, params: new URLSearchParams(query || '')};
  }

  let routeCount = 0;

  async function route() {
    const {view, arg, params} = parseHash();
    const render = views[view] || views.notFound;
    const root = clear(document.getElementById('view'));
    const thisRoute = ++routeCount;
    document.querySelectorAll('.nav a').forEach(a =>
      a.classList.toggle('active', a.dataset.view === view || (view === 'actor' && a.dataset.view === 'actors')));
    root.dataset.view = view;
    if (view !== 'search') document.querySelector('#global-search input').value = '';
    root.dataset.state = 'loading';
    try {
      await render(root, arg, params);
      if (thisRoute === routeCount) root.dataset.state = 'ready';
    } catch (error) {
      if (thisRoute !== routeCount) return;
      clear(root).appendChild(el('div', {class: 'error-box'}, el('strong', {}, 'Could not load this page. '),
        error.message));
      root.dataset.state = 'error';
    }
  }

  /** Cooperation or conflict: the store's split, sent with each event; a type alone falls back to PLOVER's. */
  function side(event) {
    if (event.side) return event.side;
    return PLOVER.indexOf(event.type) < 7 ? 'cooperation' : 'conflict';
  }

  function typeBadge(type, sideName) {
    return el('span', {class: 'badge ' + (sideName === 'cooperation' ? 'coop' : 'conf'), title: sideName}, type);
  }

  function factualityChip(value) {
    return el('span', {class: 'chip fact-' + value}, value);
  }

  /** A link to an actor's page when it has a code, else its name. */
  function actorLink(name, code) {
    if (!code) return el('span', {class: 'actor-name'}, name || '?');
    return el('a', {class: 'actor-link', href: href('actor', code)}, name || code);
  }

  /** Only web addresses become links: a source such as javascript:… stays text. */
  function safeUrl(url) {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function formatCount(n) {
    return Number(n || 0).toLocaleString('en');
  }

  function plural(n, word) {
    return formatCount(n) + ' ' + word + (Number(n) === 1 ? '' : 's');
  }

  function pager(total, offset, limit, onPage) {
    const last = Math.min(total, offset + limit);
    return el('div', {class: 'pager'},
      el('button', {type: 'button', disabled: offset === 0, onclick: () => onPage(Math.max(0, offset - limit))},
        '‹ Previous'),
      el('span', {class: 'pager-text'}, total === 0 ? 'nothing found'
        : formatCount(offset + 1) + '–' + formatCount(last) + ' of ' + formatCount(total)),
      el('button', {type: 'button', disabled: last >= total, onclick: () => onPage(offset + limit)}, 'Next ›'));
  }

  async function loadStats() {
    try {
      const stats = await api('stats');
      const box = clear(document.getElementById('corpus-stats'));
      box.append(plural(stats.documents, 'article') + ' · ' + plural(stats.events, 'event'));
    } catch (e) {
      // The header figure is a courtesy; the views report their own errors.
    }
  }

  function start() {
    document.getElementById('global-search').addEventListener('submit', event => {
      event.preventDefault();
      go('search', null, {q: event.target.elements.q.value.trim()});
    });
    window.addEventListener('hashchange', route);
    loadStats();
    route();
  }

  return {PLOVER, FACTUALITY, views, el, append, clear, api, apiUrl, href, go, side, typeBadge, factualityChip,
    actorLink, safeUrl, formatCount, plural, pager, start};
})();
