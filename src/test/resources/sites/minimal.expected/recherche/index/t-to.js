RelaisSearch.load("t-to",{"touch":[0.692,"1v"]});
