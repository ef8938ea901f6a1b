RelaisSearch.load("t-ju",{"juin":[2.057,"2v"]});
