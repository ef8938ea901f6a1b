RelaisSearch.load("t-1e",{"1er":[1.748,"2v"]});
