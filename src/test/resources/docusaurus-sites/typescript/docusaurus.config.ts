import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

const config: Config = {
  title: 'Typed',
  tagline: 'Configured in TypeScript',
  url: 'https://typed.example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  presets: [
    [
      'classic',
      {
        docs: {},
        blog: {routeBasePath: 'releases'},
      } satisfies Preset.Options,
    ],
  ],
};

export default config;
