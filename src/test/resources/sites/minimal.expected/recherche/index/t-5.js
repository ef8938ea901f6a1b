RelaisSearch.load("t-5",{"5":[1.175,"0v"]});
