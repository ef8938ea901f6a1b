RelaisSearch.load("t-ap",{"apropo":[0.692,"1v"]});
