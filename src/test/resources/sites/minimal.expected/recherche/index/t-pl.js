RelaisSearch.load("t-pl",{"plu":[1.044,"1c2v"]});
