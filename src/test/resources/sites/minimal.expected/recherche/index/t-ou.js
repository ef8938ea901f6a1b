RelaisSearch.load("t-ou",{"ouvriront":[1.662,"2v"]});
