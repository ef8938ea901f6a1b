RelaisSearch.load("t-pl",{"plu":[0.990,"1e2v"]});
