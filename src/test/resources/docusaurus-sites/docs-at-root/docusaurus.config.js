// A configuration exported as an async function, which Docusaurus calls and awaits; docs-only mode
// (routeBasePath: '/'), no blog, no src/pages.
module.exports = async function createConfigAsync() {
  return {
    title: 'Docs only',
    url: 'https://docs-only.example.com',
    baseUrl: '/handbook/',
    presets: [
      [
        'classic',
        {
          docs: {routeBasePath: '/', editUrl: 'https://git.example.com/handbook/edit/main/'},
          blog: false,
        },
      ],
    ],
  };
};
