// Two blog instances, written from Docusaurus's blog documentation (docusaurus.io/docs/blog) and the plugin's
// options (docusaurus-plugin-content-blog/src/options.ts).
module.exports = {
  title: 'Blogs',
  url: 'https://blogs.example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  presets: [
    [
      'classic',
      {
        docs: {sidebarPath: false},
        blog: {
          blogTitle: 'Engineering blog',
          blogDescription: 'What the team ships',
          postsPerPage: 2,
          blogSidebarCount: 3,
          blogSidebarTitle: 'Latest',
          feedOptions: {type: 'all', title: 'Engineering feed', copyright: 'Copyright Example', limit: 3},
          editUrl: 'https://git.example.com/site/edit/main/',
          editLocalizedFiles: true,
          showLastUpdateTime: true,
          showLastUpdateAuthor: true,
        },
      },
    ],
  ],
  plugins: [
    [
      '@docusaurus/plugin-content-blog',
      {
        id: 'releases',
        path: 'releases',
        routeBasePath: 'releases',
        postsPerPage: 'ALL',
        showReadingTime: false,
        archiveBasePath: null,
        tags: false,
        onUntruncatedBlogPosts: 'ignore',
        feedOptions: {type: 'rss', description: 'Every release'},
        editUrl: ({blogDirPath, blogPath, permalink, locale}) =>
          blogPath === 'v2.md' ? undefined : `https://git.example.com/${locale}/${blogDirPath}/${blogPath}?from=${permalink}`,
      },
    ],
  ],
  themeConfig: {
    navbar: {items: [{to: 'releases', label: 'Releases'}, {to: '/blog', label: 'Blog'}]},
  },
};
