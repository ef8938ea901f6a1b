RelaisSearch.load("t-in",{"inde":[1.098,"1v"]});
