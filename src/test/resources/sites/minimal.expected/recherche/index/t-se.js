RelaisSearch.load("t-se",{"seuil":[0.772,"1v"]});
