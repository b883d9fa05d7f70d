/* docsite preview: live reload, in-place KPI updates, KPI feed status. Served only by `docsite serve`. */
(function () {
  'use strict';
  if (window.__docsiteLive || !window.EventSource) {
    return;
  }
  var script = document.currentScript;
  var base = script ? script.src.replace(/__docsite\/live\.js(\?.*)?$/, '') : location.origin + '/';
  var versionMatch = script ? /[?&]v=([0-9a-f]+)/.exec(script.src) : null;
  var version = versionMatch ? versionMatch[1] : '';
  var basePath = new URL(base).pathname;
  var path = location.pathname;
  try { path = decodeURIComponent(path); } catch (e) { /* keep it encoded */ }
  var url = path.indexOf(basePath) === 0 ? path.substring(basePath.length) : path;
  url = url.replace(/(^|\/)index\.html$/, '$1');
  var scrollKey = 'docsite-scroll:' + location.pathname;

  var live = window.__docsiteLive = { url: url, generation: null, reloads: 0, kpiUpdates: 0, status: null };

  function restoreScroll() {
    var saved;
    try { saved = sessionStorage.getItem(scrollKey); sessionStorage.removeItem(scrollKey); } catch (e) { return; }
    if (saved) {
      var y = parseInt(saved, 10);
      if (!isNaN(y)) {
        window.scrollTo(0, y);
        // Images and fonts may still grow the page: try again once everything has loaded.
        window.addEventListener('load', function () { window.scrollTo(0, y); });
      }
    }
  }

  function reload() {
    try { sessionStorage.setItem(scrollKey, String(window.scrollY || window.pageYOffset || 0)); } catch (e) { /* private mode */ }
    live.reloads++;
    location.reload();
  }

  function addStyles() {
    var style = document.createElement('style');
    style.textContent =
      '@keyframes docsite-kpi-flash{0%{box-shadow:0 0 0 3px rgba(255,193,7,.9);background-color:rgba(255,193,7,.25)}' +
      '100%{box-shadow:0 0 0 3px rgba(255,193,7,0);background-color:transparent}}' +
      '.kpi-updated{animation:docsite-kpi-flash 1.5s ease-out}' +
      '.docsite-live{position:fixed;left:.75rem;bottom:.75rem;z-index:900;font:12px/1.4 system-ui,sans-serif;' +
      'padding:.3rem .6rem;border-radius:1rem;background:rgba(20,20,20,.82);color:#fff;pointer-events:auto}' +
      '.docsite-live::before{content:"";display:inline-block;width:.55rem;height:.55rem;border-radius:50%;' +
      'margin-right:.4rem;vertical-align:middle;background:#9e9e9e}' +
      '.docsite-live[data-state="live"]::before{background:#4caf50}' +
      '.docsite-live[data-state="stale"]::before{background:#ff9800}' +
      '.kpi-last-good{outline:2px dashed #b26a00;outline-offset:2px}' +
      '.kpi-last-good-note{margin:0 0 .3rem;font-size:.8rem;font-weight:600;color:#7d4e00}' +
      '[data-theme="dark"] .kpi-last-good-note{color:#e3b341}';
    document.head.appendChild(style);
  }

  function time(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleTimeString();
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  // The badge speaks of the feed (read or failing) and never contradicts the cards: when cards on the page are
  // stale (their data older than kpi.max_age, judged by assets/kpi.js), it says so too.
  function statusText(status) {
    var stale = document.querySelectorAll('.kpi-card.kpi-is-stale, .kpi-inline.kpi-is-stale').length;
    var cards = stale ? ' \u00b7 ' + plural(stale, 'KPI') + ' on this page stale (older than the maximum age)' : '';
    if (status.state === 'live') {
      return 'KPI feed live \u00b7 read ' + time(status.lastRead) + cards;
    }
    return 'KPI feed failing since ' + time(status.staleSince)
      + (status.lastRead ? ' \u00b7 showing the last good values, read ' + time(status.lastRead) : '') + cards;
  }

  function showStatus(status) {
    live.status = status;
    if (!status || status.state === 'off' || !document.querySelector('[data-kpi]')) {
      return;
    }
    var el = document.getElementById('docsite-live');
    if (!el) {
      el = document.createElement('div');
      el.id = 'docsite-live';
      el.className = 'docsite-live';
      el.setAttribute('role', 'status');
      document.body.appendChild(el);
    }
    el.setAttribute('data-state', status.state);
    el.textContent = statusText(status);
    showFeedProblems(status.problems || []);
    markLastGood(status);
  }

  // Feed problems join the page's problems overlay (file:line, message with the JSON path), replacing those of the
  // previous read; the overlay hides again once nothing is left in it.
  function showFeedProblems(problems) {
    var overlay = document.getElementById('docsite-problems');
    var list = overlay && overlay.querySelector('.problems-list');
    if (!list) { return; }
    list.querySelectorAll('li[data-kpi-feed]').forEach(function (li) { li.remove(); });
    problems.forEach(function (p) {
      var li = problemItem(p);
      li.setAttribute('data-kpi-feed', '');
      list.appendChild(li);
    });
    showCount(overlay, list);
  }

  // Problems only the browser finds (a Mermaid diagram it cannot draw) join the overlay too, once per key: the page's
  // scripts announce them as a page event, and keep those announced before this script ran.
  function showBrowserProblem(problem) {
    var overlay = document.getElementById('docsite-problems');
    var list = overlay && overlay.querySelector('.problems-list');
    if (!list || !problem || typeof problem.key !== 'string') { return; }
    locate(problem, function (where) {
      list.querySelectorAll('li[data-browser-problem]').forEach(function (li) {
        if (li.getAttribute('data-browser-problem') === problem.key) { li.remove(); }
      });
      var li = problemItem({severity: 'error', file: where.file, line: where.line, message: String(problem.message),
        code: ''});
      li.setAttribute('data-browser-problem', problem.key);
      list.appendChild(li);
      showCount(overlay, list);
    });
  }

  // A diagram Mermaid cannot draw (key "mermaid-N": the page's N-th ```mermaid block) is located in its Markdown file:
  // the server lists the page's blocks with their fence's line, the block with the diagram's source is the one, and
  // the line Mermaid names in the diagram is counted from its fence. Anything else, or a diagram found in no block of
  // the page's file (an imported partial's), is located at the page's URL.
  function locate(problem, done) {
    var page = {file: '/' + live.url, line: 0};
    var n = /^mermaid-(\d+)$/.exec(problem.key);
    var code = n && document.querySelectorAll('pre > code.language-mermaid')[Number(n[1])];
    if (!code || !window.fetch) { done(page); return; }
    var source = code.textContent.replace(/\n+$/, '');
    fetch(base + '__docsite/mermaid/' + encodeURI(live.url)).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(function (blocks) {
      var block = blocks.filter(function (b) { return b.source.replace(/\n+$/, '') === source; })[0];
      var inDiagram = /\bline (\d+)/.exec(String(problem.message));
      done(block ? {file: block.file, line: block.line + (inDiagram ? Number(inDiagram[1]) : 0)} : page);
    }, function () { done(page); });
  }

  function problemItem(p) {
    var li = document.createElement('li');
    li.className = 'problem problem-' + p.severity;
    [['problem-location', p.file + (p.line > 0 ? ':' + p.line + (p.column > 0 ? ':' + p.column : '') : '')],
      ['problem-severity', p.severity], ['problem-message', p.message], ['problem-code', p.code]]
      .forEach(function (part) {
        if (part[0] === 'problem-code' && !part[1]) { return; }
        var span = document.createElement(part[0] === 'problem-code' ? 'code' : 'span');
        span.className = part[0];
        span.textContent = part[1];
        li.appendChild(span);
        li.appendChild(document.createTextNode(' '));
      });
    return li;
  }

  function showCount(overlay, list) {
    var n = list.children.length;
    var count = overlay.querySelector('.problems-count');
    if (count) { count.textContent = plural(n, 'problem') + ' on this page'; }
    overlay.hidden = n === 0;
  }

  // While the feed fails, every widget keeps its last good value and says so in visible text.
  function markLastGood(status) {
    var failing = status.state === 'stale' && !!status.lastRead;
    document.querySelectorAll('.kpi-card[data-kpi], .kpi-inline[data-kpi]').forEach(function (el) {
      el.classList.toggle('kpi-last-good', failing);
      var note = el.querySelector(':scope > .kpi-last-good-note');
      if (failing && !note && el.classList.contains('kpi-card')) {
        note = document.createElement('p');
        note.className = 'kpi-last-good-note';
        el.insertBefore(note, el.firstChild);
      }
      if (note && !failing) { note.remove(); }
      if (note && failing) {
        note.textContent = 'Last good values, read ' + time(status.lastRead)
          + ': the KPI feed fails since ' + time(status.staleSince) + ' (see the problems)';
      }
    });
  }

  function updateKpis(kpis) {
    Object.keys(kpis).forEach(function (id) {
      var quoted = '"' + (window.CSS && CSS.escape ? CSS.escape(id) : id) + '"';
      var selector = '.kpi-card[data-kpi=' + quoted + '], .kpi-inline[data-kpi=' + quoted + ']';
      document.querySelectorAll(selector).forEach(function (el) {
        var html = el.classList.contains('kpi-card') ? kpis[id].card : kpis[id].inline;
        var template = document.createElement('template');
        template.innerHTML = html;
        var fresh = template.content.firstElementChild;
        if (!fresh) { return; }
        el.replaceWith(fresh);
        fresh.classList.add('kpi-updated');
        setTimeout(function () { fresh.classList.remove('kpi-updated'); }, 1600);
        live.kpiUpdates++;
      });
    });
    // New widgets carry build-time freshness: judge it again from this browser's clock (templates/assets/kpi.js).
    if (window.docsiteKpiFreshness) { window.docsiteKpiFreshness(); }
  }

  // Freshness changes with the clock (assets/kpi.js re-judges every minute): keep the badge in step.
  setInterval(function () { if (live.status) { showStatus(live.status); } }, 60000);

  function parse(event) {
    try { return JSON.parse(event.data); } catch (e) { return null; }
  }

  function connect() {
    // The version lets the server tell whether this copy is already outdated (changed while it loaded).
    var source = new EventSource(base + '__docsite/events?page=' + encodeURIComponent(url)
      + '&v=' + encodeURIComponent(version));
    source.addEventListener('hello', function (event) {
      var data = parse(event);
      if (!data) { return; }
      live.generation = data.generation;
      showStatus(data.kpi);
    });
    source.addEventListener('reload', function (event) {
      var data = parse(event);
      if (!data) { return; }
      live.generation = data.generation;
      if (data.urls.indexOf(url) >= 0) {
        reload();
      }
    });
    source.addEventListener('kpi', function (event) {
      var data = parse(event);
      if (!data) { return; }
      if (data.generation) { live.generation = data.generation; }
      if (data.kpis) { updateKpis(data.kpis); }
      if (data.provenance) {
        document.querySelectorAll('.kpi-provenance').forEach(function (p) { p.textContent = data.provenance; });
      }
      showStatus(data.status);
    });
    source.addEventListener('kpi-status', function (event) {
      showStatus(parse(event));
    });
  }

  addStyles();
  restoreScroll();
  connect();
  (window.__docsiteBrowserProblems || []).forEach(showBrowserProblem);
  document.addEventListener('docsite:browser-problem', function (event) { showBrowserProblem(event.detail); });
})();
