RelaisSearch.load("t-cr",{"cris":[0.772,"1v"]});
