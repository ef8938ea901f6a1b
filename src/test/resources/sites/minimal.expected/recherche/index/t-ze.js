RelaisSearch.load("t-ze",{"zero":[1.905,"0v"]});
