// The docs live beside the website folder, as in many repositories (`path: '../docs'`).
module.exports = {
  title: 'Beside',
  url: 'https://beside.example.com',
  baseUrl: '/',
  presets: [
    [
      require.resolve('@docusaurus/preset-classic'),
      {
        docs: {
          path: '../docs',
          sidebarPath: './sidebars.js',
          editUrl: 'https://github.com/example/beside/edit/main/website/',
        },
        pages: false,
      },
    ],
  ],
};
