RelaisSearch.load("t-sa",{"sala":[1.188,"1v"],"san":[1.215,"0v"]});
