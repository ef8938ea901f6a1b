RelaisSearch.load("t-1e",{"1er":[1.635,"2v"]});
