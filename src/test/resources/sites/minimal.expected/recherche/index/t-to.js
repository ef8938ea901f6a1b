RelaisSearch.load("t-to",{"touch":[0.772,"1v"]});
