RelaisSearch.load("t-ze",{"zero":[1.860,"0v"]});
