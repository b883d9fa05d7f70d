docsiteSearchData("manifest",{"version":1,"documents":13,"chunkSize":4,"fragments":[["10",0]],"scopes":[""],"scopeRuns":[0,13]});
