RelaisSearch.load("t-3",{"3":[1.175,"0v"]});
