RelaisSearch.load("t-ou",{"ouvriront":[1.635,"2v"]});
