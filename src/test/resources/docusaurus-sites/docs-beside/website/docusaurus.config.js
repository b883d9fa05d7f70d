// @ts-check
// CommonJS object, the layout of many projects: the site in website/, the docs in ../docs.

/** @type {import('@docusaurus/types').Config} */
module.exports = {
  title: 'Beside',
  tagline: 'Docs next to the website',
  url: 'https://beside.example.com/',
  baseUrl: '/',
  onBrokenLinks: 'warn',
  onBrokenAnchors: 'ignore',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
    },
  },
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          path: '../docs',
          sidebarPath: require.resolve('./sidebars.js'),
          editUrl: ({docPath}) => `https://github.com/example/beside/edit/main/docs/${docPath}`,
        },
      }),
    ],
  ],
  plugins: ['@docusaurus/plugin-ideal-image'],
};
