RelaisSearch.load("t-33",{"33806803900":[0.692,"1v"]});
