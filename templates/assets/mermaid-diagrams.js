/* Draws the page's ```mermaid blocks as diagrams with the vendored Mermaid, in the page's colour mode, and again
   when the reader switches it. The source stays in its <pre> (shown without JavaScript, hidden once the diagram is
   drawn); a diagram Mermaid cannot parse shows its error in place, above the source, and announces it as a page
   event, which the preview's live script (only there) adds to the problems overlay: nothing leaves the page. Loaded
   only on pages with a diagram, after the page is parsed. */
(function () {
  'use strict';
  var codes = Array.prototype.slice.call(document.querySelectorAll('pre > code.language-mermaid'));
  if (!codes.length) return;
  var html = document.documentElement;
  var base = document.currentScript.src.replace(/[^\/]*$/, '');
  var diagrams = codes.map(function (code) {
    var block = code.closest('.code-block') || code.parentNode;
    var figure = document.createElement('div');
    figure.className = 'mermaid-diagram';
    block.parentNode.insertBefore(figure, block);
    return {block: block, figure: figure, source: code.textContent};
  });
  var queue = Promise.resolve();
  var drawn = null;
  var count = 0;

  function theme() {
    var t = html.getAttribute('data-theme');
    if (t !== 'dark' && t !== 'light') {
      t = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    }
    return t;
  }

  function show(d, mode, svg) {
    d.figure.innerHTML = svg;
    d.figure.setAttribute('data-mode', mode);
    d.figure.classList.remove('mermaid-error');
    d.block.hidden = true;
  }

  function fail(d, mode, id, error) {
    var stray = document.getElementById('d' + id);
    if (stray) stray.remove();
    d.figure.textContent = '';
    d.figure.classList.add('mermaid-error');
    d.figure.setAttribute('data-mode', mode);
    d.figure.setAttribute('role', 'alert');
    var title = document.createElement('p');
    title.textContent = 'This Mermaid diagram cannot be drawn:';
    var message = document.createElement('pre');
    message.textContent = String(error && error.message ? error.message : error);
    d.figure.appendChild(title);
    d.figure.appendChild(message);
    d.block.hidden = false;
    announce({key: 'mermaid-' + diagrams.indexOf(d), message: 'Mermaid diagram ' + (diagrams.indexOf(d) + 1)
      + ' of this page cannot be drawn: ' + message.textContent});
  }

  // Kept for a listener that comes later (the live script may run after the diagram failed), and sent to one there.
  function announce(problem) {
    (window.__docsiteBrowserProblems = window.__docsiteBrowserProblems || []).push(problem);
    document.dispatchEvent(new CustomEvent('docsite:browser-problem', {detail: problem}));
  }

  function draw() {
    var mode = theme();
    if (mode === drawn) return;
    drawn = mode;
    queue = queue.then(function () {
      window.mermaid.initialize({startOnLoad: false, securityLevel: 'strict', theme: mode === 'dark' ? 'dark' : 'default'});
      return diagrams.reduce(function (previous, d) {
        return previous.then(function () {
          var id = 'mermaid-svg-' + (++count);
          return window.mermaid.render(id, d.source).then(function (result) {
            show(d, mode, result.svg);
          }, function (error) {
            fail(d, mode, id, error);
          });
        });
      }, Promise.resolve());
    });
  }

  var script = document.createElement('script');
  script.src = base + 'vendor/mermaid.min.js';
  script.onload = function () {
    draw();
    new MutationObserver(draw).observe(html, {attributes: true, attributeFilter: ['data-theme']});
    if (window.matchMedia) {
      var query = window.matchMedia('(prefers-color-scheme: dark)');
      if (query.addEventListener) query.addEventListener('change', draw);
    }
  };
  document.head.appendChild(script);
})();
