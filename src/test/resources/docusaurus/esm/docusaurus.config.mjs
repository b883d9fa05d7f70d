// An ES module configuration with several docs plugin instances.
import {themes as prismThemes} from 'prism-react-renderer';
import remarkMath from 'remark-math';

export default {
  title: 'Multi',
  url: 'https://multi.example.com',
  baseUrl: '/multi/',
  presets: [
    [
      'classic',
      {
        docs: {sidebarPath: './sidebars.json', remarkPlugins: [remarkMath]},
        blog: false,
        pages: {path: 'src/pages'},
      },
    ],
  ],
  plugins: [
    [
      'content-docs',
      {
        id: 'community',
        path: 'community',
        routeBasePath: 'community',
        sidebarPath: './sidebarsCommunity.js',
      },
    ],
    ['@docusaurus/plugin-content-blog', {id: 'releases', path: 'releases', routeBasePath: 'releases'}],
  ],
  themeConfig: {
    prism: {theme: prismThemes.github},
    footer: {
      links: [
        {label: 'Home', to: '/'},
        {label: 'Source', href: 'https://example.com/src'},
      ],
      copyright: 'Multi authors',
      logo: {alt: 'Multi', src: 'img/footer.png', href: 'https://example.com'},
    },
  },
};
