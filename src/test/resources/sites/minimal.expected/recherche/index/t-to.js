RelaisSearch.load("t-to",{"touch":[0.766,"1v"]});
