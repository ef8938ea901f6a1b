RelaisSearch.load("t-5",{"5":[1.325,"0v"]});
