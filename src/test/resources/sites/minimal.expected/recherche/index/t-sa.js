RelaisSearch.load("t-sa",{"sala":[1.098,"1v"],"san":[1.325,"0v"]});
