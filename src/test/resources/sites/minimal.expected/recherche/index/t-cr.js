RelaisSearch.load("t-cr",{"cris":[0.692,"1v"]});
