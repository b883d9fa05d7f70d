docsiteSearchData("manifest",{"version":1,"documents":3,"chunkSize":4,"fragments":[["accept",0]],"scopes":["","2.0"],"scopeRuns":[0,1,1,1,0,1]});
