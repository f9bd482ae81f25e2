// Search over the archive's search index (search-index.json, written at build time).
// Runs in the browser with no server: the index is fetched once, then every query is
// matched against the title, summary, places, operations, theatres and date of each
// briefing. All terms of a query must match; titles and places weigh most.
(function () {
  'use strict';
  var form = document.getElementById('search');
  if (!form || !window.fetch || !window.JSON) return;
  var input = form.querySelector('input[name="q"]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var base = form.getAttribute('data-base') || '/';
  var indexURL = form.getAttribute('data-index');
  var MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
    'september', 'october', 'november', 'december'];
  var MAX = 50;
  var rows = null;
  var loading = null;
  var timer = 0;

  function norm(s) {
    s = String(s).toLowerCase();
    return s.normalize ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
  }

  function names(table, ids) {
    var out = [];
    for (var i = 0; ids && i < ids.length; i++) out.push(table[ids[i]]);
    return out;
  }

  function prepare(d) {
    if (!d || d.v !== 1) throw new Error('unknown search index format');
    return d.b.map(function (b) {
      var n = String(b[1]);
      var y = n.slice(0, 4), m = n.slice(4, 6), day = n.slice(6, 8);
      var r = {
        title: b[0], summary: b[3] || '', date: y + '-' + m + '-' + day,
        url: base + 'briefings/' + y + '/' + m + '/' + b[2] + '/',
        theatres: names(d.t, b[4]), operations: names(d.o, b[5]), places: names(d.p, b[6])
      };
      r.head = norm(r.title + ' ' + r.places.join(' '));
      r.text = norm([r.title, r.summary, r.places.join(' '), r.operations.join(' '),
        r.theatres.join(' '), r.date, MONTHS[+m - 1] + ' ' + y, +day + ' ' + MONTHS[+m - 1]].join(' | '));
      return r;
    });
  }

  function load() {
    if (!loading) {
      loading = fetch(indexURL).then(function (res) {
        if (!res.ok) throw new Error('the search index could not be loaded (' + res.status + ')');
        return res.json();
      }).then(function (d) { rows = prepare(d); return rows; });
    }
    return loading;
  }

  function search(q) {
    var terms = norm(q).split(/\s+/).filter(Boolean);
    if (!terms.length) return [];
    var hits = [];
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i], score = 0, ok = true;
      for (var j = 0; j < terms.length && ok; j++) {
        if (r.text.indexOf(terms[j]) < 0) ok = false;
        else if (r.head.indexOf(terms[j]) >= 0) score++;
      }
      if (ok) hits.push({ r: r, score: score, i: i });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.i - b.i; });
    return hits;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function show(q) {
    var hits = search(q);
    list.textContent = '';
    if (!q.trim()) { status.textContent = ''; return; }
    status.textContent = hits.length === 0 ? 'No briefing matches “' + q + '”.' :
      hits.length + (hits.length === 1 ? ' briefing matches' : ' briefings match') +
      (hits.length > MAX ? '; the first ' + MAX + ' are shown.' : '.');
    hits.slice(0, MAX).forEach(function (h) {
      var r = h.r, li = el('li', 'search-result');
      var a = el('a', null, r.title);
      a.href = r.url;
      var h3 = el('h3');
      h3.appendChild(a);
      li.appendChild(h3);
      var meta = el('p', 'meta');
      var t = el('time', null, r.date);
      t.setAttribute('datetime', r.date);
      meta.appendChild(t);
      var terms = r.theatres.concat(r.operations);
      if (terms.length) meta.appendChild(document.createTextNode(' · ' + terms.join(' · ')));
      li.appendChild(meta);
      if (r.summary) li.appendChild(el('p', null, r.summary));
      if (r.places.length) li.appendChild(el('p', 'places', 'Places: ' + r.places.slice(0, 12).join(', ')));
      list.appendChild(li);
    });
  }

  function run() {
    var q = input.value;
    if (window.history && history.replaceState) {
      history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname);
    }
    if (rows) { show(q); return; }
    status.textContent = 'Loading the search index…';
    load().then(function () { show(input.value); }, function (err) {
      status.textContent = 'Search is unavailable: ' + err.message;
    });
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  var m = /[?&]q=([^&]*)/.exec(location.search);
  if (m) {
    input.value = decodeURIComponent(m[1].replace(/\+/g, ' '));
    run();
  }
}());
