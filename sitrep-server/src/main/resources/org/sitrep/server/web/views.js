// sitrep web page: the search, events and actors-list views.
'use strict';

(() => {
  const {views, el, clear, api, apiUrl, href, go, side, typeBadge, factualityChip, actorLink, formatCount, pager}
    = Sitrep;
  const PAGE = 20;

  function paramsOf(search, names) {
    const out = {};
    for (const name of names) {
      const value = search.get(name);
      if (value) out[name] = value;
    }
    return out;
  }

  // ---- Search ---------------------------------------------------------------------------------------------

  const SEARCH_PARAMS = ['q', 'actor', 'type', 'month', 'from', 'to', 'offset'];
  const SEARCH_FILTERS = ['actor', 'type', 'month', 'from', 'to'];

  views.search = async (root, arg, search) => {
    const params = paramsOf(search, SEARCH_PARAMS);
    document.querySelector('#global-search input').value = params.q || '';
    const facets = el('aside', {class: 'facets', id: 'facets', 'data-state': 'loading'},
      el('p', {class: 'muted'}, 'Counting articles…'));
    const data = await api('search', Object.assign({limit: PAGE}, params));
    const results = el('section', {class: 'results'},
      el('div', {class: 'results-head'},
        el('h1', {}, params.q ? 'Articles matching “' + params.q + '”' : 'All articles'),
        activeFilters(params)),
      data.results.length === 0
        ? el('p', {class: 'empty'}, 'No article matches. Try fewer words or remove a filter.')
        : el('ol', {class: 'result-list'}, data.results.map(resultItem)),
      pager(data.total, data.offset, data.limit, offset => go('search', null, Object.assign({}, params, {offset}))));
    root.append(el('div', {class: 'search-layout'}, facets, results));
    fillFacets(facets, params);
  };

  /**
   * The sidebar counts the articles the search finds (all of them, not this page) by actor, event type and
   * month; each value narrows the search. It comes after the results so that the list shows first.
   */
  async function fillFacets(box, params) {
    try {
      const filters = {q: params.q};
      SEARCH_FILTERS.forEach(n => { filters[n] = params[n]; });
      const counts = await api('facets', filters);
      clear(box).append(
        facetBox('Actors', 'actor', counts.actors, params),
        facetBox('Event types', 'type', counts.types, params),
        facetBox('Months', 'month', counts.months, params));
      box.dataset.state = 'ready';
    } catch (error) {
      clear(box).append(el('p', {class: 'muted'}, 'No counts: ' + error.message));
      box.dataset.state = 'error';
    }
  }

  function resultItem(r) {
    return el('li', {class: 'result'},
      el('a', {class: 'result-title', href: href('doc', r.id)}, r.title || '(untitled article)'),
      el('div', {class: 'meta'}, [r.published, r.publisher || hostOf(r.source)].filter(Boolean).join(' · ')),
      el('p', {class: 'snippet'}, (r.snippet || []).map(part => part.hit ? el('mark', {}, part.text) : part.text)),
      r.events ? el('div', {class: 'result-foot'}, formatCount(r.events) + ' events') : null);
  }

  function hostOf(source) {
    const url = Sitrep.safeUrl(source || '');
    return url ? new URL(url).host : (source || '').split('/').pop();
  }

  /** A facet: each value narrows the search (or, when chosen already, removes the filter). */
  function facetBox(title, name, values, params) {
    const max = Math.max(1, ...(values || []).map(v => v.count));
    return el('div', {class: 'facet', 'data-facet': name},
      el('h3', {}, title),
      (values || []).length === 0 ? el('p', {class: 'muted'}, 'none') : el('ul', {}, values.map(v => {
        const active = params[name] === v.value;
        const next = Object.assign({}, params, {[name]: active ? '' : v.value, offset: ''});
        return el('li', {class: active ? 'active' : ''},
          el('a', {href: href('search', null, next), title: active ? 'remove this filter' : 'only these'},
            el('span', {class: 'facet-label'}, v.label || v.value),
            el('span', {class: 'facet-count'}, formatCount(v.count)),
            el('span', {class: 'facet-bar', style: 'width:' + Math.round(100 * v.count / max) + '%'})));
      })));
  }

  function activeFilters(params) {
    const chips = SEARCH_FILTERS.filter(n => params[n]).map(n =>
      el('a', {class: 'filter-chip', 'data-filter': n, title: 'remove this filter', href: href('search', null, Object.assign({}, params, {[n]: '', offset: ''}))},
        n + ': ' + params[n] + ' ✕'));
    return chips.length ? el('div', {class: 'filter-chips'}, chips) : null;
  }

  // ---- Events ---------------------------------------------------------------------------------------------

  const EVENT_FILTERS = ['actor', 'recipient', 'type', 'factuality', 'from', 'to', 'doc'];

  views.events = async (root, arg, search) => {
    const params = paramsOf(search, EVENT_FILTERS.concat(['offset']));
    const filters = paramsOf(search, EVENT_FILTERS);
    const data = await api('events', Object.assign({limit: 50}, params));
    root.append(
      el('div', {class: 'page-head'},
        el('h1', {}, 'Events'),
        el('div', {class: 'exports'}, 'Export with these filters: ',
          el('a', {class: 'button', id: 'export-csv', href: apiUrl('events/export', Object.assign({format: 'csv'},
            filters)), download: 'sitrep-events.csv'}, 'CSV'),
          el('a', {class: 'button', id: 'export-jsonl', href: apiUrl('events/export', Object.assign({format: 'jsonl'},
            filters)), download: 'sitrep-events.jsonl'}, 'JSON Lines'))),
      eventFilterForm(filters),
      eventTable(data.events),
      pager(data.total, data.offset, data.limit, offset => go('events', null, Object.assign({}, filters, {offset}))));
  };

  function eventFilterForm(filters) {
    const field = (label, input) => el('label', {class: 'field'}, el('span', {}, label), input);
    const select = (name, options) => el('select', {name},
      el('option', {value: ''}, 'any'),
      options.map(o => el('option', {value: o, selected: filters[name] === o}, o)));
    const form = el('form', {class: 'filter-bar', id: 'event-filters'},
      field('Actor', el('input', {name: 'actor', value: filters.actor || '', placeholder: 'code, e.g. PAK', size: 10})),
      field('Recipient', el('input', {name: 'recipient', value: filters.recipient || '', placeholder: 'code',
        size: 10})),
      field('Type', select('type', Sitrep.PLOVER)),
      field('Factuality', select('factuality', Sitrep.FACTUALITY)),
      field('From', el('input', {name: 'from', type: 'date', value: filters.from || ''})),
      field('To', el('input', {name: 'to', type: 'date', value: filters.to || ''})),
      el('button', {type: 'submit'}, 'Apply'),
      el('button', {type: 'button', class: 'quiet', onclick: () => go('events')}, 'Clear'));
    form.addEventListener('submit', event => {
      event.preventDefault();
      const values = Object.fromEntries(new FormData(form).entries());
      if (filters.doc) values.doc = filters.doc;
      go('events', null, values);
    });
    return form;
  }

  function eventTable(events) {
    if (events.length === 0) return el('p', {class: 'empty'}, 'No event matches these filters.');
    return el('table', {class: 'grid events-table'},
      el('thead', {}, el('tr', {}, ['Date', 'Type', 'Actors', '', 'Recipients', 'Factuality', 'Source of claim',
        'Sentence'].map(h => el('th', {}, h)))),
      el('tbody', {}, events.map(e => el('tr', {},
        el('td', {class: 'nowrap'}, e.date || ''),
        el('td', {}, typeBadge(e.type, side(e))),
        el('td', {}, partyList(e.actors)),
        el('td', {class: 'arrow'}, e.recipients.length ? '→' : ''),
        el('td', {}, partyList(e.recipients)),
        el('td', {}, factualityChip(e.factuality)),
        el('td', {}, e.attribution ? e.attribution.name + (e.attribution.cue ? ' (' + e.attribution.cue + ')' : '')
          : ''),
        el('td', {class: 'sentence-cell'},
          el('a', {href: href('doc', e.docId, {event: e.id})}, clip(e.sentence && e.sentence.text, 180)),
          el('div', {class: 'row-source'}, [e.title, e.published].filter(Boolean).join(' · ')))))));
  }

  function partyList(parties) {
    const items = (parties || []).map(p => actorLink(p.name, p.code));
    const out = [];
    items.forEach((item, i) => { if (i) out.push(', '); out.push(item); });
    return out.length ? out : el('span', {class: 'muted'}, '—');
  }

  function clip(text, n) {
    text = (text || '').replace(/\s+/g, ' ').trim();
    return text.length <= n ? text : text.slice(0, n - 1) + '…';
  }

  // ---- Actors ---------------------------------------------------------------------------------------------

  views.actors = async (root, arg, search) => {
    const params = paramsOf(search, ['q', 'offset']);
    const data = await api('actors', Object.assign({limit: 50}, params));
    const form = el('form', {class: 'filter-bar'},
      el('label', {class: 'field'}, el('span', {}, 'Name or code'),
        el('input', {name: 'q', value: params.q || '', maxlength: 500})),
      el('button', {type: 'submit'}, 'Find'));
    form.addEventListener('submit', event => {
      event.preventDefault();
      go('actors', null, {q: form.elements.q.value.trim()});
    });
    root.append(el('div', {class: 'page-head'}, el('h1', {}, 'Actors')), form,
      data.actors.length === 0 ? el('p', {class: 'empty'}, 'No actor matches.') :
        el('table', {class: 'grid actors-table'},
          el('thead', {}, el('tr', {}, ['Actor', 'Code', 'Kind', 'Events', 'Articles'].map(h => el('th', {}, h)))),
          el('tbody', {}, data.actors.map(a => el('tr', {},
            el('td', {}, actorLink(a.name, a.code)), el('td', {}, a.code || ''), el('td', {}, a.kind || ''),
            el('td', {class: 'num'}, formatCount(a.events)), el('td', {class: 'num'}, formatCount(a.documents)))))),
      pager(data.total, data.offset, data.limit, offset => go('actors', null, Object.assign({}, params, {offset}))));
  };

  views.notFound = async root => {
    root.append(el('div', {class: 'error-box'}, 'There is no such page. ', el('a', {href: '#/'}, 'Back to search')));
  };

  Sitrep.clip = clip;
  Sitrep.partyList = partyList;
  Sitrep.start();
})();
