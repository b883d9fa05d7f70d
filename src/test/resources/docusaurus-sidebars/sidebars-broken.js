module.exports = {
  main: [
    'intro',,
  ]
  other: [],
};
