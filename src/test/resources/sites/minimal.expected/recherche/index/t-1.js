RelaisSearch.load("t-1",{"1":[0.692,"1v"]});
