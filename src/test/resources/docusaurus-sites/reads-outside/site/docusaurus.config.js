const fs = require('fs');

module.exports = {
  title: fs.readFileSync('../secret.txt', 'utf8'),
  url: 'https://outside.example.com',
  baseUrl: '/',
};
