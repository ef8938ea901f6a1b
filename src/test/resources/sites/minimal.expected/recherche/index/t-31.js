RelaisSearch.load("t-31",{"31":[1.415,"2v"]});
