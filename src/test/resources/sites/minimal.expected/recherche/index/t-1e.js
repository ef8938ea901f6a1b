RelaisSearch.load("t-1e",{"1er":[1.662,"2v"]});
