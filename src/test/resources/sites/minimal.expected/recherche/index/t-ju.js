RelaisSearch.load("t-ju",{"juin":[2.047,"2v"]});
