RelaisSearch.load("t-se",{"seuil":[0.692,"1v"]});
