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
      case 'url': return {fileURLToPath: (u) => String(u).replace(/^file:\/\//, ''), pathToFileURL: (p) => ({href: 'file://' + p})};
      case 'module': return {createRequire: (file) => makeRequire('file:' + String(file).replace(/^file:\/\//, ''))};
      // What Docusaurus's server-side rendering sees, which is what a static page shows before any script runs.
      case '@docusaurus/ExecutionEnvironment': return {canUseDOM: false, canUseEventListeners: false,
        canUseIntersectionObserver: false, canUseViewport: false};
      default: return opaque(name);
    }
  }

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
    readFileSync: (file) => fail(host.readFile(String(file))),
    existsSync: (file) => fail(host.kind(String(file))) !== 'none',
    statSync: (file) => stats(String(file)),
    lstatSync: (file) => stats(String(file)),
    readdirSync(dir, options) {
      const names = Array.from(fail(host.readdir(String(dir))));
      if (!options || !options.withFileTypes) return names;
      return names.map((entry) => Object.assign({name: entry}, stats(host.path.join(String(dir), entry))));
    },
  };
  fs.promises = {
    readFile: async (file) => fs.readFileSync(file),
    readdir: async (dir, options) => fs.readdirSync(dir, options),
    stat: async (file) => fs.statSync(file),
    access: async (file) => { stats(String(file)); },
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
