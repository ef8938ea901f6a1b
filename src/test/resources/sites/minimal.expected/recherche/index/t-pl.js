RelaisSearch.load("t-pl",{"plu":[1.003,"1e2v"]});
