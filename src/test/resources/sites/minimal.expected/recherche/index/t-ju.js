RelaisSearch.load("t-ju",{"juin":[2.089,"2v"]});
