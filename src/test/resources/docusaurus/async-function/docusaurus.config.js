// A configuration exported as an async function (Docusaurus awaits it), docs served at the site root.
const path = require('path');

async function loadVersion() {
  return '2.1';
}

module.exports = async function createConfig() {
  const version = await loadVersion();
  return {
    title: `Docs-only site v${version}`,
    url: process.env.DOCSITE_TEST_URL || 'https://fallback.example.com',
    baseUrl: '/',
    onBrokenMarkdownLinks: 'log',
    presets: [
      [
        '@docusaurus/preset-classic',
        {
          docs: {
            routeBasePath: '/',
            sidebarPath: false,
            include: ['**/*.md'],
            exclude: ['**/drafts/**'],
            showLastUpdateAuthor: true,
            editUrl: ({versionDocsDirPath, docPath, locale}) =>
              `https://github.com/example/site/edit/main/${versionDocsDirPath}/${docPath}?lang=${locale}`,
          },
          blog: {path: 'news', routeBasePath: 'updates'},
        },
      ],
    ],
    themeConfig: {
      navbar: {title: path.basename(__dirname)},
    },
  };
};
