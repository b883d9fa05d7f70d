const fs = require('fs');
const path = require('path');

module.exports = {
  title: fs.readFileSync(path.join(__dirname, '../outside-docs/docs/intro.md'), 'utf8'),
  url: 'https://nosy.example.com',
  baseUrl: '/',
};
