// @ts-check
// A configuration as `create-docusaurus` writes it (CommonJS, an object), with every themeConfig part docsite reads.
const {themes} = require('prism-react-renderer');
const lightCodeTheme = themes.github;
const darkCodeTheme = themes.dracula;

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'My Site',
  tagline: 'Dinosaurs are cool',
  favicon: 'img/favicon.ico',
  url: 'https://your-docusaurus-site.example.com',
  baseUrl: 'docs-site',
  trailingSlash: false,
  onBrokenLinks: 'warn',
  onBrokenAnchors: 'ignore',
  staticDirectories: ['static', 'public'],
  markdown: {
    format: 'detect',
    mermaid: true,
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'log'},
  },
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          sidebarPath: require.resolve('./sidebars.js'),
          editUrl: 'https://github.com/facebook/docusaurus/tree/main/packages/create-docusaurus/templates/shared/',
          showLastUpdateTime: true,
        },
        blog: false,
        theme: {customCss: require.resolve('./src/css/custom.css')},
        gtag: {trackingID: 'G-999X9XX9XX'},
      }),
    ],
  ],
  plugins: [
    '@docusaurus/plugin-ideal-image',
    ['./src/plugins/analytics', {key: 'x'}],
    function myInlinePlugin(context, options) {
      return {name: 'my-inline-plugin'};
    },
    false,
  ],
  themes: ['@docusaurus/theme-mermaid'],
  themeConfig:
    /** @type {import('@docusaurus/preset-classic').ThemeConfig} */
    ({
      image: 'img/docusaurus-social-card.jpg',
      colorMode: {defaultMode: 'dark', respectPrefersColorScheme: true},
      navbar: {
        title: 'My Site',
        logo: {alt: 'My Site Logo', src: 'img/logo.svg', srcDark: 'img/logo-dark.svg'},
        items: [
          {type: 'docSidebar', sidebarId: 'tutorialSidebar', position: 'left', label: 'Tutorial'},
          {type: 'doc', docId: 'intro', label: 'Docs'},
          {to: '/blog', label: 'Blog', position: 'left'},
          {
            label: 'Community',
            position: 'right',
            items: [
              {label: 'Stack Overflow', href: 'https://stackoverflow.com/questions/tagged/docusaurus'},
              {type: 'doc', docId: 'support', label: 'Support'},
            ],
          },
          {type: 'html', position: 'right', value: '<button>Give feedback</button>'},
          {type: 'search', position: 'right'},
          {href: 'https://github.com/facebook/docusaurus', label: 'GitHub', position: 'right'},
        ],
      },
      footer: {
        style: 'dark',
        links: [
          {title: 'Docs', items: [{label: 'Tutorial', to: '/docs/intro'}]},
          {
            title: 'More',
            items: [
              {label: 'GitHub', href: 'https://github.com/facebook/docusaurus'},
              {html: '<a href="https://www.netlify.com">Deploys by Netlify</a>'},
            ],
          },
        ],
        copyright: `Copyright © ${2026} My Project, Inc. Built with Docusaurus.`,
      },
      prism: {theme: lightCodeTheme, darkTheme: darkCodeTheme},
    }),
};

module.exports = config;
