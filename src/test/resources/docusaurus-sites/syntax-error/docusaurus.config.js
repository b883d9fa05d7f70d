module.exports = {
  title: 'Broken',
  url: 'https://broken.example.com',
  baseUrl: '/',
  presets: [['classic', {docs: {routeBasePath: '/'}]],
};
