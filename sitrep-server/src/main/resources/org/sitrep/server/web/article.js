// sitrep web page: one article with its actors and event triggers marked, beside the list of its events.
'use strict';

(() => {
  const {views, el, api, href, side, typeBadge, factualityChip, actorLink, safeUrl} = Sitrep;

  views.doc = async (root, id, search) => {
    if (!id) throw new Error('no article named');
    const record = await api('documents/' + encodeURIComponent(id));
    const doc = record.document;
    const byId = new Map(record.actors.map(a => [a.id, a]));
    const events = record.events.slice().sort((a, b) => a.sentence.start - b.sentence.start);
    const text = el('div', {class: 'article-text', id: 'article-text'}, marked(doc.text, record.actors, events));
    const list = el('ol', {class: 'event-list', id: 'event-list'}, events.map(e => eventCard(e, byId)));
    root.append(
      header(doc, record),
      el('div', {class: 'article-layout'},
        el('article', {class: 'panel article-panel'}, legend(), text),
        el('aside', {class: 'panel events-panel'},
          el('h2', {}, Sitrep.plural(events.length, 'event')),
          events.length ? list : el('p', {class: 'muted'}, 'No event was found in this article.'),
          actorsBox(record.actors))));
    text.addEventListener('click', clicked => {
      const trigger = clicked.target.closest('[data-event]');
      if (trigger) focusEvent(trigger.dataset.event, 'card');
    });
    const wanted = search.get('event');
    if (wanted) requestAnimationFrame(() => focusEvent(wanted, 'text'));
  };

  function header(doc, record) {
    const url = safeUrl(doc.source);
    const meta = [doc.published, doc.publisher, (doc.authors || []).join(', ')].filter(Boolean).join(' · ');
    return el('header', {class: 'article-head'},
      el('div', {class: 'crumbs'}, el('a', {href: '#/search'}, 'Search'), ' / article'),
      el('h1', {id: 'article-title'}, doc.title || '(untitled article)'),
      el('div', {class: 'meta'}, meta,
        el('span', {class: 'source'}, 'Source: ',
          url ? el('a', {href: url, target: '_blank', rel: 'noopener noreferrer'}, doc.source) : doc.source)),
      (doc.tags || []).length ? el('div', {class: 'tags'}, doc.tags.map(t => el('span', {class: 'tag'}, t))) : null,
      (record.problems || []).length ? el('div', {class: 'problems'}, 'Reading notes: ',
        record.problems.join('; ')) : null);
  }

  function legend() {
    return el('div', {class: 'legend'},
      el('span', {class: 'mention'}, 'actor'),
      el('span', {class: 'trigger coop'}, 'cooperation'),
      el('span', {class: 'trigger conf'}, 'conflict'),
      el('span', {class: 'muted'}, 'Click a marked word or an event to link the two.'));
  }

  /**
   * The text cut at every boundary of a mention, trigger or event sentence; each piece is a text node or a
   * span carrying what covers it. Offsets are UTF-16 indices, as JavaScript strings count them.
   */
  function marked(text, actors, events) {
    const mentions = [];
    actors.forEach(a => (a.mentions || []).forEach(m => mentions.push({start: m.start, end: m.end, actor: a})));
    const triggers = events.filter(e => e.trigger).map(e => ({start: e.trigger.start, end: e.trigger.end, event: e}));
    const sentences = events.map(e => e.sentence);
    const cuts = new Set([0, text.length]);
    for (const span of mentions.concat(triggers, sentences)) {
      if (span.start >= 0 && span.end <= text.length && span.start < span.end) {
        cuts.add(span.start);
        cuts.add(span.end);
      }
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    const covering = (spans, at) => spans.find(s => s.start <= at && at < s.end);
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i];
      const piece = text.slice(start, points[i + 1]);
      const sentence = covering(sentences, start);
      const trigger = covering(triggers, start);
      const mention = covering(mentions, start);
      if (!sentence && !trigger && !mention) {
        pieces.push(piece);
        continue;
      }
      const classes = [];
      const attrs = {};
      if (sentence) {
        classes.push('sent');
        attrs['data-sentence'] = sentence.start;
      }
      if (mention) {
        classes.push('mention');
        attrs.title = mention.actor.name + (mention.actor.code ? ' (' + mention.actor.code + ')' : '');
      }
      if (trigger) {
        classes.push('trigger', side(trigger.event) === 'cooperation' ? 'coop' : 'conf');
        attrs['data-event'] = trigger.event.id;
        attrs.title = trigger.event.type + ' · ' + trigger.event.factuality;
      }
      attrs.class = classes.join(' ');
      pieces.push(el('span', attrs, piece));
    }
    return pieces;
  }

  function eventCard(e, byId) {
    const attribution = e.attribution
      ? el('div', {class: 'attribution'}, 'according to ',
        e.attribution.parties && e.attribution.parties.length > 1 ? Sitrep.partyList(e.attribution.parties)
          : actorLink(e.attribution.name, e.attribution.code),
        e.attribution.cue ? ' (“' + e.attribution.cue + '”)' : '')
      : el('div', {class: 'attribution muted'}, 'stated by the article');
    const card = el('li', {class: 'event-card ' + (side(e) === 'cooperation' ? 'coop' : 'conf'), 'data-event': e.id,
      'data-sentence': e.sentence.start, tabindex: 0, title: 'Show the sentence'},
      el('div', {class: 'event-top'}, typeBadge(e.type, side(e)), factualityChip(e.factuality),
        e.mode ? el('span', {class: 'mode'}, e.mode.toLowerCase()) : null,
        el('span', {class: 'event-date'}, e.date || '')),
      el('div', {class: 'parties'}, el('span', {class: 'side-actors'}, Sitrep.partyList(e.actors)),
        e.recipients.length ? el('span', {class: 'arrow'}, ' → ') : null,
        e.recipients.length ? el('span', {class: 'side-recipients'}, Sitrep.partyList(e.recipients)) : null),
      attribution,
      e.trigger ? el('div', {class: 'trigger-text'}, 'trigger: ', el('q', {}, e.trigger.text)) : null,
      e.location && e.location.name ? el('div', {class: 'muted'}, 'at ' + e.location.name) : null);
    const show = () => focusEvent(e.id, 'text');
    card.addEventListener('click', clicked => { if (!clicked.target.closest('a')) show(); });
    card.addEventListener('keydown', key => { if (key.key === 'Enter') show(); });
    return card;
  }

  function actorsBox(actors) {
    const known = actors.filter(a => a.code);
    if (!known.length) return null;
    return el('div', {class: 'actors-box'}, el('h3', {}, 'Actors in this article'),
      el('div', {class: 'actor-chips'}, known.map(a =>
        el('a', {class: 'actor-chip', href: href('actor', a.code), 'data-code': a.code},
          a.name, el('span', {class: 'muted'}, ' ' + a.code)))));
  }

  /** Marks one event's card and sentence, and scrolls the text (or the card) into view. */
  function focusEvent(eventId, scrollTo) {
    const card = document.querySelector('.event-card[data-event="' + CSS.escape(eventId) + '"]');
    if (!card) return;
    document.querySelectorAll('.focused').forEach(n => n.classList.remove('focused'));
    card.classList.add('focused');
    const trigger = document.querySelector('.trigger[data-event="' + CSS.escape(eventId) + '"]');
    const sentenceStart = trigger ? trigger.dataset.sentence : card.dataset.sentence;
    const pieces = document.querySelectorAll('[data-sentence="' + CSS.escape(String(sentenceStart)) + '"]');
    pieces.forEach(p => p.classList.add('focused'));
    const target = scrollTo === 'card' ? card : pieces[0];
    if (target) target.scrollIntoView({block: 'center', behavior: 'smooth'});
  }

  Sitrep.focusEvent = focusEvent;
})();
