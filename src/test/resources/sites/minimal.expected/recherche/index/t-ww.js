RelaisSearch.load("t-ww",{"www":[0.766,"1v"]});
