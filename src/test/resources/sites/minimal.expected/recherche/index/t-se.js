RelaisSearch.load("t-se",{"seuil":[0.766,"1v"]});
