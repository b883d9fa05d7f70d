// The CommonJS module system of docsite's sandboxed JavaScript engine. `host` is the Java side (JsHost): it
// resolves module requests, compiles files (types and ES module syntax already stripped) and is the only way
// to the file system. Everything Node would do beyond that is deliberately absent.
(function (host) {
  'use strict';
  const OPAQUE = Symbol('docsite.opaque');
  const cache = new Map();

  // A module that is not installed (prism-react-renderer, @docusaurus/*, remark plugins...): any property,
  // call, `new`, default or namespace import of it is again opaque, so `themes.github`, `require(x).default()`
  // or `import * as yaml from 'js-yaml'; yaml.load(...)` do not fail; it iterates and spreads as an empty list
  // or object (`[...themes.github.styles]`, `{...x}`) and reads as its name in a string. `then` must stay
  // undefined, or awaiting a config that holds one would never settle.
  function opaque(name) {
    // A plain function, so that `new` works; its `prototype` is the one key a proxy must still report.
    const target = function () {};
    return new Proxy(target, {
      get(target, key) {
        if (key === OPAQUE) return name;
        if (key === Symbol.iterator) return function* () {};
        if (key === Symbol.toPrimitive) return () => name;
        // An ES module to the import helpers, so that `import * as yaml from 'js-yaml'` keeps `yaml.load`.
        if (key === '__esModule') return true;
        if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return undefined;
        if (key === 'toString' || key === 'valueOf') return () => name;
        return opaque(key === 'default' ? name : name + '.' + key);
      },
      apply() { return opaque(name + '()'); },
      construct() { return opaque('new ' + name + '()'); },
      has(target, key) { return key === 'prototype'; },
      ownKeys() { return ['prototype']; },
    });
  }

  function fail(result) {
    if (result !== null && typeof result === 'object' && typeof result.__error === 'string') {
      const error = new Error(result.__error);
      error.code = result.code;
      throw error;
    }
    return result;
  }

  function makeRequire(fromFile) {
    const require = (request) => load(String(request), fromFile);
    require.resolve = (request) => fail(host.resolvePath(String(request), fromFile));
    require.cache = {};
    return require;
  }

  function load(request, fromFile) {
    const id = fail(host.resolve(request, fromFile));
    if (cache.has(id)) return cache.get(id).exports;
    const colon = id.indexOf(':');
    const kind = id.substring(0, colon);
    const name = id.substring(colon + 1);
    if (kind === 'missing') return opaque(name);
    if (kind === 'builtin') {
      const exports = builtin(name);
      cache.set(id, {exports});
      return exports;
    }
    const module = {exports: {}, id: name, filename: name, loaded: false};
    cache.set(id, module);
    try {
      if (kind === 'json') {
        module.exports = JSON.parse(fail(host.readFile(name)));
      } else {
        const compiled = fail(host.compile(id));
        const dirname = fail(host.dirname(name));
        compiled.call(module.exports, module.exports, makeRequire(id), module, name, dirname);
      }
    } catch (error) {
      cache.delete(id);
      throw error;
    }
    module.loaded = true;
    return module.exports;
  }

  function builtin(name) {
    switch (name) {
      case 'path': return host.path;
      case 'fs': return fs;
      case 'fs/promises': return fs.promises;
      case 'process': return process;
      case 'url': return {URL: FileUrl, fileURLToPath: toPath, pathToFileURL: (p) => new FileUrl('file://' + host.path.resolve(String(p)))};
      case 'module': return {createRequire: (file) => makeRequire('file:' + toPath(file))};
      // What Docusaurus's server-side rendering sees, which is what a static page shows before any script runs.
      case '@docusaurus/ExecutionEnvironment': return {canUseDOM: false, canUseEventListeners: false,
        canUseIntersectionObserver: false, canUseViewport: false};
      default: return opaque(name);
    }
  }

  // A path, or a file: URL as an ES module's `import.meta.url` and `new URL('./x.yml', import.meta.url)` give it.
  function toPath(file) {
    return String(file).replace(/^file:\/\//, '');
  }

  // The WHATWG URL class as far as configurations use it, the engine having none: an absolute URL, or a relative
  // one against a base (`new URL('../package.json', import.meta.url)`).
  class FileUrl {
    constructor(input, base) {
      const text = String(input);
      const scheme = /^([a-z][a-z0-9+.-]*:)(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/i;
      let parts = scheme.exec(text);
      if (!parts) {
        if (base === undefined) throw new TypeError('Invalid URL: ' + text);
        const from = scheme.exec(String(base));
        if (!from) throw new TypeError('Invalid base URL: ' + String(base));
        const rest = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(text);
        const dir = from[3].substring(0, from[3].lastIndexOf('/') + 1);
        const path = rest[1] === '' ? from[3] : host.path.normalize(rest[1].startsWith('/') ? rest[1] : dir + rest[1]);
        parts = [text, from[1], from[2], path, rest[2], rest[3]];
      }
      this.protocol = parts[1].toLowerCase();
      this.host = (parts[2] || '').substring(2);
      this.hostname = this.host.replace(/:\d+$/, '');
      this.pathname = parts[3] || (this.host ? '/' : '');
      this.search = parts[4] || '';
      this.hash = parts[5] || '';
      this.origin = this.host ? this.protocol + '//' + this.host : 'null';
      this.href = this.protocol + (parts[2] !== undefined ? '//' + this.host : '') + this.pathname + this.search + this.hash;
    }
    toString() { return this.href; }
    toJSON() { return this.href; }
  }
  if (typeof globalThis.URL !== 'function') globalThis.URL = FileUrl;

  function stats(file) {
    const kind = fail(host.kind(file));
    if (kind === 'none') {
      const error = new Error("ENOENT: no such file or directory, stat '" + file + "'");
      error.code = 'ENOENT';
      throw error;
    }
    return {isFile: () => kind === 'file', isDirectory: () => kind === 'directory', isSymbolicLink: () => false};
  }

  const fs = {
    readFileSync: (file) => fail(host.readFile(toPath(file))),
    existsSync: (file) => fail(host.kind(toPath(file))) !== 'none',
    statSync: (file) => stats(toPath(file)),
    lstatSync: (file) => stats(toPath(file)),
    readdirSync(dir, options) {
      const names = Array.from(fail(host.readdir(toPath(dir))));
      if (!options || !options.withFileTypes) return names;
      return names.map((entry) => Object.assign({name: entry}, stats(host.path.join(toPath(dir), entry))));
    },
  };
  fs.promises = {
    readFile: async (file) => fs.readFileSync(file),
    readdir: async (dir, options) => fs.readdirSync(dir, options),
    stat: async (file) => fs.statSync(file),
    access: async (file) => { stats(toPath(file)); },
  };

  const process = {
    env: host.env,
    cwd: () => host.cwd,
    platform: 'linux',
    argv: [],
    versions: {},
    version: 'v20.0.0',
    exit() { throw new Error('process.exit() is not available while docsite reads the configuration'); },
  };
  globalThis.process = process;
  // Host class access is denied anyway; without the objects, scripts cannot even probe for it.
  for (const name of ['Java', 'Graal', 'Packages', 'java', 'javax', 'javafx', 'com', 'org', 'edu', 'net']) {
    delete globalThis[name];
  }

  return {
    require: (request, from) => load(request, from),
    requireFrom: (id) => makeRequire(id),
    opaqueName: (value) => (value !== null && (typeof value === 'object' || typeof value === 'function')) ? value[OPAQUE] : undefined,
    settle: (value, onValue, onError) => { Promise.resolve(value).then(onValue, onError); },
  };
})
