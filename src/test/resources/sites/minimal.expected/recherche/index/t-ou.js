RelaisSearch.load("t-ou",{"ouvriront":[1.748,"2v"]});
