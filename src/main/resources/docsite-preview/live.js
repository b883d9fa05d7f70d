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
      '.docsite-live[data-state="stale"]::before{background:#ff9800}';
    document.head.appendChild(style);
  }

  function time(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleTimeString();
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
    if (status.state === 'live') {
      el.textContent = 'KPIs live \u00b7 read ' + time(status.lastRead);
      el.title = 'KPI feed read at ' + status.lastRead;
    } else {
      el.textContent = 'KPIs stale since ' + time(status.staleSince)
        + (status.lastRead ? ' \u00b7 last read ' + time(status.lastRead) : '');
      el.title = status.reason || 'KPI feed unavailable';
    }
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
})();
