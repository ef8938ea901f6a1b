RelaisSearch.load("t-1",{"1":[0.772,"1v"]});
