// sitrep web page: the month timeline (d3) and the relations network (cytoscape).
'use strict';

(() => {
  const COOP = '#1a9850';
  const CONF = '#d73027';
  const NEUTRAL = '#9aa5b1';

  /** Bars per month: cooperation up from the zero line, conflict down. */
  Sitrep.timeline = (container, months) => {
    container.dataset.months = String(months.length);
    if (months.length === 0) {
      container.append(Sitrep.el('p', {class: 'muted'}, 'No dated event for these filters.'));
      return;
    }
    const width = Math.max(container.clientWidth || 800, 320);
    const height = 260;
    const margin = {top: 18, right: 16, bottom: 34, left: 44};
    const max = Math.max(1, d3.max(months, m => Math.max(m.cooperation, m.conflict)));
    const plotRight = Math.min(width - margin.right, margin.left + 90 * months.length);
    const x = d3.scaleBand().domain(months.map(m => m.month)).range([margin.left, plotRight])
      .padding(0.25);
    const y = d3.scaleLinear().domain([-max, max]).nice().range([height - margin.bottom, margin.top]);
    const svg = d3.select(container).append('svg').attr('viewBox', [0, 0, width, height])
      .attr('width', width).attr('height', height).attr('role', 'img')
      .attr('aria-label', 'events by month, cooperation above and conflict below');
    svg.append('g').attr('class', 'grid-lines').attr('transform', `translate(${margin.left},0)`)
      .call(d3.axisLeft(y).ticks(6).tickSize(-(width - margin.left - margin.right)).tickFormat(v => Math.abs(v)))
      .call(g => g.select('.domain').remove());
    const bars = svg.append('g');
    const bar = (cls, color, value, top) => bars.selectAll('rect.' + cls).data(months).join('rect')
      .attr('class', 'bar ' + cls).attr('fill', color)
      .attr('x', m => x(m.month)).attr('width', x.bandwidth())
      .attr('y', m => top(m)).attr('height', m => Math.abs(y(0) - y(value(m))))
      .append('title').text(m => m.month + ': ' + value(m) + ' ' + cls);
    bar('cooperation', COOP, m => m.cooperation, m => y(m.cooperation));
    bar('conflict', CONF, m => m.conflict, () => y(0));
    svg.append('line').attr('class', 'zero').attr('x1', margin.left).attr('x2', width - margin.right)
      .attr('y1', y(0)).attr('y2', y(0));
    const every = Math.ceil(months.length / Math.max(1, Math.floor(width / 70)));
    svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`)
      .call(d3.axisBottom(x).tickValues(months.map(m => m.month).filter((m, i) => i % every === 0)).tickSize(0))
      .call(g => g.select('.domain').remove())
      .call(g => g.selectAll('text').attr('dy', '1.2em'));
    svg.append('text').attr('class', 'axis-note').attr('x', margin.left + 4).attr('y', margin.top - 4)
      .text('▲ cooperation');
    svg.append('text').attr('class', 'axis-note').attr('x', margin.left + 4).attr('y', height - margin.bottom - 6)
      .text('▼ conflict');
  };

  /** A colour between conflict red and cooperation green by the share of cooperation. */
  function balanceColor(cooperation, conflict) {
    const total = cooperation + conflict;
    if (total === 0) return NEUTRAL;
    const share = cooperation / total;
    return share >= 0.5 ? d3.interpolateRgb(NEUTRAL, COOP)((share - 0.5) * 2)
      : d3.interpolateRgb(NEUTRAL, CONF)((0.5 - share) * 2);
  }

  /** Actors as nodes around the centre actor, edges coloured by balance and as wide as their count. */
  Sitrep.network = (container, data, centre, onPick) => {
    container.dataset.nodes = String(data.nodes.length);
    container.dataset.edges = String(data.edges.length);
    if (data.nodes.length === 0) {
      container.append(Sitrep.el('p', {class: 'muted'}, 'No relation for these filters.'));
      return null;
    }
    const maxCount = Math.max(1, ...data.edges.map(e => e.count));
    const maxNode = Math.max(1, ...data.nodes.map(n => n.count || 1));
    const elements = data.nodes.map(n => ({data: {id: n.id, label: n.name || n.id,
      size: 18 + 30 * Math.sqrt((n.count || 1) / maxNode), centre: n.id === centre ? 1 : 0}}))
      .concat(data.edges.map((e, i) => ({data: {id: 'e' + i, source: e.source, target: e.target,
        width: 1.5 + 9 * Math.sqrt(e.count / maxCount), color: balanceColor(e.cooperation, e.conflict),
        label: e.count + ''}})));
    const cy = cytoscape({
      container, elements, wheelSensitivity: 0.2, minZoom: 0.3, maxZoom: 3,
      style: [
        {selector: 'node', style: {'background-color': '#3b6fb6', label: 'data(label)', width: 'data(size)',
          height: 'data(size)', 'font-size': 11, color: '#1b2733', 'text-valign': 'bottom', 'text-margin-y': 4,
          'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 2}},
        {selector: 'node[centre = 1]', style: {'background-color': '#f2b134', 'border-width': 3,
          'border-color': '#1f3a5f', 'font-weight': 'bold'}},
        {selector: 'edge', style: {width: 'data(width)', 'line-color': 'data(color)', 'curve-style': 'bezier',
          opacity: 0.85}}],
      layout: {name: 'concentric', concentric: n => n.data('centre') ? 2 : 1, levelWidth: () => 1,
        minNodeSpacing: 40, animate: false}
    });
    cy.on('tap', 'node', event => { if (event.target.id() !== centre) onPick(event.target.id()); });
    container.dataset.drawn = 'true';
    return cy;
  };
})();
