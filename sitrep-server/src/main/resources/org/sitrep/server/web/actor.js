// sitrep web page: one actor's month-by-month activity, its partners and the network around it.
'use strict';

(() => {
  const {views, el, api, href, go, formatCount} = Sitrep;
  const FILTERS = ['from', 'to', 'type', 'factuality'];

  views.actor = async (root, code, search) => {
    if (!code) throw new Error('no actor named');
    const filters = {};
    FILTERS.forEach(name => { if (search.get(name)) filters[name] = search.get(name); });
    const [actor, timeline, network] = await Promise.all([
      api('actors/' + encodeURIComponent(code), filters),
      api('actors/' + encodeURIComponent(code) + '/timeline', filters),
      api('network', Object.assign({actor: code, limit: 40}, filters))]);
    const timelineBox = el('div', {class: 'chart', id: 'timeline'});
    const networkBox = el('div', {class: 'network', id: 'network'});
    root.append(
      el('header', {class: 'page-head actor-head'},
        el('div', {},
          el('div', {class: 'crumbs'}, el('a', {href: '#/actors'}, 'Actors'), ' / ' + actor.code),
          el('h1', {id: 'actor-name'}, actor.name || actor.code),
          el('div', {class: 'meta'}, [actor.code, actor.kind, Sitrep.plural(actor.events, 'event'),
            Sitrep.plural(actor.documents, 'article')].filter(Boolean).join(' · '))),
        el('a', {class: 'button', href: href('events', null, Object.assign({actor: actor.code}, filters))},
          'List these events')),
      filterBar(code, filters),
      el('section', {class: 'panel'},
        el('h2', {}, 'Events by month'),
        el('p', {class: 'muted'}, 'Cooperation above the line, conflict below; events in which ' +
          (actor.name || actor.code) + ' acts or is acted on.'),
        timelineBox),
      el('div', {class: 'actor-grid'},
        el('section', {class: 'panel'},
          el('h2', {}, 'Relations'),
          el('p', {class: 'muted'}, 'Edge colour: green for cooperation, red for conflict; width: number of events. ' +
            'Click an actor to open it.'),
          networkBox),
        el('section', {class: 'panel'}, el('h2', {}, 'Most frequent partners'), partnersTable(actor.partners))));
    Sitrep.timeline(timelineBox, timeline.months);
    Sitrep.network(networkBox, network, actor.code, next => go('actor', next, filters));
  };

  function filterBar(code, filters) {
    const field = (label, input) => el('label', {class: 'field'}, el('span', {}, label), input);
    const select = (name, options) => el('select', {name}, el('option', {value: ''}, 'any'),
      options.map(o => el('option', {value: o, selected: filters[name] === o}, o)));
    const asserted = filters.factuality === 'asserted';
    const form = el('form', {class: 'filter-bar', id: 'actor-filters'},
      field('From', el('input', {name: 'from', type: 'date', value: filters.from || ''})),
      field('To', el('input', {name: 'to', type: 'date', value: filters.to || ''})),
      field('Type', select('type', Sitrep.PLOVER)),
      field('Factuality', select('factuality', Sitrep.FACTUALITY)),
      el('button', {type: 'submit'}, 'Apply'),
      el('button', {type: 'button', id: 'asserted-only', class: asserted ? 'toggle on' : 'toggle',
        'aria-pressed': asserted ? 'true' : 'false',
        onclick: () => go('actor', code, Object.assign({}, filters, {factuality: asserted ? '' : 'asserted'}))},
        'Asserted only'));
    form.addEventListener('submit', event => {
      event.preventDefault();
      go('actor', code, Object.fromEntries(new FormData(form).entries()));
    });
    return form;
  }

  function partnersTable(partners) {
    if (!partners || partners.length === 0) return el('p', {class: 'muted'}, 'No partner in these events.');
    const max = Math.max(1, ...partners.map(p => p.count));
    return el('table', {class: 'grid partners-table'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Partner'), el('th', {}, 'Events'), el('th', {}, 'Balance'))),
      el('tbody', {}, partners.map(p => el('tr', {},
        el('td', {}, p.code ? el('a', {href: href('actor', p.code)}, p.name || p.code) : p.name),
        el('td', {class: 'num'}, formatCount(p.count)),
        el('td', {class: 'balance-cell'},
          el('span', {class: 'bar coop', style: 'width:' + Math.round(100 * p.cooperation / max) + '%',
            title: p.cooperation + ' cooperation'}),
          el('span', {class: 'bar conf', style: 'width:' + Math.round(100 * p.conflict / max) + '%',
            title: p.conflict + ' conflict'}))))));
  }
})();
