/* docsite search: loads the parts of the split index (search/, written by dev.docsite.search.SearchIndexWriter) that
   a query needs, ranks pages, and points each result at the section that matched. Plain JavaScript, no library. */
(function (global) {
  'use strict';

  /* ---------- Terms: exactly as dev.docsite.search.SearchTerms makes them (SearchTermsParityTest) ---------- */

  var STOP_WORDS = {};
  ('a an and are as at be been but by for from has have in into is it its of on or that the their then there these '
    + 'this to was were which will with').split(' ').forEach(function (w) { STOP_WORDS[w] = true; });
  var MAX_LENGTH = 40;
  var WORD = /[\p{L}\p{N}]+/gu;

  /** Martin Porter's stemmer, as dev.docsite.search.PorterStemmer. */
  function stem(word) {
    if (word.length <= 2 || !/^[a-z]+$/.test(word)) {
      return word;
    }
    var b = word.split('');
    var k = b.length - 1;
    var j = 0;

    function cons(i) {
      var c = b[i];
      if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') {
        return false;
      }
      if (c === 'y') {
        return i === 0 || !cons(i - 1);
      }
      return true;
    }
    function m() {
      var n = 0;
      var i = 0;
      for (;;) {
        if (i > j) { return n; }
        if (!cons(i)) { break; }
        i++;
      }
      i++;
      for (;;) {
        for (;;) {
          if (i > j) { return n; }
          if (cons(i)) { break; }
          i++;
        }
        i++;
        n++;
        for (;;) {
          if (i > j) { return n; }
          if (!cons(i)) { break; }
          i++;
        }
        i++;
      }
    }
    function vowelInStem() {
      for (var i = 0; i <= j; i++) {
        if (!cons(i)) { return true; }
      }
      return false;
    }
    function doubleC(at) {
      return at >= 1 && b[at] === b[at - 1] && cons(at);
    }
    function cvc(i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) { return false; }
      return b[i] !== 'w' && b[i] !== 'x' && b[i] !== 'y';
    }
    function ends(s) {
      var o = k - s.length + 1;
      if (o < 0) { return false; }
      for (var i = 0; i < s.length; i++) {
        if (b[o + i] !== s.charAt(i)) { return false; }
      }
      j = k - s.length;
      return true;
    }
    function setTo(s) {
      for (var i = 0; i < s.length; i++) {
        b[j + 1 + i] = s.charAt(i);
      }
      k = j + s.length;
    }
    function r(s) {
      if (m() > 0) { setTo(s); }
    }
    function firstSuffix(rules) {
      for (var i = 0; i < rules.length; i += 2) {
        if (ends(rules[i])) {
          r(rules[i + 1]);
          return;
        }
      }
    }

    // Step 1ab: plurals and -ed, -ing.
    if (b[k] === 's') {
      if (ends('sses')) { k -= 2; } else if (ends('ies')) { setTo('i'); } else if (b[k - 1] !== 's') { k--; }
    }
    if (ends('eed')) {
      if (m() > 0) { k--; }
    } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
      k = j;
      if (ends('at')) { setTo('ate'); } else if (ends('bl')) { setTo('ble'); } else if (ends('iz')) { setTo('ize'); } else if (doubleC(k)) {
        k--;
        if (b[k] === 'l' || b[k] === 's' || b[k] === 'z') { k++; }
      } else if (m() === 1 && cvc(k)) { setTo('e'); }
    }
    if (k > 0) {
      // Step 1c
      if (ends('y') && vowelInStem()) { b[k] = 'i'; }
      // Steps 2 and 3
      firstSuffix(['ational', 'ate', 'tional', 'tion', 'enci', 'ence', 'anci', 'ance', 'izer', 'ize', 'bli', 'ble',
        'alli', 'al', 'entli', 'ent', 'eli', 'e', 'ousli', 'ous', 'ization', 'ize', 'ation', 'ate', 'ator', 'ate',
        'alism', 'al', 'iveness', 'ive', 'fulness', 'ful', 'ousness', 'ous', 'aliti', 'al', 'iviti', 'ive',
        'biliti', 'ble', 'logi', 'log']);
      firstSuffix(['icate', 'ic', 'ative', '', 'alize', 'al', 'iciti', 'ic', 'ical', 'ic', 'ful', '', 'ness', '']);
      // Step 4
      var step4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism',
        'ate', 'iti', 'ous', 'ive', 'ize'];
      for (var s = 0; s < step4.length; s++) {
        if (ends(step4[s])) {
          if (!(step4[s] === 'ion' && !(j >= 0 && (b[j] === 's' || b[j] === 't'))) && m() > 1) {
            k = j;
          }
          break;
        }
      }
      // Step 5
      j = k;
      if (b[k] === 'e') {
        var a = m();
        if (a > 1 || (a === 1 && !cvc(k - 1))) { k--; }
      }
      if (b[k] === 'l' && doubleC(k) && m() > 1) { k--; }
    }
    return b.slice(0, k + 1).join('');
  }

  var stems = {};

  /** The index term of one word, or null when such words are not indexed. */
  function term(word) {
    var lower = word.toLowerCase();
    if (lower.length < 2 || lower.length > MAX_LENGTH || STOP_WORDS[lower] === true) {
      return null;
    }
    if (!Object.prototype.hasOwnProperty.call(stems, lower)) {
      stems[lower] = stem(lower);
    }
    return stems[lower];
  }

  /** Each word of text with its term and position: [{ term, start, end }]. */
  function words(text) {
    var out = [];
    WORD.lastIndex = 0;
    var match;
    while ((match = WORD.exec(text)) !== null) {
      var t = term(match[0]);
      if (t !== null) {
        out.push({ word: match[0].toLowerCase(), term: t, start: match.index, end: match.index + match[0].length });
      }
    }
    return out;
  }

  /** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
  function withinOneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1) { return false; }
    var i = 0;
    while (i < a.length && i < b.length && a.charAt(i) === b.charAt(i)) { i++; }
    if (i === a.length && i === b.length) { return true; }
    var ra = a.slice(i + 1);
    var rb = b.slice(i + 1);
    return ra === rb || a.slice(i) === rb || ra === b.slice(i)
      || (a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2));
  }

  global.docsiteSearchTerms = { stem: stem, term: term, words: words, withinOneEdit: withinOneEdit };
  if (typeof document === 'undefined') {
    return; // evaluated for its terms alone (tests)
  }

  /* ---------- Loading the index's parts ---------- */

  var html = document.documentElement;
  var root = html.getAttribute('data-root') || '';
  var fromDisk = location.protocol === 'file:';
  var MAX_RESULTS = 8;
  var MAX_PREFIX_FRAGMENTS = 3;

  // Every part is a script calling docsiteSearchData(key, data): scripts load from disk as over HTTP.
  var waiting = {};
  var loaded = {};
  global.docsiteSearchData = function (key, data) {
    loaded[key] = data;
    if (waiting[key]) {
      waiting[key].resolve(data);
    }
  };

  function part(key, path) {
    if (!waiting[key]) {
      var pending = {};
      pending.promise = new Promise(function (resolve, reject) {
        pending.resolve = resolve;
        var script = document.createElement('script');
        script.src = root + path;
        script.async = true;
        script.onerror = function () { reject(new Error('cannot load ' + path)); };
        script.onload = function () {
          if (!Object.prototype.hasOwnProperty.call(loaded, key)) {
            reject(new Error(path + ' did not hold ' + key));
          }
        };
        document.head.appendChild(script);
      });
      waiting[key] = pending;
    }
    return waiting[key].promise;
  }

  function Index(manifest) {
    this.manifest = manifest;
    this.firstTerms = manifest.fragments.map(function (f) { return f[0]; });
    var scopes = new Array(manifest.documents);
    for (var r = 0, d = 0; r < manifest.scopeRuns.length; r += 2) {
      for (var n = 0; n < manifest.scopeRuns[r + 1]; n++) {
        scopes[d++] = manifest.scopes[manifest.scopeRuns[r]];
      }
    }
    this.scopes = scopes;
    var meta = document.querySelector('meta[name="docsearch:version"]');
    this.scope = meta ? meta.getAttribute('content') : null;
  }

  /** Position in manifest.fragments of the fragment that would hold term (the last starting at or before it). */
  Index.prototype.slot = function (t) {
    var lo = 0;
    var hi = this.firstTerms.length - 1;
    var found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (this.firstTerms[mid] <= t) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  };

  /** The fragments holding t and the terms starting with prefix (at most a few: those hold the closest words). */
  Index.prototype.fragmentsFor = function (t, prefix) {
    var slots = {};
    slots[this.slot(t)] = true;
    if (prefix) {
      var from = this.slot(prefix);
      // Short prefixes match many words: fewer fragments for them, since the reader is still typing.
      var to = Math.min(this.slot(prefix + '\uffff'), from + Math.min(MAX_PREFIX_FRAGMENTS, prefix.length - 1) - 1);
      for (var s = from; s <= to; s++) {
        slots[s] = true;
      }
    }
    var self = this;
    return Object.keys(slots).map(function (s) {
      var n = self.manifest.fragments[s][1];
      return part('f' + n, 'search/f/' + n + '.js');
    });
  };

  Index.prototype.visible = function (doc) {
    return this.scope === null || this.scopes[doc] === '' || this.scopes[doc] === this.scope;
  };

  Index.prototype.document = function (doc) {
    var n = Math.floor(doc / this.manifest.chunkSize);
    var first = n * this.manifest.chunkSize;
    return part('c' + n, 'search/c/' + n + '.js').then(function (chunk) {
      var d = chunk[doc - first];
      return { url: d[0], title: d[1], intro: d[2], sections: d[3] };
    });
  };

  /* ---------- Matching and ranking ---------- */

  // Exact words above prefixes above typos, whatever the field; within a kind, title above heading above text.
  var EXACT = 100;
  var PREFIX = 10;
  var TYPO = 1;
  var FIELD = [4, 2, 1];

  /** The query's words: { word, term } each, stop words left out. */
  function queryWords(query) {
    return words(query).filter(function (w, i, all) {
      return all.findIndex(function (o) { return o.word === w.word; }) === i;
    });
  }

  /** How well index term t matches query word q: EXACT, PREFIX, TYPO or 0. */
  function kind(t, q) {
    if (t === q.term || t === q.word) {
      return EXACT;
    }
    if (q.word.length >= 2 && (t.lastIndexOf(q.word, 0) === 0 || t.lastIndexOf(q.term, 0) === 0)) {
      return PREFIX;
    }
    // A typo may also keep the stemmer from cutting the word's ending: "vulnerabilty" still starts like "vulner".
    var ending = t.length >= 6 ? 6 : 4;
    if (q.word.length >= 5 && (withinOneEdit(t, q.term) || withinOneEdit(t, q.word)
        || (t.length >= 4 && q.word.length - t.length <= ending && withinOneEdit(q.word.slice(0, t.length), t)))) {
      return TYPO;
    }
    return 0;
  }

  function decode(postings) {
    return postings.split('|').map(function (list) {
      if (list === '') {
        return [];
      }
      var doc = 0;
      return list.split(',').map(function (delta) {
        doc += parseInt(delta, 36);
        return doc;
      });
    });
  }

  /** Ranks documents for the query once its fragments are loaded: [{ doc, score }], best first, and the terms hit. */
  function rank(index, qs, fragments) {
    var scores = {};
    var hits = {};
    var termKinds = {};
    qs.forEach(function (q, qi) {
      var best = {};
      fragments[qi].forEach(function (fragment) {
        Object.keys(fragment).forEach(function (t) {
          var k = kind(t, q);
          if (k === 0) {
            return;
          }
          termKinds[t] = Math.max(termKinds[t] || 0, k);
          decode(fragment[t]).forEach(function (docs, field) {
            var score = k * FIELD[field];
            for (var i = 0; i < docs.length; i++) {
              if ((best[docs[i]] || 0) < score) {
                best[docs[i]] = score;
              }
            }
          });
        });
      });
      Object.keys(best).forEach(function (doc) {
        scores[doc] = (scores[doc] || 0) + best[doc];
        hits[doc] = (hits[doc] || 0) + 1;
      });
    });
    var ranked = Object.keys(scores).map(Number).filter(function (doc) { return index.visible(doc); });
    ranked.sort(function (a, b) {
      return (hits[b] - hits[a]) || (scores[b] - scores[a]) || (a - b);
    });
    return { docs: ranked.slice(0, MAX_RESULTS), termKinds: termKinds };
  }

  /** The section of a page that best matches (heading words count double), or null for the page as a whole. */
  function bestSection(document, termKinds) {
    function score(text) {
      var total = 0;
      words(text).forEach(function (w) {
        total = Math.max(total, termKinds[w.term] || 0);
      });
      return total;
    }
    var best = null;
    var bestScore = score(document.title) * 2 + score(document.intro);
    document.sections.forEach(function (s) {
      var value = score(s[1]) * 2 + score(s[2]);
      if (value > bestScore) {
        best = s;
        bestScore = value;
      }
    });
    return best;
  }

  /** A span of class className holding text from start to end, its hit words marked. */
  function marked(className, text, start, end, hits) {
    var span = document.createElement('span');
    span.className = className;
    span.appendChild(document.createTextNode(start > 0 ? '…' : ''));
    var at = start;
    hits.forEach(function (w) {
      if (w.start < at || w.end > end) {
        return;
      }
      span.appendChild(document.createTextNode(text.slice(at, w.start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(w.start, w.end);
      span.appendChild(mark);
      at = w.end;
    });
    span.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? '…' : '')));
    return span;
  }

  function hitsIn(text, termKinds) {
    return words(text).filter(function (w) { return termKinds[w.term]; });
  }

  /** Up to about 160 characters of text around its first hit, the hit words marked. */
  function snippet(text, termKinds) {
    var hits = hitsIn(text, termKinds);
    var start = hits.length ? Math.max(0, hits[0].start - 40) : 0;
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < hits[0].start ? space + 1 : start;
    }
    return marked('search-result-snippet', text, start, Math.min(text.length, start + 160), hits);
  }

  /* ---------- The search box ---------- */

  function diskUrl(href) {
    if (!fromDisk) {
      return href;
    }
    var cut = href.search(/[?#]/);
    var path = cut < 0 ? href : href.slice(0, cut);
    var rest = cut < 0 ? '' : href.slice(cut);
    return path === '' || path.charAt(path.length - 1) === '/' ? path + 'index.html' + rest : href;
  }

  function Search(input, list) {
    this.input = input;
    this.list = list;
    this.index = null;
    this.ready = null;
    this.active = -1;
    this.generation = 0;
    this.status = document.createElement('div');
    this.status.className = 'search-status';
    this.status.setAttribute('role', 'status');
    input.parentNode.appendChild(this.status);
  }

  Search.prototype.load = function () {
    var self = this;
    if (!this.ready) {
      this.ready = part('manifest', 'search/manifest.js').then(function (manifest) {
        self.index = new Index(manifest);
      }, function () {
        self.index = null;
      });
    }
    return this.ready;
  };

  // Keys typed within this many milliseconds are one query: nothing is loaded for the words on the way.
  var SETTLE = 40;

  Search.prototype.update = function () {
    var self = this;
    var query = this.input.value.trim();
    var generation = ++this.generation;
    clearTimeout(this.timer);
    if (!query) {
      this.clear();
      this.show(false);
      return;
    }
    this.timer = setTimeout(function () { self.run(query, generation); }, SETTLE);
  };

  /** Loads what the query needs and shows its results, unless the reader has typed on (a newer generation). */
  Search.prototype.run = function (query, generation) {
    var self = this;
    function current() {
      return generation === self.generation;
    }
    this.load().then(function () {
      if (!self.index) {
        throw new Error('unavailable');
      }
      if (!current()) {
        return null;
      }
      var qs = queryWords(query);
      return Promise.all(qs.map(function (q) {
        return Promise.all(self.index.fragmentsFor(q.term, q.word.length >= 2 ? q.word : null));
      })).then(function (fragments) {
        if (!current()) {
          return null;
        }
        var ranked = rank(self.index, qs, fragments);
        return Promise.all(ranked.docs.map(function (doc) { return self.index.document(doc); })).then(function (docs) {
          if (current()) {
            self.render(docs, ranked.termKinds);
          }
        });
      });
    }).catch(function () {
      if (current()) {
        self.message('Search is unavailable: its index could not be loaded.');
      }
    });
  };

  Search.prototype.clear = function () {
    this.list.textContent = '';
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
  };

  Search.prototype.message = function (text) {
    this.clear();
    var item = document.createElement('li');
    item.className = 'search-message';
    item.textContent = text;
    this.list.appendChild(item);
    this.status.textContent = text;
    this.show(true);
  };

  Search.prototype.show = function (visible) {
    this.list.hidden = !visible;
    this.input.setAttribute('aria-expanded', visible ? 'true' : 'false');
  };

  Search.prototype.render = function (docs, termKinds) {
    var self = this;
    if (!docs.length) {
      this.message('No results.');
      return;
    }
    this.clear();
    docs.forEach(function (doc, n) {
      var section = bestSection(doc, termKinds);
      var item = document.createElement('li');
      item.className = 'search-result';
      item.id = 'search-result-' + n;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      var link = document.createElement('a');
      link.href = diskUrl((root + doc.url || './') + (section ? '#' + encodeURIComponent(section[0]) : ''));
      link.tabIndex = -1;
      var title = document.createElement('span');
      title.className = 'search-result-title';
      title.textContent = doc.title || doc.url;
      link.appendChild(title);
      if (section) {
        link.appendChild(marked('search-result-section', section[1], 0, section[1].length,
          hitsIn(section[1], termKinds)));
      }
      var text = section ? section[2] : doc.intro || (doc.sections.length ? doc.sections[0][2] : '');
      link.appendChild(snippet(text, termKinds));
      item.appendChild(link);
      item.addEventListener('mousemove', function () { self.select(n); });
      self.list.appendChild(item);
    });
    this.status.textContent = docs.length + (docs.length === 1 ? ' result' : ' results');
    this.show(true);
  };

  Search.prototype.select = function (n) {
    var items = this.list.querySelectorAll('.search-result');
    if (this.active >= 0 && items[this.active]) {
      items[this.active].setAttribute('aria-selected', 'false');
    }
    this.active = n;
    items[n].setAttribute('aria-selected', 'true');
    if (items[n].scrollIntoView) {
      items[n].scrollIntoView({ block: 'nearest' });
    }
    this.input.setAttribute('aria-activedescendant', items[n].id);
  };

  Search.prototype.move = function (step) {
    var items = this.list.querySelectorAll('.search-result');
    if (!items.length) {
      return;
    }
    this.show(true);
    this.select(this.active < 0 ? (step > 0 ? 0 : items.length - 1) : (this.active + step + items.length) % items.length);
  };

  Search.prototype.open = function () {
    var links = this.list.querySelectorAll('.search-result a');
    var link = links[Math.max(this.active, 0)];
    if (link) {
      this.show(false);
      location.href = link.href;
    }
  };

  function init() {
    var input = document.getElementById('search-input');
    var list = document.getElementById('search-results');
    if (!input || !list) {
      return;
    }
    var style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = root + 'assets/search.css';
    document.head.appendChild(style);
    var search = new Search(input, list);
    input.addEventListener('focus', function () {
      search.load();
      if (input.value.trim() && list.childNodes.length) {
        search.show(true);
      }
    });
    input.addEventListener('input', function () {
      search.update();
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        search.move(event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        search.open();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        if (list.hidden) {
          input.value = '';
          search.update();
        }
        search.show(false);
      }
    });
    document.addEventListener('click', function (event) {
      if (!input.parentNode.contains(event.target)) {
        search.show(false);
      }
    });
    // "/" jumps to the search box, as on most documentation sites.
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})(this);
