/* Draws the page's formulas with the vendored KaTeX. Each .math element holds its TeX between KaTeX's own delimiters
   (\( \) in running text, \[ \] displayed), so without JavaScript the source stays readable; KaTeX replaces it.
   A formula KaTeX cannot parse is shown in place with its error (throwOnError: false). Loaded only on pages with a
   formula, after the page is parsed. */
(function () {
  'use strict';
  var formulas = Array.prototype.slice.call(document.querySelectorAll('.math-inline, .math-display'));
  if (!formulas.length) return;
  var base = document.currentScript.src.replace(/[^\/]*$/, '') + 'vendor/katex/';
  var style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = base + 'katex.min.css';
  document.head.appendChild(style);
  var script = document.createElement('script');
  script.src = base + 'katex.min.js';
  script.onload = function () {
    formulas.forEach(function (element) {
      var source = element.textContent;
      var tex = source.replace(/^\\[(\[]/, '').replace(/\\[)\]]$/, '');
      element.setAttribute('data-tex', tex);
      window.katex.render(tex, element, {
        displayMode: element.classList.contains('math-display'),
        throwOnError: false
      });
    });
  };
  document.head.appendChild(script);
})();
