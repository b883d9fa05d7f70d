/* docsite KPI freshness, judged in the reader's browser. Loaded only on pages with KPI widgets.
   The build writes each widget's freshness as it was at build time (what readers without JavaScript see); this script
   judges it again from the reader's clock, with the same rule and words as dev.docsite.kpi.widget.Freshness:
   stale when now - as_of > max_age; the age in whole hours under a day, else in whole days, rounded down. It runs
   again every minute, so an open page turns stale without a reload. */
(function () {
  'use strict';
  var HOUR = 3600000;
  var DAY = 24 * HOUR;

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function ageText(ms) {
    if (ms < HOUR) { return 'less than an hour old'; }
    if (ms < DAY) { return plural(Math.floor(ms / HOUR), 'hour') + ' old'; }
    return plural(Math.floor(ms / DAY), 'day') + ' old';
  }

  function each(root, selector, fn) {
    var list = root.querySelectorAll(selector);
    for (var i = 0; i < list.length; i++) { fn(list[i]); }
  }

  function judge(el, now) {
    var asOf = Date.parse(el.getAttribute('data-kpi-as-of'));
    var maxAgeSeconds = Number(el.getAttribute('data-kpi-max-age'));
    if (isNaN(asOf) || isNaN(maxAgeSeconds)) { return; }
    var maxText = el.getAttribute('data-kpi-max-age-text') || '';
    var ms = Math.max(0, now - asOf);
    var stale = ms > maxAgeSeconds * 1000;
    var age = ageText(ms);
    el.classList.toggle('kpi-is-stale', stale);
    el.setAttribute('data-kpi-judged', 'browser');
    each(el, '[data-kpi-part="badge"]', function (badge) {
      if (el.classList.contains('kpi-inline')) {
        badge.hidden = !stale;
      } else {
        badge.textContent = stale ? 'Stale' : 'Fresh';
        badge.classList.toggle('kpi-stale', stale);
        badge.classList.toggle('kpi-fresh', !stale);
      }
    });
    each(el, '[data-kpi-part="age"]', function (part) {
      part.textContent = age + (stale ? ', over the maximum age of ' : ', within the maximum age of ') + maxText;
    });
    each(el, '[data-kpi-part="sentence-freshness"]', function (part) {
      part.textContent = stale ? age + ', stale: over the maximum age of ' + maxText : age + ', fresh';
    });
  }

  function judgeAll() {
    var now = Date.now();
    each(document, '[data-kpi-as-of]', function (el) { judge(el, now); });
  }

  // The preview's live.js calls this after it replaced widgets with new ones.
  window.docsiteKpiFreshness = judgeAll;
  judgeAll();
  setInterval(judgeAll, 60000);
})();
