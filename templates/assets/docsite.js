/* docsite default theme behaviour: plain JavaScript, no dependencies besides the optional vendor libraries. */
(function () {
  'use strict';

  var html = document.documentElement;
  html.classList.add('js');
  // Prefix reaching the site root from this page ("../../"); every internal URL is built from it.
  var root = html.getAttribute('data-root') || '';
  var fromDisk = location.protocol === 'file:';

  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* private mode: just don't remember */ }
  }

  function recall(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }

  /* ---------- Opened from disk: folders have no implicit index.html ---------- */

  var EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/|#)/i;

  function diskUrl(href) {
    if (!fromDisk || href === null || EXTERNAL.test(href)) {
      return href;
    }
    var cut = href.search(/[?#]/);
    var path = cut < 0 ? href : href.slice(0, cut);
    var rest = cut < 0 ? '' : href.slice(cut);
    if (path === '') {
      return href;
    }
    if (path.charAt(path.length - 1) === '/') {
      return path + 'index.html' + rest;
    }
    return href;
  }

  function fixLinksForDisk() {
    if (!fromDisk) {
      return;
    }
    var links = document.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      var before = links[i].getAttribute('href');
      var after = diskUrl(before);
      if (after !== before) {
        links[i].setAttribute('href', after);
      }
    }
  }

  /* ---------- Dark mode ---------- */

  var darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function currentTheme() {
    var explicit = html.getAttribute('data-theme');
    if (explicit === 'dark' || explicit === 'light') {
      return explicit;
    }
    return darkQuery && darkQuery.matches ? 'dark' : 'light';
  }

  function applyTheme(theme) {
    html.setAttribute('data-theme', theme);
    var light = document.getElementById('hljs-light');
    var dark = document.getElementById('hljs-dark');
    if (light && dark) {
      light.media = theme === 'light' ? 'all' : 'not all';
      dark.media = theme === 'dark' ? 'all' : 'not all';
    }
  }

  // Three modes, as Docusaurus's toggle: system (the default: the system's setting), light, dark; remembered.
  function nextMode(mode) {
    return mode === 'system' ? 'light' : mode === 'light' ? 'dark' : 'system';
  }

  function systemTheme() {
    return darkQuery && darkQuery.matches ? 'dark' : 'light';
  }

  function showMode(button, mode) {
    var label = 'Colour mode: ' + mode + ' (switch to ' + nextMode(mode) + ')';
    button.setAttribute('data-mode', mode);
    button.setAttribute('aria-label', label);
    button.title = label;
  }

  function initThemeToggle() {
    var buttons = document.querySelectorAll('.theme-toggle');
    if (!buttons.length) {
      return;
    }
    var stored = recall('docsite-theme');
    // Without a choice, the page shows the system's setting, or the configured default mode (data-theme).
    var mode = stored === 'light' || stored === 'dark' || stored === 'system' ? stored
      : html.hasAttribute('data-theme') ? currentTheme() : 'system';
    Array.prototype.forEach.call(buttons, function (button) {
      showMode(button, mode);
      button.addEventListener('click', function () {
        mode = nextMode(mode);
        applyTheme(mode === 'system' ? systemTheme() : mode);
        store('docsite-theme', mode);
        Array.prototype.forEach.call(buttons, function (b) { showMode(b, mode); });
      });
    });
    if (darkQuery && darkQuery.addEventListener) {
      darkQuery.addEventListener('change', function () {
        if (mode === 'system') {
          applyTheme(systemTheme());
        }
      });
    }
  }

  /* ---------- The drawer (narrow screens): navbar items and sidebar, over a backdrop, focus kept inside ---------- */

  var FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

  function initMenu() {
    var button = document.querySelector('.menu-toggle');
    if (!button) {
      return;
    }
    var parts = (button.getAttribute('aria-controls') || '').split(' ')
      .map(function (id) { return document.getElementById(id); })
      .filter(function (part) { return part !== null; });
    var backdrop = document.createElement('div');
    backdrop.className = 'drawer-backdrop';
    document.body.appendChild(backdrop);

    function isOpen() {
      return html.classList.contains('sidebar-open');
    }
    /** The toggle, then every visible control of the drawer: Tab cycles through these while it is open. */
    function focusables() {
      var list = [button];
      parts.forEach(function (part) {
        Array.prototype.forEach.call(part.querySelectorAll(FOCUSABLE), function (element) {
          if (element.getClientRects().length) {
            list.push(element);
          }
        });
      });
      return list;
    }
    function setOpen(open, returnFocus) {
      html.classList.toggle('sidebar-open', open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      button.setAttribute('aria-label', open ? 'Close the navigation menu' : 'Open the navigation menu');
      if (open) {
        var current = null;
        parts.forEach(function (part) { current = current || part.querySelector('a[aria-current="page"]'); });
        var target = current || focusables()[1] || button;
        target.focus({ preventScroll: true });
        if (current && current.scrollIntoView) {
          current.scrollIntoView({ block: 'nearest' });
        }
      } else if (returnFocus) {
        button.focus();
      }
    }
    button.addEventListener('click', function () {
      setOpen(!isOpen(), false);
    });
    backdrop.addEventListener('click', function () {
      setOpen(false, true);
    });
    parts.forEach(function (part) {
      part.addEventListener('click', function (event) {
        if (isOpen() && event.target.closest && event.target.closest('a[href]')) {
          setOpen(false, false); // navigation, also to an anchor of this page
        }
      });
    });
    document.addEventListener('keydown', function (event) {
      if (!isOpen()) {
        return;
      }
      if (event.key === 'Escape') {
        setOpen(false, true);
      } else if (event.key === 'Tab') {
        var list = focusables();
        var at = list.indexOf(document.activeElement);
        var to = event.shiftKey ? (at <= 0 ? list.length - 1 : at - 1) : (at < 0 || at === list.length - 1 ? 0 : at + 1);
        event.preventDefault();
        list[to].focus();
      }
    });
    if (window.matchMedia) {
      var narrow = window.matchMedia('(max-width: 996px)');
      if (narrow.addEventListener) {
        narrow.addEventListener('change', function () {
          if (!narrow.matches && isOpen()) {
            setOpen(false, false);
          }
        });
      }
    }
  }

  /* ---------- Scroll regions: a table wider than the page scrolls inside itself and takes keyboard focus ---------- */

  function initScrollRegions() {
    var tables = document.querySelectorAll('.markdown table');
    if (!tables.length) {
      return;
    }
    function update() {
      Array.prototype.forEach.call(tables, function (table) {
        if (table.scrollWidth > table.clientWidth + 1) {
          if (!table.hasAttribute('tabindex')) {
            table.setAttribute('tabindex', '0');
            table.setAttribute('data-scroll-focus', '');
          }
        } else if (table.hasAttribute('data-scroll-focus')) {
          table.removeAttribute('tabindex');
          table.removeAttribute('data-scroll-focus');
        }
      });
    }
    update();
    window.addEventListener('resize', update);
  }

  /* ---------- "On this page" above the content (narrow screens): closes when a heading is chosen ---------- */

  function initTocCollapsible() {
    var box = document.querySelector('.toc-collapsible');
    if (box) {
      box.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('a')) {
          box.open = false;
        }
      });
    }
  }

  /* ---------- Configured navbar: dropdowns and the drawer (themeConfig.navbar) ---------- */

  function initNavbarDropdowns() {
    var dropdowns = document.querySelectorAll('.navbar-dropdown > details');
    function close(details) {
      details.open = false;
    }
    Array.prototype.forEach.call(dropdowns, function (details) {
      var summary = details.querySelector('summary');
      summary.setAttribute('aria-expanded', details.open ? 'true' : 'false');
      details.addEventListener('toggle', function () {
        summary.setAttribute('aria-expanded', details.open ? 'true' : 'false');
        if (details.open) {
          Array.prototype.forEach.call(dropdowns, function (other) {
            if (other !== details) {
              close(other);
            }
          });
        }
      });
      // Esc closes the open dropdown and leaves the drawer as it is.
      details.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && details.open) {
          event.stopPropagation();
          close(details);
          summary.focus();
        }
      });
    });
    document.addEventListener('click', function (event) {
      Array.prototype.forEach.call(dropdowns, function (details) {
        if (details.open && !details.contains(event.target)) {
          close(details);
        }
      });
    });
  }

  function initNavbarMenu() {
    var menu = document.getElementById('navbar-menu');
    if (!menu || !menu.classList.contains('navbar-menu-with-sidebar')) {
      return;
    }
    function measure() {
      html.style.setProperty('--ds-navbar-menu-height', menu.offsetHeight + 'px');
    }
    measure();
    window.addEventListener('resize', measure);
  }

  // Docusaurus keeps the docs version a reader chose (a version of the dropdown, the banner's latest version) as
  // localStorage['docs-preferred-version-<pluginId>']; outside that plugin's docs, the items that lead into the docs
  // follow it (each carries its target and label in every version), else they stay on the last version.
  // themeConfig.docs.versionPersistence: 'none' remembers nothing and follows nothing remembered.
  function initPreferredVersions() {
    if (html.getAttribute('data-version-persistence') === 'none') {
      return;
    }
    document.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a[data-docs-version]') : null;
      if (link) {
        store('docs-preferred-version-' + link.getAttribute('data-docs-plugin'), link.getAttribute('data-docs-version'));
      }
    }, true);
    var items = document.querySelectorAll('a[data-version-hrefs], a[data-version-labels]');
    Array.prototype.forEach.call(items, function (item) {
      var preferred = recall('docs-preferred-version-' + item.getAttribute('data-docs-plugin'));
      var hrefs = JSON.parse(item.getAttribute('data-version-hrefs') || '{}');
      var labels = JSON.parse(item.getAttribute('data-version-labels') || '{}');
      if (preferred === null || !Object.prototype.hasOwnProperty.call(hrefs, preferred)) {
        return; // nothing chosen, or this item has no target in that version: the last version it is
      }
      item.setAttribute('href', diskUrl(hrefs[preferred]));
      if (Object.prototype.hasOwnProperty.call(labels, preferred)) {
        item.textContent = labels[preferred];
        var toggle = item.parentNode.querySelector('.navbar-dropdown-toggle[aria-label]');
        if (toggle) {
          toggle.setAttribute('aria-label', labels[preferred] + ' menu');
        }
      }
    });
  }

  /* ---------- End of configured navbar ---------- */

  /* ---------- Tabs ---------- */

  var groups = {}; // data-group-id -> list of tab boxes

  function childrenWithRole(element, role) {
    var result = [];
    for (var i = 0; i < element.children.length; i++) {
      if (element.children[i].getAttribute('role') === role) {
        result.push(element.children[i]);
      }
    }
    return result;
  }

  function tabValue(tab) {
    return tab.getAttribute('data-tab-value') || tab.getAttribute('data-value') || tab.textContent.trim();
  }

  function TabBox(element) {
    var list = childrenWithRole(element, 'tablist')[0];
    this.tabs = list ? childrenWithRole(list, 'tab') : [];
    this.panels = childrenWithRole(element, 'tabpanel');
    this.group = element.getAttribute('data-group-id');
    this.query = element.getAttribute('data-query-string'); // Docusaurus queryString: ?name=value selects a tab
  }

  function queryValue(name) {
    try { return new URLSearchParams(location.search).get(name); } catch (e) { return null; }
  }

  TabBox.prototype.indexOfValue = function (value) {
    for (var i = 0; i < this.tabs.length; i++) {
      if (tabValue(this.tabs[i]) === value) {
        return i;
      }
    }
    return -1;
  };

  TabBox.prototype.select = function (index) {
    for (var i = 0; i < this.tabs.length; i++) {
      var selected = i === index;
      this.tabs[i].setAttribute('aria-selected', selected ? 'true' : 'false');
      this.tabs[i].tabIndex = selected ? 0 : -1;
      if (this.panels[i]) {
        this.panels[i].hidden = !selected;
      }
    }
  };

  TabBox.prototype.choose = function (index) {
    this.select(index);
    if (this.query) {
      try {
        var url = new URL(location.href);
        url.searchParams.set(this.query, tabValue(this.tabs[index]));
        history.replaceState(history.state, '', url.toString());
      } catch (e) { /* an address that cannot carry the choice: the tab still switches */ }
    }
    if (!this.group) {
      return;
    }
    var value = tabValue(this.tabs[index]);
    store('docsite-tabs-' + this.group, value);
    var peers = groups[this.group];
    for (var i = 0; i < peers.length; i++) {
      var match = peers[i].indexOfValue(value);
      if (peers[i] !== this && match >= 0) {
        peers[i].select(match);
      }
    }
  };

  function initTabs() {
    var elements = document.querySelectorAll('div.tabs');
    for (var i = 0; i < elements.length; i++) {
      var box = new TabBox(elements[i]);
      if (!box.tabs.length) {
        continue;
      }
      if (box.group) {
        (groups[box.group] = groups[box.group] || []).push(box);
      }
      var initial = 0;
      for (var t = 0; t < box.tabs.length; t++) {
        if (box.tabs[t].getAttribute('aria-selected') === 'true') {
          initial = t;
        }
      }
      var remembered = box.group ? box.indexOfValue(recall('docsite-tabs-' + box.group)) : -1;
      var asked = box.query ? box.indexOfValue(queryValue(box.query)) : -1;
      box.select(asked >= 0 ? asked : remembered >= 0 ? remembered : initial);
      wireTabs(box);
    }
  }

  function wireTabs(box) {
    box.tabs.forEach(function (tab, index) {
      tab.addEventListener('click', function () {
        box.choose(index);
      });
      tab.addEventListener('keydown', function (event) {
        var count = box.tabs.length;
        var target = {
          ArrowRight: (index + 1) % count,
          ArrowLeft: (index - 1 + count) % count,
          Home: 0,
          End: count - 1
        }[event.key];
        if (target === undefined) {
          return;
        }
        event.preventDefault();
        box.choose(target);
        box.tabs[target].focus();
      });
    });
  }

  /* ---------- Table of contents: mark the section being read ---------- */

  function initTocHighlight() {
    var links = document.querySelectorAll('.toc .toc-link');
    if (!links.length || !('IntersectionObserver' in window)) {
      return;
    }
    var byId = {};
    var headings = [];
    for (var i = 0; i < links.length; i++) {
      var id = decodeURIComponent(links[i].getAttribute('href').slice(1));
      var heading = document.getElementById(id);
      if (heading) {
        byId[id] = links[i];
        headings.push(heading);
      }
    }
    var visible = {};
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        visible[entry.target.id] = entry.isIntersecting;
      });
      mark();
    }, { rootMargin: '0px 0px -60% 0px' });
    function atBottom() {
      return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    }
    function mark() {
      var current = null;
      for (var h = 0; h < headings.length && !atBottom(); h++) {
        if (visible[headings[h].id]) {
          current = headings[h].id;
          break;
        }
      }
      if (atBottom() && headings.length) {
        current = headings[headings.length - 1].id; // the last sections may be too short to reach the top
      }
      if (current) {
        for (var key in byId) {
          byId[key].classList.toggle('active', key === current);
        }
      }
    }
    window.addEventListener('scroll', function () {
      if (atBottom()) {
        mark();
      }
    }, { passive: true });
    headings.forEach(function (h) { observer.observe(h); });
  }

  /* ---------- Problems overlay (preview) ---------- */

  function initProblems() {
    var overlay = document.getElementById('docsite-problems');
    var close = overlay && overlay.querySelector('.problems-close');
    if (close) {
      close.addEventListener('click', function () {
        overlay.hidden = true;
      });
    }
  }

  /* ---------- Code blocks (mdx): syntax highlighting, copy button ---------- */

  /** highlight.js is loaded only by pages with a code block that declares its language. */
  function initHighlighting() {
    if (!document.querySelector('pre code[class*="language-"]')) {
      return;
    }
    addCodeTheme('hljs-light', 'github.min.css', 'light', 'not all and (prefers-color-scheme: dark)');
    addCodeTheme('hljs-dark', 'github-dark.min.css', 'dark', '(prefers-color-scheme: dark)');
    (window.hljs ? Promise.resolve() : loadScript(root + 'assets/vendor/highlight.min.js')).then(highlight, function () {
      /* without highlight.js the code stays readable, uncoloured */
    });
  }

  /**
   * One of highlight.js's two colour themes, added here rather than in the head so that pages without code wait for
   * one stylesheet only; the one matching the page's colour mode applies (applyTheme switches them with the mode).
   */
  function addCodeTheme(id, file, theme, systemMedia) {
    if (document.getElementById(id)) {
      return;
    }
    var explicit = html.getAttribute('data-theme');
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.id = id;
    link.href = root + 'assets/vendor/' + file;
    link.media = explicit === 'dark' || explicit === 'light' ? (explicit === theme ? 'all' : 'not all') : systemMedia;
    document.head.appendChild(link);
  }

  function highlight() {
    if (!window.hljs) {
      return;
    }
    var hljs = window.hljs;
    hljs.configure({ ignoreUnescapedHTML: true });
    // Only blocks with a declared language: guessing mis-colours plain text and console output.
    var blocks = document.querySelectorAll('pre code[class*="language-"]');
    for (var i = 0; i < blocks.length; i++) {
      var code = blocks[i];
      var lines = code.querySelectorAll('span.code-line');
      if (!lines.length) {
        hljs.highlightElement(code);
        continue;
      }
      // Highlighted or numbered lines are spans the build wrote: colour each line, keeping the spans.
      var language = (/language-(\S+)/.exec(code.className) || [])[1];
      if (!hljs.getLanguage(language)) {
        continue;
      }
      for (var l = 0; l < lines.length; l++) {
        lines[l].innerHTML = hljs.highlight(lines[l].textContent, { language: language, ignoreIllegals: true }).value;
      }
      code.classList.add('hljs');
    }
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) { // file:// pages have no clipboard API
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand('copy');
      document.body.removeChild(area);
      (ok ? resolve : reject)();
    });
  }

  function initCopyButtons() {
    var blocks = document.querySelectorAll('.code-block');
    for (var i = 0; i < blocks.length; i++) {
      (function (block) {
        var code = block.querySelector('pre > code');
        if (!code) {
          return;
        }
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'code-copy';
        button.setAttribute('aria-label', 'Copy code to clipboard');
        button.textContent = 'Copy';
        var status = document.createElement('span');
        status.className = 'visually-hidden';
        status.setAttribute('role', 'status');
        var timer = null;
        button.addEventListener('click', function () {
          // The code's text is exactly the code: line numbers are CSS counters, magic comments were removed.
          var text = code.textContent.replace(/\n$/, '');
          copyText(text).then(function () {
            button.textContent = 'Copied';
            status.textContent = 'Code copied to clipboard';
          }, function () {
            button.textContent = 'Copy failed';
            status.textContent = 'The code could not be copied; select it and copy it by hand';
          });
          clearTimeout(timer);
          timer = setTimeout(function () {
            button.textContent = 'Copy';
            status.textContent = '';
          }, 2000);
        });
        block.appendChild(button);
        block.appendChild(status);
      })(blocks[i]);
    }
  }

  /* ---------- Scripts loaded on demand (the search box has its own script, assets/search.js) ---------- */

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('cannot load ' + src)); };
      document.head.appendChild(script);
    });
  }

  /* ---------- Sidebar: closed categories filled when opened ---------- */

  // A closed category comes without its items (<details data-sidebar data-category>); they are in the sidebar's
  // data file, assets/sidebars/<n>.js (a script, so that it also loads from disk), loaded when the reader first
  // points at or tabs into the sidebar, or opens a category. The markup written here is the one
  // templates/partials/sidebar.ftlh writes for an open category.

  var sidebarLoads = {};

  function loadSidebar(n) {
    if (!sidebarLoads[n]) {
      sidebarLoads[n] = window.DOCSITE_SIDEBARS && window.DOCSITE_SIDEBARS[n]
        ? Promise.resolve() : loadScript(root + 'assets/sidebars/' + n + '.js');
      sidebarLoads[n] = sidebarLoads[n].then(function () { return indexCategories(window.DOCSITE_SIDEBARS[n]); });
    }
    return sidebarLoads[n];
  }

  function indexCategories(items, byId) {
    byId = byId || {};
    for (var i = 0; i < items.length; i++) {
      if (items[i].type === 'category') {
        byId[items[i].id] = items[i];
        indexCategories(items[i].items, byId);
      }
    }
    return byId;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function withoutIndexFile(url) {
    return url.replace(/[?#].*$/, '').replace(/index\.html$/, '');
  }

  var currentUrl = withoutIndexFile(location.href);

  /** A site URL (relative to the root) written as the page writes its links, and whether it is this page. */
  function siteHref(url) {
    var href = root + url;
    return href === '' ? './' : href;
  }

  function isCurrent(href) {
    return withoutIndexFile(new URL(href, location.href).href) === currentUrl;
  }

  function navLink(label, url) {
    if (url === undefined) {
      return '<span class="menu-link menu-link-nolink">' + escapeHtml(label) + '</span>\n';
    }
    var href = siteHref(url);
    return '<a href="' + escapeHtml(href) + '"' + (isCurrent(href) ? ' aria-current="page"' : '') + '>'
      + escapeHtml(label) + '</a>\n';
  }

  function classes(base, className) {
    return base + (className ? ' ' + escapeHtml(className) : '');
  }

  function categoryHtml(n, item, level) {
    var collapsible = item.collapsible !== false;
    var expanded = !item.collapsed || !collapsible;
    var out = '<li class="' + classes('menu-category' + (item.url !== undefined && collapsible ? ' menu-category-linked' : '')
      + (collapsible ? '' : ' menu-category-static'), item.className) + '">\n';
    if (!collapsible) {
      return out + navLink(item.label, item.url) + listHtml(n, item.items, level + 1) + '</li>\n';
    }
    var details = '<details' + (expanded ? ' open' : ' data-sidebar="' + n + '" data-category="' + item.id + '"') + '>\n';
    if (item.url !== undefined) {
      out += navLink(item.label, item.url) + details + '<summary class="menu-caret" aria-label="'
        + escapeHtml(item.label) + '"></summary>\n';
    } else {
      // What labelsToToggles makes of the server's first-doc link: the label is the toggle.
      out += details + '<summary class="menu-category-label"><span class="menu-link menu-link-nolink">'
        + escapeHtml(item.label) + '</span></summary>\n';
    }
    return out + (expanded ? listHtml(n, item.items, level + 1) : '') + '</details>\n</li>\n';
  }

  function itemHtml(n, item, level) {
    if (item.type === 'category') {
      return categoryHtml(n, item, level);
    }
    if (item.type === 'html') {
      return '<li class="' + classes('menu-html' + (item.defaultStyle ? ' menu-html-default' : ''), item.className)
        + '">' + item.html + '</li>\n';
    }
    if (item.type === 'link') {
      var href = item.external ? item.url : siteHref(item.url);
      return '<li class="' + classes('menu-link-item', item.className) + '"><a href="' + escapeHtml(href) + '"'
        + (item.external ? ' target="_blank" rel="noopener noreferrer" class="menu-external"' : '') + '>'
        + escapeHtml(item.label) + '</a></li>\n';
    }
    if (item.unlisted && !isCurrent(siteHref(item.url))) {
      return ''; // as in Docusaurus: an unlisted doc is shown only on itself
    }
    return '<li' + (item.className ? ' class="' + escapeHtml(item.className) + '"' : '') + '>'
      + navLink(item.label, item.url) + '</li>\n';
  }

  function listHtml(n, items, level) {
    var out = '<ul class="menu-list menu-level-' + level + '">\n';
    for (var i = 0; i < items.length; i++) {
      out += itemHtml(n, items[i], level);
    }
    return out + '</ul>\n';
  }

  /** Without JavaScript a closed category's label leads to its first doc; with it, the label opens the category. */
  function labelsToToggles(scope) {
    var links = scope.querySelectorAll('li.menu-category > a.menu-link-first');
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      var summary = link.parentNode.querySelector(':scope > details > summary');
      var span = document.createElement('span');
      span.className = 'menu-link menu-link-nolink';
      span.textContent = link.textContent;
      summary.className = 'menu-category-label';
      summary.removeAttribute('aria-label');
      summary.appendChild(span);
      link.parentNode.classList.remove('menu-category-linked');
      if (link.nextSibling && link.nextSibling.nodeType === 3) {
        link.parentNode.removeChild(link.nextSibling);
      }
      link.parentNode.removeChild(link);
    }
  }

  function fillCategory(details) {
    var n = details.getAttribute('data-sidebar');
    var id = details.getAttribute('data-category');
    loadSidebar(n).then(function (byId) {
      var category = byId[id];
      if (!category || !details.hasAttribute('data-category')) {
        return; // filled meanwhile, or a data file of another version of the site
      }
      details.removeAttribute('data-sidebar');
      details.removeAttribute('data-category');
      var list = document.createElement('template');
      list.innerHTML = listHtml(n, category.items, menuLevel(details) + 1);
      labelsToToggles(list.content);
      if (fromDisk) {
        var links = list.content.querySelectorAll('a[href]');
        for (var i = 0; i < links.length; i++) {
          links[i].setAttribute('href', diskUrl(links[i].getAttribute('href')));
        }
      }
      // Placed as the server places it: "<summary>…</summary>\n<ul>…</ul>\n</details>".
      details.insertBefore(document.createTextNode('\n'), details.querySelector(':scope > summary').nextSibling);
      details.insertBefore(list.content.firstElementChild, details.lastChild);
    }, function (error) {
      if (window.console) {
        window.console.warn('docsite: sidebar items not loaded: ' + error.message);
      }
    });
  }

  function menuLevel(details) {
    var list = details.closest('ul.menu-list');
    var match = list && /(?:^| )menu-level-(\d+)/.exec(list.className);
    return match ? parseInt(match[1], 10) : 0;
  }

  // themeConfig.docs.sidebar.autoCollapseCategories: opening a category closes the open ones beside it.
  function closeSiblingCategories(details) {
    var item = details.parentNode;
    var siblings = item && item.parentNode ? item.parentNode.children : [];
    for (var i = 0; i < siblings.length; i++) {
      var other = siblings[i] === item ? null : siblings[i].querySelector(':scope > details[open]');
      if (other) {
        other.open = false;
      }
    }
  }

  // themeConfig.docs.sidebar.hideable: the collapse button at the sidebar's foot hides it, the bar in its place shows
  // it again; hidden it stays for the tab's session, as Docusaurus keeps it while the reader moves between docs.
  function initSidebarHiding() {
    var collapse = document.querySelector('.sidebar-collapse-button');
    var expand = document.querySelector('.sidebar-expand-button');
    var sidebar = document.getElementById('sidebar');
    if (!collapse || !expand || !sidebar) {
      return;
    }
    sidebar.appendChild(collapse);
    function hide(hidden) {
      html.classList.toggle('sidebar-hidden', hidden);
      try {
        if (hidden) {
          sessionStorage.setItem('docsite-sidebar-hidden', '1');
        } else {
          sessionStorage.removeItem('docsite-sidebar-hidden');
        }
      } catch (e) { /* private mode: just don't remember */ }
    }
    collapse.addEventListener('click', function () { hide(true); expand.focus(); });
    expand.addEventListener('click', function () { hide(false); collapse.focus(); });
    try {
      hide(sessionStorage.getItem('docsite-sidebar-hidden') === '1');
    } catch (e) { /* no storage: shown */ }
  }

  function initSidebar() {
    var menu = document.querySelector('.sidebar .menu');
    if (!menu) {
      return;
    }
    labelsToToggles(menu);
    var autoCollapse = menu.closest('.layout[data-auto-collapse]') !== null;
    document.addEventListener('toggle', function (event) {
      var details = event.target;
      if (details.open && details.hasAttribute && details.hasAttribute('data-category')) {
        fillCategory(details);
      }
      if (autoCollapse && details.open && menu.contains(details)) {
        closeSiblingCategories(details);
      }
    }, true);
    function prefetch() {
      var closed = menu.querySelector('details[data-sidebar]');
      if (closed) {
        loadSidebar(closed.getAttribute('data-sidebar'));
      }
    }
    menu.addEventListener('pointerenter', prefetch);
    menu.addEventListener('focusin', prefetch);
  }

  function start() {
    fixLinksForDisk();
    initThemeToggle();
    initMenu();
    initSidebar();
    initSidebarHiding();
    initScrollRegions();
    initTocCollapsible();
    initNavbarDropdowns();
    initNavbarMenu();
    initPreferredVersions();
    initTabs();
    initTocHighlight();
    initProblems();
    initHighlighting();
    initCopyButtons();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
