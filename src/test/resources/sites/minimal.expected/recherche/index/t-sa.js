RelaisSearch.load("t-sa",{"sala":[1.196,"1v"],"san":[1.175,"0v"]});
