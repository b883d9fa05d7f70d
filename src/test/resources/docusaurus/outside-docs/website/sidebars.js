// Builds the guides category from the files of the docs folder, as some sites do with Node's fs.
const fs = require('fs');
const path = require('path');

const guidesDir = path.join(__dirname, '..', 'docs', 'guides');
const guides = fs
  .readdirSync(guidesDir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => 'guides/' + path.basename(file, '.md'));

module.exports = {
  docs: ['intro', {type: 'category', label: 'Guides', items: guides}],
};
