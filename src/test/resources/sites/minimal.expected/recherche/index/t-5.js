RelaisSearch.load("t-5",{"5":[1.215,"0v"]});
