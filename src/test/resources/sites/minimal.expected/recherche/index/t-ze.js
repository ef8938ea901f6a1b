RelaisSearch.load("t-ze",{"zero":[1.871,"0v"]});
