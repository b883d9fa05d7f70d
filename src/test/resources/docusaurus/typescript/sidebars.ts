import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  tutorialSidebar: [
    'intro',
    {
      type: 'category',
      label: 'Tutorial - Basics',
      link: {type: 'generated-index', description: 'Learn the most important Docusaurus concepts!'},
      items: ['tutorial-basics/create-a-page', 'tutorial-basics/create-a-document'],
    },
  ],
};

export default sidebars;
