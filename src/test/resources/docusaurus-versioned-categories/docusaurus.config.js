module.exports = {
  title: 'Categories per version',
  url: 'https://fixture.example.com',
  baseUrl: '/',
  presets: [['classic', {docs: {sidebarPath: './sidebars.js'}, blog: false, pages: false}]],
};
