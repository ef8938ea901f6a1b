RelaisSearch.load("t-cr",{"cris":[0.766,"1v"]});
