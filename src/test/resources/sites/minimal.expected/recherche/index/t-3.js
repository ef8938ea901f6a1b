RelaisSearch.load("t-3",{"3":[1.325,"0v"]});
